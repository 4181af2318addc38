package dev.lede.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  static Feed parse(String xml) throws FeedException {
    return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), "feed.xml");
  }

  @Test
  void rss20MapsChannelAndItems() throws FeedException {
    Feed feed =
        parse(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Lede &amp; Co</title>
                <link>https://news.example.org/</link>
                <description>All the news</description>
                <language>en-gb</language>
                <item>
                  <title><![CDATA[Storm <b>hits</b> coast]]></title>
                  <link>/2021/06/storm</link>
                  <guid isPermaLink="false">storm-1</guid>
                  <pubDate>Tue, 22 Jun 2021 16:52 EDT</pubDate>
                  <dc:creator>Jo Writer</dc:creator>
                  <category>Weather</category>
                  <category>UK</category>
                  <description>Short &lt;i&gt;summary&lt;/i&gt;</description>
                  <content:encoded><![CDATA[<p>Full <a href="/more">text</a></p>]]></content:encoded>
                </item>
              </channel>
            </rss>
            """);

    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.bozo()).isFalse();
    assertThat(feed.title()).contains("Lede & Co");
    assertThat(feed.link()).contains("https://news.example.org/");
    assertThat(feed.language()).contains("en-gb");
    assertThat(feed.description()).contains("All the news");
    assertThat(feed.encoding()).isEqualTo("utf-8");
    assertThat(feed.items()).hasSize(1);
    FeedItem item = feed.items().get(0);
    assertThat(item.title()).contains("Storm hits coast");
    assertThat(item.link()).contains("https://news.example.org/2021/06/storm");
    assertThat(item.id()).contains("storm-1");
    assertThat(item.published()).contains(Instant.parse("2021-06-22T20:52:00Z"));
    assertThat(item.updated()).isEqualTo(item.published());
    assertThat(item.author()).contains("Jo Writer");
    assertThat(item.categories()).containsExactly("Weather", "UK");
    assertThat(item.summary()).contains("Short <i>summary</i>");
    assertThat(item.content())
        .contains("<p>Full <a href=\"https://news.example.org/more\">text</a></p>");
  }

  @Test
  void atom10ResolvesXmlBaseAndReadsTextConstructs() throws FeedException {
    Feed feed =
        parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.com/" xml:lang="fr">
              <title type="html">Le &lt;em&gt;blog&lt;/em&gt;</title>
              <link rel="self" href="/feed.atom"/>
              <link rel="alternate" type="text/html" href="/"/>
              <updated>2024-03-01T10:00:00+01:00</updated>
              <author><name>Ana</name></author>
              <entry xml:base="posts/">
                <title>Premier</title>
                <id>tag:blog.example.com,2024:1</id>
                <link href="first.html"/>
                <published>2024-02-29T23:30:00Z</published>
                <updated>2024-03-01T09:00:00Z</updated>
                <category term="tech"/>
                <summary type="text">1 &lt; 2</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <img src="a.png"/></p></div></content>
              </entry>
            </feed>
            """);

    assertThat(feed.format()).isEqualTo("atom_1.0");
    assertThat(feed.title()).contains("Le blog");
    assertThat(feed.link()).contains("https://blog.example.com/");
    assertThat(feed.language()).contains("fr");
    assertThat(feed.updated()).contains(Instant.parse("2024-03-01T09:00:00Z"));
    FeedItem e = feed.items().get(0);
    assertThat(e.link()).contains("https://blog.example.com/posts/first.html");
    assertThat(e.id()).contains("tag:blog.example.com,2024:1");
    assertThat(e.author()).contains("Ana"); // inherited from the feed, as Atom specifies
    assertThat(e.published()).contains(Instant.parse("2024-02-29T23:30:00Z"));
    assertThat(e.updated()).contains(Instant.parse("2024-03-01T09:00:00Z"));
    assertThat(e.categories()).containsExactly("tech");
    assertThat(e.summary()).contains("1 < 2");
    assertThat(e.content())
        .contains("<p>Hi <img src=\"https://blog.example.com/posts/a.png\" /></p>");
  }

  @Test
  void rss10RdfItemsAreSiblingsOfTheChannel() throws FeedException {
    Feed feed =
        parse(
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                     xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://example.org/rss">
                <title>RDF site</title>
                <link>http://example.org/</link>
              </channel>
              <item rdf:about="http://example.org/a">
                <title>A</title>
                <link>http://example.org/a</link>
                <dc:date>2003-12-31T10:14:55Z</dc:date>
              </item>
            </rdf:RDF>
            """);

    assertThat(feed.format()).isEqualTo("rss_1.0");
    assertThat(feed.title()).contains("RDF site");
    assertThat(feed.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.id()).contains("http://example.org/a");
              assertThat(i.published()).contains(Instant.parse("2003-12-31T10:14:55Z"));
            });
  }

  @Test
  void jsonFeedIsMapped() throws FeedException {
    String json =
        """
        {"version": "https://jsonfeed.org/version/1.1", "title": "JF",
         "home_page_url": "https://jf.example/", "language": "en",
         "authors": [{"name": "Kim"}],
         "items": [{"id": 42, "url": "/p/1", "title": "One &amp; two",
                    "content_html": "<p onclick=\\"x()\\">Body</p>",
                    "date_published": "2020-01-02T03:04:05-05:00", "tags": ["a", "b"]}]}
        """;
    Feed feed =
        FeedParser.parse(
            json.getBytes(StandardCharsets.UTF_8), Optional.of("application/feed+json"), "f.json");

    assertThat(feed.format()).isEqualTo("json_feed_1.1");
    assertThat(feed.bozo()).isFalse();
    FeedItem item = feed.items().get(0);
    assertThat(item.id()).contains("42");
    assertThat(item.link()).contains("https://jf.example/p/1");
    assertThat(item.title()).contains("One & two");
    assertThat(item.author()).contains("Kim");
    assertThat(item.content()).contains("<p>Body</p>");
    assertThat(item.published()).contains(Instant.parse("2020-01-02T08:04:05Z"));
    assertThat(item.categories()).containsExactly("a", "b");
  }

  @Test
  void htmlPageIsRejectedWithExactMessage() {
    String html =
        "<!DOCTYPE html>\n<html><head><meta charset=utf-8><title>Home</title></head>"
            + "<body><p>Hello<br></body></html>";
    assertThatThrownBy(() -> parse(html))
        .isInstanceOf(FeedException.class)
        .hasMessage("feed.xml: not a feed: root element <html>");
  }

  @Test
  void wellFormedNonFeedXmlIsRejectedWithItsRootName() {
    assertThatThrownBy(() -> parse("<note><to>Tove</to></note>"))
        .hasMessage("feed.xml: not a feed: root element <note>");
  }

  @Test
  void emptyAndWhitespaceBodiesAreRejected() {
    assertThatThrownBy(
            () ->
                FeedParser.parse(
                    " \n\t".getBytes(StandardCharsets.UTF_8), Optional.empty(), "e.xml"))
        .hasMessage("e.xml: empty document");
  }

  @Test
  void oversizedBodyIsRejectedBeforeParsing() {
    byte[] big = new byte[FeedParser.MAX_BYTES + 1];
    assertThatThrownBy(() -> FeedParser.parse(big, Optional.empty(), "big.xml"))
        .hasMessage("big.xml: too large: 33554433 bytes (limit 33554432)");
  }

  @Test
  void invalidJsonIsRejectedNamingTheInput() {
    assertThatThrownBy(
            () ->
                FeedParser.parse(
                    "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": ["
                        .getBytes(StandardCharsets.UTF_8),
                    Optional.empty(),
                    "broken.json"))
        .isInstanceOf(FeedException.class)
        .hasMessageStartingWith("broken.json: not a feed: invalid JSON: ");
  }

  @Test
  void undeclaredHtmlEntitiesAndBareAmpersandsAreToleratedAsBozo() throws FeedException {
    Feed feed =
        parse(
            """
            <rss version="2.0"><channel><title>Tom&nbsp;&amp;&nbsp;Jerry &copy; R&D</title>
            <item><title>caf&eacute;</title></item></channel></rss>
            """);

    // Titles are text: the no-break spaces become plain spaces.
    assertThat(feed.title()).contains("Tom & Jerry \u00A9 R&D");
    assertThat(feed.items().get(0).title()).contains("caf\u00E9");
    assertThat(feed.bozo()).isTrue();
    assertThat(feed.warnings())
        .contains("undeclared HTML entities replaced: 4", "unescaped '&' escaped: 1");
  }

  @Test
  void brokenMarkupFallsBackToTheLenientParser() throws FeedException {
    Feed feed =
        parse(
            "<rss version=\"2.0\"><channel><title>Broken<item><title>One</title>"
                + "<link>http://x.example/1</link></item><item><title>Two</item>");

    assertThat(feed.bozo()).isTrue();
    assertThat(feed.warnings()).contains("parsed with the lenient XML parser");
    assertThat(feed.items()).extracting(i -> i.title().orElse("")).contains("One");
  }

  @Test
  void mismatchedDeclaredCharsetIsFlaggedNotGarbled() throws FeedException {
    byte[] body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Café Müller</title></channel></rss>"
            .getBytes(Charset.forName("windows-1252"));

    Feed feed = FeedParser.parse(body, Optional.empty(), "feed.xml");

    assertThat(feed.title()).contains("Café Müller");
    assertThat(feed.encoding()).isEqualTo("windows-1252");
    assertThat(feed.warnings())
        .containsExactly("document declared as utf-8, but parsed as windows-1252");
  }

  @Test
  void httpCharsetOverridesTheXmlDeclarationForXmlMediaTypes() throws FeedException {
    byte[] body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Ærø</title></channel></rss>"
            .getBytes(StandardCharsets.ISO_8859_1);

    Feed feed =
        FeedParser.parse(body, Optional.of("application/rss+xml; charset=ISO-8859-1"), "f.xml");

    assertThat(feed.title()).contains("Ærø");
    assertThat(feed.encoding()).isEqualTo("iso-8859-1");
    assertThat(feed.bozo()).isFalse();
  }

  @Test
  void textXmlWithoutCharsetMeansUsAsciiPerRfc3023() throws FeedException {
    byte[] body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>naïve</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    Feed feed = FeedParser.parse(body, Optional.of("text/xml"), "f.xml");

    assertThat(feed.title()).contains("naïve");
    assertThat(feed.warnings())
        .containsExactly("document declared as us-ascii, but parsed as utf-8");
  }

  @Test
  void byteOrderMarksSelectTheCharset() throws FeedException {
    String xml = "<rss version=\"2.0\"><channel><title>Zürich 東京</title></channel></rss>";
    byte[] utf8 =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            xml.getBytes(StandardCharsets.UTF_8));
    byte[] utf16le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, xml.getBytes(StandardCharsets.UTF_16LE));

    Feed a = FeedParser.parse(utf8, Optional.empty(), "a.xml");
    Feed b = FeedParser.parse(utf16le, Optional.empty(), "b.xml");

    assertThat(a.title()).contains("Zürich 東京");
    assertThat(a.bozo()).isFalse();
    assertThat(b.title()).contains("Zürich 東京");
    assertThat(b.encoding()).isEqualTo("utf-16le");
    assertThat(b.bozo()).isFalse();
  }

  @Test
  void internalPlainTextEntitiesAreExpanded() throws FeedException {
    Feed feed =
        parse(
            """
            <!DOCTYPE rss [<!ENTITY org "Lede Newsroom"><!ENTITY copy2 "&#169;">]>
            <rss version="2.0"><channel><title>&org; &copy2;</title></channel></rss>
            """);
    assertThat(feed.title()).contains("Lede Newsroom \u00A9");
    assertThat(feed.bozo()).isFalse();
  }

  @Test
  void contentIsSanitised() throws FeedException {
    Feed feed =
        parse(
            """
            <rss version="2.0"><channel><item><description><![CDATA[
              <p onclick="steal()">Hi<script>alert(1)</script>
              <a href="javascript:alert(2)">x</a><iframe src="http://evil/"></iframe>
              <span style="color: red; position: absolute">y</span></p>
            ]]></description></item></channel></rss>
            """);
    String summary = feed.items().get(0).summary().orElseThrow();
    assertThat(summary)
        .doesNotContain("onclick", "script", "alert", "iframe", "absolute")
        .contains("<a href=\"\">x</a>", "<span style=\"color: red;\">y</span>");
  }

  @Test
  void unsafeLinkSchemesAreDropped() throws FeedException {
    Feed feed =
        parse(
            """
            <rss version="2.0"><channel><link>javascript:alert(0)</link>
              <item><link>javascript:alert(1)</link><description><![CDATA[
                <img src="data:image/svg+xml;base64,PHN2Zz4=" alt="a"><a href="java	script:x()">y</a>
              ]]></description></item>
              <item><link>https://ok.example/a</link></item></channel></rss>
            """);
    assertThat(feed.link()).isEmpty();
    assertThat(feed.items().get(0).link()).isEmpty();
    assertThat(feed.items().get(0).summary())
        .contains("<img src=\"\" alt=\"a\" /><a href=\"\">y</a>");
    assertThat(feed.items().get(1).link()).contains("https://ok.example/a");
  }

  @Test
  void entityBudgetStopsQuadraticExpansion() {
    String value = "x".repeat(1000);
    String refs = "&big;".repeat(10_000);
    String xml =
        "<!DOCTYPE rss [<!ENTITY big \""
            + value
            + "\">]><rss><channel><title>"
            + refs
            + "</title></channel></rss>";
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(() -> parse(xml))
                .isInstanceOf(FeedException.class)
                .hasMessageStartingWith("feed.xml: entity expansion exceeds "));
  }

  @Test
  void itemsNestedInAnUnclosedElementAreStillFound() throws FeedException {
    Feed feed =
        parse(
            "<rss version=\"2.0\"><channel><title>T</title><image><url>u</url>"
                + "<item><title>One</title></item><item><title>Two</title></item></channel></rss>");
    assertThat(feed.items()).extracting(i -> i.title().orElse("")).containsExactly("One", "Two");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @SuppressWarnings("unused")
  private static List<String> titles(Feed f) {
    return f.items().stream().map(i -> i.title().orElse("")).toList();
  }
}
