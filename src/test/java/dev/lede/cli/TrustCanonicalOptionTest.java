package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Article;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.testing.TestHttpServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede ingest --trust-canonical HOST}: an outlet that serves its pages from one host and
 * declares its articles' addresses on another is trusted only when the operator names the host.
 */
class TrustCanonicalOptionTest {
  static final String REAL = "https://real.example/news/terminal";

  @TempDir Path tmp;
  TestHttpServer server;

  @BeforeEach
  void serveASyndicatedPage() {
    server = TestHttpServer.start();
    server.route("/robots.txt", TestHttpServer.respond(404, ""));
    server.route(
        "/syndicated.html",
        TestHttpServer.respond(
            200,
            "<!doctype html><html lang=en><head><title>Ferry terminal opens</title>"
                + "<link rel=canonical href=\""
                + REAL
                + "\"></head><body><article><h1>Ferry terminal opens</h1><p>The harbour"
                + " authority of Port Ellis opened a new ferry terminal on Monday after four years"
                + " of building. The terminal cost 120 million euros and will handle two million"
                + " passengers a year, the authority said.</p></article></body></html>",
            "Content-Type",
            "text/html"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  List<String> storedCanonicals(Path data, String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "ingest", "--data", data.toString(), "--allow-host", "127.0.0.1", "--delay", "0"));
    args.addAll(List.of(options));
    args.add(server.uri("/syndicated.html").toString());
    OwedWritesTest.Run run = OwedWritesTest.lede(args.toArray(String[]::new));
    assertThat(run.rc()).as(run.err()).isZero();
    try (SqliteStore store = SqliteStore.openReadOnly(data)) {
      return store.all().stream().map(Article::canonicalUrl).toList();
    }
  }

  @Test
  void withoutTheOptionAPageOnAnotherSiteKeepsItsFetchedAddress() {
    assertThat(storedCanonicals(tmp.resolve("plain")))
        .containsExactly(server.uri("/syndicated.html").toString());
  }

  @Test
  void aNamedHostMayDeclareItsArticlesAddressOnAnotherSite() {
    assertThat(storedCanonicals(tmp.resolve("trusting"), "--trust-canonical", "127.0.0.1"))
        .containsExactly(REAL);
  }

  @Test
  void aBlankHostIsAnOperatorMistakeNamingTheOption() {
    OwedWritesTest.Run run =
        OwedWritesTest.lede(
            "ingest", "--data", tmp.resolve("d").toString(), "--trust-canonical", " ", "x.rss");
    assertThat(run.rc()).isEqualTo(2);
    assertThat(run.err()).contains("--trust-canonical", "is not a host name");
    assertThat(tmp.resolve("d")).doesNotExist();
  }
}
