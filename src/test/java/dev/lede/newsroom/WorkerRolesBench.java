package dev.lede.newsroom;

import dev.lede.bench.LoadAverage;
import dev.lede.index.opensearch.OpenSearchTestNode;
import dev.lede.queue.kafka.KafkaTestCluster;
import dev.lede.queue.kafka.KafkaTopic;
import dev.lede.store.postgres.PostgresCluster;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The worker roles' throughput (issue 14 item 4, {@code bench/scaleout-roles}): 1, 2 and 4 {@code
 * lede worker fetch} processes (fetch workers analyse and embed), one {@code lede worker assign}
 * and one {@code lede worker write} process, each a JVM of its own, on PostgreSQL, an OpenSearch
 * node and a Kafka broker started here (in this JVM, PostgreSQL in its own processes). For each
 * count: end-to-end wall time from submitting the demo articles {@code bench/scaleout} uses until
 * every topic is handled, no article is unassigned and no story owes a write; articles per second;
 * each role's CPU per article, from {@code /proc/PID/stat} (utime + stime) of its processes over
 * that window. Before the window every worker gets a warm-up (one Korean demo article per fetch
 * partition, so each fetch worker loads the model and each role has run its code once).
 *
 * <p>Usage: bench/scaleout-roles [--fetch-workers=1,2,4] [--articles=120] [--partitions=12]
 */
public final class WorkerRolesBench {
  private WorkerRolesBench() {}

  record Row(
      int fetchWorkers,
      long stored,
      int stories,
      double wall,
      double fetchCpu,
      List<Double> fetchEach,
      double assignCpu,
      double writeCpu,
      double engineCpu,
      double pgCpu,
      double startCpu,
      String load) {}

