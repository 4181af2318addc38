package dev.lede.bench;

import dev.lede.index.VectorIndex;
import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.index.lucene.LuceneIndex;
import dev.lede.index.lucene.LuceneVectorIndex;
import dev.lede.model.Article;
import dev.lede.store.StoryStore;
import dev.lede.store.jdbc.JdbcStoryStore;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import dev.lede.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code bench/related --full}: the whole related-stories query, {@code RelatedStories.find(id,
 * 5)}, through a real {@code Newsroom} opened on a real data folder of 10k and 100k stories.
 *
 * <p>The folder is built through the real stores but in bulk, not through the ingest pipeline (27
 * articles/s): story {@code s} of a {@link SyntheticArchive} grown from the demo corpus (half
 * English, half Korean Wikinews; names and numbers changed per story, 30 stories a day) gets 1 or 2
 * articles (1.5 on average), each stored in SQLite ({@link SqliteStore#put}) and the article index
 * ({@link LuceneIndex}), assigned in {@link StoryStore} (a share of the two-article stories, {@code
 * --merges}, by a merge of a story started by its first article, as the clusterer records one),
 * restored into the {@link StoryClusterer} under {@code stories/} (a hashing embedder stands in for
 * MiniLM) and given a vector in {@link VectorIndex} under {@code related/} (the mean of its
 * articles' hashing embeddings, so that stories grown from one seed article are near each other).
 * The article counts noted with the vectors match the stories', so opening the folder recomputes
 * nothing.
 *
 * <p>The folder is then measured in a fresh JVM (so that heap and RSS are a reader's, not the
 * builder's), which opens it as {@code lede related} does and runs {@code find} for random live
 * stories: 200 warm-up queries, then 500 timed calls of the real method (wall and thread CPU time,
 * p50/p99) taking turns with 500 calls, on other stories, of the same stage methods {@code find}
 * composes, one at a time ({@link RelatedProbe#staged}), for the breakdown; each staged result is
 * checked against {@code find}'s. Also printed: the time to open the folder (what a one-off {@code
 * lede related} pays before its query, mostly the clusterer replaying its index), heap after GC and
 * committed, and RSS (mostly heap the JVM committed during that replay).
 *
 * <p>The merge share defaults to 3%, about what ingesting the demo corpus gives (22 merges for 698
 * stories). Merges matter: before the story look-ups were batched, each of a query's ~120 look-ups
 * read the whole merge table, which made {@code find} take 170 ms at 100k stories (p99 610 ms).
 *
 * <p>Args: {@code [--sizes=10000,100000] [--queries=500] [--merges=0.03] [--reuse] [--seed=1]}.
 * With {@code --reuse} a folder built before with the same arguments (under {@code
 * target/bench-related-full}) is opened again instead of rebuilt.
 */
final class RelatedFullBench {
  static final int LIMIT = 5;
  static final int WARMUP = 200;
  static final int DIM = 384;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private RelatedFullBench() {}

  public static void main(String[] args) throws Exception {
    int[] sizes = {10_000, 100_000};
    int queries = 500;
    double merges = 0.03;
    boolean reuse = false;
    long seed = 1;
    Optional<Path> measure = Optional.empty();
    for (String a : args) {
      if (a.startsWith("--measure=")) {
        measure = Optional.of(Path.of(a.substring(10)));
      } else if (a.startsWith("--sizes=")) {
        sizes = Arrays.stream(a.substring(8).split(",")).mapToInt(Integer::parseInt).toArray();
      } else if (a.startsWith("--queries=")) {
        queries = Integer.parseInt(a.substring(10));
      } else if (a.startsWith("--merges=")) {
        merges = Double.parseDouble(a.substring(9));
      } else if (a.equals("--reuse")) {
        reuse = true;
      } else if (a.startsWith("--seed=")) {
        seed = Long.parseLong(a.substring(7));
      } else {
        throw new IllegalArgumentException("unknown argument: " + a);
      }
    }
    if (measure.isPresent()) {
      measureAndPrint(measure.get(), sizes[0], queries, seed);
      return;
    }
    Path corpus =
        SharedData.root()
            .map(r -> r.resolve("data").resolve("corpus"))
            .orElseThrow(() -> new IllegalStateException("../shared/data not found"));
    SyntheticArchive archive = SyntheticArchive.fromCorpus(corpus, seed);
    System.out.printf(
        Locale.ROOT,
        "related-stories bench, full find(): %d seed articles, 1.5 articles per story, %.0f%% of"
            + " stories with a merge, %d timed queries per size after %d warm-up ones, limit %d%n",
        archive.seedCount(),
        merges * 100,
        queries,
        WARMUP,
        LIMIT);
    List<String> rows = new ArrayList<>();
    List<String> stageRows = new ArrayList<>();
    for (int n : sizes) {
      Path dir = Path.of("target", "bench-related-full", n + "-" + merges + "-" + seed);
      Path marker = dir.resolve("bench-complete");
      String buildS = "reused";
      if (!reuse || !Files.exists(marker)) {
        deleteTree(dir);
        buildS = String.format(Locale.ROOT, "%.0f", build(dir, archive, n, merges, seed));
        Files.writeString(marker, "built\n");
      }
      // Measured in a fresh JVM, so heap and RSS are those of a process that only opened the
      // folder and answered queries, not of the one that built it.
      for (String line : child(dir, n, queries, seed)) {
        if (line.startsWith("ROW ")) {
          rows.add(line.substring(4).replace("{build}", buildS));
        } else if (line.startsWith("STAGES ")) {
          stageRows.add(line.substring(7));
        } else {
          System.out.println(line);
        }
      }
      if (!reuse) {
        deleteTree(dir);
      }
    }
    System.out.println();
    System.out.println(
        "| stories | articles | build s | open s | find() wall p50 / p99 ms | find() CPU p50 / p99"
            + " ms | staged wall p50 / p99 ms | heap after GC / committed MB | RSS MB | related per"
            + " query |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println();
    StringBuilder head = new StringBuilder("| stories |");
    StringBuilder rule = new StringBuilder("|---|");
    for (dev.lede.related.RelatedStories.Stage s : RelatedProbe.STAGES) {
      head.append(' ')
          .append(s.name().toLowerCase(Locale.ROOT))
          .append(" wall p50 / p99 (CPU p50 / p99) ms |");
      rule.append("---|");
    }
    System.out.println(head);
    System.out.println(rule);
    stageRows.forEach(System.out::println);
  }

  /** Runs {@link #measure} in a child JVM with this one's options; returns its output lines. */
  static List<String> child(Path dir, int n, int queries, long seed)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            RelatedFullBench.class.getName(),
            "--measure=" + dir,
            "--sizes=" + n,
            "--queries=" + queries,
            "--seed=" + seed));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> out;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      out = r.lines().toList();
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException("measuring " + dir + " failed, exit " + p.exitValue());
    }
    return out;
  }

  /** The child's side: measures {@code dir} and prints its table rows. */
  static void measureAndPrint(Path dir, int n, int queries, long seed) throws IOException {
    Result r = measure(dir, n, queries, seed);
    System.out.println(
        String.format(
            Locale.ROOT,
            "ROW | %,d | %,d | {build} | %.1f | %s | %s | %s | %.0f / %.0f | %.0f | %.1f |",
            n,
            r.articles,
            r.openS,
            RelatedBench.pct(r.total),
            RelatedBench.pct(r.totalCpu),
            RelatedBench.pct(r.stagedTotal),
            r.heapMb,
            r.committedMb,
            r.rssMb,
            r.related));
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "STAGES | %,d |", n));
    for (int s = 0; s < r.stages.length; s++) {
      sb.append(' ')
          .append(RelatedBench.pct(r.stages[s]))
          .append(" (")
          .append(RelatedBench.pct(r.stagesCpu[s]))
          .append(") |");
    }
    System.out.println(sb);
  }

  record Result(
      int articles,
      double openS,
      long[] total,
      long[] totalCpu,
      long[] stagedTotal,
      long[][] stages,
      long[][] stagesCpu,
      double heapMb,
      double committedMb,
      double rssMb,
      double related) {}

  static Result measure(Path dir, int n, int queries, long seed) throws IOException {
    long t0 = System.nanoTime();
    try (RelatedProbe probe = RelatedProbe.open(dir)) {
      double openS = (System.nanoTime() - t0) / 1e9;
      List<String> live = probe.liveStories();
      List<String> order = new ArrayList<>(live);
      Collections.shuffle(order, new Random(seed * 31 + n));
      if (order.size() < WARMUP + 2 * queries) {
        throw new IllegalStateException(
            "need " + (WARMUP + 2 * queries) + " stories, " + dir + " has " + order.size());
      }
      for (int q = 0; q < WARMUP; q++) {
        probe.find(order.get(q), LIMIT);
      }
      long[] total = new long[queries];
      long[] totalCpu = new long[queries];
      long found = 0;
      int stageCount = RelatedProbe.STAGES.size();
      long[][] stages = new long[stageCount][queries];
      long[][] stagesCpu = new long[stageCount][queries];
      long[] stagedTotal = new long[queries];
      // The two passes take turns, so that both see the same warm-up, caches and load.
      for (int q = 0; q < queries; q++) {
        String id = order.get(WARMUP + 2 * q);
        long a = System.nanoTime();
        long c = RelatedProbe.cpuNow();
        List<String> r = probe.find(id, LIMIT);
        totalCpu[q] = RelatedProbe.cpuNow() - c;
        total[q] = System.nanoTime() - a;
        found += r.size();
        if (r.stream().anyMatch(line -> line.startsWith(id + " "))) {
          throw new IllegalStateException("story " + id + " was related to itself");
        }
        String other = order.get(WARMUP + 2 * q + 1);
        long[] wall = new long[stageCount];
        long[] cpu = new long[stageCount];
        List<String> staged = probe.staged(other, LIMIT, wall, cpu);
        for (int s = 0; s < stageCount; s++) {
          stages[s][q] = wall[s];
          stagesCpu[s][q] = cpu[s];
          stagedTotal[q] += wall[s];
        }
        List<String> whole = probe.find(other, LIMIT);
        if (!staged.equals(whole)) {
          throw new IllegalStateException(
              "stages and find() disagree on " + other + ": " + staged + " vs " + whole);
        }
      }
      System.gc();
      Runtime rt = Runtime.getRuntime();
      double heapMb = (rt.totalMemory() - rt.freeMemory()) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%,d stories: opened in %.1f s (%s), %,d on the clusterer's heap%n",
          live.size(),
          openS,
          probe.openTimes(),
          probe.storiesOnHeap());
      return new Result(
          articles(n),
          openS,
          total,
          totalCpu,
          stagedTotal,
          stages,
          stagesCpu,
          heapMb,
          rt.totalMemory() / 1e6,
          RelatedBench.rssMb(),
          (double) found / queries);
    }
  }

  static int articles(int n) {
    return n + n / 2;
  }

  /** One story's articles and the live id they end up in. */
  private record Built(String live, List<StoryInput> inputs) {}

  private static final Built DONE = new Built("", List.of());

  /**
   * Builds the data folder; returns the seconds it took. The SQLite store, the story assignments
   * and the article index are written on this thread, the clusterer and the story vectors on
   * another (each in story order), as the two halves cost about the same.
   */
  static double build(Path dir, SyntheticArchive archive, int n, double mergeRate, long seed)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Random rng = new Random(seed);
    Files.createDirectories(dir);
    StoryClusterer.Config config =
        StoryClusterer.Config.defaults().toBuilder().embedder(new HashingEmbedder()).build();
    BlockingQueue<Built> queue = new ArrayBlockingQueue<>(512);
    AtomicReference<Throwable> failed = new AtomicReference<>();
    AtomicLong derivedCpu = new AtomicLong();
    long mainCpu = THREADS.getCurrentThreadCpuTime();
    long processCpu = PROCESS.getProcessCpuTime();
    SqliteStore store = SqliteStore.open(dir);
    try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"));
        StoryClusterer clusterer =
            StoryClusterer.open(dir.resolve("stories"), config, LuceneCandidateIndex.FACTORY);
        VectorIndex vectors = LuceneVectorIndex.open(dir.resolve("related"))) {
      Thread derived =
          new Thread(
              () -> {
                try {
                  derivedCpu.set(-THREADS.getCurrentThreadCpuTime());
                  for (Built b = queue.take(); b != DONE; b = queue.take()) {
                    List<float[]> embedded = new ArrayList<>(b.inputs().size());
                    for (StoryInput in : b.inputs()) {
                      clusterer.restore(in, b.live());
                      embedded.add(HashingEmbedder.vector(in.title() + "\n" + in.text()));
                    }
                    vectors.put(b.live(), VectorIndex.mean(embedded), b.inputs().size());
                  }
                  derivedCpu.addAndGet(THREADS.getCurrentThreadCpuTime());
                } catch (Throwable e) {
                  failed.set(e);
                  queue.clear();
                }
              },
              "bench-clusterer");
      derived.start();
      StoryStore stories = JdbcStoryStore.of(store);
      int merged = 0;
      for (int s = 0; s < n && failed.get() == null; s++) {
        int count = 1 + (s % 2);
        List<StoryInput> inputs = new ArrayList<>(count);
        for (int v = 0; v < count; v++) {
          inputs.add(archive.article(s, v));
        }
        String live = storyId(inputs.get(0).id());
        // A merge as the clusterer records one: the second article brings a story the first one
        // started into this one.
        boolean merge = count == 2 && rng.nextDouble() < 2 * mergeRate;
        String first = merge ? storyId(inputs.get(0).id() + "/retired") : live;
        for (int v = 0; v < count; v++) {
          Article a = article(inputs.get(v));
          store.put(a, List.of());
          index.upsert(a);
          List<StoryStore.Move> moves =
              merge && v == 1 ? List.of(new StoryStore.Move(first, live, List.of())) : List.of();
          stories.assign(
              new StoryStore.Assignment(a.id(), v == 0 ? first : live, a.fetchedAt()), moves);
        }
        if (merge) {
          merged++;
        }
        queue.put(new Built(live, inputs));
        if ((s + 1) % 10_000 == 0) {
          System.err.printf(
              Locale.ROOT, "  built %,d stories (%.0f s)%n", s + 1, (System.nanoTime() - t0) / 1e9);
        }
      }
      queue.put(DONE);
      derived.join();
      if (failed.get() != null) {
        throw new IllegalStateException("building " + dir + " failed", failed.get());
      }
      index.commit();
      vectors.commit();
      clusterer.commit();
      System.err.printf(
          Locale.ROOT,
          "  %,d stories, %,d merges, built in %.0f s (CPU s: store and article index %.0f,"
              + " clusterer and vectors %.0f, whole process %.0f)%n",
          n,
          merged,
          (System.nanoTime() - t0) / 1e9,
          (THREADS.getCurrentThreadCpuTime() - mainCpu) / 1e9,
          derivedCpu.get() / 1e9,
          (PROCESS.getProcessCpuTime() - processCpu) / 1e9);
    } finally {
      store.close();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  static Article article(StoryInput in) {
    String url = "https://" + in.source().orElse("outlet") + ".example/" + in.id();
    boolean korean =
        (in.title() + in.text())
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    return new Article(
        in.id(),
        url,
        url,
        in.title(),
        Optional.empty(),
        in.published(),
        Optional.empty(),
        korean ? "ko" : "en",
        in.source().orElse("outlet"),
        "bench",
        in.text(),
        sha256(in.text()),
        sha256(in.id()).hashCode() * 0x9E3779B97F4A7C15L,
        Optional.empty(),
        in.published().orElseThrow().plus(Duration.ofHours(1)));
  }

  /** A story id as the clusterer makes one. */
  static String storyId(String firstArticle) {
    return "s-" + sha256(firstArticle).substring(0, 12);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    RelatedBench.deleteTree(dir);
  }

  /** Signed feature hashing of words into 384 dimensions: cheap, deterministic, text-dependent. */
  static final class HashingEmbedder implements dev.lede.nlp.Embedder {
    @Override
    public int dimension() {
      return DIM;
    }

    @Override
    public float[][] embed(List<String> texts) {
      float[][] out = new float[texts.size()][];
      for (int i = 0; i < texts.size(); i++) {
        out[i] = vector(texts.get(i));
      }
      return out;
    }

    static float[] vector(String text) {
      float[] v = new float[DIM];
      for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.isEmpty()) {
          continue;
        }
        int h = w.hashCode();
        v[Math.floorMod(h, DIM)] += (h & 0x10000) == 0 ? 1 : -1;
        v[Math.floorMod(h * 31 + 7, DIM)] += (h & 0x20000) == 0 ? 0.5f : -0.5f;
      }
      // A text of no words still needs a direction.
      v[0] += 1e-3f;
      return v;
    }
  }
}
