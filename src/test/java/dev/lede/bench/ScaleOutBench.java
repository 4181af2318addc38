package dev.lede.bench;

import dev.lede.index.opensearch.OpenSearchTestNode;
import dev.lede.ingest.IngestReport;
import dev.lede.ingest.StageTimes;
import dev.lede.ingest.StageTimes.Stage;
import dev.lede.ingest.fetch.FetchResult;
import dev.lede.newsroom.Engines;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomListener;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.queue.kafka.KafkaTestCluster;
import dev.lede.store.postgres.PostgresCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Scale-out throughput (issue 14 item 4): end-to-end articles per second (ingest, store, index,
 * analyse and embed, assign stories, write them) with 1, 2 and 4 analyse workers, embedded (SQLite,
 * Lucene, in-process queue) and distributed (PostgreSQL, an OpenSearch node, a Kafka broker), and
 * the CPU each article costs: the whole process, the analyse workers (sentence analysis and MiniLM
 * embedding), story assignment, store and index. In distributed mode the OpenSearch node and the
 * Kafka broker run in this JVM (their CPU is in the process column); PostgreSQL runs in its own
 * processes (not in any column).
 *
 * <p>Usage: bench/scaleout [--workers=1,2,4] [--modes=embedded,distributed] [--articles=N]
 */
public final class ScaleOutBench {
  private ScaleOutBench() {}

  record Row(
      String mode,
      int workers,
      long stored,
      int stories,
      double wall,
      double cpu,
      double analyse,
      double assign,
      double storeIndex,
      double write,
      String load) {}

  public static void main(String[] args) throws Exception {
    List<Integer> workers = List.of(1, 2, 4);
    List<String> modes = List.of("embedded", "distributed");
    int articles = 120;
    for (String a : args) {
      if (a.startsWith("--workers=")) {
        workers = Arrays.stream(a.substring(10).split(",")).map(Integer::parseInt).toList();
      } else if (a.startsWith("--modes=")) {
        modes = List.of(a.substring(8).split(","));
      } else if (a.startsWith("--articles=")) {
        articles = Integer.parseInt(a.substring(11));
      } else {
        throw new IllegalArgumentException("unknown argument: " + a);
      }
    }
    Path tmp = Files.createTempDirectory("lede-scaleout-bench");
    List<String> refs = corpus(tmp, articles);
    // The model loads once, outside every row.
    MiniLmEmbedder.shared().embed(List.of("Lede is warming up."));
    run(tmp.resolve("warmup"), refs.subList(0, 1), 1, Engines.EMBEDDED, Optional.empty(), "");

    List<Row> rows = new ArrayList<>();
    if (modes.contains("embedded")) {
      for (int w : workers) {
        rows.add(
            run(
                tmp.resolve("embedded-" + w),
                refs,
                w,
                Engines.EMBEDDED,
                Optional.empty(),
                "embedded"));
        print(rows);
      }
    }
    if (modes.contains("distributed")) {
      Optional<String> missing = PostgresCluster.missing();
      if (missing.isPresent()) {
        System.out.println("distributed rows skipped: " + missing.get());
      } else {
        try (PostgresCluster pg = PostgresCluster.start();
            OpenSearchTestNode search = OpenSearchTestNode.startWithKnn(tmp.resolve("opensearch"));
            KafkaTestCluster kafka = KafkaTestCluster.start(1, tmp.resolve("kafka"))) {
          for (int w : workers) {
            Engines e =
                new Engines(Optional.of(pg.newDatabase()), Optional.of(search.url("bench-" + w)));
            rows.add(
                run(
                    tmp.resolve("distributed-" + w),
                    refs,
                    w,
                    e,
                    Optional.of("kafka://" + kafka.bootstrap() + "/bench-" + w),
                    "distributed"));
            print(rows);
          }
        }
      }
    }
    System.out.println();
    System.out.println("Final table (" + refs.size() + " sources, " + articles + " JSON lines):");
    print(rows);
    IngestBench.deleteTree(tmp);
  }

  /** The first {@code n} English Wikinews demo articles and the NASA and Global Voices feeds. */
  static List<String> corpus(Path tmp, int n) throws Exception {
    Path demo = Path.of("demo");
    List<String> lines = Files.readAllLines(demo.resolve("wikinews-en/articles.jsonl"));
    Path part = tmp.resolve("wikinews-en.jsonl");
    Files.write(part, lines.subList(0, Math.min(n, lines.size())));
    return List.of(
        part.toString(),
        demo.resolve("nasa/nasa-breaking-news-2018-07-24.rss").toString(),
        demo.resolve("nasa/nasa-breaking-news-2021-06-22.rss").toString(),
        demo.resolve("globalvoices-2009/globalvoices-feature-2009-06-11.restored-links.rss")
            .toString());
  }

  static Row run(
      Path dir, List<String> refs, int workers, Engines engines, Optional<String> log, String mode)
      throws Exception {
    StageTimes times = StageTimes.create();
    String load = LoadAverage.now();
    long cpu0 = IngestBench.processCpu();
    long emb0 = MiniLmEmbedder.inferenceCpu().toNanos();
    long t0 = System.nanoTime();
    IngestReport r;
    int stories;
    try (Newsroom room =
        Newsroom.open(dir, engines)
            .withStageTimes(times)
            .withAnalyseWorkers(workers)
            .withLog(log)) {
      r =
          room.ingest(
                  refs,
                  req -> new FetchResult.Failed(req.uri(), "offline benchmark", false),
                  false,
                  true,
                  NewsroomListener.NONE)
              .ingest();
      stories = room.stories().storySizes().size();
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (IngestBench.processCpu() - cpu0) / 1e9;
    times.add(Stage.EMBED, MiniLmEmbedder.inferenceCpu().toNanos() - emb0);
    double analyse = (times.cpuNanos(Stage.NLP) + times.cpuNanos(Stage.EMBED)) / 1e9;
    double storeIndex = (times.cpuNanos(Stage.STORE) + times.cpuNanos(Stage.INDEX)) / 1e9;
    return new Row(
        mode,
        workers,
        r.stored(),
        stories,
        wall,
        cpu,
        analyse,
        times.cpuNanos(Stage.CLUSTER) / 1e9,
        storeIndex,
        times.cpuNanos(Stage.WRITE) / 1e9,
        load);
  }

  static void print(List<Row> rows) {
    System.out.println(
        "| mode | analyse workers | articles | stories | wall s | articles/s | process CPU"
            + " ms/article | analyse CPU ms/article | assign CPU ms/article | store+index CPU"
            + " ms/article | write CPU ms/article | load before |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      double n = Math.max(1, r.stored());
      System.out.printf(
          "| %s | %d | %d | %d | %.1f | %.2f | %.0f | %.0f | %.0f | %.0f | %.0f | %s |%n",
          r.mode(),
          r.workers(),
          r.stored(),
          r.stories(),
          r.wall(),
          r.stored() / r.wall(),
          1000 * r.cpu() / n,
          1000 * r.analyse() / n,
          1000 * r.assign() / n,
          1000 * r.storeIndex() / n,
          1000 * r.write() / n,
          r.load());
    }
  }
}
