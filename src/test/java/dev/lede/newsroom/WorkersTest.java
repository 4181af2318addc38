package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.index.opensearch.OpenSearchTestNode;
import dev.lede.model.Article;
import dev.lede.queue.kafka.KafkaMember;
import dev.lede.queue.kafka.KafkaTestCluster;
import dev.lede.queue.kafka.KafkaTopic;
import dev.lede.store.postgres.PostgresCluster;
import dev.lede.story.ClusteringScores;
import dev.lede.testing.MutableClock;
import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker roles ({@code lede worker fetch|assign|write}) on PostgreSQL, an OpenSearch node and a
 * Kafka broker started by the test, two workers per role, over ECB+ development topics (read in
 * place; that test is skipped when they are absent) and part of the demo. The workers are polled in
 * turn by the test thread (so the run is reproducible), except the one a test starts as its own
 * process and kills.
 */
@Slow
@Timeout(600)
class WorkersTest {
  @TempDir static Path tmp;
  private static PostgresCluster pg;
  private static OpenSearchTestNode search;
  private static KafkaTestCluster kafka;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    pg = PostgresCluster.start();
    search = OpenSearchTestNode.startWithKnn(tmp.resolve("opensearch"));
    kafka = KafkaTestCluster.start(1, tmp.resolve("kafka"));
  }

  @AfterAll
  static void stop() throws Exception {
    try (PostgresCluster p = pg;
        OpenSearchTestNode s = search;
        KafkaTestCluster k = kafka) {
      // closed in reverse order
    }
  }

  /**
   * ECB+ documents of {@code topics}, one JSON Lines file per topic, each in a folder of its own
   * (so the topics go to both fetch workers by folder, and reach assignment in whichever order they
   * finish); gold event by URL.
   */
  private static List<String> ecbTopics(
      int from, int to, String name, Map<String, String> goldByUrl) throws IOException {
    Path docs = SharedData.require("clustering/ecbplus-dev/docs.jsonl");
    Map<Integer, List<String>> byTopic = new TreeMap<>();
    for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      var n = JSON.readTree(line);
      int topic = n.get("topic").asInt();
      if (topic < from || topic > to) {
        continue;
      }
      String url = "https://ecbplus.test/" + n.get("doc_name").asText();
      goldByUrl.put(url, n.get("cluster_id").asText());
      ObjectNode a = JSON.createObjectNode();
      a.put("url", url);
      a.put("title", "");
      a.put("text", n.get("text").asText());
      a.put("source", "ecbplus");
      byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(JSON.writeValueAsString(a));
    }
    List<String> refs = new ArrayList<>();
    for (var e : byTopic.entrySet()) {
      Path f = tmp.resolve(name + "-topic-" + e.getKey()).resolve("docs.jsonl");
      Files.createDirectories(f.getParent());
      Files.write(f, e.getValue());
      refs.add(f.toString());
    }
    return refs;
  }

  private static Map<String, String> byUrl(Newsroom room, Map<String, String> storyOf) {
    Map<String, String> out = new HashMap<>();
    for (Article a : room.articles().all()) {
      out.put(a.url(), storyOf.get(a.id()));
    }
    return out;
  }

  /** Workers of {@code roles} on fresh engines (a new database, index and topic prefix). */
  private static WorkerGroup setup(String name, Worker.Role... roles) throws Exception {
    Engines engines =
        new Engines(Optional.of(pg.newDatabase()), Optional.of(search.url(name + "-articles")));
    WorkerGroup g = new WorkerGroup(tmp, engines, "kafka://" + kafka.bootstrap() + "/" + name);
    for (Worker.Role r : roles) {
      g.add(r);
    }
    return g;
  }

  /**
   * ECB+ topics of the comparison: the development topics 1-25 (26-35 are the writer's hold-out,
   * never written here), or {@code -Decb.topics=FROM-TO}.
   */
  private static int[] topics() {
    String[] t = System.getProperty("ecb.topics", "1-25").split("-");
    return new int[] {Integer.parseInt(t[0]), Integer.parseInt(t[t.length - 1])};
  }

  /** CPU seconds this JVM has used so far (all threads, the engines in it included). */
  private static double cpuSeconds() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9;
  }

  @Test
  @Timeout(1800)
  void twoWorkersPerRolePlaceAndWriteEcbPlusDevAsTheEmbeddedRunDoes() throws Exception {
    Map<String, String> gold = new HashMap<>();
    int[] topics = topics();
    List<String> refs = ecbTopics(topics[0], topics[1], "ecb", gold);
    double cpu0 = cpuSeconds();
    long wall0 = System.nanoTime();
    double model0 = dev.lede.nlp.MiniLmEmbedder.inferenceCpu().toNanos() / 1e9;
    DistributedNewsroomTest.Outcome embeddedRun;
    Map<String, String> embedded;
    try (Newsroom room = Newsroom.open(tmp.resolve("embedded"))) {
      room.ingest(refs, req -> null, false, true, NewsroomListener.NONE);
      embeddedRun = DistributedNewsroomTest.outcome(room);
      embedded = byUrl(room, embeddedRun.storyOf());
    }
    double cpu1 = cpuSeconds();
    long wall1 = System.nanoTime();
    double model1 = dev.lede.nlp.MiniLmEmbedder.inferenceCpu().toNanos() / 1e9;
    System.out.printf(
        "embedded run: %d articles, %d stories written, %.0f s wall, %.0f s CPU (MiniLM %.0f s)%n",
        embedded.size(),
        embeddedRun.written(),
        (wall1 - wall0) / 1e9,
        cpu1 - cpu0,
        model1 - model0);
    DistributedNewsroomTest.Outcome distributedRun;
    Map<String, String> distributed;
    Map<Worker.Role, Integer> busy = new java.util.EnumMap<>(Worker.Role.class);
    Map<Worker.Role, Double> roleCpu = new java.util.EnumMap<>(Worker.Role.class);
    try (WorkerGroup s = setup("ecb")) {
      // Two workers of each role, each counting what it did (sources fetched, articles placed,
      // stories written), so the test sees that both members of a role shared the work.
      List<int[]> did = new ArrayList<>();
      for (Worker.Role r : Worker.Role.values()) {
        for (int i = 0; i < 2; i++) {
          int[] n = {0};
          did.add(n);
          s.add(r, counting(n));
        }
      }
      s.joined();
      Worker.submit(s.log(), refs);
      s.untilDone(() -> {});
      distributedRun = DistributedNewsroomTest.outcome(s.view());
      distributed = byUrl(s.view(), distributedRun.storyOf());
      assertThat(s.view().written().owed()).isEmpty();
      WorkerGroup.assertEveryStoryWrittenWhole(s.view());
      for (Worker.Role r : Worker.Role.values()) {
        roleCpu.put(r, s.pollCpuSeconds(r));
      }
      for (int i = 0; i < s.workers().size(); i++) {
        Worker w = s.workers().get(i);
        assertThat(w.held()).as(w.role() + " partitions").isNotEmpty();
        if (did.get(i)[0] > 0) {
          busy.merge(w.role(), 1, Integer::sum);
        }
      }
    }
    double cpu2 = cpuSeconds();
    long wall2 = System.nanoTime();
    double model2 = dev.lede.nlp.MiniLmEmbedder.inferenceCpu().toNanos() / 1e9;
    assertThat(distributed.keySet()).isEqualTo(embedded.keySet());
    Map<String, String> goldStored = new HashMap<>(gold);
    goldStored.keySet().retainAll(embedded.keySet());
    ClusteringScores.Scores e = ClusteringScores.bcubed(embedded, goldStored);
    ClusteringScores.Scores d = ClusteringScores.bcubed(distributed, goldStored);
    ClusteringScores.Scores between = ClusteringScores.bcubed(distributed, embedded);
    System.out.printf(
        "ECB+ dev topics %d-%d, %d articles: embedded B-cubed P %.4f R %.4f F1 %.4f, %d stories"
            + " written (+%d merged away after); distributed (2 fetch, 2 assign, 2 write workers;"
            + " %s of each role did work) P %.4f R %.4f F1 %.4f, %d stories written (+%d merged"
            + " away after); distributed vs embedded P %.4f R %.4f F1 %.4f%n",
        topics[0],
        topics[1],
        embedded.size(),
        e.precision(),
        e.recall(),
        e.f1(),
        embeddedRun.written(),
        embeddedRun.retiredWritten(),
        busy,
        d.precision(),
        d.recall(),
        d.f1(),
        distributedRun.written(),
        distributedRun.retiredWritten(),
        between.precision(),
        between.recall(),
        between.f1());
    System.out.printf(
        "cost: embedded %.0f s wall, %.0f s CPU (MiniLM %.0f s); distributed %.0f s wall, %.0f s"
            + " CPU in this JVM with the OpenSearch node and Kafka broker (MiniLM %.0f s); polling"
            + " thread's CPU per article by role (analysis threads and engines not included):"
            + " fetch %.0f ms, assign %.0f ms, write %.0f ms%n",
        (wall1 - wall0) / 1e9,
        cpu1 - cpu0,
        model1 - model0,
        (wall2 - wall1) / 1e9,
        cpu2 - cpu1,
        model2 - model1,
        1000 * roleCpu.get(Worker.Role.FETCH) / embedded.size(),
        1000 * roleCpu.get(Worker.Role.ASSIGN) / embedded.size(),
        1000 * roleCpu.get(Worker.Role.WRITE) / embedded.size());
    assertThat(Math.abs(d.f1() - e.f1())).isLessThanOrEqualTo(0.01);
    assertThat(between.f1()).isGreaterThanOrEqualTo(0.99);
    assertThat(distributedRun.ungrounded()).as("stories with ungrounded sentences").isEmpty();
    assertThat(embeddedRun.ungrounded()).as("stories with ungrounded sentences").isEmpty();
    assertThat(distributedRun.written()).isEqualTo(embeddedRun.written());
    assertThat(busy)
        .as("workers of each role that did work")
        .containsOnlyKeys(Worker.Role.values());
  }

  /** Counts what a worker did: sources started, articles placed, stories written. */
  static NewsroomListener counting(int[] n) {
    return new NewsroomListener() {
      @Override
      public void sourceStarted(String ref, int index, int total) {
        n[0]++;
      }

      @Override
      public void assigned(String articleId, String storyId) {
        n[0]++;
      }

      @Override
      public void storyWritten(int done, int total, String storyId, int version) {
        n[0]++;
      }
    };
  }

  @Test
  void anAssignWorkerKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
    // 24 English Wikinews articles of the demo (only checked, never printed: half are the
    // writer's hold-out).
    Path part = tmp.resolve("kill-wikinews-en.jsonl");
    Files.write(
        part, Files.readAllLines(Path.of("demo/wikinews-en/articles.jsonl")).subList(0, 24));
    List<String> refs = List.of(part.toString());
    // Fetch and write in the test; assignment first only in a process of its own, killed
    // mid-stream, then in the test and in that process started again.
    try (WorkerGroup s =
        setup("kill", Worker.Role.FETCH, Worker.Role.FETCH, Worker.Role.WRITE, Worker.Role.WRITE)) {
      s.joined();
      Worker.submit(s.log(), refs);
      LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
      // It stalls after its 5th assignment: stored, its story not announced, its offset not
      // committed (the worst moment to die), and is killed there.
      Process first = assignProcess(s, "kill-assign-0", lines, "--stall-after-assignments", "5");
      int[] assigned = {0};
      Process[] restarted = {null};
      try {
        s.untilDone(
            () -> {
              for (String l; (l = lines.poll()) != null; ) {
                if (l.startsWith("assigned ")) {
                  assigned[0]++;
                }
              }
              if (restarted[0] == null && assigned[0] >= 5) {
                first.destroyForcibly(); // SIGKILL: no goodbye to the group, no offset commit
                try {
                  first.waitFor();
                  // Its partitions go to a new member here and to the worker started again.
                  s.add(Worker.Role.ASSIGN);
                  restarted[0] = assignProcess(s, "kill-assign-1", lines);
                } catch (IOException | InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }
            });
        assertThat(restarted[0]).as("the first assign worker was killed").isNotNull();
        DistributedNewsroomTest.Outcome o = DistributedNewsroomTest.outcome(s.view());
        int killedAt = 5;
        System.out.printf(
            "assign worker SIGKILLed after its %d-th assignment (not yet announced nor committed)"
                + " and restarted: %d articles, each in one story, %d stories written, nothing"
                + " owed%n",
            killedAt, o.storyOf().size(), o.written());
        assertThat(o.storyOf()).hasSizeGreaterThan(killedAt);
        assertThat(o.ungrounded()).isEmpty();
        // Every live story's latest version holds all its articles.
        WorkerGroup.assertEveryStoryWrittenWhole(s.view());
      } finally {
        first.destroyForcibly();
        if (restarted[0] != null) {
          restarted[0].destroy();
          restarted[0].waitFor();
        }
      }
    }
  }

  @Test
  void articlesWaitingForASourceThatNeverEndsArePlacedWhenPatienceRunsOutWithNoFurtherRecord()
      throws Exception {
    // Three English Wikinews articles of the demo (only counted, never printed).
    Path part = tmp.resolve("patience").resolve("wikinews-en.jsonl");
    Files.createDirectories(part.getParent());
    Files.write(part, Files.readAllLines(Path.of("demo/wikinews-en/articles.jsonl")).subList(0, 3));
    MutableClock clock = new MutableClock(java.time.Instant.now());
    try (WorkerGroup s = setup("patience", Worker.Role.FETCH, Worker.Role.ASSIGN)) {
      Worker fetch = s.workers().get(0);
      Worker assign = s.workers().get(1).withClock(clock);
      s.joined();
      // The second source of a submission of two whose first never came (its submitter died
      // between the two sends): its articles wait for the first source's end.
      Worker.Topics topics = Worker.Topics.of(s.log());
      SubmissionOrder.Ticket second = new SubmissionOrder.Ticket("5ca1e9", 1, 2);
      try (KafkaTopic t = KafkaTopic.open(topics.fetch())) {
        t.send(Worker.hostOf(part.toString()), second.text() + "\t" + part);
        t.flush();
      }
      while (KafkaMember.lag(topics.fetch()) > 0) {
        fetch.poll(java.time.Duration.ofMillis(100));
      }
      // Three articles and an end mark in each articles partition, all read and held back.
      long records = 3 + topics.articles().partitions();
      for (long read = 0; read < records; ) {
        read += assign.poll(java.time.Duration.ofMillis(100));
      }
      assertThat(s.view().stories().unassignedArticleIds()).hasSize(3);
      assertThat(assign.poll(java.time.Duration.ofMillis(100))).isZero();
      assertThat(s.view().stories().unassignedArticleIds()).hasSize(3);

      // Patience runs out while no record comes: the next poll places them and commits.
      clock.advance(SubmissionOrder.PATIENCE.plusSeconds(1));
      assign.poll(java.time.Duration.ofMillis(100));
      assertThat(s.view().stories().unassignedArticleIds()).isEmpty();
      assertThat(s.view().stories().assignments()).hasSize(3);
      assertThat(KafkaMember.lag(topics.articles())).isZero();
    }
  }

  /** {@code lede worker assign} in a JVM of its own; its output lines go to {@code lines}. */
  private static Process assignProcess(
      WorkerGroup s, String dir, LinkedBlockingQueue<String> lines, String... more)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            "dev.lede.cli.Main",
            "worker",
            "assign",
            "--data",
            tmp.resolve(dir).toString(),
            "--store",
            s.engines().store().get(),
            "--index",
            s.engines().index().get(),
            "--log",
            s.log(),
            "--progress",
            "ARTICLES");
    pb.command().addAll(List.of(more));
    pb.redirectErrorStream(true);
    Process p = pb.start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                  lines.add(l);
                }
              } catch (IOException e) {
                // the process was killed
              }
            },
            dir + " output");
    reader.setDaemon(true);
    reader.start();
    return p;
  }
}
