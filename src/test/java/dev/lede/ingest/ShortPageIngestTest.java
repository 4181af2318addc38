package dev.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.index.lucene.LuceneIndex;
import dev.lede.model.Article;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.testing.TestFetchers;
import dev.lede.testing.TestHttpServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages that extract to a line or two (soft 404s, app shells) are refused with a message naming the
 * page, counted in the report, and never replace or remove what is stored.
 */
class ShortPageIngestTest {
  static final String HTML = "text/html; charset=utf-8";

  @TempDir Path tmp;
  SqliteStore store;
  LuceneIndex index;
  TestHttpServer server;
  final AtomicReference<String> bridgePage =
      new AtomicReference<>(
          IngesterTest.page("Council approves bridge", IngesterTest.ARTICLE_TEXT));

  @BeforeEach
  void setUp() throws IOException {
    store = SqliteStore.open(tmp.resolve("data"));
    index = LuceneIndex.open(tmp.resolve("data/index"));
    server = TestHttpServer.start();
    server.route("/robots.txt", TestHttpServer.respond(404, ""));
    // A soft 404: the site answers 200 with its error page.
    server.route(
        "/news/missing.html",
        TestHttpServer.respond(
            200,
            IngesterTest.page(
                "Page not found", "Sorry, we can't find that page. Try the search box."),
            "Content-Type",
            HTML));
    server.route(
        "/news/bridge.html",
        exchange ->
            TestHttpServer.respond(200, bridgePage.get(), "Content-Type", HTML).handle(exchange));
    server.route(
        "/ko/brief.html",
        TestHttpServer.respond(
            200,
            "<!doctype html><html lang=ko><head><title>패션디자이너 앙드레김 별세</title></head><body>"
                + "<article><h1>패션디자이너 앙드레김 별세</h1><p>한국의 대표적인 패션디자이너 앙드레김이 12일 오후"
                + " 서울대병원에서 숨졌다. 향년 75세.</p></article></body></html>",
            "Content-Type",
            HTML));
    server.route(
        "/ko/missing.html",
        TestHttpServer.respond(
            200,
            "<!doctype html><html lang=ko><head><title>오류</title></head><body><article>"
                + "<p>요청하신 페이지를 찾을 수 없습니다.</p></article></body></html>",
            "Content-Type",
            HTML));
  }

  @AfterEach
  void tearDown() throws IOException {
    server.close();
    index.close();
    store.close();
  }

  IngestReport ingest(String... paths) throws IOException {
    List<String> refs = java.util.Arrays.stream(paths).map(p -> server.uri(p).toString()).toList();
    return new Ingester(
            store,
            index,
            TestFetchers.allowing("127.0.0.1"),
            Ingester.Options.defaults(),
            IngestListener.NONE,
            Clock.systemUTC())
        .ingest(refs);
  }

  @Test
  void anErrorPageServedAs200IsRefusedNamingItsUrlAndTheShortfall() throws IOException {
    IngestReport r = ingest("/news/missing.html", "/news/bridge.html");

    String missing = server.uri("/news/missing.html").toString();
    assertThat(r.tooShort()).isEqualTo(1);
    assertThat(r.stored()).isEqualTo(1);
    assertThat(r.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo(missing);
              assertThat(f.refused()).isTrue();
              assertThat(f.toString())
                  .startsWith(missing + ": refused: too little text for an article")
                  .containsPattern(
                      "\\d+ characters, 2 sentences; an article needs at least 200 characters and 2"
                          + " sentences$");
            });
    assertThat(store.all())
        .extracting(Article::url)
        .containsExactly(server.uri("/news/bridge.html").toString());
  }

  @Test
  void aStoredArticleWhosePageNowServesAnErrorIsKept() throws IOException {
    ingest("/news/bridge.html");
    Article before = store.all().get(0);
    bridgePage.set(IngesterTest.page("Error", "Something went wrong."));

    IngestReport again = ingest("/news/bridge.html");

    assertThat(again.tooShort()).isEqualTo(1);
    assertThat(again.failures()).singleElement().satisfies(f -> assertThat(f.refused()).isTrue());
    assertThat(store.all()).containsExactly(before);
    assertThat(index.search("bridge", 5)).extracting(h -> h.id()).containsExactly(before.id());
  }

  @Test
  void aOneSentenceKoreanBriefIsStoredWhileAKoreanErrorPageIsRefused() throws IOException {
    IngestReport r = ingest("/ko/brief.html", "/ko/missing.html");

    assertThat(r.stored()).isEqualTo(1);
    assertThat(r.tooShort()).isEqualTo(1);
    assertThat(r.failures())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.reason())
                    .startsWith(server.uri("/ko/missing.html") + ": refused:")
                    .contains("an article in Korean, Japanese or Chinese needs at least 30"));
    assertThat(store.all().get(0).language()).isEqualTo("ko");
  }
}
