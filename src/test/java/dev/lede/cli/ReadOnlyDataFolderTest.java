package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.store.StoryStore;
import dev.lede.store.jdbc.JdbcStoryStore;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.testing.Slow;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every read command works on a data folder this process cannot write (a read-only mount as root,
 * {@code chmod -R a-w} otherwise) and leaves nothing in it: no lock files, no serving copies. Run
 * through the real command line in a child process; skipped, saying why, where the folder cannot be
 * made read-only.
 */
@Slow
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ReadOnlyDataFolderTest {
  @TempDir static Path shared;
  static Path data;
  static List<String> stories;
  static List<String> before;

  @TempDir Path tmp;

  @BeforeAll
  static void buildTheDataFolder() throws Exception {
    data = LedeProcess.smallNewsroom(shared.resolve("data"));
    try (SqliteStore store = SqliteStore.open(data)) {
      stories =
          JdbcStoryStore.of(store).assignments().stream()
              .map(StoryStore.Assignment::storyId)
              .distinct()
              .toList();
    }
    assertThat(stories).hasSize(2);
    before = LedeProcess.listing(data);
  }

  @AfterAll
  static void writableAgainForCleanUp() throws Exception {
    ReadOnlyFolders.restoreWrite(data);
  }

  @AfterEach
  void nothingWasWrittenInTheFolder() throws Exception {
    assertThat(LedeProcess.listing(data)).isEqualTo(before);
  }

  private static List<String> readOnly(String... args) throws Exception {
    Optional<List<String>> cmd = ReadOnlyFolders.readOnly(data, LedeProcess.command(List.of(args)));
    assumeTrue(
        cmd.isPresent(),
        "running as root without the right to mount: cannot make a folder read-only");
    return cmd.get();
  }

  @Test
  void articlesListsEveryArticleOfAReadOnlyFolder() throws Exception {
    LedeProcess.Result r =
        LedeProcess.run(new ProcessBuilder(readOnly("articles", "--data", data.toString())));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(3).allMatch(l -> l.startsWith("{\"id\":"));
  }

  @Test
  void relatedReadsAReadOnlyFolder() throws Exception {
    LedeProcess.Result r =
        LedeProcess.run(
            new ProcessBuilder(readOnly("related", "--data", data.toString(), stories.get(0))));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).allMatch(l -> l.contains("\"story\":\"" + stories.get(1) + "\""));
  }

  @Test
  void exportReadsAReadOnlyFolder() throws Exception {
    Path site = tmp.resolve("site");
    LedeProcess.Result r =
        LedeProcess.run(
            new ProcessBuilder(readOnly("export", "--data", data.toString(), site.toString())));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(site.resolve("index.html")).isRegularFile();
    for (String id : stories) {
      assertThat(site.resolve("stories/" + id + "/index.html")).isRegularFile();
    }
  }

  @Test
  void serveServesAReadOnlyFolder() throws Exception {
    Path err = tmp.resolve("serve-err.txt");
    Process p =
        new ProcessBuilder(
                readOnly("serve", "--data", data.toString(), "--port", "0", "--rate-limit", "0"))
            .redirectError(err.toFile())
            .redirectInput(new File("/dev/null"))
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String url = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("Lede is serving on ")) {
          url = line.substring("Lede is serving on ".length()).split(" ")[0];
          break;
        }
      }
      assertThat(url).as("serving; stderr: %s", Files.readString(err)).isNotNull();
      assertThat(Files.readString(err))
          .as("polls would store what they fetch: a read-only folder is only served")
          .contains("poll_off");
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> home = get(client, url + "/");
      assertThat(home.statusCode()).isEqualTo(200);
      JsonNode listed = new ObjectMapper().readTree(get(client, url + "/api/stories").body());
      assertThat(listed).hasSize(2);
      String page = listed.get(0).get("url").asText();
      assertThat(get(client, url + page).statusCode()).isEqualTo(200);
    } finally {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    }
  }

  @Test
  void articlesOfAFolderOnAFullDiskAreListed() throws Exception {
    Path full = tmp.resolve("full");
    Files.createDirectories(full);
    Optional<List<String>> cmd =
        ReadOnlyFolders.onFullDisk(
            data, full, LedeProcess.command(List.of("articles", "--data", full.toString())));
    assumeTrue(cmd.isPresent(), "not root with the right to mount: no small full disk to test on");
    LedeProcess.Result r = LedeProcess.run(new ProcessBuilder(cmd.get()));
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(3);
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
