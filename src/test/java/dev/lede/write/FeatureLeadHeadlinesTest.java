package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenStory;
import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CNN and Daily Mail articles of FRANK's development half (never the held-out half), read in place
 * from shared/data: an article that opens with a character sketch, a scene or a generic statement
 * gets its headline from the news after it; one that opens with who did what keeps that lead as its
 * headline.
 */
@Slow
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FeatureLeadHeadlinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Feature openings: a character sketch, a scene at the races, a generic statement. */
  private static final List<String> FEATURE_OPENINGS = List.of("1d7372a7", "12c2634b", "2152ec2a");

  /** Openings that state the news: a denial, an appointment, a lawsuit, a manager's call. */
  private static final List<String> NEWS_OPENINGS =
      List.of("0acf5091", "008aa71f", "137ac012", "41c910f5");

  private static JsonNode article(Path dir, String prefix) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      Path f =
          s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return JSON.readTree(f.toFile());
    }
  }

  private static boolean fromFirstSentence(WrittenStory s, JsonNode a) {
    String first = a.get("article_lines").get(0).asText();
    assertThat(s.headlineSources()).isNotEmpty();
    return s.headlineSources().stream().map(SourceSpan::quote).allMatch(first::contains);
  }

  private static WrittenStory write(JsonNode a) {
    WriterInput in = WriterInput.of(a.get("hash").asText(), "outlet", a.get("article").asText());
    return OfflineWriter.lexical()
        .write(in.id(), List.of(in), List.of(), Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Test
  void aFeatureOpeningsHeadlineComesFromTheNewsAfterIt() throws Exception {
    assertHeadlinesFromFirstSentence(FEATURE_OPENINGS, false);
  }

  @Test
  void anOpeningThatStatesTheNewsGivesTheHeadline() throws Exception {
    assertHeadlinesFromFirstSentence(NEWS_OPENINGS, true);
  }

  /** Writes each article alone and checks whether its headline comes from its first sentence. */
  private static void assertHeadlinesFromFirstSentence(List<String> ids, boolean expected)
      throws Exception {
    Path dir = SharedData.require("summarization/frank-dev/articles");
    for (String id : ids) {
      JsonNode a = article(dir, id);
      WrittenStory s = write(a);
      assertThat(fromFirstSentence(s, a)).as(id + ": " + s.headline()).isEqualTo(expected);
    }
  }
}
