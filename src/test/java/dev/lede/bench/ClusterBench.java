package dev.lede.bench;

import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.nlp.Embedder;
import dev.lede.story.ClusteringScores;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryClusterer.Config;
import dev.lede.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story clustering benchmark on ECB+ topics 1-35 (shuffled arrival, several seeds): Lede's
 * clusterer against a plain TF-IDF single-pass baseline. See {@code bench/cluster}.
 */
public final class ClusterBench {
  // CPU time of the benchmark thread: the machine is shared, so wall time would measure neighbours.
  static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  record Result(
      double p,
      double r,
      double f1,
      double pairF1,
      double articlesPerSecond,
      double msPerArticle) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    if (opts.containsKey("scale")) {
      ClusterScaleBench.main(args);
      return;
    }
    if (opts.containsKey("mix")) {
      ClusterMixBench.main(args);
      return;
    }
    Path data =
        SharedData.root()
            .map(r -> r.resolve("data").resolve(EcbPlus.RELATIVE))
            .orElseThrow(() -> new IllegalStateException("../shared/data is not present"));
    List<EcbPlus.Doc> all = EcbPlus.read(data);
    int seeds = Integer.parseInt(opts.getOrDefault("seeds", "5"));
    List<EcbPlus.Doc> docs = filterTopics(all, opts.getOrDefault("topics", "1-35"));
    CachedEmbedder embedder =
        new CachedEmbedder(
            Embedder.miniLm(), Path.of("target", "bench-cache", "ecbplus-minilm.bin"));
    Config config = configFrom(opts, embedder);
    double baselineThreshold = Double.parseDouble(opts.getOrDefault("baseline", "0.25"));

