package dev.lede.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XXE, external DTDs and entity bombs must neither read files, touch the network nor blow up. */
class FeedSecurityTest {
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = "<!ENTITY leak \"FETCHED\">".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static String everything(Feed f) {
    return f.toString();
  }

  @Test
  void externalEntityDoesNotReadLocalFiles(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-42");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<rss version=\"2.0\"><channel><title>t &xxe;</title>"
            + "<item><description>&xxe;</description></item></channel></rss>";

    Feed feed = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), "x.xml");

    assertThat(everything(feed)).doesNotContain("TOP-SECRET-42");
    assertThat(feed.bozo()).isTrue();
  }

  @Test
  void externalEntityOverHttpIsNeverFetched() throws Exception {
    String xml =
        "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + url("/xxe")
            + "\">]>"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";

    Feed feed = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), "x.xml");

    assertThat(requests.get()).isZero();
    assertThat(everything(feed)).doesNotContain("FETCHED");
  }

  @Test
  void externalDtdAndParameterEntitiesAreNeverFetched() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \""
            + url("/rss-0.91.dtd")
            + "\" [<!ENTITY % remote SYSTEM \""
            + url("/remote.dtd")
            + "\"> %remote;]>\n"
            + "<rss version=\"0.91\"><channel><title>Plain &leak;</title></channel></rss>";

    Feed feed = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), "d.xml");

    assertThat(requests.get()).isZero();
    assertThat(feed.format()).isEqualTo("rss_0.91n");
    assertThat(everything(feed)).doesNotContain("FETCHED");
  }

  @Test
  void billionLaughsIsNeutralisedQuickly() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String prev = i == 1 ? "lol" : "lol" + (i - 1);
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&" + prev + ";").repeat(10))
          .append("\">\n");
    }
    dtd.append("]>\n");
    String xml = dtd + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";

    Feed feed =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () ->
                FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), "b.xml"));

    assertThat(feed.title().orElse("")).hasSizeLessThan(100);
    assertThat(feed.bozo()).isTrue();
  }

  @Test
  void deeplyNestedElementsDoNotOverflowTheStack() throws Exception {
    String xml =
        "<rss version=\"2.0\"><channel><title>deep</title><item><description>"
            + "<div>".repeat(100_000)
            + "x"
            + "</div>".repeat(100_000)
            + "</description></item></channel></rss>";

    Feed feed =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), "n.xml"));

    assertThat(feed.title()).contains("deep");
  }

  @Test
  void markupBombIsReducedToTextInsteadOfParsedTagByTag() throws Exception {
    String xml =
        "<rss version=\"2.0\"><channel><item><description><![CDATA["
            + "<b>".repeat(1_100_000)
            + "payload]]></description></item></channel></rss>";

    Feed feed =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), "m.xml"));

    assertThat(feed.warnings()).contains("markup budget exceeded: 1 fields reduced to text");
    assertThat(feed.items().get(0).summary())
        .hasValueSatisfying(s -> assertThat(s).endsWith("payload"));
  }
}
