package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.testing.TestHttpServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code lede ingest} tells the operator about a page too short to be an article. */
class IngestRefusalsTest {
  @TempDir Path tmp;
  TestHttpServer server;

  @BeforeEach
  void serveAnAppShell() {
    server = TestHttpServer.start();
    server.route("/robots.txt", TestHttpServer.respond(404, ""));
    server.route(
        "/app",
        TestHttpServer.respond(
            200,
            "<!doctype html><html lang=en><head><title>News</title></head><body><main><p>Loading"
                + " the latest news...</p></main><script src=\"/app.js\"></script></body></html>",
            "Content-Type",
            "text/html"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anAppShellIsRefusedNamedAndCountedInTheSummaryAndTheRunExitsOne() {
    String url = server.uri("/app").toString();
    OwedWritesTest.Run run =
        OwedWritesTest.lede(
            "ingest",
            "--data",
            tmp.resolve("data").toString(),
            "--allow-host",
            "127.0.0.1",
            "--delay",
            "0",
            "--progress",
            "LINES",
            url);

    assertThat(run.rc()).as(run.err()).isEqualTo(1);
    assertThat(run.lines("ingest: "))
        .singleElement()
        .asString()
        .contains("0 stored")
        .contains("1 failed (1 too short for an article)");
    assertThat(run.lines(url + ": refused: too little text for an article")).isNotEmpty();
  }
}