  public static void main(String[] args) throws Exception {
    List<Integer> counts = List.of(1, 2, 4);
    int articles = 120;
    int partitions = 12;
    for (String a : args) {
      if (a.startsWith("--fetch-workers=")) {
        counts = Arrays.stream(a.substring(16).split(",")).map(Integer::parseInt).toList();
      } else if (a.startsWith("--articles=")) {
        articles = Integer.parseInt(a.substring(11));
      } else if (a.startsWith("--partitions=")) {
        partitions = Integer.parseInt(a.substring(13));
      } else {
        throw new IllegalArgumentException("unknown argument: " + a);
      }
    }
    Optional<String> missing = PostgresCluster.missing();
    if (missing.isPresent()) {
      throw new IllegalStateException("needs PostgreSQL: " + missing.get());
    }
    Path tmp = Files.createTempDirectory("lede-roles-bench");
    List<String> refs = corpus(tmp, articles, partitions);
    List<String> warm = warmUp(tmp, partitions);
    List<Row> rows = new ArrayList<>();
    try (PostgresCluster pg = PostgresCluster.start();
        OpenSearchTestNode search = OpenSearchTestNode.startWithKnn(tmp.resolve("opensearch"));
        KafkaTestCluster kafka = KafkaTestCluster.start(1, tmp.resolve("kafka"))) {
      for (int w : counts) {
        String name = "roles" + w;
        Engines e =
            new Engines(Optional.of(pg.newDatabase()), Optional.of(search.url(name + "-articles")));
        String log = "kafka://" + kafka.bootstrap() + "/" + name + "?partitions=" + partitions;
        rows.add(run(tmp.resolve(name), e, log, kafka.bootstrap(), pg.port(), w, refs, warm));
        print(rows);
      }
    }
    System.out.println();
    System.out.printf(
        "Final table (%d sources: %d English Wikinews lines in %d folders, one per fetch partition,"
            + " and the NASA and Global Voices feeds; warm-up of %d Korean articles before each"
            + " row):%n",
        refs.size(), articles, partitions, warm.size());
    print(rows);
    try (var paths = Files.walk(tmp)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * The first {@code n} English Wikinews demo lines in {@code partitions} files, each in a folder
   * routed to its own fetch partition (a file's folder is its routing key), so the fetch workers
   * get equal shares; then the NASA and Global Voices feeds, as {@code bench/scaleout} reads them.
   */
  static List<String> corpus(Path tmp, int n, int partitions) throws IOException {
    Path demo = Path.of("demo");
    List<String> lines = Files.readAllLines(demo.resolve("wikinews-en/articles.jsonl"));
    lines = lines.subList(0, Math.min(n, lines.size()));
    List<String> refs = new ArrayList<>();
    for (int k = 0; k < partitions; k++) {
      List<String> chunk =
          lines.subList(k * lines.size() / partitions, (k + 1) * lines.size() / partitions);
      if (chunk.isEmpty()) {
        continue;
      }
      Path f = folderOf(tmp, "en", k, partitions).resolve("wikinews-en.jsonl");
      Files.write(f, chunk, StandardCharsets.UTF_8);
      refs.add(f.toString());
    }
    // Each feed in a folder of its own, on the partitions the chunks above start from.
    String[] feeds = {
      "nasa/nasa-breaking-news-2018-07-24.rss",
      "nasa/nasa-breaking-news-2021-06-22.rss",
      "globalvoices-2009/globalvoices-feature-2009-06-11.restored-links.rss"
    };
    for (int i = 0; i < feeds.length; i++) {
      Path src = demo.resolve(feeds[i]);
      Path f = folderOf(tmp, "feed", Math.floorMod(partitions - 1 - i, partitions), partitions);
      refs.add(Files.copy(src, f.resolve(src.getFileName())).toString());
    }
    return refs;
  }

  /** One Korean demo article per fetch partition: every fetch worker loads its model on these. */
  static List<String> warmUp(Path tmp, int partitions) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("demo/wikinews-ko/demo-slice.jsonl"));
    List<String> refs = new ArrayList<>();
    for (int k = 0; k < partitions && k < lines.size(); k++) {
      Path f = folderOf(tmp, "warm", k, partitions).resolve("wikinews-ko.jsonl");
      Files.write(f, List.of(lines.get(lines.size() - 1 - k)), StandardCharsets.UTF_8);
      refs.add(f.toString());
    }
    return refs;
  }

  /** A new folder under {@code tmp} whose path routes to fetch partition {@code k}. */
  private static Path folderOf(Path tmp, String prefix, int k, int partitions) throws IOException {
    for (int j = 0; ; j++) {
      Path d = tmp.resolve("sources").resolve(prefix + "-" + k + "-" + j);
      if (KafkaTopic.partitionOf(Worker.hostOf(d.resolve("f").toString()), partitions) == k
          && !Files.exists(d)) {
        return Files.createDirectories(d);
      }
    }
  }

  /** One worker process and the file its output goes to. */
  record Proc(Worker.Role role, Process process, Path output) {}

  static Row run(
      Path dir,
      Engines engines,
      String log,
      String bootstrap,
      int pgPort,
      int fetchWorkers,
      List<String> refs,
      List<String> warm)
      throws Exception {
    Files.createDirectories(dir);
    List<Proc> procs = new ArrayList<>();
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    // The view opens first: it creates the tables, which processes starting at once would race to.
    try (Admin admin = Admin.create(props);
        Newsroom view = Newsroom.openWorker(dir.resolve("view"), engines)) {
      for (int i = 0; i < fetchWorkers; i++) {
        procs.add(start(dir, "fetch-" + i, Worker.Role.FETCH, engines, log));
      }
      procs.add(start(dir, "assign-0", Worker.Role.ASSIGN, engines, log));
      procs.add(start(dir, "write-0", Worker.Role.WRITE, engines, log));
      awaitJoined(procs, log, admin);
      System.err.printf("%d fetch workers: all joined; warm-up%n", fetchWorkers);
      {
        Worker.submit(log, warm);
        awaitDone(view, log, admin, procs);
        double startCpu = 0;
        long[] cpu0 = new long[procs.size()];
        for (int i = 0; i < procs.size(); i++) {
          cpu0[i] = cpuTicks(procs.get(i).process().pid());
          startCpu += cpu0[i];
        }
        long stored0 = view.articles().count();
        int stories0 = view.stories().storySizes().size();
        long self0 = selfCpuNanos();
        long pg0 = postgresTicks(pgPort);
        String load = LoadAverage.now();
        System.err.printf("%d fetch workers: warm-up done; submitting%n", fetchWorkers);
        long t0 = System.nanoTime();
        Worker.submit(log, refs);
        awaitDone(view, log, admin, procs);
        double wall = (System.nanoTime() - t0) / 1e9;
        double engineCpu = (selfCpuNanos() - self0) / 1e9;
        long pg1 = postgresTicks(pgPort);
        double pgCpu = pg0 < 0 || pg1 < 0 ? Double.NaN : (pg1 - pg0) / (double) TICKS;
        double fetch = 0;
        double assign = 0;
        double write = 0;
        List<Double> each = new ArrayList<>();
        for (int i = 0; i < procs.size(); i++) {
          double s = (cpuTicks(procs.get(i).process().pid()) - cpu0[i]) / (double) TICKS;
          switch (procs.get(i).role()) {
            case FETCH -> {
              fetch += s;
              each.add(s);
            }
            case ASSIGN -> assign += s;
            case WRITE -> write += s;
          }
        }
        long stored = view.articles().count() - stored0;
        // The warm-up's Korean stories are apart from these (assignment is per language).
        int stories = view.stories().storySizes().size() - stories0;
        return new Row(
            fetchWorkers,
            stored,
            stories,
            wall,
            fetch,
            each,
            assign,
            write,
            engineCpu,
            pgCpu,
            startCpu / TICKS / procs.size(),
            load);
      }
    } finally {
      stop(procs);
    }
  }

  private static Proc start(Path dir, String name, Worker.Role role, Engines engines, String log)
      throws IOException {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve(name + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(
            javaBin,
            role == Worker.Role.FETCH ? "-Xmx1g" : "-Xmx768m",
            "-cp",
            System.getProperty("java.class.path"),
            "dev.lede.cli.Main",
            "worker",
            role.name().toLowerCase(java.util.Locale.ROOT),
            "--data",
            dir.resolve(name).toString(),
            "--store",
            engines.store().get(),
            "--index",
            engines.index().get(),
            "--log",
            log,
            "--no-fetch");
    pb.redirectErrorStream(true);
    pb.redirectOutput(out.toFile());
    return new Proc(role, pb.start(), out);
  }

  /** SIGTERM (the worker finishes its record and leaves its group), then SIGKILL after 30 s. */
  private static void stop(List<Proc> procs) throws InterruptedException {
    for (Proc p : procs) {
      p.process().destroy();
    }
    for (Proc p : procs) {
      if (!p.process().waitFor(30, TimeUnit.SECONDS)) {
        p.process().destroyForcibly();
      }
    }
  }

  /** Waits until each role's group has all its members, each holding partitions. */
  private static void awaitJoined(List<Proc> procs, String log, Admin admin) throws Exception {
    Worker.Topics t = Worker.Topics.of(log);
    Map<String, Long> expected =
        Map.of(
            t.fetch().group(), count(procs, Worker.Role.FETCH),
            t.articles().group(), count(procs, Worker.Role.ASSIGN),
            t.stories().group(), count(procs, Worker.Role.WRITE));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (true) {
      alive(procs);
      Map<String, ConsumerGroupDescription> groups;
      try {
        groups = admin.describeConsumerGroups(expected.keySet()).all().get();
      } catch (java.util.concurrent.ExecutionException e) {
        groups = Map.of(); // a group not formed yet
      }
      boolean joined = true;
      for (var e : expected.entrySet()) {
        ConsumerGroupDescription g = groups.get(e.getKey());
        var members = g == null ? List.<MemberDescription>of() : g.members();
        joined &=
            members.size() == e.getValue()
                && members.stream()
                    .map(MemberDescription::assignment)
                    .allMatch(a -> !a.topicPartitions().isEmpty());
      }
      if (joined) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("workers did not join in 5 minutes: " + groups);
      }
      Thread.sleep(200); // other processes' progress: nothing here to wait on instead
    }
  }

  /**
   * Records of {@code l}'s topic its group has not committed, as {@code Worker.backlog} counts them
   * (no committed offset: 0), through one admin client (a consumer per check would cost this JVM
   * more CPU than the check is worth).
   */
  private static long lag(Admin admin, dev.lede.queue.kafka.KafkaLog l) throws Exception {
    var topic = admin.describeTopics(List.of(l.topic())).allTopicNames().get().get(l.topic());
    Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
    for (var p : topic.partitions()) {
      latest.put(new TopicPartition(l.topic(), p.partition()), OffsetSpec.latest());
    }
    var end = admin.listOffsets(latest).all().get();
    Map<TopicPartition, OffsetAndMetadata> done =
        admin.listConsumerGroupOffsets(l.group()).partitionsToOffsetAndMetadata().get();
    long lag = 0;
    for (TopicPartition tp : latest.keySet()) {
      OffsetAndMetadata d = done.get(tp);
      lag += end.get(tp).offset() - (d == null ? 0 : d.offset());
    }
    return lag;
  }

  private static long count(List<Proc> procs, Worker.Role r) {
    return procs.stream().filter(p -> p.role() == r).count();
  }

  /**
   * Until the three topics are handled, nothing unassigned and nothing owed (checked each 0.2 s).
   */
  private static void awaitDone(Newsroom view, String log, Admin admin, List<Proc> procs)
      throws Exception {
    Worker.Topics t = Worker.Topics.of(log);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    while (!(lag(admin, t.fetch()) + lag(admin, t.articles()) + lag(admin, t.stories()) == 0
        && view.stories().unassignedArticleIds().isEmpty()
        && view.written().owed().isEmpty())) {
      alive(procs);
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not done in 30 minutes");
      }
      Thread.sleep(200); // other processes' progress: nothing here to wait on instead
    }
    // The same check as the worker tests make, once, at the end.
    if (Worker.backlog(log) != 0) {
      throw new IllegalStateException("backlog left: " + Worker.backlog(log));
    }
  }