    if (opts.containsKey("grid")) {
      grid(docs, embedder, seeds, opts);
      embedder.save();
      return;
    }
    // Warm the embedding cache so per-article times below exclude it.
    long embedStart = embedder.nanos();
    int embedCount = embedder.computed();
    runLede(docs, config, 0);
    double embedMs = (embedder.nanos() - embedStart) / 1e6;
    int embedded = embedder.computed() - embedCount;
    embedder.save();
    List<Result> lede = new ArrayList<>();
    List<Result> textOnly = new ArrayList<>();
    List<Result> base = new ArrayList<>();
    List<Result> command = new ArrayList<>();
    Config noEmbedding = config.toBuilder().embedder(Embedder.none()).build();
    Map<String, String> assignments = new java.util.TreeMap<>();
    for (int seed = 1; seed <= seeds; seed++) {
      Map<String, String> predicted = new HashMap<>();
      lede.add(runLede(docs, config, seed, predicted));
      for (Map.Entry<String, String> e : predicted.entrySet()) {
        assignments.put(seed + "\t" + e.getKey(), e.getValue());
      }
      textOnly.add(runLede(docs, noEmbedding, seed));
      base.add(runBaseline(docs, baselineThreshold, seed));
      command.add(runCommand(docs, config, seed));
    }
    if (opts.containsKey("assignments")) {
      // Each document's story per seed, to check that a refactoring clusters identically.
      List<String> rows = new ArrayList<>();
      assignments.forEach((k, v) -> rows.add(k + "\t" + v));
      Files.write(Path.of(opts.get("assignments")), rows);
    }
    System.out.printf(
        Locale.ROOT,
        "ECB+ dev topics %s: %d documents, %d gold events, shuffled arrival, mean of %d seeds%n%n",
        opts.getOrDefault("topics", "1-35"),
        docs.size(),
        docs.stream().map(EcbPlus.Doc::cluster).distinct().count(),
        seeds);
    System.out.println("| system | B3 P | B3 R | B3 F1 | pairwise F1 | articles/s | ms/article |");
    System.out.println("|---|---|---|---|---|---|---|");
    row("Lede", mean(lede));
    row("Lede without embeddings", mean(textOnly));
    row("Lede as `lede cluster` runs it (per language + linking)", mean(command));
    row(String.format(Locale.ROOT, "TF-IDF baseline (cos >= %.2f)", baselineThreshold), mean(base));
    System.out.printf(
        Locale.ROOT,
        "%nLede B3 F1 per seed: %s; baseline: %s%n",
        lede.stream().map(r -> String.format(Locale.ROOT, "%.3f", r.f1())).toList(),
        base.stream().map(r -> String.format(Locale.ROOT, "%.3f", r.f1())).toList());
    System.out.printf(
        Locale.ROOT,
        "ms/article and articles/s are CPU time of the clustering thread (this machine is shared), excluding embedding; the `lede cluster` row adds language detection, one clusterer per language, each article's cross-language anchors and the linker. Embedding (all-MiniLM-L6-v2, this machine): %s%n",
        embedded == 0
            ? "all vectors came from target/bench-cache (delete it to time the model)"
            : String.format(
                Locale.ROOT, "%.1f ms/article over %d articles", embedMs / embedded, embedded));
    System.out.printf(
        Locale.ROOT,
        "Input of two or more languages also costs each article's cross-language anchors (title and head of text): %.2f ms/article on these texts (CPU, best of 3 passes), and the linker%n",
        anchorMs(docs));
    System.out.printf(
        Locale.ROOT,
        "Config: join %.2f, merge %.2f, split %.2f, margin %.2f, weights term %.2f / entity %.2f / embedding %.2f%n",
        config.joinThreshold(),
        config.mergeThreshold(),
        config.splitThreshold(),
        config.smallStoryMargin(),
        config.termWeight(),
        config.entityWeight(),
        config.embeddingWeight());
  }

  static Config configFrom(Map<String, String> opts, Embedder embedder) {
    Config d = Config.builder().embedder(embedder).build();
    return d.toBuilder()
        .embedder(opts.containsKey("no-embed") ? Embedder.none() : embedder)
        .thresholds(
            num(opts, "join", d.joinThreshold()),
            num(opts, "merge", d.mergeThreshold()),
            num(opts, "split", d.splitThreshold()))
        .smallStoryMargin(num(opts, "margin", d.smallStoryMargin()))
        .weights(
            num(opts, "wt", d.termWeight()),
            num(opts, "we", d.entityWeight()),
            num(opts, "wv", d.embeddingWeight()))
        .embeddingFloor(num(opts, "vfloor", d.embeddingFloor()))
        .build();
  }

  private static double num(Map<String, String> opts, String key, double fallback) {
    return Double.parseDouble(opts.getOrDefault(key, Double.toString(fallback)));
  }

  static Result runLede(List<EcbPlus.Doc> docs, Config config, long seed) {
    return runLede(docs, config, seed, new HashMap<>());
  }

  /**
   * Clusters {@code docs} in the seed's order; each document's story goes into {@code predicted}.
   */
  static Result runLede(
      List<EcbPlus.Doc> docs, Config config, long seed, Map<String, String> predicted) {
    List<EcbPlus.Doc> order = seed == 0 ? docs : EcbPlus.shuffled(docs, seed);
    Map<String, String> gold = new HashMap<>();
    long start = CPU.getCurrentThreadCpuTime();
    try (StoryClusterer stories = StoryClusterer.inMemory(config, LuceneCandidateIndex.FACTORY)) {
      for (EcbPlus.Doc d : order) {
        stories.assign(d.input());
        gold.put(d.input().id(), d.cluster());
      }
      for (EcbPlus.Doc d : order) {
        predicted.put(d.input().id(), stories.storyOf(d.input().id()).orElseThrow());
      }
    }
    return result(predicted, gold, CPU.getCurrentThreadCpuTime() - start, order.size());
  }

  /**
   * Clusters {@code docs} in the seed's order as {@code lede cluster} does: language detection, one
   * clusterer per language, then cross-language anchors and linking.
   */
  static Result runCommand(List<EcbPlus.Doc> docs, Config config, long seed) {
    List<EcbPlus.Doc> order = EcbPlus.shuffled(docs, seed);
    Map<String, String> gold = new HashMap<>();
    List<dev.lede.story.StoryInput> inputs = new ArrayList<>();
    for (EcbPlus.Doc d : order) {
      inputs.add(d.input());
      gold.put(d.input().id(), d.cluster());
    }
    long start = CPU.getCurrentThreadCpuTime();
    Map<String, String> predicted =
        new dev.lede.story.ClusterCommandLogic(config, LuceneCandidateIndex.FACTORY)
            .cluster(inputs);
    return result(predicted, gold, CPU.getCurrentThreadCpuTime() - start, order.size());
  }

  /** CPU ms per document of its cross-language anchors, best of three passes. */
  static double anchorMs(List<EcbPlus.Doc> docs) {
    double best = Double.MAX_VALUE;
    for (int pass = 0; pass < 3; pass++) {
      long start = CPU.getCurrentThreadCpuTime();
      int keys = 0;
      for (EcbPlus.Doc d : docs) {
        keys +=
            dev.lede.story.crosslang.CrossLanguageLinker.anchors(
                    d.input().title(), d.input().text())
                .size();
      }
      best = Math.min(best, (CPU.getCurrentThreadCpuTime() - start) / 1e6 / docs.size());
      if (keys == 0) {
        throw new IllegalStateException("no anchors in " + docs.size() + " documents");
      }
    }
    return best;
  }

  static Result runBaseline(List<EcbPlus.Doc> docs, double threshold, long seed) {
    List<EcbPlus.Doc> order = EcbPlus.shuffled(docs, seed);
    Map<String, String> gold = new HashMap<>();
    Map<String, String> predicted = new HashMap<>();
    long start = CPU.getCurrentThreadCpuTime();
    try (TfIdfBaseline baseline = new TfIdfBaseline(threshold)) {
      for (EcbPlus.Doc d : order) {
        predicted.put(d.input().id(), baseline.assign(d.input().id(), d.input().text()));
        gold.put(d.input().id(), d.cluster());
      }
    }
    return result(predicted, gold, CPU.getCurrentThreadCpuTime() - start, order.size());
  }

  private static Result result(
      Map<String, String> predicted, Map<String, String> gold, long nanos, int n) {
    ClusteringScores.Scores b3 = ClusteringScores.bcubed(predicted, gold);
    ClusteringScores.Scores pw = ClusteringScores.pairwise(predicted, gold);
    double ms = nanos / 1e6;
    return new Result(b3.precision(), b3.recall(), b3.f1(), pw.f1(), n / (ms / 1000), ms / n);
  }

  static Result mean(List<Result> rs) {
    double[] s = new double[6];
    for (Result r : rs) {
      s[0] += r.p();
      s[1] += r.r();
      s[2] += r.f1();
      s[3] += r.pairF1();
      s[4] += r.articlesPerSecond();
      s[5] += r.msPerArticle();
    }
    int n = rs.size();
    return new Result(s[0] / n, s[1] / n, s[2] / n, s[3] / n, s[4] / n, s[5] / n);
  }

  private static void row(String name, Result r) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %.3f | %.3f | %.3f | %.3f | %.0f | %.2f |%n",
        name,
        r.p(),
        r.r(),
        r.f1(),
        r.pairF1(),
        r.articlesPerSecond(),
        r.msPerArticle());
  }

  private static void grid(
      List<EcbPlus.Doc> docs, Embedder embedder, int seeds, Map<String, String> opts) {
    List<String> lines = new ArrayList<>();
    Config base = configFrom(opts, embedder);
    for (String w :
        opts.getOrDefault(
                "weights",
                base.termWeight() + "," + base.entityWeight() + "," + base.embeddingWeight())
            .split(";")) {
      String[] ws = w.split(",");
      for (String j :
          opts.getOrDefault("joins", Double.toString(base.joinThreshold())).split(",")) {
        for (String m :
            opts.getOrDefault("merges", Double.toString(base.mergeThreshold())).split(",")) {
          for (String sp :
              opts.getOrDefault("splits", Double.toString(base.splitThreshold())).split(",")) {
            for (String mg :
                opts.getOrDefault("margins", Double.toString(base.smallStoryMargin())).split(",")) {
              if (Double.parseDouble(sp) > Double.parseDouble(m)) {
                continue;
              }
              Config c =
                  base.toBuilder()
                      .weights(
                          Double.parseDouble(ws[0]),
                          Double.parseDouble(ws[1]),
                          Double.parseDouble(ws[2]))
                      .thresholds(
                          Double.parseDouble(j), Double.parseDouble(m), Double.parseDouble(sp))
                      .smallStoryMargin(Double.parseDouble(mg))
                      .build();
              List<Result> rs = new ArrayList<>();
              for (int seed = 1; seed <= seeds; seed++) {
                rs.add(runLede(docs, c, seed));
              }
              Result r = mean(rs);
              String line =
                  String.format(
                      Locale.ROOT,
                      "F1 %.4f P %.3f R %.3f | w %s join %s merge %s split %s margin %s",
                      r.f1(),
                      r.p(),
                      r.r(),
                      w,
                      j,
                      m,
                      sp,
                      mg);
              System.out.println(line);
              lines.add(line);
            }
          }
        }
      }
    }
    for (String b : opts.getOrDefault("baselines", "").split(",")) {
      if (b.isBlank()) {
        continue;
      }
      List<Result> rs = new ArrayList<>();
      for (int seed = 1; seed <= seeds; seed++) {
        rs.add(runBaseline(docs, Double.parseDouble(b), seed));
      }
      Result r = mean(rs);
      System.out.printf(
          Locale.ROOT, "baseline %s: F1 %.4f P %.3f R %.3f%n", b, r.f1(), r.p(), r.r());
    }
    lines.sort(null);
    System.out.println("--- best");
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 5); i--) {
      System.out.println(lines.get(i));
    }
  }

  static List<EcbPlus.Doc> filterTopics(List<EcbPlus.Doc> docs, String spec) {
    List<int[]> ranges = new ArrayList<>();
    for (String part : spec.split(",")) {
      String[] ab = part.split("-");
      int a = Integer.parseInt(ab[0].trim());
      ranges.add(new int[] {a, ab.length > 1 ? Integer.parseInt(ab[1].trim()) : a});
    }
    List<EcbPlus.Doc> out = new ArrayList<>();
    for (EcbPlus.Doc d : docs) {
      for (int[] r : ranges) {
        if (d.topic() >= r[0] && d.topic() <= r[1]) {
          out.add(d);
          break;
        }
      }
    }
    return out;
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("cluster bench: unexpected argument " + a);
      }
      String key = a.substring(2);
      int eq = key.indexOf('=');
      if (eq >= 0) {
        opts.put(key.substring(0, eq), key.substring(eq + 1));
      } else {
        opts.put(key, "true");
      }
    }
    return opts;
  }
}
