package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.Article;
import dev.lede.model.Source;
import dev.lede.newsroom.Newsroom;
import dev.lede.store.StoryStore;
import dev.lede.store.WrittenStoryStore;
import dev.lede.store.jdbc.JdbcStoryStore;
import dev.lede.store.jdbc.JdbcWrittenStoryStore;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.testing.Slow;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede serve} polling a slow loopback host, stopped by SIGTERM in the middle of a poll. */
@Slow
class ServeProcessTest {
  @TempDir Path data;

  @Test
  @Timeout(300)
  void aSigtermMidPollLetsThePollFinishAndLosesNothing() throws Exception {
    try (FeedHost host = new FeedHost()) {
      FeedHost.Feed slow = host.feed("/slow.xml").with(0, 1).slow();
      Newsroom.open(data).close();
      try (SqliteStore s = SqliteStore.open(data)) {
        s.addSource(new Source(slow.url("127.0.0.1"), Instant.now()));
      }
      Process p = serve().start();
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      Thread drain = drain(p.getInputStream(), log);
      try {
        // Until the poll reaches the slow host (@Timeout bounds the wait).
        while (!slow.arrived.await(200, TimeUnit.MILLISECONDS)) {
          assertThat(p.isAlive()).as("lede serve is running; log:\n" + log).isTrue();
        }
        // SIGTERM while the request is in flight, as systemctl stop or docker stop send it.
        assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor())
            .isZero();
        slow.release.countDown();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("stopped in time").isTrue();
      } finally {
        p.destroyForcibly();
        drain.join(10_000);
      }
      String out = log.toString(StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(out).isEqualTo(143); // 128 + SIGTERM, after the hooks ran
      List<String> events = new ArrayList<>();
      ObjectMapper json = new ObjectMapper();
      for (String line : out.lines().toList()) {
        if (line.startsWith("{")) {
          events.add(json.readTree(line).get("event").asText());
        }
      }
      assertThat(out.lines().filter(l -> !l.startsWith("Lede is serving on ")))
          .as("--log-format json: one JSON object a line on stderr")
          .allMatch(l -> l.startsWith("{") && l.endsWith("}"));
      assertThat(events).as(out).contains("serving", "warmed", "poll", "stopping", "stopped");
      assertThat(events.indexOf("poll")).isLessThan(events.indexOf("stopped"));

      try (SqliteStore s = SqliteStore.open(data)) {
        StoryStore stories = JdbcStoryStore.of(s);
        WrittenStoryStore written = JdbcWrittenStoryStore.of(s);
        List<String> urls = s.all().stream().map(Article::url).toList();
        assertThat(urls).containsExactlyInAnyOrder(slow.itemUrl(0), slow.itemUrl(1));
        assertThat(stories.unassignedArticleIds()).isEmpty();
        for (Article a : s.all()) {
          String story = stories.resolve(stories.storyOf(a.id()).orElseThrow());
          assertThat(written.latest(story))
              .as("story of " + a.url() + " written with all its articles; log:\n" + out)
              .hasValueSatisfying(
                  v -> assertThat(v.articles()).isEqualTo(stories.articlesOf(story).size()));
        }
      }
    }
  }

  private ProcessBuilder serve() {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-cp");
    cmd.add(cp);
    cmd.add("dev.lede.cli.Main");
    cmd.addAll(
        List.of(
            "serve",
            "--data",
            data.toString(),
            "--port",
            "0",
            "--poll-min",
            "1",
            "--poll-max",
            "60",
            "--allow-host",
            "127.0.0.1",
            "--log-format",
            "json"));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream to) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[8192];
              try {
                int n;
                while ((n = in.read(buf)) > 0) {
                  synchronized (to) {
                    to.write(buf, 0, n);
                  }
                }
              } catch (java.io.IOException e) {
                // process gone
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }
}
