package dev.lede.bench;

import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.nlp.Embedder;
import dev.lede.story.Assignment;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import dev.lede.testing.SharedData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code bench/cluster --scale [--in-memory] [--sizes=10000,100000] [--probes=2000]}: cost per
 * article against synthetic archives of 10k and 100k stories, index on disk in a temporary
 * directory (or on the heap with {@code --in-memory}). The archive is loaded with {@link
 * StoryClusterer#restore} (no scoring), then probe articles are assigned and timed: half are new
 * articles of archived stories, half new stories. A 384-dimension hashing embedder stands in for
 * MiniLM so the HNSW path runs at model size without the model's cost; embedding time is measured
 * and left out.
 */
final class ClusterScaleBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  // The load phase never queries, so the search path is not compiled yet when probes start.
  private static final int WARMUP = 6000;
  private static final int JVM_WARMUP_STORIES = 3000;

  private ClusterScaleBench() {}

  static void main(String[] args) throws Exception {
    Map<String, String> opts = ClusterBench.options(args);
    Path corpus =
        SharedData.root()
            .map(r -> r.resolve("data").resolve("corpus"))
            .orElseThrow(() -> new IllegalStateException("../shared/data is not present"));
    SyntheticArchive archive = SyntheticArchive.fromCorpus(corpus, 7);
    int probes = Integer.parseInt(opts.getOrDefault("probes", "2000"));
    boolean inMemory = opts.containsKey("in-memory");
    if (!opts.containsKey("no-jvm-warmup")) {
      // JIT compilation is a one-off cost of a fresh JVM, not a per-article one: a small archive
      // first, so the measured sizes run compiled code (as a long-running ingest does).
      System.err.println("  JVM warm-up pass (3,000 stories)");
      run(archive, JVM_WARMUP_STORIES, probes, inMemory);
    }
    List<String> rows = new ArrayList<>();
    for (String size : opts.getOrDefault("sizes", "10000,100000").split(",")) {
      rows.add(run(archive, Integer.parseInt(size.trim()), probes, inMemory));
    }
    System.out.printf(
        Locale.ROOT,
        "Synthetic archives from %d corpus articles (English and Korean Wikinews, half the stories"
            + " each), 30 stories a day, 1-2 articles per story; %d probe articles each after %d"
            + " warm-up ones, after a JVM warm-up pass on a %,d-story archive; index %s%n%n",
        archive.seedCount(),
        probes,
        WARMUP,
        JVM_WARMUP_STORIES,
        inMemory ? "in memory" : "on disk");
    System.out.println(
        "| stories | articles | load (restore) ms/article | assign ms/article (p50 / mean / p99) | all threads ms/article (clustering thread / GC / merges / JIT) | embedding ms/article | heap after load | heap after probes | stories on heap | follow-ups joined their story | twins started a story |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println(
        "\nassign ms/article is CPU time of the clustering thread without embedding (analysis, entity"
            + " keys, index query, scoring, merges/splits, indexing); all threads ms/article is the"
            + " whole process's CPU time over the probes per probe, without embedding, split by"
            + " thread (from /proc/self/task, 10 ms ticks): the clustering thread, garbage"
            + " collection, background index merges and JIT compilation (the rest: other JVM"
            + " threads). Heap after GC: clusterer state"
            + " (stories of the last weeks, dictionaries, caches; older stories are dormant in a file"
            + " next to the index); the index is on disk (memory-mapped) unless --in-memory, which"
            + " puts it and the dormant stories on the heap too. Stories on heap: after the probes; the"
            + " others are dormant.\nProbes: a follow-up is a new article of an"
            + " archived story; a twin is a new story grown from a seed article that other archived"
            + " stories in its time window also grew from (1-2 of them for Korean seeds, about 12"
            + " for English ones), with other names and numbers: a templated report of a different"
            + " event, the hard case.");
  }

  private static String run(SyntheticArchive archive, int stories, int probes, boolean inMemory)
      throws IOException {
    System.gc();
    long heapBefore = usedHeap();
    TimedEmbedder embedder = new TimedEmbedder(new HashingEmbedder384());
    StoryClusterer.Config config = StoryClusterer.Config.builder().embedder(embedder).build();
    Path dir = inMemory ? null : java.nio.file.Files.createTempDirectory("lede-scale-");
    try (StoryClusterer clusterer =
        inMemory
            ? StoryClusterer.inMemory(config, LuceneCandidateIndex.FACTORY)
            : StoryClusterer.open(dir, config, LuceneCandidateIndex.FACTORY)) {
      long loadStart = CPU.getCurrentThreadCpuTime();
      int articles = 0;
      for (int s = 0; s < stories; s++) {
        int n = 1 + (s % 2);
        for (int v = 0; v < n; v++) {
          clusterer.restore(archive.article(s, v), "syn-" + s);
          articles++;
        }
        if ((s + 1) % 10_000 == 0) {
          System.err.printf(Locale.ROOT, "  loaded %d stories%n", s + 1);
        }
      }
      double loadMs = (CPU.getCurrentThreadCpuTime() - loadStart) / 1e6 / articles;
      System.gc();
      long heap = usedHeap() - heapBefore;

      Random w = new Random(13);
      for (int p = 0; p < WARMUP; p++) {
        int story = stories / 2 + w.nextInt(stories / 2);
        clusterer.assign(
            p % 2 == 0 ? archive.article(story, 8) : archive.article(stories + 10 * probes + p, 0));
      }
      Random r = new Random(11);
      // Probe articles are made before the clock starts, so the process CPU over the probes is
      // the clusterer's (and the JVM's), not the generator's.
      StoryInput[] inputs = new StoryInput[probes];
      String[] seeds = new String[probes];
      for (int p = 0; p < probes; p++) {
        // Probes fall in the latter half of the archive's time span, as fresh news would.
        int story = stories / 2 + r.nextInt(stories / 2);
        boolean existing = p % 2 == 0;
        StoryInput probe = existing ? archive.article(story, 7) : archive.article(stories + p, 0);
        if (!existing) {
          probe =
              new StoryInput(
                  probe.id(),
                  probe.title(),
                  probe.text(),
                  archive.article(story, 0).published(),
                  probe.url(),
                  probe.source());
        }
        inputs[p] = probe;
        seeds[p] = "syn-" + story + "-0";
      }
      Assignment[] assigned = new Assignment[probes];
      long[] nanos = new long[probes];
      Map<String, Double> threadsBefore = ThreadCpu.snapshot();
      long processStart = PROCESS.getProcessCpuTime();
      long embedStart = embedder.nanos;
      for (int p = 0; p < probes; p++) {
        long embedBefore = embedder.nanos;
        long start = CPU.getCurrentThreadCpuTime();
        assigned[p] = clusterer.assign(inputs[p]);
        nanos[p] = CPU.getCurrentThreadCpuTime() - start - (embedder.nanos - embedBefore);
      }
      double allThreadsMs =
          (PROCESS.getProcessCpuTime() - processStart - (embedder.nanos - embedStart))
              / 1e6
              / probes;
      Map<String, Double> threads = ThreadCpu.between(threadsBefore, ThreadCpu.snapshot());
      double seen = threads.values().stream().mapToDouble(Double::doubleValue).sum();
      // Lucene starts a thread per merge; those that ended are no longer listed.
      threads.merge(
          "merge", (PROCESS.getProcessCpuTime() - processStart) / 1e6 - seen, Double::sum);
      int joined = 0;
      int started = 0;
      for (int p = 0; p < probes; p++) {
        boolean existing = p % 2 == 0;
        if (existing
            && clusterer.storyOf(assigned[p].articleId()).equals(clusterer.storyOf(seeds[p]))) {
          joined++;
        } else if (!existing && assigned[p].newStory()) {
          started++;
        }
      }
      System.gc();
      long heapAfter = usedHeap() - heapBefore;
      long[] sorted = nanos.clone();
      java.util.Arrays.sort(sorted);
      double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1e6;
      return String.format(
          Locale.ROOT,
          "| %,d | %,d | %.2f | %.2f / %.2f / %.2f | %.2f (%.2f / %.2f / %.2f / %.2f) | %.3f | %,d MB | %,d MB | %,d | %.1f%% | %.1f%% |",
          stories,
          articles,
          loadMs,
          sorted[probes / 2] / 1e6,
          mean,
          sorted[(int) (probes * 0.99)] / 1e6,
          allThreadsMs,
          threads.getOrDefault("main", 0.0) / probes,
          threads.getOrDefault("gc", 0.0) / probes,
          threads.getOrDefault("merge", 0.0) / probes,
          threads.getOrDefault("jit", 0.0) / probes,
          embedder.nanos / 1e6 / embedder.calls,
          heap / (1024 * 1024),
          heapAfter / (1024 * 1024),
          clusterer.storiesOnHeap(),
          200.0 * joined / probes,
          200.0 * started / probes);
    } finally {
      if (dir != null) {
        deleteTree(dir);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(p);
      }
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Counts the time spent embedding, so it can be left out. */
  private static final class TimedEmbedder implements Embedder {
    private final Embedder inner;
    long nanos;
    long calls;

    TimedEmbedder(Embedder inner) {
      this.inner = inner;
    }

    @Override
    public int dimension() {
      return inner.dimension();
    }

    @Override
    public float[][] embed(List<String> texts) {
      long start = CPU.getCurrentThreadCpuTime();
      float[][] v = inner.embed(texts);
      nanos += CPU.getCurrentThreadCpuTime() - start;
      calls += texts.size();
      return v;
    }
  }

  /** Word hashes projected to 384 signed dimensions: cheap, deterministic, model-sized. */
  static final class HashingEmbedder384 implements Embedder {
    @Override
    public int dimension() {
      return 384;
    }

    @Override
    public float[][] embed(List<String> texts) {
      float[][] out = new float[texts.size()][384];
      for (int i = 0; i < texts.size(); i++) {
        for (String w : texts.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (w.isEmpty()) {
            continue;
          }
          int h = w.hashCode();
          out[i][Math.floorMod(h, 384)] += (h & 0x10000) == 0 ? 1 : -1;
          out[i][Math.floorMod(h * 31 + 7, 384)] += (h & 0x20000) == 0 ? 0.5f : -0.5f;
        }
      }
      return out;
    }
  }
}
