package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.index.lucene.LuceneIndex;
import dev.lede.model.Article;
import dev.lede.store.sqlite.SqliteStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code lede ingest} process with SIGKILL at several points, runs it again, and
 * checks that every article is stored exactly once, SQLite is intact and the index matches.
 */
class CrashRecoveryTest {
  @TempDir Path tmp;

  static final List<String> SOURCES =
      List.of(
          "demo/globalvoices-2009/globalvoices-feature-2009-06-11.restored-links.rss",
          "demo/globalvoices-2009/html",
          "demo/wikinews-en/articles.jsonl",
          "demo/wikinews-ko/wikinews_ko.jsonl");

  @Test
  void anIngestKilledAtSeveralPointsAndRerunStoresEveryArticleExactlyOnce() throws Exception {
    Path clean = tmp.resolve("clean");
    assertThat(runToEnd(clean)).isZero();
    Set<String> expected = urls(clean);
    assertThat(expected).hasSizeGreaterThan(700);

    Path crashed = tmp.resolve("crashed");
    int[] killAfter = {1, 30, 100, 200, 250};
    for (int k : killAfter) {
      int storedBeforeKill = runAndKill(crashed, k);
      assertThat(storedBeforeKill)
          .as("process was killed after %d stored", k)
          .isGreaterThanOrEqualTo(k);
    }
    assertThat(runToEnd(crashed)).isZero();
    // Ingesting again adds nothing.
    assertThat(runToEnd(crashed)).isZero();

    try (SqliteStore store = SqliteStore.open(crashed)) {
      assertThat(store.integrityCheck()).isEqualTo("ok");
      List<String> urls = store.all().stream().map(Article::url).toList();
      assertThat(urls).doesNotHaveDuplicates();
      assertThat(new HashSet<>(urls)).isEqualTo(expected);
      // Every article is in exactly one story, killed runs included.
      dev.lede.store.StoryStore stories = dev.lede.store.StoryStore.of(store);
      assertThat(stories.unassignedArticleIds()).isEmpty();
      assertThat(stories.assignments()).hasSize(urls.size());
    }
    assertThat(Main.commandLine().execute("reindex", "--data", crashed.toString())).isZero();
    try (SqliteStore store = SqliteStore.open(crashed);
        LuceneIndex index = LuceneIndex.open(crashed.resolve("index"))) {
      Set<String> storeIds = new HashSet<>();
      store.all().forEach(a -> storeIds.add(a.id()));
      assertThat(new HashSet<>(index.ids())).isEqualTo(storeIds);
    }
  }

  private static Set<String> urls(Path data) {
    try (SqliteStore store = SqliteStore.open(data)) {
      Set<String> s = new HashSet<>();
      store.all().forEach(a -> s.add(a.url()));
      return s;
    }
  }

  private static ProcessBuilder ingest(Path data) {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(cp);
    cmd.add("dev.lede.cli.Main");
    cmd.add("ingest");
    cmd.add("--data");
    cmd.add(data.toString());
    cmd.add("--no-fetch");
    cmd.add("--progress=ARTICLES");
    cmd.add("--no-write");
    cmd.addAll(SOURCES);
    return new ProcessBuilder(cmd).redirectErrorStream(true);
  }

  private static int runToEnd(Path data) throws Exception {
    Process p = ingest(data).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return p.exitValue();
  }

  /** Starts ingest and sends SIGKILL once it reports {@code k} new articles stored. */
  private static int runAndKill(Path data, int k) throws Exception {
    Process p = ingest(data).start();
    int stored = 0;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("stored ")) {
          stored++;
          if (stored >= k) {
            p.destroyForcibly(); // SIGKILL on Unix
            break;
          }
        }
      }
    }
    p.waitFor(1, TimeUnit.MINUTES);
    return stored;
  }
}
