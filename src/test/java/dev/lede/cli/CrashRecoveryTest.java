package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.index.lucene.LuceneIndex;
import dev.lede.model.Article;
import dev.lede.store.StoryStore;
import dev.lede.store.WrittenStoryStore;
import dev.lede.store.jdbc.JdbcStoryStore;
import dev.lede.store.jdbc.JdbcWrittenStoryStore;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.testing.Slow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection against the real command: {@code lede ingest} child processes are killed with
 * SIGKILL at seeded random points of the fetch (store), assign and write phases, told apart by the
 * {@code --progress ARTICLES} lines, and run again; or run on a small tmpfs that fills up while
 * they write. Afterwards every article is stored once, every story is written, SQLite is intact,
 * the index holds the stored articles and the stories are those of a clean run.
 *
 * <p>The input is a small slice of the demo corpus (Wikinews JSON Lines, a NASA feed, a few Global
 * Voices pages) ingested with {@code --no-fetch}, so each child costs a JVM start and little more.
 * The seed is printed; {@code -Dlede.crashSeed=N} replays it.
 */
@Slow
class CrashRecoveryTest {
  /**
   * Folders killed in each of the three phases in turn: 21 kill points (fewer when a run ends
   * before its kill point). {@code -Dlede.crashChains=N} changes it.
   */
  static final int CHAINS = 7;

  /** How long one child may take before the test gives up on it. */
  static final long CHILD_MINUTES = 5;

  @TempDir static Path shared;
  @TempDir Path tmp;

  /** A phase of an ingest and the progress line each of its steps prints. */
  enum Phase {
    FETCH("stored "),
    ASSIGN("assigned "),
    WRITE("written ");

    final String prefix;

    Phase(String prefix) {
      this.prefix = prefix;
    }
  }

  /** What a clean run leaves: the baseline every recovered folder must match. */
  record Baseline(List<String> sources, Set<String> urls, Set<Set<String>> stories) {}

  private static Baseline baseline;

  /** The sources, and a clean run over them in a folder of its own (once per test class). */
  static synchronized Baseline baseline() throws Exception {
    if (baseline == null) {
      List<String> sources = sources(shared.resolve("sources"));
      Path clean = shared.resolve("clean");
      Child run = Child.run(clean, sources, Optional.empty());
      assertThat(run.rc()).as(run.tail()).isZero();
      Folder f = Folder.read(clean);
      assertThat(f.urls()).hasSizeGreaterThan(25);
      baseline = new Baseline(sources, Set.copyOf(f.urls()), f.stories());
    }
    return baseline;
  }

