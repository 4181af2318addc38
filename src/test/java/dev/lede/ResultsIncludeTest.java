package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/RESULTS.md includes the tables the benchmarks recorded (docs/results/*.md, spliced in by
 * bench/results), and every bench script records what it prints (bench/lib/record.sh).
 */
class ResultsIncludeTest {
  private static final String BEGIN =
      "<!-- results:begin (written by bench/results from docs/results/*.md; do not edit) -->\n";
  private static final String END = "<!-- results:end -->\n";
  private static final String RECORD =
      ". \"$(dirname \"${BASH_SOURCE[0]}\")/lib/record.sh\" \"$@\"";
  // Helpers, story-screenshots (saves pictures) and restatement-pairs (writes a pair list to a
  // file, compared between two runs with comm): none prints a table to record.
  private static final Set<String> NOT_BENCHMARKS =
      Set.of("run-java", "results", "story-screenshots", "restatement-pairs");

  @Test
  void resultsHoldsEveryRecordedTableInFileNameOrder() throws IOException {
    String results = Files.readString(Path.of("docs/RESULTS.md"), StandardCharsets.UTF_8);
    assertThat(results).contains(BEGIN).contains(END);

    StringBuilder expected = new StringBuilder();
    for (Path f : recorded()) {
      expected
          .append("\n<!-- from docs/results/")
          .append(f.getFileName())
          .append(" -->\n")
          .append(Files.readString(f, StandardCharsets.UTF_8));
    }
    expected.append('\n');
    String spliced =
        results.substring(results.indexOf(BEGIN) + BEGIN.length(), results.indexOf(END));
    assertThat(spliced)
        .as("docs/RESULTS.md is out of step with docs/results/: run bench/results")
        .isEqualTo(expected.toString());
  }

  @Test
  void everyBenchScriptRecordsWhatItPrints() throws IOException {
    List<String> missing;
    try (Stream<Path> files = Files.list(Path.of("bench"))) {
      missing =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !NOT_BENCHMARKS.contains(f.getFileName().toString()))
              .filter(ResultsIncludeTest::isBashScript)
              .filter(f -> !read(f).contains("\n" + RECORD + "\n"))
              .map(f -> f.getFileName().toString())
              .sorted()
              .toList();
    }
    assertThat(missing).as("bench scripts that do not source bench/lib/record.sh").isEmpty();
  }

  private static List<Path> recorded() throws IOException {
    Path dir = Path.of("docs/results");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      // bench/results sorts by the C locale's byte order, as Path does.
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static boolean isBashScript(Path f) {
    return read(f).startsWith("#!/usr/bin/env bash");
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
