package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.Section;
import dev.lede.model.WrittenStory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Korean stories get Korean keyphrases, subheadings and headlines within the same limits. */
class KoreanWriterTest {
  private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
  private static final Set<String> LABELS = Set.of("주요 내용", "발언", "배경", "향후 전망", "세부 내용", "경위");
  private static final Map<String, List<WriterInput>> STORIES = new LinkedHashMap<>();
  private static final Map<String, WrittenStory> WRITTEN = new LinkedHashMap<>();

  @BeforeAll
  static void write() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = KoreanWriterTest.class.getResourceAsStream("wikinews-ko.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        STORIES
            .computeIfAbsent(n.get("story").asText(), k -> new ArrayList<>())
            .add(
                new WriterInput(
                    n.get("id").asText(),
                    Optional.of(n.get("title").asText()),
                    n.get("text").asText(),
                    n.get("source").asText(),
                    Optional.of(n.get("url").asText()),
                    Optional.of(Instant.parse(n.get("published").asText()))));
      }
    }
    OfflineWriter writer = OfflineWriter.lexical();
    STORIES.forEach((id, in) -> WRITTEN.put(id, writer.write(id, in, List.of(), NOW)));
  }

  @Test
  void keyphrasesAreKoreanWordsTheKoreanTextWrites() {
    for (Map.Entry<String, WrittenStory> e : WRITTEN.entrySet()) {
      String kp = e.getValue().keyphrase();
      assertThat(kp).as(e.getKey()).matches("[\\p{IsHangul}0-9 ]+");
      for (String word : kp.split(" ")) {
        assertThat(STORIES.get(e.getKey()))
            .as(e.getKey() + ": " + word)
            .anyMatch(in -> in.text().contains(word));
      }
    }
  }

  @Test
  void noEnglishGazetteerNameReachesAKoreanStory() {
    for (WrittenStory s : WRITTEN.values()) {
      assertThat(s.keyphrase() + " " + s.headline())
          .doesNotContain("Spain", "South Korea", "North Korea", "United States");
    }
  }

  @Test
  void datedDevelopmentsOfAKoreanStorySayWhenInKorean() {
    List<String> texts = new ArrayList<>();
    for (WrittenStory s : WRITTEN.values()) {
      s.lede().forEach(w -> texts.add(w.text()));
      s.sections()
          .forEach(sec -> sec.paragraphs().forEach(p -> p.forEach(w -> texts.add(w.text()))));
    }
    assertThat(texts).noneMatch(t -> t.matches(".*\\b(?:reported|according to)\\b.*"));
    // The octopus story's sources span three days: some sentence says which day in Korean.
    List<String> octopus = new ArrayList<>();
    WrittenStory o = WRITTEN.get("octopus");
    o.lede().forEach(w -> octopus.add(w.text()));
    o.sections()
        .forEach(sec -> sec.paragraphs().forEach(p -> p.forEach(w -> octopus.add(w.text()))));
    assertThat(octopus).anyMatch(t -> t.matches(".*\\(위키뉴스 (?:\\d+월 \\d+일 )?보도\\)\\.$"));
  }

  @Test
  void subheadingsAreKoreanNewsLabels() {
    for (WrittenStory s : WRITTEN.values()) {
      for (Section sec : s.sections()) {
        String label =
            sec.heading().startsWith(s.keyphrase() + " ")
                ? sec.heading().substring(s.keyphrase().length() + 1)
                : sec.heading();
        assertThat(LABELS).as(sec.heading()).contains(label);
      }
    }
  }

  @Test
  void aThreeArticleKoreanStoryKeepsEveryStructureLimit() {
    WrittenStory s = WRITTEN.get("octopus");
    assertThat(s.sections()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(StructureLimits.violations(s, 3)).isEmpty();
  }

  @Test
  void everyKoreanStoryKeepsTheLimitsAndCitesExactQuotes() {
    for (Map.Entry<String, WrittenStory> e : WRITTEN.entrySet()) {
      List<WriterInput> in = STORIES.get(e.getKey());
      assertThat(StructureLimits.violations(e.getValue(), in.size())).as(e.getKey()).isEmpty();
      GroundingChecker checker = GroundingChecker.forInputs(in);
      assertThat(StructureLimits.sentences(e.getValue())).allMatch(checker::supports);
    }
  }

  @Test
  void headlinesTakeTheNounEndingStyleOfKoreanNews() {
    for (WrittenStory s : WRITTEN.values()) {
      assertThat(s.headline()).as(s.story()).doesNotEndWith("다").doesNotEndWith(".");
      assertThat(s.headline().length()).isLessThanOrEqualTo(70);
    }
  }

  @Test
  void koreanHeadlinesCarryNoKeyphraseLabelAndTheKeyphraseComesFromWhatTheHeadlineSays() {
    for (WrittenStory s : WRITTEN.values()) {
      assertThat(dev.lede.write.internal.Headlines.styleProblem(s.headline()))
          .as(s.headline())
          .isEmpty();
      assertThat(s.metaDescription()).as(s.story()).doesNotStartWith(s.keyphrase() + ":");
      assertThat(SeoAnalyzer.containsKeyphrase(s.headline(), s.keyphrase()))
          .as("%s in %s", s.keyphrase(), s.headline())
          .isTrue();
      assertThat(SeoAnalyzer.phraseCount(s.metaDescription(), s.keyphrase()))
          .as("%s in %s", s.keyphrase(), s.metaDescription())
          .isEqualTo(1);
    }
    // The topic before the headline's comma is its subject: "천안함, ... 침몰".
    assertThat(WRITTEN.get("cheonan").keyphrase()).contains("천안함");
  }
}
