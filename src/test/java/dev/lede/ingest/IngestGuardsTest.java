package dev.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.dedup.CanonicalTrust;
import dev.lede.index.lucene.LuceneIndex;
import dev.lede.model.Article;
import dev.lede.store.sqlite.SqliteStore;
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
          + " make another site's article disappear from this newsroom's archive forever. Act now,"
          + " because the offer ends very soon for everyone.";

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

  /** A file of {@code size} bytes starting with {@code head}, the rest a sparse hole. */
  static Path sparse(Path file, String head, long size) throws IOException {
    Files.writeString(file, head);
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
    return file;
  }

  @Test
  void localPagesAndFeedsOverTheHttpCapAreRefusedByName() throws IOException {
    long over = dev.lede.ingest.fetch.FetcherConfig.DEFAULT_MAX_BODY_BYTES + 1;
    Path page = sparse(tmp.resolve("big.html"), page("", REAL_TEXT), over);
    Path feed = sparse(tmp.resolve("big.xml"), "<rss version=\"2.0\"><channel>", over);
    Path fine = tmp.resolve("fine.html");
    Files.writeString(fine, page("", REAL_TEXT));

    IngestReport r = ingester().ingest(List.of(page.toString(), feed.toString(), fine.toString()));

    assertThat(r.stored()).isEqualTo(1);
    assertThat(r.failures())
        .extracting(SourceFailure::reason)
        .containsExactly(
            page
                + ": too large: "
                + over
                + " bytes; pages and feeds are read up to "
                + (over - 1)
                + " bytes (as over HTTP)",
            feed
                + ": too large: "
                + over
                + " bytes; pages and feeds are read up to "
                + (over - 1)
                + " bytes (as over HTTP)");
  }

  @Test
  void aFeedWithMoreItemsThanTheCapIsRefusedByName() throws IOException {
    StringBuilder b = new StringBuilder("<rss version=\"2.0\"><channel><title>Many</title>");
    for (int i = 0; i <= dev.lede.ingest.feed.FeedParser.MAX_ITEMS; i++) {
      b.append("<item><guid>g")
          .append(i)
          .append("</guid><description>")
          .append(REAL_TEXT)
          .append("</description></item>");
    }
    Path feed = tmp.resolve("many.xml");
    Files.writeString(feed, b.append("</channel></rss>").toString());

    IngestReport r = ingester().ingest(List.of(feed.toString()));

    assertThat(r.seen()).isZero();
    assertThat(r.failures())
        .singleElement()
        .extracting(SourceFailure::reason)
        .isEqualTo(feed + ": too many items: 10001 (limit 10000 per feed)");
  }

  @Test
  void itemsWhoseJavascriptLinkIsDroppedAreNamedByFeedAndIdNotByTheFeedsUrl() throws IOException {
    String feed =
        "<rss version=\"2.0\"><channel><title>Odd Feed</title>"
            + "<item><title>One</title><link>javascript:alert(1)</link><guid>g-1</guid>"
            + "<description>"
            + REAL_TEXT
            + "</description></item>"
            + "<item><title>Two</title><link>JavaScript:alert(2)</link><guid>g-2</guid>"
            + "<description>"
            + EVIL_TEXT
            + "</description></item></channel></rss>";
    server.route(
        "/feed.xml", TestHttpServer.respond(200, feed, "Content-Type", "application/rss+xml"));
    String ref = server.uri("/feed.xml").toString();

    IngestReport r = ingester().ingest(List.of(ref));

    assertThat(r.stored()).isEqualTo(2);
    assertThat(store.all())
        .extracting(Article::url)
        .containsExactly("urn:lede:" + ref + "#g-1", "urn:lede:" + ref + "#g-2");
    assertThat(store.all()).extracting(Article::canonicalUrl).doesNotContain(ref);
  }

  @Test
  void aJsonLinesFileIsReadALineAtATimeAndAnOverlongLineIsReportedByNumber() throws IOException {
    Path jsonl = tmp.resolve("articles.jsonl");
    try (java.io.Writer w = Files.newBufferedWriter(jsonl)) {
      w.write(IngesterTest.line("https://one.example/a", "One", REAL_TEXT));
      w.write("{\"url\":\"https://one.example/huge\",\"text\":\"");
      for (int i = 0; i < Ingester.MAX_LINE_CHARS / 1000 + 1; i++) {
        w.write("word ".repeat(200));
      }
      w.write("\"}\n");
      w.write(IngesterTest.line("https://one.example/b", "One", EVIL_TEXT));
    }

    IngestReport r = ingester().ingest(List.of(jsonl.toString()));

    assertThat(r.stored()).isEqualTo(2);
    assertThat(r.failures())
        .singleElement()
        .extracting(SourceFailure::reason)
        .asString()
        .startsWith(jsonl + ":2: line too long: ")
        .endsWith(" characters; an article line is read up to " + Ingester.MAX_LINE_CHARS);
  }
}
