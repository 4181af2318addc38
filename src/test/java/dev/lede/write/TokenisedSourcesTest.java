package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Section;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sources tokenised as ECB+ is ("a magnitude - 6. 1 temblor", "2, 000 people", "the U. S.
 * Geological Survey"): the story shows the figures and initials joined, while every sentence still
 * cites the exact source text.
 */
class TokenisedSourcesTest {
  private static final Pattern SPACED =
      Pattern.compile("\\d, \\d{3}(?!\\d)|\\d\\. \\d|\\b\\p{Lu}\\. \\p{Lu}\\.");

  private static final List<WriterInput> QUAKE =
      List.of(
          WriterInput.of(
              "ap",
              "AP",
              "A magnitude 6. 1 earthquake struck southern Iran on Sunday, killing at least 2, 000"
                  + " people in villages near Qeshm, the U. S. Geological Survey said.\n"
                  + "The quake hit at a depth of 6. 2 miles, the U. S. Geological Survey said.\n"
                  + "Rescue teams from the Red Crescent reached the villages of Qeshm by noon.\n"
                  + "Officials in Tehran said 1, 500 homes on the island were destroyed."),
          WriterInput.of(
              "bbc",
              "BBC",
              "The 6. 1 - magnitude earthquake struck Qeshm island in southern Iran on Sunday.\n"
                  + "At least 2, 000 people died when their homes collapsed, officials said.\n"
                  + "Iran's Red Crescent sent 300 rescuers and tents to the island of Qeshm.\n"
                  + "The U. S. Geological Survey measured the quake at 6. 1."));

  @Test
  void aStoryFromTokenisedSourcesShowsTheirFiguresJoinedAndCitesTheExactText() {
    WrittenStory s =
        OfflineWriter.lexical()
            .write("quake", QUAKE, List.of(), Instant.parse("2005-11-28T12:00:00Z"));
    List<WrittenSentence> sentences = new ArrayList<>(s.lede());
    for (Section sec : s.sections()) {
      sec.paragraphs().forEach(sentences::addAll);
    }
    List<String> shown = new ArrayList<>(List.of(s.headline(), s.metaDescription()));
    sentences.forEach(ws -> shown.add(ws.text()));
    assertThat(shown).noneMatch(t -> SPACED.matcher(t).find());
    assertThat(String.join("\n", shown)).containsAnyOf("6.1", "2,000");
    assertThat(s.headline()).doesNotEndWith("6.");

    GroundingChecker checker = GroundingChecker.forInputs(QUAKE);
    Map<String, String> texts = Map.of("ap", QUAKE.get(0).text(), "bbc", QUAKE.get(1).text());
    for (WrittenSentence ws : sentences) {
      assertThat(checker.check(ws).problems()).as(ws.text()).isEmpty();
      for (SourceSpan span : ws.sources()) {
        assertThat(texts.get(span.article())).contains(span.quote());
      }
    }
    assertThat(sentences.stream().flatMap(ws -> ws.sources().stream()).map(SourceSpan::quote))
        .anyMatch(q -> SPACED.matcher(q).find());
    assertThat(checker.check(s.headline(), s.headlineSources()).problems()).isEmpty();
  }

  @Test
  void aSourceThatWritesFiguresJoinedElsewhereKeepsItsSpacedOnesAsWritten() {
    List<WriterInput> one =
        List.of(
            WriterInput.of(
                "cnet",
                "CNET",
                "The studio sold 2,000 copies of Far Cry 2, 999 and Halo 3 in its first week.\n"
                    + "The studio said sales of Far Cry rose in the first week of the launch."));
    WrittenStory s =
        OfflineWriter.lexical()
            .write("sales", one, List.of(), Instant.parse("2009-01-01T00:00:00Z"));
    assertThat(s.lede().get(0).text()).contains("Far Cry 2, 999");
  }
}
