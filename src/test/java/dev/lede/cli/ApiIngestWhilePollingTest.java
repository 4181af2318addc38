package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Source;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomService;
import dev.lede.store.sqlite.SqliteStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * With polling on, {@code POST /api/ingest} is a round of every source on the polling thread: it
 * waits behind the poll in progress instead of running beside it, and further calls get 409.
 */
class ApiIngestWhilePollingTest {
  static final String TOKEN = "ingest-while-polling-0123456789";

  @TempDir Path data;

  @Test
  @Timeout(300)
  void anIngestAskedForDuringAPollWaitsForItAndASecondOneIs409() throws Exception {
    try (FeedHost host = new FeedHost()) {
      FeedHost.Feed slow = host.feed("/slow.xml").with(0).slow();
      try (Newsroom room = folderPolling(slow)) {
        NewsroomService running = serve(room, true);
        try {
          slow.requests.acquire(); // the new source's scheduled poll is in flight, held up
          String base = running.server().localUrl();
          assertThat(ingest(base).statusCode())
              .as("a round of every source, queued")
              .isEqualTo(202);
          for (int i = 0; i < 3; i++) {
            HttpResponse<String> again = ingest(base);
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).isEqualTo("{\"error\":\"an ingest run is already going\"}");
          }
          slow.release.countDown();
          slow.requests.acquire(); // the asked-for round polled the feed again, after the first
          assertThat(host.maxInFlightPerHost()).as("never two requests at once").isEqualTo(1);
          assertThat(slow.answered.get()).as("the three refused calls polled nothing").isEqualTo(2);
        } finally {
          slow.release.countDown();
          running.close();
        }
      }
    }
  }

  @Test
  @Timeout(300)
  void withNoPollNothingPollsAndTheApisIngestIsTheOneRunThatAnswers409() throws Exception {
    try (FeedHost host = new FeedHost()) {
      FeedHost.Feed slow = host.feed("/slow.xml").with(0).slow();
      try (Newsroom room = folderPolling(slow)) {
        NewsroomService running = serve(room, false);
        try {
          assertThat(running.scheduler()).as("--no-poll: no scheduler").isEmpty();
          assertThat(slow.answered.get()).as("nothing polled the source").isZero();
          String base = running.server().localUrl();
          assertThat(ingest(base).statusCode()).isEqualTo(202);
          slow.requests.acquire(); // the API's run reached the feed and is held up there
          assertThat(ingest(base).statusCode()).as("one run at a time").isEqualTo(409);
          slow.release.countDown();
        } finally {
          slow.release.countDown();
          running.close(); // waits for the run to end
        }
        assertThat(slow.answered.get()).isEqualTo(1);
        assertThat(host.maxInFlightPerHost()).isEqualTo(1);
      }
    }
  }

  /** A data folder whose one source is {@code feed}, open for serving. */
  private Newsroom folderPolling(FeedHost.Feed feed) throws Exception {
    Newsroom.open(data).close();
    try (SqliteStore s = SqliteStore.open(data)) {
      s.addSource(new Source(feed.url("127.0.0.1"), Instant.now()));
    }
    return Newsroom.openForServing(data);
  }

  private static NewsroomService serve(Newsroom room, boolean poll) throws Exception {
    ServiceOptions options = AdminTest.options(poll, Map.of("LEDE_WRITE_TOKEN", TOKEN));
    options.fetcher.allowHosts = List.of("127.0.0.1");
    return ServeCommand.start(
        room, new LlmOptions(), "127.0.0.1", 0, 0, options, Clock.systemUTC());
  }

  private static HttpResponse<String> ingest(String base) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