  private static void alive(List<Proc> procs) throws IOException {
    for (Proc p : procs) {
      if (!p.process().isAlive()) {
        List<String> out = Files.readAllLines(p.output());
        throw new IllegalStateException(
            p.role()
                + " worker exited "
                + p.process().exitValue()
                + ": "
                + String.join("\n", out.subList(Math.max(0, out.size() - 20), out.size())));
      }
    }
  }

  private static final long TICKS = clockTicks();

  /** Clock ticks a second, as /proc counts CPU time ({@code getconf CLK_TCK}; 100 if unknown). */
  private static long clockTicks() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      p.waitFor();
      return Long.parseLong(s);
    } catch (IOException | NumberFormatException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }

  /** utime + stime of process {@code pid} (all its threads), in clock ticks. */
  static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    // After the command name in parentheses: field 3 (state) onwards; utime is 14, stime 15.
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /**
   * CPU ticks of the PostgreSQL server listening on {@code port}: its postmaster (with the backends
   * it has reaped) and its live children; -1 when it is not found.
   */
  static long postgresTicks(int port) throws IOException {
    long postmaster = -1;
    List<long[]> stats = new ArrayList<>(); // pid, ppid, ticks with reaped children
    try (var dirs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path d : dirs) {
        try {
          long pid = Long.parseLong(d.getFileName().toString());
          List<String> argv =
              List.of(
                  new String(Files.readAllBytes(d.resolve("cmdline")), StandardCharsets.UTF_8)
                      .split("\0"));
          int i = argv.indexOf("-p");
          if (argv.get(0).endsWith("/postgres")
              && i >= 0
              && i + 1 < argv.size()
              && argv.get(i + 1).equals(Integer.toString(port))) {
            postmaster = pid;
          }
          String stat = Files.readString(d.resolve("stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          stats.add(
              new long[] {
                pid,
                Long.parseLong(f[1]),
                Long.parseLong(f[11])
                    + Long.parseLong(f[12])
                    + Long.parseLong(f[13])
                    + Long.parseLong(f[14])
              });
        } catch (IOException | RuntimeException e) {
          // the process ended while being read, or is not ours to read
        }
      }
    }
    long ticks = 0;
    for (long[] s : stats) {
      if (s[0] == postmaster || s[1] == postmaster) {
        ticks += s[2];
      }
    }
    return postmaster < 0 ? -1 : ticks;
  }

  private static long selfCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static void print(List<Row> rows) {
    System.out.println(
        "| fetch workers | articles | stories | wall s | articles/s | fetch CPU ms/article (all"
            + " fetch processes) | each fetch process ms/article | assign CPU ms/article | write"
            + " CPU ms/article | roles' CPU ms/article | OpenSearch + Kafka JVM CPU ms/article |"
            + " PostgreSQL CPU ms/article | start-up and"
            + " warm-up CPU s per process | load before |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      double n = Math.max(1, r.stored());
      StringBuilder each = new StringBuilder();
      for (double s : r.fetchEach()) {
        each.append(each.length() == 0 ? "" : " + ").append(Math.round(1000 * s / n));
      }
      System.out.printf(
          "| %d | %d | %d | %.1f | %.2f | %.0f | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f | %s |%n",
          r.fetchWorkers(),
          r.stored(),
          r.stories(),
          r.wall(),
          r.stored() / r.wall(),
          1000 * r.fetchCpu() / n,
          each,
          1000 * r.assignCpu() / n,
          1000 * r.writeCpu() / n,
          1000 * (r.fetchCpu() + r.assignCpu() + r.writeCpu()) / n,
          1000 * r.engineCpu() / n,
          1000 * r.pgCpu() / n,
          r.startCpu(),
          r.load());
    }
  }
}
