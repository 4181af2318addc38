package dev.lede.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Whatever bytes arrive, parse() returns a Feed or throws FeedException naming the input, within a
 * bounded time: never an unchecked exception, never a hang.
 */
class FeedParserPropertiesTest {
  private static final Duration LIMIT = Duration.ofSeconds(5);
  private static final ExecutorService EXEC =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "feed-property");
            t.setDaemon(true);
            return t;
          });

  private static final byte[] RSS =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <!DOCTYPE rss [<!ENTITY e "entity">]>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>T &amp; &e;</title><link>http://example.org/</link>
          <item><title>Caf\u00e9 &lt;b&gt;</title><link>/a</link>
            <pubDate>Tue, 22 Jun 2021 16:52 EDT</pubDate>
            <content:encoded><![CDATA[<p style="color:red" onclick="x">hi</p>]]></content:encoded>
          </item>
        </channel>
      </rss>
      """
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] ATOM =
      """
      <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/">
        <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>b</b></div></title>
        <entry><id>1</id><title>x</title><link href="p"/><updated>2020-01-01T00:00:00Z</updated>
          <content type="html">&lt;p&gt;c&lt;/p&gt;</content></entry>
      </feed>
      """
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] JSON =
      "{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"j\",\"items\":[{\"id\":\"1\",\"url\":\"http://e/x\",\"content_html\":\"<b>x</b>\"}]}"
          .getBytes(StandardCharsets.UTF_8);

  @AfterContainer
  static void shutdown() {
    EXEC.shutdownNow();
  }

  /** Parses under a time limit; fails the property on an unchecked exception or a hang. */
  private static void parsesOrRejectsCleanly(byte[] body, Optional<String> contentType) {
    Future<Object> f =
        EXEC.submit(
            () -> {
              try {
                return FeedParser.parse(body, contentType, "fuzz.xml");
              } catch (FeedException e) {
                assertThat(e.getMessage()).startsWith("fuzz.xml: ");
                assertThat(e.getMessage()).doesNotContain("internal error");
                return e;
              }
            });
    try {
      f.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AssertionError("parse did not finish within " + LIMIT + " for " + preview(body));
    } catch (ExecutionException e) {
      throw new AssertionError("unchecked exception for " + preview(body), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String preview(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
    return "<" + body.length + " bytes: " + s.replace("\n", "\\n") + ">";
  }

  @Property(tries = 300)
  void randomBytesNeverEscapeOrHang(@ForAll("randomBytes") byte[] body) {
    parsesOrRejectsCleanly(body, Optional.empty());
  }

  @Property(tries = 300)
  void truncatedFeedsNeverEscapeOrHang(
      @ForAll("validFeeds") byte[] feed, @ForAll("fractions") double cut) {
    parsesOrRejectsCleanly(Arrays.copyOf(feed, (int) (feed.length * cut)), Optional.empty());
  }

  @Property(tries = 400)
  void mutatedFeedsNeverEscapeOrHang(
      @ForAll("validFeeds") byte[] feed,
      @ForAll("positions") int[] positions,
      @ForAll("contentTypes") Optional<String> contentType) {
    byte[] body = feed.clone();
    for (int i = 0; i + 1 < positions.length; i += 2) {
      body[Math.floorMod(positions[i], body.length)] = (byte) positions[i + 1];
    }
    parsesOrRejectsCleanly(body, contentType);
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    Arbitrary<byte[]> xmlish =
        Arbitraries.strings()
            .withChars("<>/&;#![]-?=\"' \nrssfeditmxlnRDF{}:")
            .ofMaxLength(500)
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(raw, xmlish);
  }

  @Provide
  Arbitrary<byte[]> validFeeds() {
    return Arbitraries.of(RSS, ATOM, JSON);
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }

  @Provide
  Arbitrary<int[]> positions() {
    return Arbitraries.integers().between(0, 10_000).array(int[].class).ofMinSize(2).ofMaxSize(20);
  }

  @Provide
  Arbitrary<Optional<String>> contentTypes() {
    return Arbitraries.of(
        Optional.empty(),
        Optional.of("application/rss+xml"),
        Optional.of("text/xml"),
        Optional.of("text/html; charset=utf-8"),
        Optional.of("application/json; charset=bogus"),
        Optional.of("text/xml; charset=utf-16"));
  }
}
