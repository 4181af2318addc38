package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.testing.Slow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's Korean and Japanese Wikinews reports of the 2011 Tohoku earthquake, as {@code ./lede
 * run} ingests them (the bundled lines of 11-13 March 2011, unchanged), take an English report of
 * the quake as their third edition: the demo lacks only an openly licensed English report of the
 * quake itself for a story in three editions (README, "Stories across languages").
 */
@Slow
class DemoQuakeEditionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DEMO = Path.of("demo");

  /** Written for the tests, not a published report: the demo bundles no English one. */
  private static final Path EN_QUAKE =
      Path.of("src/test/resources/dev/lede/newsroom/tohoku-quake-en.jsonl");

  @TempDir Path tmp;

  @Test
  @Timeout(300)
  void anEnglishReportOfTheQuakeJoinsTheDemosKoreanAndJapaneseEditionsAndTheStocksReportStaysOut()
      throws Exception {
    StringBuilder in = new StringBuilder();
    for (String l : demoLines("wikinews-ko/demo-slice.jsonl", "date")) {
      in.append(l).append('\n');
    }
    for (String l : demoLines("wikinews-ja/jawikinews.jsonl", "published")) {
      in.append(l).append('\n');
    }
    for (String l : demoLines("wikinews-en/articles.jsonl", "date")) {
      in.append(l).append('\n');
    }
    in.append(Files.readString(EN_QUAKE, StandardCharsets.UTF_8));
    Path file = tmp.resolve("in.jsonl");
    Files.writeString(file, in, StandardCharsets.UTF_8);

    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      room.ingest(List.of(file.toString()), req -> null, false, true, NewsroomListener.NONE);
      String en = storyOf(room, "Magnitude 8.9 earthquake strikes northeastern Japan");
      String ko = storyOfId(room, "kowikinews-0102");
      String ja = storyOfId(room, "jawikinews-tm4roon-02374");
      String stocks = storyOfId(room, "wikinews-251007");
      String consulate = storyOfId(room, "kowikinews-0103");

      assertThat(room.links().editionsOf(en)).containsExactlyInAnyOrder(en, ko, ja);
      // Each edition is written from its own language only: no Japanese or Korean report is
      // listed among the English edition's sources, not even as background.
      JsonNode written = JSON.readTree(room.written().latest(en).orElseThrow().json());
      assertThat(written.path("sources").findValuesAsText("url"))
          .containsExactly("https://en.example/tohoku-quake");
      // A week later, looking back on the quake: not an edition of it (RelativeAge).
      assertThat(room.links().editionsOf(stocks)).doesNotContain(ko, ja, en);
      // Published the same day in the same language set, about something else.
      assertThat(room.links().editionsOf(consulate)).doesNotContain(en, ja);
    }
  }

  /** The demo file's lines, unchanged, whose day field falls on 11-13 March 2011. */
  private static List<String> demoLines(String file, String dayField) throws IOException {
    return Files.readAllLines(DEMO.resolve(file), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank())
        .filter(
            l -> {
              JsonNode day = readTree(l).get(dayField);
              return day != null
                  && !day.isNull()
                  && day.asText().compareTo("2011-03-11") >= 0
                  && day.asText().compareTo("2011-03-14") < 0;
            })
        .toList();
  }

  private static JsonNode readTree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException("demo line is not JSON: " + line, e);
    }
  }

  /** The story of the stored article with this title. */
  private static String storyOf(Newsroom room, String title) {
    String id =
        room.articles().all().stream()
            .filter(a -> title.equals(a.title()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not stored: " + title))
            .id();
    return room.stories().resolve(room.stories().storyOf(id).orElseThrow());
  }

  private static String storyOfId(Newsroom room, String demoId) throws IOException {
    for (String file :
        List.of(
            "wikinews-ko/demo-slice.jsonl",
            "wikinews-ja/jawikinews.jsonl",
            "wikinews-en/articles.jsonl")) {
      for (String l : Files.readAllLines(DEMO.resolve(file), StandardCharsets.UTF_8)) {
        if (!l.isBlank() && readTree(l).path("id").asText().equals(demoId)) {
          return storyOf(room, readTree(l).path("title").asText());
        }
      }
    }
    throw new IllegalStateException("no demo article " + demoId);
  }
}
