package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.queue.kafka.KafkaMember;
import dev.lede.store.WrittenStoryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Workers of the three roles on shared engines ({@code --store}, {@code --index}, {@code --log}),
 * polled in turn by the test thread so that a run is reproducible. Tolerant groups go on past a
 * worker's failed poll, as {@code lede worker} does (the record comes back), and keep what failed.
 */
final class WorkerGroup implements AutoCloseable {
  private final Path tmp;
  private final Engines engines;
  private final String log;
  private final List<Worker> workers = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  // CPU the test thread spent in each role's polls (the role's own work; not the fetch workers'
  // analysis threads, nor the engines').
  private final java.util.Map<Worker.Role, Long> pollCpu =
      new java.util.EnumMap<>(Worker.Role.class);
  private boolean tolerant;

  WorkerGroup(Path tmp, Engines engines, String log) {
    this.tmp = tmp;
    this.engines = engines;
    this.log = log;
  }

  /** Failed polls from now on are kept in {@link #failures()}, not thrown. */
  WorkerGroup tolerant() {
    this.tolerant = true;
    return this;
  }

  Engines engines() {
    return engines;
  }

  String log() {
    return log;
  }

  List<Worker> workers() {
    return workers;
  }

  /** What the failed polls said, in order. */
  List<String> failures() {
    return failures;
  }

  WorkerGroup add(Worker.Role r) throws IOException {
    return add(r, NewsroomListener.NONE);
  }

  /** Adds a worker of {@code r} (its own data folder) telling {@code listener}. */
  WorkerGroup add(Worker.Role r, NewsroomListener listener) throws IOException {
    String name = log.substring(log.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9.-]", "_");
    workers.add(
        Worker.open(
            r,
            tmp.resolve(name + "-" + r + "-" + workers.size()),
            engines,
            log,
            req -> null,
            false,
            listener));
    return this;
  }

  /** CPU seconds the polling thread spent in the workers of {@code role} so far. */
  double pollCpuSeconds(Worker.Role role) {
    return pollCpu.getOrDefault(role, 0L) / 1e9;
  }

  Newsroom view() {
    return workers.get(0).newsroom();
  }

  /** Polls until every worker holds partitions of its role's topic. */
  void joined() throws IOException {
    while (workers.stream().anyMatch(w -> w.held().isEmpty())) {
      pollAll();
    }
  }

  int pollAll() throws IOException {
    int n = 0;
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (Worker w : workers) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      try {
        n += w.poll(Duration.ofMillis(100));
      } catch (IOException | RuntimeException e) {
        if (!tolerant) {
          throw e;
        }
        failures.add(w.role() + ": " + e.getMessage());
      } finally {
        pollCpu.merge(w.role(), threads.getCurrentThreadCpuTime() - cpu0, Long::sum);
      }
    }
    return n;
  }

  /** Polls until fetch and assign are done (no write workers), nothing unassigned. */
  void untilAssigned() throws IOException {
    Worker.Topics t = Worker.Topics.of(log);
    while (true) {
      int n = pollAll();
      if (n == 0
          && KafkaMember.lag(t.fetch()) == 0
          && KafkaMember.lag(t.articles()) == 0
          && view().stories().unassignedArticleIds().isEmpty()) {
        return;
      }
    }
  }

  /** Polls until the three topics are handled, nothing unassigned and nothing owed. */
  void untilDone(Runnable afterRound) throws IOException {
    while (true) {
      int n = pollAll();
      afterRound.run();
      if (n == 0 && settled()) {
        return;
      }
    }
  }

  /**
   * Polls until the three topics are handled and at most {@code unassigned} articles are left
   * unassigned (an article the clusterer throws on is), whatever is still owed (a story the writer
   * throws on stays owed).
   */
  void untilHandled(int unassigned) throws IOException {
    while (true) {
      int n = pollAll();
      if (n == 0
          && Worker.backlog(log) == 0
          && view().stories().unassignedArticleIds().size() <= unassigned) {
        return;
      }
    }
  }

  private boolean settled() throws IOException {
    try {
      return Worker.backlog(log) == 0
          && view().stories().unassignedArticleIds().isEmpty()
          && view().written().owed().isEmpty();
    } catch (IOException | RuntimeException e) {
      if (!tolerant) {
        throw e;
      }
      failures.add("checking the backlog: " + e.getMessage());
      return false;
    }
  }

  /** Every live story of {@code room} has a latest written version holding all its articles. */
  static void assertEveryStoryWrittenWhole(Newsroom room) {
    for (var e : room.stories().storySizes().entrySet()) {
      Optional<WrittenStoryStore.Version> v = room.written().latest(e.getKey());
      assertThat(v).as("story " + e.getKey() + " written").isPresent();
      assertThat(v.get().articles()).as("story " + e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Override
  public void close() throws IOException {
    for (Worker w : workers) {
      w.close();
    }
  }
}
