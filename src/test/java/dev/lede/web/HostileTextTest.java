package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Source text carrying script tags, event-handler attributes, {@code </script>}, {@code ]]>},
 * control characters and {@code javascript:}/{@code data:} links comes out inert: as text in pages,
 * API and feeds, never as markup or links.
 */
class HostileTextTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static FixtureSiteData data;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() {
    data = FixtureSiteData.create(Instant.now());
    server =
        WebServer.start(
            data, WebConfig.defaults(0).withRateLimits(RateLimit.off(), RateLimit.off()));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void pagesHoldNoScriptsHandlersOrUnsafeLinksFromSourceText() throws Exception {
    for (String path : SitePages.html(data)) {
      String html = http.get(path).body();
      Document doc = Jsoup.parse(html);
      for (Element script : doc.select("script")) {
        boolean ownScript =
            script.attr("src").matches("/static/site\\.js\\?v=[0-9a-f]{8}")
                && script.data().isEmpty();
        boolean jsonLd =
            script.attr("type").equals("application/ld+json") && script.attributesSize() == 1;
        assertThat(ownScript || jsonLd).as(path + ": unexpected " + script.outerHtml()).isTrue();
      }
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          assertThat(a.getKey()).as(path + " " + e.tagName()).doesNotStartWith("on");
        }
      }
      assertThat(doc.select("iframe, img, object, embed, base, form[action^=javascript]"))
          .as(path)
          .isEmpty();
      for (Element link : doc.select("[href], [src], [action]")) {
        String url =
            link.hasAttr("href")
                ? link.attr("href")
                : link.hasAttr("src") ? link.attr("src") : link.attr("action");
        assertThat(url).as(path + " " + link.outerHtml()).matches("(https?://|/|#).*");
      }
    }
  }

  @Test
  void hostileHeadlineIsShownLiterallyInTitleH1AndMeta() throws Exception {
    Document doc = Jsoup.parse(http.get("/stories/" + FixtureSiteData.HOSTILE).body());
    assertThat(doc.selectFirst("h1").text()).isEqualTo(FixtureSiteData.SCRIPT_HEADLINE);
    assertThat(doc.title()).isEqualTo(FixtureSiteData.SCRIPT_HEADLINE + " | Lede");
    assertThat(doc.selectFirst("meta[property=og:title]").attr("content"))
        .isEqualTo(FixtureSiteData.SCRIPT_HEADLINE + " | Lede");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select(".lede .s").get(0).ownText())
        .isEqualTo("A sentence with " + FixtureSiteData.IMG_ONERROR + " inside.");
    // The javascript: and data: source URLs are shown as text, not links.
    assertThat(doc.select(".source-list > li").get(0).select("a[href^=http]")).isEmpty();
    assertThat(doc.select(".source-list > li").get(0).text())
        .contains("Title </title><script>alert('title')</script>");
  }

  @Test
  void jsonLdCannotBreakOutOfItsScriptAndParsesToTheHeadline() throws Exception {
    String html = http.get("/stories/" + FixtureSiteData.HOSTILE).body();
    int start =
        html.indexOf("<script type=\"application/ld+json\">")
            + "<script type=\"application/ld+json\">".length();
    String ld = html.substring(start, html.indexOf("</script>", start));
    assertThat(ld).doesNotContain("<").doesNotContain(">").doesNotContain("\u2028");
    JsonNode node = JSON.readTree(ld);
    assertThat(node.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(node.get("headline").asText()).isEqualTo(FixtureSiteData.SCRIPT_HEADLINE);
    List<String> basedOn = new ArrayList<>();
    node.get("isBasedOn").forEach(n -> basedOn.add(n.asText()));
    assertThat(basedOn).isEmpty(); // all three hostile sources have unsafe URLs
  }

  @Test
  void apiJsonHasNoRawAngleBracketsAndKeepsTheText() throws Exception {
    for (String path : SitePages.json(data)) {
      String body = http.get(path).body();
      assertThat(body).as(path).doesNotContain("<").doesNotContain(">");
      JSON.readTree(body);
    }
    JsonNode story = JSON.readTree(http.get("/api/stories/" + FixtureSiteData.HOSTILE).body());
    assertThat(story.get("headline").asText()).isEqualTo(FixtureSiteData.SCRIPT_HEADLINE);
  }

  @Test
  void apiStorySourcesCarryOnlyHttpUrlsOrNull() throws Exception {
    JsonNode story = JSON.readTree(http.get("/api/stories/" + FixtureSiteData.HOSTILE).body());
    List<String> urls = new ArrayList<>();
    for (JsonNode src : story.get("sources")) {
      assertThat(src.has("url")).as("every source keeps its url field").isTrue();
      urls.add(src.get("url").isNull() ? null : src.get("url").asText());
    }
    // The fixture's sources carry javascript:, data: and mixed-case javascript: URLs.
    assertThat(urls).hasSizeGreaterThanOrEqualTo(3).containsOnlyNulls();
    JsonNode main = JSON.readTree(http.get("/api/stories/" + FixtureSiteData.MAIN).body());
    for (JsonNode src : main.get("sources")) {
      assertThat(src.get("url").asText()).startsWith("https://");
    }
  }

  @Test
  void feedsCarryHostileTextAsTextOnly() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    for (String path : SitePages.xml()) {
      org.w3c.dom.Document doc = b.parse(new InputSource(new StringReader(http.get(path).body())));
      assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).as(path).isZero();
      assertThat(doc.getElementsByTagNameNS("*", "img").getLength()).as(path).isZero();
    }
    org.w3c.dom.Document rss =
        b.parse(new InputSource(new StringReader(http.get("/rss.xml").body())));
    NodeList items = rss.getElementsByTagName("item");
    boolean found = false;
    for (int i = 0; i < items.getLength(); i++) {
      org.w3c.dom.Element item = (org.w3c.dom.Element) items.item(i);
      String title = item.getElementsByTagName("title").item(0).getTextContent();
      String description = item.getElementsByTagName("description").item(0).getTextContent();
      // description is HTML by RSS convention: parsed as HTML it is one paragraph of text.
      Document d = Jsoup.parseBodyFragment(description);
      assertThat(d.body().select("*").stream().map(Element::tagName).toList())
          .containsExactly("body", "p");
      if (title.equals(FixtureSiteData.SCRIPT_HEADLINE)) {
        found = true;
        assertThat(d.body().text())
            .isEqualTo("Teaser " + FixtureSiteData.IMG_ONERROR + " </script>");
      }
    }
    assertThat(found).isTrue();
    org.w3c.dom.Document atom =
        b.parse(new InputSource(new StringReader(http.get("/atom.xml").body())));
    NodeList summaries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary");
    for (int i = 0; i < summaries.getLength(); i++) {
      assertThat(((org.w3c.dom.Element) summaries.item(i)).getAttribute("type")).isEqualTo("text");
    }
  }
}
