package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.lang.KoreanWords;
import dev.lede.nlp.Embedder;
import dev.lede.story.ClusterCommandLogic;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import dev.lede.story.crosslang.CrossLanguageLinker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What linking across languages costs on a CJK-heavy mix: the demo's Korean slice, Japanese and
 * English Wikinews, in time order, without embeddings (the cost of the clusterer and the linker,
 * not of a model). Rows: the within-language clustering alone (language detection, one clusterer
 * per language), the whole {@code lede cluster} path (plus each article's anchors and the linker),
 * and the anchors alone per language. CPU time of the benchmark thread, best of nine passes after
 * three untimed ones; the two paths take turns. Every pass starts as a run of {@code lede cluster}
 * does, with nothing remembered from the pass before: a fresh configuration, a fresh anchor reader
 * (it remembers each word's and Han run's readings) and no Korean word remembered ({@link
 * KoreanWords}: each word's Nori reading, which the entity keys and the anchors share), made before
 * the clock starts. Session 13's bench kept one configuration for all passes, so the
 * within-language row read Korean words from a warm memory while the anchors started cold. See
 * {@code bench/cluster --mix}.
 */
final class ClusterMixBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Path> FILES =
      List.of(
          Path.of("demo/wikinews-ko/demo-slice.jsonl"),
          Path.of("demo/wikinews-ja/jawikinews.jsonl"),
          Path.of("demo/wikinews-en/articles.jsonl"));
  private static final int PASSES = 9;
  // Untimed pairs first: the first passes ran while the JIT was still compiling whichever arm came
  // first, so a pass-one ratio said more about the order than about the paths (0.94 to 2.97 in one
  // run on a loaded machine).
  private static final int WARM_UP = 3;

  private ClusterMixBench() {}

  /** A demo line: its input and its language as the corpus labels it. */
  private record Line(StoryInput input, String language) {}

  static void main(String[] args) throws IOException {
    List<Line> lines = lines();
    List<StoryInput> inputs = lines.stream().map(Line::input).toList();
    Map<String, Integer> perLanguage = new LinkedHashMap<>();
    lines.forEach(l -> perLanguage.merge(l.language(), 1, Integer::sum));
    // The two paths take turns, pass by pass, so a machine whose load changes meets both alike.
    double[][] arms =
        interleaved(
            inputs.size(),
            List.of(
                () -> {
                  ClusterCommandLogic command = freshCommand();
                  return () -> {
                    Map<String, String> story = new HashMap<>();
                    command.withinLanguage(inputs, story, new HashMap<>());
                    return story.size();
                  };
                },
                () -> {
                  ClusterCommandLogic command = freshCommand();
                  return () -> command.cluster(inputs).size();
                }));
    double within = Arrays.stream(arms[0]).min().orElseThrow();
    double whole = Arrays.stream(arms[1]).min().orElseThrow();
    double[] ratios = new double[PASSES];
    for (int pass = 0; pass < PASSES; pass++) {
      ratios[pass] = arms[1][pass] / arms[0][pass];
    }
    Arrays.sort(ratios);
    System.out.printf(
        Locale.ROOT,
        "Demo Wikinews mix %s: %d articles in time order, no embeddings; CPU ms/article of the"
            + " benchmark thread, best and median of %d passes after %d untimed%n%n",
        perLanguage,
        inputs.size(),
        PASSES,
        WARM_UP);
    System.out.println("| path | best ms/article | x within-language | median ms/article |");
    System.out.println("|---|---|---|---|");
    System.out.printf(
        Locale.ROOT,
        "| within-language clustering only | %.2f | 1.00 | %.2f |%n",
        within,
        median(arms[0]));
    System.out.printf(
        Locale.ROOT,
        "| as `lede cluster` runs it (+ anchors and linking) | %.2f | **%.2f** | %.2f |%n",
        whole,
        whole / within,
        median(arms[1]));
    System.out.printf(
        Locale.ROOT,
        "%nRatio of the two paths pass by pass (each pair run back to back), sorted: %s; median"
            + " %.2f%n",
        Arrays.stream(ratios)
            .mapToObj(r -> String.format(Locale.ROOT, "%.2f", r))
            .collect(Collectors.joining(", ")),
        ratios[PASSES / 2]);
    System.out.println();
    System.out.println("| anchors alone (title and head of text) | articles | ms/article |");
    System.out.println("|---|---|---|");
    for (String language : perLanguage.keySet()) {
      List<StoryInput> of =
          lines.stream().filter(l -> l.language().equals(language)).map(Line::input).toList();
      double ms =
          best(
              of.size(),
              () -> {
                // A reader per pass, as a run of `lede cluster` has: its memory starts empty, and
                // so does the process's memory of Korean words.
                KoreanWords.forget();
                CrossLanguageLinker.AnchorReader reader = new CrossLanguageLinker.AnchorReader();
                return () -> {
                  int n = 0;
                  for (StoryInput a : of) {
                    n += reader.anchors(a.title(), a.text()).size();
                  }
                  return n;
                };
              });
      System.out.printf(Locale.ROOT, "| %s | %d | %.2f |%n", language, of.size(), ms);
    }
  }

  /** The demo mix's articles in time order, as this bench reads them. */
  static List<StoryInput> inputs() throws IOException {
    return lines().stream().map(Line::input).toList();
  }

  private static List<Line> lines() throws IOException {
    List<Line> lines = new ArrayList<>();
    for (Path f : FILES) {
      lines.addAll(read(f));
    }
    lines.sort(
        Comparator.comparing((Line l) -> l.input().published().orElse(Instant.MAX))
            .thenComparing(l -> l.input().id()));
    return lines;
  }

  /**
   * A clusterer as one run of {@code lede cluster} starts with: its own configuration, and the
   * process's memory of Korean words ({@link KoreanWords}, which the entity keys and the anchors
   * share) empty.
   */
  private static ClusterCommandLogic freshCommand() {
    KoreanWords.forget();
    StoryClusterer.Config config =
        StoryClusterer.Config.builder().embedder(Embedder.none()).build();
    return new ClusterCommandLogic(config, LuceneCandidateIndex.FACTORY);
  }

  /**
   * CPU ms per article of each arm's work, per pass: the arms run in turn within each pass, the
   * first arm first in even passes and last in odd ones, each on work {@code fresh} prepares for it
   * untimed, after {@link #WARM_UP} untimed passes.
   */
  private static double[][] interleaved(int n, List<Supplier<Work>> arms) {
    double[][] ms = new double[arms.size()][PASSES];
    for (int pass = -WARM_UP; pass < PASSES; pass++) {
      for (int turn = 0; turn < arms.size(); turn++) {
        int arm = Math.floorMod(pass, 2) == 0 ? turn : arms.size() - 1 - turn;
        Work work = arms.get(arm).get();
        long start = ClusterBench.CPU.getCurrentThreadCpuTime();
        sink += work.run();
        double took = (ClusterBench.CPU.getCurrentThreadCpuTime() - start) / 1e6 / n;
        if (pass >= 0) {
          ms[arm][pass] = took;
        }
      }
    }
    return ms;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Something whose result is used, so the JIT keeps the work. */
  @FunctionalInterface
  private interface Work {
    int run();
  }

  private static int sink;

  /**
   * CPU ms per article of the work {@code fresh} prepares (untimed) for each pass, over {@code n}
   * articles, best of {@link #PASSES}.
   */
  private static double best(int n, Supplier<Work> fresh) {
    double best = Double.MAX_VALUE;
    for (int pass = -WARM_UP; pass < PASSES; pass++) {
      Work work = fresh.get();
      long start = ClusterBench.CPU.getCurrentThreadCpuTime();
      sink += work.run();
      if (pass >= 0) {
        best = Math.min(best, (ClusterBench.CPU.getCurrentThreadCpuTime() - start) / 1e6 / n);
      }
    }
    return best;
  }

  private static List<Line> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("cluster mix bench: " + file + " is missing");
    }
    List<Line> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      String day = n.hasNonNull("date") ? n.get("date").asText() : n.path("published").asText("");
      Optional<Instant> published =
          day.isEmpty()
              ? Optional.empty()
              : Optional.of(LocalDate.parse(day.substring(0, 10)).atStartOfDay(ZoneOffset.UTC))
                  .map(t -> t.toInstant());
      out.add(
          new Line(
              new StoryInput(
                  n.get("id").asText(),
                  n.path("title").asText(""),
                  n.get("text").asText(),
                  published,
                  Optional.empty(),
                  Optional.empty()),
              n.path("language").asText("und")));
    }
    return out;
  }
}
