package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Korean slice {@code ./lede run} ingests is what demo/wikinews-ko/SOURCES.md says it is. */
class DemoSliceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DEMO = Path.of("demo");

  @Test
  void theRunIngestsTheKoreanSliceAndEveryListedSourceExists() throws IOException {
    List<String> sources =
        Files.readAllLines(DEMO.resolve("sources.txt")).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();

    assertThat(sources).contains("wikinews-ko/demo-slice.jsonl");
    assertThat(sources).allSatisfy(s -> assertThat(DEMO.resolve(s)).exists());
  }

  @Test
  void everySliceLineIsAnUnchangedLineOfTheFullSetPublishedWithinADayOfAJapaneseOrEnglishOne()
      throws IOException {
    List<String> full = lines(DEMO.resolve("wikinews-ko/wikinews_ko.jsonl"));
    List<String> slice = lines(DEMO.resolve("wikinews-ko/demo-slice.jsonl"));
    Set<LocalDate> days = new HashSet<>();
    for (String l : lines(DEMO.resolve("wikinews-ja/jawikinews.jsonl"))) {
      JsonNode n = JSON.readTree(l).get("published");
      if (n != null && !n.isNull()) {
        days.add(LocalDate.parse(n.asText().substring(0, 10)));
      }
    }
    for (String l : lines(DEMO.resolve("wikinews-en/articles.jsonl"))) {
      days.add(LocalDate.parse(JSON.readTree(l).get("date").asText().substring(0, 10)));
    }

    assertThat(full).containsAll(slice);
    assertThat(slice).hasSizeBetween(100, full.size() / 2);
    for (String l : full) {
      LocalDate d = LocalDate.parse(JSON.readTree(l).get("date").asText().substring(0, 10));
      boolean near =
          days.contains(d) || days.contains(d.minusDays(1)) || days.contains(d.plusDays(1));
      assertThat(slice.contains(l)).as("%s in the slice", d).isEqualTo(near);
    }
  }

  private static List<String> lines(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank())
        .toList();
  }
}
