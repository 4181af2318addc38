package dev.lede.newsroom;

import static dev.lede.newsroom.NewsroomTest.OTHER;
import static dev.lede.newsroom.NewsroomTest.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.index.lucene.ServingCopies;
import dev.lede.store.WrittenStoryStore;
import dev.lede.store.jdbc.JdbcWrittenStoryStore;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.testing.MutableClock;
import dev.lede.web.RateLimit;
import dev.lede.web.WebConfig;
import dev.lede.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site serving a data folder while other processes ingest into it: the server holds no lock they
 * need, and shows what they write without a restart.
 */
class ServedSiteTest {
  @TempDir Path tmp;

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Path data() {
    return tmp.resolve("data");
  }

  private Path file(String name, String lines) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, lines);
    return p;
  }

  private void ingest(Newsroom room, Path file) throws Exception {
    room.ingest(List.of(file.toString()), req -> null, false, true, NewsroomListener.NONE);
  }

  private Path quake() throws Exception {
    return file("quake.jsonl", NewsroomTest.twoQuakeReports());
  }

  private static HttpResponse<String> get(WebServer server, String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(server.localUrl() + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> ids(HttpResponse<String> stories) throws Exception {
    List<String> ids = new ArrayList<>();
    for (JsonNode n : JSON.readTree(stories.body())) {
      ids.add(n.get("id").asText());
    }
    return ids;
  }

  @Test
  void storiesAnotherNewsroomIngestsAppearOnTheRunningSiteWithoutARestart() throws Exception {
    try (Newsroom writing = Newsroom.open(data())) {
      ingest(writing, quake());
    }
    try (Newsroom room = Newsroom.openForServing(data())) {
      NewsroomSiteData site = new NewsroomSiteData(room);
      try (WebServer server =
          WebServer.start(
              site, WebConfig.defaults(0).withRateLimits(RateLimit.off(), RateLimit.off()))) {
        List<String> before = ids(get(server, "/api/stories"));
        assertThat(before).hasSize(1);
        assertThat(JSON.readTree(get(server, "/api/search?q=library").body())).isEmpty();

        // As another process would: its own newsroom, store and locks on the same folder. It
        // opens only because the server holds none of the locks a writer takes.
        String library;
        try (Newsroom other = Newsroom.open(data())) {
          ingest(
              other,
              file(
                  "library.jsonl",
                  line(
                      "https://c.example/lib",
                      "Gamma Wire",
                      "Springfield approves a new library",
                      "2021-09-28T09:00:00Z",
                      OTHER)));
          library =
              other.stories.assignments().stream()
                  .map(a -> other.stories.resolve(a.storyId()))
                  .filter(id -> !before.contains(id))
                  .findFirst()
                  .orElseThrow();
        }

        // The checks the site's watch thread makes: the first sees the change, the next, finding
        // it settled, rebuilds.
        assertThat(site.checkForChanges()).isFalse();
        assertThat(site.checkForChanges()).isTrue();
        HttpResponse<String> after = get(server, "/api/stories");
        assertThat(ids(after)).containsExactlyInAnyOrder(before.get(0), library);
        String headline =
            JSON.readTree(get(server, "/api/stories/" + library).body()).get("headline").asText();
        assertThat(get(server, "/").body()).contains(headline);
        HttpResponse<String> page = get(server, "/stories/" + library);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Gamma Wire");
        JsonNode hits = JSON.readTree(get(server, "/api/search?q=library").body());
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("outlet").asText()).isEqualTo("Gamma Wire");
      }
    }
  }

  @Test
  void aNewVersionWrittenElsewhereIsShownOnceTheWrittenStoriesStopChanging() throws Exception {
    try (Newsroom writing = Newsroom.open(data())) {
      ingest(writing, quake());
    }
    try (Newsroom room = Newsroom.openForServing(data())) {
      NewsroomSiteData site = new NewsroomSiteData(room);
      String story = site.topStories(1).get(0).id();
      assertThat(site.checkForChanges()).isFalse();
      assertThat(site.story(story).orElseThrow().updates()).hasSize(1);

      try (SqliteStore other = SqliteStore.open(data())) {
        WrittenStoryStore written = JdbcWrittenStoryStore.of(other);
        WrittenStoryStore.Version v1 = written.latest(story).orElseThrow();
        written.put(
            new WrittenStoryStore.Version(
                story,
                2,
                v1.writtenAt().plusSeconds(60),
                v1.articles(),
                "Second version.",
                v1.json()));
      }
      // The first check sees the change; the next, finding it settled, rebuilds.
      assertThat(site.checkForChanges()).isFalse();
      assertThat(site.story(story).orElseThrow().updates()).hasSize(1);
      assertThat(site.checkForChanges()).isTrue();
      assertThat(site.story(story).orElseThrow().updates())
          .extracting(u -> u.note())
          .containsExactly("First version.", "Second version.");
      assertThat(site.checkForChanges()).isFalse();
    }
  }

  @Test
  void writtenStoriesThatKeepChangingAreShownOnceTheLongestDeferHasPassed() throws Exception {
    try (Newsroom writing = Newsroom.open(data())) {
      ingest(writing, quake());
    }
    MutableClock clock = new MutableClock(Instant.parse("2021-09-28T12:00:00Z"));
    try (Newsroom room = Newsroom.openForServing(data());
        SqliteStore other = SqliteStore.open(data())) {
      NewsroomSiteData site = new NewsroomSiteData(room, clock);
      String story = site.topStories(1).get(0).id();
      WrittenStoryStore written = JdbcWrittenStoryStore.of(other);
      WrittenStoryStore.Version v1 = written.latest(story).orElseThrow();

      // An ingest writing without a pause: every check finds another change.
      for (int v = 2; v <= 4; v++) {
        written.put(
            new WrittenStoryStore.Version(
                story,
                v,
                v1.writtenAt().plusSeconds(60L * v),
                v1.articles(),
                "Version " + v + ".",
                v1.json()));
        assertThat(site.checkForChanges()).as("check after version " + v).isFalse();
        clock.advance(NewsroomSiteData.MAX_DEFER.dividedBy(3));
      }
      written.put(
          new WrittenStoryStore.Version(
              story, 5, v1.writtenAt().plusSeconds(300), v1.articles(), "Version 5.", v1.json()));

      assertThat(site.checkForChanges()).isTrue();
      assertThat(site.story(story).orElseThrow().updates())
          .extracting(u -> u.note())
          .containsExactly(
              "First version.", "Version 2.", "Version 3.", "Version 4.", "Version 5.");
    }
  }

  @Test
  void aServingNewsroomRefusesToIngestAndTakesNoWriterLock() throws Exception {
    try (Newsroom room = Newsroom.openForServing(data())) {
      assertThatThrownBy(() -> ingest(room, quake()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("cannot ingest: the newsroom on " + data() + " is open for serving only");
      try (Newsroom writer = Newsroom.open(data())) {
        ingest(writer, quake());
      }
      NewsroomSiteData site = new NewsroomSiteData(room);
      assertThat(site.topStories(10)).hasSize(1);
    }
    assertThat(data().resolve(ServingCopies.FOLDER)).isEmptyDirectory();
  }
}
