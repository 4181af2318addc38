package dev.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lede.index.lucene.LuceneIndex;
import dev.lede.ingest.fetch.FetchResult;
import dev.lede.ingest.fetch.Fetcher;
import dev.lede.model.Article;
import dev.lede.store.sqlite.SqliteStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  @TempDir Path tmp;
  SqliteStore store;
  LuceneIndex index;
  HttpServer server;
  String base;
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  static final String ARTICLE_TEXT =
      "The city council of Springfield voted on Tuesday to build a new bridge over the river."
          + " The vote was 7 to 2. Mayor Ann Lee said the bridge would open in 2027 and cost $40"
          + " million. Opponents said the money should go to schools instead.";

  @BeforeEach
  void setUp() throws IOException {
    store = SqliteStore.open(tmp.resolve("data"));
    index = LuceneIndex.open(tmp.resolve("data/index"));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          byte[] body;
          String type;
          String etag = "\"v1\"";
          switch (path) {
            case "/robots.txt" -> {
              ex.sendResponseHeaders(404, -1);
              ex.close();
              return;
            }
            case "/feed.xml" -> {
              if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
              }
              body = feed().getBytes(StandardCharsets.UTF_8);
              type = "application/rss+xml";
              ex.getResponseHeaders().add("ETag", etag);
            }
            case "/xxe.xml" -> {
              body =
                  ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                          + "<rss version=\"2.0\"><channel><title>XXE</title><item><title>Leak &xxe;</title>"
                          + "<link>https://xxe.example/a</link><description>Secrets: &xxe; end.</description>"
                          + "</item></channel></rss>")
                      .getBytes(StandardCharsets.UTF_8);
              type = "application/rss+xml";
            }
            case "/bomb.xml" -> {
              StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
              for (int i = 1; i < 12; i++) {
                dtd.append("<!ENTITY a").append(i).append(" \"");
                dtd.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
              }
              dtd.append("]>");
              body =
                  ("<?xml version=\"1.0\"?>"
                          + dtd
                          + "<rss version=\"2.0\"><channel><title>Bomb</title><item><title>&a11;</title>"
                          + "<link>https://bomb.example/a</link><description>&a11;</description>"
                          + "</item></channel></rss>")
                      .getBytes(StandardCharsets.UTF_8);
              type = "application/rss+xml";
            }
            case "/news/bridge.html" -> {
              body = page("Council approves bridge", ARTICLE_TEXT).getBytes(StandardCharsets.UTF_8);
              type = "text/html; charset=utf-8";
            }
            default -> {
              ex.sendResponseHeaders(404, -1);
              ex.close();
              return;
            }
          }
          ex.getResponseHeaders().add("Content-Type", type);
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    server.stop(0);
    index.close();
    store.close();
  }

  String feed() {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Springfield Times</title>"
        + "<link>"
        + base
        + "/</link>"
        + "<item><title>Council approves bridge</title><link>"
        + base
        + "/news/bridge.html?utm_source=rss</link><guid>bridge-1</guid>"
        + "<pubDate>Tue, 02 Jun 2026 10:00:00 GMT</pubDate>"
        + "<description>The council voted for a bridge.</description></item>"
        + "</channel></rss>";
  }

  static String page(String title, String text) {
    return "<!doctype html><html lang=\"en\"><head><title>"
        + title
        + "</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>"
        + "<article><h1>"
        + title
        + "</h1><p>"
        + text
        + "</p></article><footer>Copyright Springfield Times</footer></body></html>";
  }

  Ingester ingester(Fetcher fetcher) {
    return new Ingester(
        store, index, fetcher, Ingester.Options.defaults(), IngestListener.NONE, Clock.systemUTC());
  }

  Fetcher http() {
    return dev.lede.testing.TestFetchers.allowing("127.0.0.1");
  }

  @Test
  void aFeedWithoutFullTextHasItsItemPageFetchedAndExtracted() throws IOException {
    IngestReport r = ingester(http()).ingest(List.of(base + "/feed.xml"));

    assertThat(r.failures()).isEmpty();
    assertThat(r.stored()).isEqualTo(1);
    Article a = store.all().get(0);
    assertThat(a.title()).isEqualTo("Council approves bridge");
    assertThat(a.text()).contains("Mayor Ann Lee said the bridge would open in 2027");
    assertThat(a.text()).doesNotContain("Copyright Springfield Times");
    assertThat(a.canonicalUrl()).isEqualTo(base + "/news/bridge.html");
    assertThat(a.source()).isEqualTo("Springfield Times");
    assertThat(a.published()).isPresent();
    assertThat(index.search("bridge", 5)).extracting(h -> h.id()).containsExactly(a.id());
  }

  @Test
  void ingestingTheSameFeedAgainIsA304AndAddsNothing() throws IOException {
    ingester(http()).ingest(List.of(base + "/feed.xml"));
    IngestReport second = ingester(http()).ingest(List.of(base + "/feed.xml"));

    assertThat(second.notModified()).isEqualTo(1);
    assertThat(second.stored()).isZero();
    assertThat(store.count()).isEqualTo(1);
    assertThat(hits.get("/news/bridge.html").get()).isEqualTo(1);
  }

  @Test
  void aRefusedFeedIsReportedAndNothingIsStored() throws IOException {
    Fetcher refusing =
        req -> new FetchResult.Failed(req.uri(), req.uri() + ": refused: test", true);
    IngestReport r = ingester(refusing).ingest(List.of(base + "/feed.xml"));

    assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.refused()).isTrue());
    assertThat(store.count()).isZero();
  }

  @Test
  void anXxeFeedOverHttpNeverReadsLocalFiles() throws IOException {
    ingester(http()).ingest(List.of(base + "/xxe.xml"));

    for (Article a : store.all()) {
      assertThat(a.title() + a.text()).doesNotContain("root:");
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(60) // a hang guard, not a speed claim
  void anEntityBombFeedOverHttpEndsWithoutExpandingTheBomb() throws IOException {
    IngestReport r = ingester(http()).ingest(List.of(base + "/bomb.xml"));

    for (Article a : store.all()) {
      assertThat(a.text().length()).isLessThan(100_000);
    }
    assertThat(r.stored() + r.failures().size()).isPositive();
  }

  @Test
  void aMissingSourceIsNamedInTheFailure() throws IOException {
    IngestReport r = ingester(http()).ingest(List.of("no/such/file.rss"));

    assertThat(r.failures())
        .extracting(SourceFailure::reason)
        .containsExactly("no/such/file.rss: no such file, folder or http(s) URL");
  }

  @Test
  void aBadJsonLineIsReportedWithItsLineNumberAndTheOtherLinesAreStored() throws IOException {
    Path jsonl = tmp.resolve("articles.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\":\"1\",\"url\":\"https://example.org/a\",\"title\":\"A\",\"text\":\"First text here.\","
            + "\"published\":\"2020-01-02\",\"source\":\"Example\"}\n"
            + "{not json\n"
            + "{\"id\":\"3\",\"url\":\"https://example.org/c\",\"title\":\"C\",\"text\":\"Third one.\"}\n");

    IngestReport r = ingester(http()).ingest(List.of(jsonl.toString()));

    assertThat(r.stored()).isEqualTo(2);
    assertThat(r.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).startsWith(jsonl + ":2: not valid JSON"));
    assertThat(store.byId(store.all().get(0).id()).orElseThrow().published())
        .contains(java.time.Instant.parse("2020-01-02T00:00:00Z"));
  }

  @Test
  void aSyndicatedCopyFromAnotherOutletIsStoredAndMarkedAsDuplicate() throws IOException {
    String longText = ARTICLE_TEXT.repeat(6);
    Path jsonl = tmp.resolve("two.jsonl");
    Files.writeString(
        jsonl,
        line("https://one.example/a", "One", longText)
            + line("https://two.example/b", "Two", longText + " Reporting by Two News.")
            + line("https://three.example/c", "Three", "A different story about rain in Spain."));

    ingester(http()).ingest(List.of(jsonl.toString()));

    List<Article> all = store.all();
    assertThat(all).hasSize(3);
    assertThat(all.get(0).duplicateOf()).isEmpty();
    assertThat(all.get(1).duplicateOf()).contains(all.get(0).id());
    assertThat(all.get(2).duplicateOf()).isEmpty();
  }

  @Test
  void theSameTextFromTheSameOutletAtAnotherUrlIsNotStoredTwice() throws IOException {
    Path jsonl = tmp.resolve("same.jsonl");
    Files.writeString(
        jsonl,
        line("https://one.example/a", "One", ARTICLE_TEXT)
            + line("https://one.example/print/a", "One", ARTICLE_TEXT));

    IngestReport r = ingester(http()).ingest(List.of(jsonl.toString()));

    assertThat(r.stored()).isEqualTo(1);
    assertThat(r.alreadyStored()).isEqualTo(1);
  }

  @Test
  void ingestingTheBundledDemoTwiceAddsNothingTheSecondTime() throws IOException {
    Path demo = Path.of("demo");
    List<String> refs =
        List.of(
            demo.resolve("globalvoices-2009/globalvoices-feature-2009-06-11.restored-links.rss")
                .toString(),
            demo.resolve("globalvoices-2009/html").toString(),
            demo.resolve("wikinews-ko/wikinews_ko.jsonl").toString());
    Ingester.Options offline = new Ingester.Options(false, 400);
    IngestReport first =
        new Ingester(store, index, http(), offline, IngestListener.NONE, Clock.systemUTC())
            .ingest(refs);
    IngestReport second =
        new Ingester(store, index, http(), offline, IngestListener.NONE, Clock.systemUTC())
            .ingest(refs);

    assertThat(first.failures()).isEmpty();
    assertThat(first.stored()).isGreaterThan(600);
    // The 15 pages are the feed's articles: stored, but marked as near-duplicates of the feed copy.
    assertThat(first.nearDuplicates()).isGreaterThanOrEqualTo(10);
    assertThat(second.stored()).isZero();
    assertThat(store.count()).isEqualTo(first.stored());
    assertThat(index.count()).isEqualTo(store.count());
    Optional<Article> korean =
        store.all().stream().filter(a -> a.language().equals("ko")).findFirst();
    assertThat(korean).isPresent();
    assertThat(korean.get().title()).isEqualTo("버락 오바마 미국 대통령 공식 취임");
  }

  static String line(String url, String source, String text) {
    return "{\"url\":\""
        + url
        + "\",\"title\":\"T\",\"source\":\""
        + source
        + "\",\"text\":\""
        + text.replace("\"", "\\\"")
        + "\"}\n";
  }
}
