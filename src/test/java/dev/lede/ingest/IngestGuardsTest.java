package dev.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.dedup.CanonicalTrust;
import dev.lede.index.LuceneIndex;
import dev.lede.model.Article;
import dev.lede.store.SqliteStore;
import dev.lede.testing.TestFetchers;
import dev.lede.testing.TestHttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile page, feed or oversized file cannot do to an ingest. */
class IngestGuardsTest {
  static final String REAL_TEXT =
      "The harbour authority of Port Ellis opened a new ferry terminal on Monday after four years"
          + " of building. The terminal cost 120 million euros and will handle two million"
          + " passengers a year, the authority said.";
  static final String EVIL_TEXT =
      "Click here for amazing prizes and offers that are totally real and not at all a trick to"
          + " make another site's article disappear from this newsroom's archive forever.";

  @TempDir Path tmp;
  SqliteStore store;
  LuceneIndex index;
  TestHttpServer server;

  @BeforeEach
  void setUp() throws IOException {
    store = SqliteStore.open(tmp.resolve("data"));
    index = LuceneIndex.open(tmp.resolve("data/index"));
    server = TestHttpServer.start();
    server.route("/robots.txt", TestHttpServer.respond(404, ""));
  }

  @AfterEach
  void tearDown() throws IOException {
    server.close();
    index.close();
    store.close();
  }

  Ingester ingester() {
    return new Ingester(
        store,
        index,
        TestFetchers.allowing("127.0.0.1"),
        Ingester.Options.defaults(),
        IngestListener.NONE,
        Clock.systemUTC());
  }

  static String page(String head, String text) {
    return "<!doctype html><html lang=en><head><title>T</title>"
        + head
        + "</head><body><article><h1>Title</h1><p>"
        + text
        + "</p></article></body></html>";
  }

  void serve(String path, String html) {
    server.route(path, TestHttpServer.respond(200, html, "Content-Type", "text/html"));
  }

  Path realArticles(String... urls) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String u : urls) {
      b.append(IngesterTest.line(u, "Real News", REAL_TEXT + " " + u));
    }
    Path jsonl = tmp.resolve("real.jsonl");
    Files.writeString(jsonl, b.toString());
    return jsonl;
  }

  @Test
  void aPageCannotClaimAnotherSitesArticleWithItsCanonicalLink() throws IOException {
    String real = "http://real.example/news/story.html";
    serve("/evil.html", page("<link rel=canonical href=\"" + real + "\">", EVIL_TEXT));

    ingester().ingest(List.of(server.uri("/evil.html").toString()));
    IngestReport r = ingester().ingest(List.of(realArticles(real).toString()));

    assertThat(r.stored()).isEqualTo(1);
    assertThat(store.all()).hasSize(2);
    Article evil = store.all().get(0);
    assertThat(evil.canonicalUrl()).isEqualTo(server.uri("/evil.html").toString());
    assertThat(store.all().get(1).canonicalUrl()).isEqualTo(real);
  }

  @Test
  void aPageCannotClaimAnotherSitesArticleThroughItsBaseHref() throws IOException {
    String real = "http://real.example/news/story2.html";
    serve(
        "/evil-base.html",
        page(
            "<base href=\"http://real.example/news/\"><link rel=canonical href=\"story2.html\">",
            EVIL_TEXT));

    ingester().ingest(List.of(server.uri("/evil-base.html").toString()));
    IngestReport r = ingester().ingest(List.of(realArticles(real).toString()));

    assertThat(r.stored()).isEqualTo(1);
    assertThat(store.all())
        .extracting(Article::canonicalUrl)
        .containsExactly(server.uri("/story2.html").toString(), real);
  }

  @Test
  void aPageMayNameAnAddressOnItsOwnSiteAsCanonical() throws IOException {
    String canonical = server.uri("/news/story.html").toString();
    serve("/amp/story.html", page("<link rel=canonical href=\"/news/story.html\">", REAL_TEXT));

    ingester().ingest(List.of(server.uri("/amp/story.html?utm_source=x").toString()));

    assertThat(store.all())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.canonicalUrl()).isEqualTo(canonical);
              assertThat(a.url()).isEqualTo(server.uri("/amp/story.html?utm_source=x").toString());
            });
  }

  @Test
  void anAllowListedHostMayNameAnAddressOnAnotherSite() throws IOException {
    String real = "http://real.example/news/story3.html";
    serve("/syndicated.html", page("<link rel=canonical href=\"" + real + "\">", REAL_TEXT));

    ingester()
        .trustingCanonicals(CanonicalTrust.sameSiteOr(List.of("127.0.0.1")))
        .ingest(List.of(server.uri("/syndicated.html").toString()));

    assertThat(store.all()).singleElement().extracting(Article::canonicalUrl).isEqualTo(real);
  }

  @Test
  void aLocalPageGivenByTheOperatorKeepsItsDeclaredWebAddress() throws IOException {
    String real = "http://real.example/news/saved.html";
    Path file = tmp.resolve("saved.html");
    Files.writeString(file, page("<link rel=canonical href=\"" + real + "\">", REAL_TEXT));

    ingester().ingest(List.of(file.toString()));

    assertThat(store.all()).singleElement().extracting(Article::canonicalUrl).isEqualTo(real);
  }
}
