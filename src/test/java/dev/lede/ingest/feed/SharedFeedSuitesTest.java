package dev.lede.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sample of every shared conformance suite parses or is rejected cleanly: no unchecked exception
 * and no failure caught by the parser's safety net. The full run with gold comparison is {@code
 * bench/feeds}.
 */
@Slow
class SharedFeedSuitesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"feeds/gofeed", "feeds/feedparser", "feeds/rss-parser", "feeds/feedjira"})
  void sampleParsesWithoutUncheckedExceptions(String suite) throws IOException {
    Path dir = SharedData.require(suite);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.toString().endsWith(".md"))
              .sorted()
              .toList();
    }
    int step = Math.max(1, files.size() / 150);
    List<String> problems = new ArrayList<>();
    int parsed = 0;
    for (int i = 0; i < files.size(); i += step) {
      Path f = files.get(i);
      try {
        FeedParser.parse(Files.readAllBytes(f), Optional.empty(), f.getFileName().toString());
        parsed++;
      } catch (FeedException e) {
        if (e.getMessage().contains("internal error")) {
          problems.add(f + ": " + e.getMessage());
        }
      } catch (RuntimeException e) {
        problems.add(f + ": unchecked " + e);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(parsed).isPositive();
  }
}