  /** A slice of the demo corpus: JSON Lines, a feed and a folder of pages. */
  static List<String> sources(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    Path jsonl = dir.resolve("wikinews.jsonl");
    List<String> lines = new ArrayList<>();
    lines.addAll(Files.readAllLines(Path.of("demo/wikinews-en/articles.jsonl")).subList(0, 12));
    lines.addAll(Files.readAllLines(Path.of("demo/wikinews-ko/wikinews_ko.jsonl")).subList(0, 6));
    Files.write(jsonl, lines);
    try (Stream<Path> pages = Files.list(Path.of("demo/globalvoices-2009/html"))) {
      for (Path p : pages.sorted().limit(4).toList()) {
        Files.copy(
            p,
            dir.resolve("html").resolve(p.getFileName()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return List.of(
        jsonl.toString(),
        "demo/nasa/nasa-breaking-news-2018-07-24.rss",
        dir.resolve("html").toString());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  void ingestsKilledAtSeededRandomPointsOfEveryPhaseAndRerunEndAsACleanRun() throws Exception {
    long seed = Long.getLong("lede.crashSeed", new SecureRandom().nextLong());
    int chains = Integer.getInteger("lede.crashChains", CHAINS);
    System.out.printf("CrashRecoveryTest seed %d (replay with -Dlede.crashSeed=%d)%n", seed, seed);
    Random rnd = new Random(seed);
    Baseline base = baseline();
    Map<Phase, Integer> killed = new EnumMap<>(Phase.class);
    int runs = 0;
    for (int chain = 1; chain <= chains; chain++) {
      // One folder per chain: a kill in each phase, in phase order (a write kill leaves nothing
      // to fetch or assign), each at a random step of what the run has left to do.
      Path data = tmp.resolve("crashed-" + chain);
      for (Phase phase : Phase.values()) {
        int left = stepsLeft(data, base).get(phase);
        if (left == 0) {
          continue;
        }
        Target target = new Target(phase, 1 + rnd.nextInt(left));
        Child run = Child.run(data, base.sources(), Optional.of(target));
        runs++;
        System.out.printf(
            "run %d (chain %d): kill at %s%d -> %s%n",
            runs, chain, phase.prefix, target.step(), run.killed() ? "killed" : "ran to the end");
        if (run.killed()) {
          killed.merge(phase, 1, Integer::sum);
        } else {
          assertThat(run.rc()).as(run.tail()).isZero();
        }
      }
      Child rerun = Child.run(data, base.sources(), Optional.empty());
      runs++;
      assertThat(rerun.rc()).as(rerun.tail()).isZero();
      Folder recovered = Folder.read(data);
      recovered.assertMatches(base);
      if (chain == chains) {
        // Ingesting once more changes nothing.
        Child again = Child.run(data, base.sources(), Optional.empty());
        runs++;
        assertThat(again.rc()).as(again.tail()).isZero();
        assertThat(Folder.read(data).versions()).isEqualTo(recovered.versions());
      }
    }
    int kills = killed.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "CrashRecoveryTest: %d kills %s in %d runs over %d folders, seed %d%n",
        kills, killed, runs, chains, seed);
    assertThat(killed.keySet()).containsExactlyInAnyOrder(Phase.values());
    assertThat(kills).isGreaterThanOrEqualTo(3 * chains - 1); // 20 by default
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void aDiskThatFillsWhileStoriesAreWrittenEndsTheRunWithOneAndARerunWithSpaceWritesThemAll()
      throws Exception {
    Path disk = tmp.resolve("disk");
    Files.createDirectories(disk);
    assumeTrue(
        "root".equals(System.getProperty("user.name")),
        "skipped: mounting a small tmpfs needs root (CI runs as root)");
    Command mounted =
        Command.run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", disk.toString());
    assumeTrue(mounted.rc() == 0, "skipped: cannot mount a tmpfs here: " + mounted.output());
    try {
      Baseline base = baseline();
      Path data = disk.resolve("data");
      Child unwritten = Child.run(data, base.sources(), Optional.empty(), "--no-write");
      assertThat(unwritten.rc()).as(unwritten.tail()).isZero();
      // Leave 64 KiB: some stories fit, the rest find the disk full.
      var store = Files.getFileStore(disk);
      long used = store.getTotalSpace() - store.getUnallocatedSpace();
      remount(disk, used + 64 * 1024);

      Child full = Child.run(data, base.sources(), Optional.empty());

      assertThat(full.rc()).as(full.tail()).isEqualTo(1);
      // One line says so: the write summary when SQLite finds the disk full first, or the run's one
      // error line when a file of the index does (which comes first depends on how much space is
      // left).
      List<String> diskFull =
          full.lines().stream()
              .filter(l -> l.contains("database or disk is full") || l.contains("the disk is full"))
              .toList();
      assertThat(diskFull).as(full.tail()).hasSize(1);
      assertThat(diskFull.get(0))
          .containsAnyOf("stories not written", "lede ingest: the disk is full");

      remount(disk, 64L << 20);
      assertThat(Folder.read(data).owed()).as("stories left owing a write").isPositive();
      Child rerun = Child.run(data, base.sources(), Optional.empty());

      assertThat(rerun.rc()).as(rerun.tail()).isZero();
      Folder.read(data).assertMatches(base);
    } finally {
      Command.run("umount", "-l", disk.toString());
    }
  }

  private static void remount(Path disk, long bytes) throws Exception {
    Command c = Command.run("mount", "-o", "remount,size=" + bytes, disk.toString());
    assertThat(c.rc()).as(c.output()).isZero();
  }

  /** How many steps of each phase a run on {@code data} still has, about (writes: at least). */
  static Map<Phase, Integer> stepsLeft(Path data, Baseline base) {
    Map<Phase, Integer> left = new EnumMap<>(Phase.class);
    if (!Files.exists(data.resolve("lede.db"))) {
      left.put(Phase.FETCH, base.urls().size());
      left.put(Phase.ASSIGN, base.urls().size());
      left.put(Phase.WRITE, base.stories().size());
      return left;
    }
    Folder f = Folder.read(data);
    int toAssign = base.urls().size() - f.assigned();
    left.put(Phase.FETCH, base.urls().size() - f.urls().size());
    left.put(Phase.ASSIGN, toAssign);
    left.put(Phase.WRITE, f.owed() + (toAssign > 0 ? 1 : 0));
    return left;
  }

  /** Kill the child once it prints the {@code step}-th line of {@code phase}. */
  record Target(Phase phase, int step) {}

  /** What a data folder holds, read after its writer is gone. */
  record Folder(
      List<String> urls,
      Set<Set<String>> stories,
      int assigned,
      int owed,
      List<String> unwritten,
      int versions,
      String integrity,
      boolean indexMatches) {

    static Folder read(Path data) {
      try (SqliteStore store = SqliteStore.open(data)) {
        StoryStore st = JdbcStoryStore.of(store);
        WrittenStoryStore written = JdbcWrittenStoryStore.of(store);
        List<Article> articles = store.all();
        Map<String, String> urlOf = new HashMap<>();
        articles.forEach(a -> urlOf.put(a.id(), a.url()));
        Map<String, Set<String>> byStory = new HashMap<>();
        for (StoryStore.Assignment a : st.assignments()) {
          byStory.computeIfAbsent(a.storyId(), k -> new HashSet<>()).add(urlOf.get(a.articleId()));
        }
        List<String> unwritten =
            st.storySizes().entrySet().stream()
                .filter(
                    e ->
                        written
                            .latest(e.getKey())
                            .map(v -> v.articles() != e.getValue())
                            .orElse(true))
                .map(Map.Entry::getKey)
                .toList();
        int versions =
            written.latestAll().stream().mapToInt(WrittenStoryStore.Version::version).sum();
        return new Folder(
            articles.stream().map(Article::url).toList(),
            byStory.values().stream().map(Set::copyOf).collect(Collectors.toSet()),
            st.assignments().size(),
            written.owed().size(),
            unwritten,
            versions,
            store.integrityCheck(),
            indexMatches(data, urlOf.keySet()));
      }
    }

    private static boolean indexMatches(Path data, Set<String> ids) {
      if (!Files.exists(data.resolve("index"))) {
        return ids.isEmpty();
      }
      try (LuceneIndex index = LuceneIndex.openReadOnly(data.resolve("index"))) {
        return new HashSet<>(index.ids()).equals(ids) && index.ids().size() == ids.size();
      } catch (IOException e) {
        return false;
      }
    }

    void assertMatches(Baseline base) {
      assertThat(integrity).isEqualTo("ok");
      assertThat(urls).as("every article once").doesNotHaveDuplicates();
      assertThat(new HashSet<>(urls)).isEqualTo(base.urls());
      assertThat(assigned).as("every article in a story").isEqualTo(urls.size());
      assertThat(unwritten).as("stories without a current written version").isEmpty();
      assertThat(owed).as("stories owing a write").isZero();
      assertThat(indexMatches).as("the index holds exactly the stored articles").isTrue();
      assertThat(stories).as("the stories of a clean run").isEqualTo(base.stories());
    }
  }

  /**
   * A {@code lede ingest} child process, its output read on a thread of its own as it comes (so a
   * hung child is caught by the wait's timeout, not by a read that never ends).
   */
  record Child(int rc, boolean killed, List<String> lines) {
    static Child run(Path data, List<String> sources, Optional<Target> kill, String... extra)
        throws Exception {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-cp");
      cmd.add(
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
      cmd.add("dev.lede.cli.Main");
      cmd.add("ingest");
      cmd.add("--data");
      cmd.add(data.toString());
      cmd.add("--no-fetch");
      cmd.add("--progress=ARTICLES");
      cmd.addAll(List.of(extra));
      cmd.addAll(sources);
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      List<String> lines = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean killed = new AtomicBoolean();
      Thread reader =
          new Thread(
              () -> {
                int seen = 0;
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                    if (kill.isPresent()
                        && !killed.get()
                        && line.startsWith(kill.get().phase().prefix)
                        && ++seen == kill.get().step()) {
                      killed.set(true);
                      p.destroyForcibly(); // SIGKILL
                    }
                  }
                } catch (IOException e) {
                  lines.add("(reading the child's output failed: " + e + ")");
                }
              },
              "crash-test-reader");
      reader.setDaemon(true);
      reader.start();
      if (!p.waitFor(CHILD_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        throw new AssertionError(
            "lede ingest did not end within " + CHILD_MINUTES + " minutes: " + tail(lines));
      }
      reader.join(TimeUnit.SECONDS.toMillis(30));
      // A child that ended on its own just before the kill was not killed.
      return new Child(p.exitValue(), killed.get() && p.exitValue() != 0, List.copyOf(lines));
    }

    List<String> linesWith(String text) {
      return lines.stream().filter(l -> l.contains(text)).toList();
    }

    String tail() {
      return tail(lines);
    }

    private static String tail(List<String> lines) {
      synchronized (lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
      }
    }
  }

  /** A system command (mount, umount), waited for with a timeout. */
  record Command(int rc, String output) {
    static Command run(String... cmd) throws Exception {
      Path out = Files.createTempFile("crash-test-cmd", ".txt");
      try {
        Process p =
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(1, TimeUnit.MINUTES)) {
          p.destroyForcibly();
          return new Command(-1, String.join(" ", cmd) + " timed out");
        }
        return new Command(p.exitValue(), Files.readString(out));
      } catch (IOException e) {
        return new Command(-1, String.join(" ", cmd) + ": " + e.getMessage());
      } finally {
        Files.deleteIfExists(out);
      }
    }
  }
}
