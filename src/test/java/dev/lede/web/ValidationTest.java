package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Every page passes the Nu Html Checker (HTML5 schema, assertions, checker rules) with no errors
 * and no warnings; every feed and sitemap is well-formed XML of the right shape; every story's
 * JSON-LD parses as a schema.org NewsArticle; headings never skip a level.
 */
class ValidationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static FixtureSiteData data;
  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() {
    data = FixtureSiteData.create(Instant.now());
    server =
        WebServer.start(
            data,
            WebConfig.defaults(0)
                .withBaseUrl("https://news.example.org")
                .withRateLimits(RateLimit.off(), RateLimit.off()));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void everyPageIsValidHtml5WithoutWarnings() throws Exception {
    Html5Validator validator = Html5Validator.get();
    Map<String, List<String>> problems = new LinkedHashMap<>();
    // The Korean story page, whose chrome is Korean, is among them.
    assertThat(SitePages.html(data))
        .anyMatch(p -> p.startsWith("/stories/" + FixtureSiteData.KOREAN + "/"));
    for (String path : SitePages.html(data)) {
      Html5Validator.Report r = validator.check(http.get(path).body());
      List<String> all = new ArrayList<>(r.errors());
      // This 2020 checker still warns that date inputs are not supported everywhere; every
      // current browser supports them, and an unsupported one shows a text box that still works.
      r.warnings().stream()
          .filter(w -> !w.contains("The “date” input type is not supported in all browsers"))
          .forEach(all::add);
      if (!all.isEmpty()) {
        problems.put(path, all);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckerDoesCatchInvalidPages() throws Exception {
    Html5Validator.Report r =
        Html5Validator.get()
            .check(
                "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p><img src=x></body></html>");
    assertThat(r.errors()).anyMatch(e -> e.contains("“img” element must have an “alt” attribute"));
  }

  @Test
  void headingsStartAtOneH1AndNeverSkipALevel() throws Exception {
    for (String path : SitePages.html(data)) {
      Document doc = Jsoup.parse(http.get(path).body());
      List<Integer> levels = new ArrayList<>();
      for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
        levels.add(h.tagName().charAt(1) - '0');
      }
      assertThat(levels).as(path).isNotEmpty();
      assertThat(levels.get(0)).as(path).isEqualTo(1);
      assertThat(levels.stream().filter(l -> l == 1).count()).as(path).isEqualTo(1);
      for (int i = 1; i < levels.size(); i++) {
        assertThat(levels.get(i))
            .as(path + " heading " + i)
            .isLessThanOrEqualTo(levels.get(i - 1) + 1);
      }
      assertThat(doc.selectFirst("html").attr("lang")).as(path).isNotEmpty();
      assertThat(doc.select("img:not([alt])")).as(path).isEmpty();
    }
  }

  @Test
  void storyHeadHasEverythingSearchAndSocialNeed() throws Exception {
    Document doc = Jsoup.parse(http.get("/stories/" + FixtureSiteData.MAIN).body());
    String canonical =
        "https://news.example.org/stories/s-flood-barrier/lowmoor-closes-its-new-tidal-barrier-as-a-storm-surge-reaches-the-estuary";
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.title())
        .isEqualTo(
            "Lowmoor closes its new tidal barrier as a storm surge reaches the estuary | Lede");
    assertThat(doc.selectFirst("meta[name=description]").attr("content"))
        .startsWith("Lowmoor closed its new tidal barrier");
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
    assertThat(doc.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(doc.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(canonical);
    assertThat(doc.selectFirst("meta[property=article:published_time]").attr("content"))
        .endsWith("Z");
    assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    assertThat(doc.selectFirst("meta[name=twitter:title]").attr("content"))
        .startsWith("Lowmoor closes");

    JsonNode ld = JSON.readTree(doc.selectFirst("script[type=application/ld+json]").data());
    assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.get("headline").asText()).isEqualTo(doc.selectFirst("h1").text());
    WrittenStoryDates dates = new WrittenStoryDates(data.story(FixtureSiteData.MAIN).get());
    assertThat(ld.get("datePublished").asText()).isEqualTo(dates.published());
    assertThat(ld.get("dateModified").asText()).isEqualTo(dates.modified());
    assertThat(ld.get("author").get("@type").asText()).isEqualTo("Organization");
    assertThat(ld.get("author").get("name").asText()).isEqualTo("Lede");
    List<String> basedOn = new ArrayList<>();
    ld.get("isBasedOn").forEach(n -> basedOn.add(n.asText()));
    assertThat(basedOn)
        .containsExactlyElementsOf(
            data.story(FixtureSiteData.MAIN).get().story().sources().stream()
                .map(s -> s.url())
                .toList());
  }

  record WrittenStoryDates(String published, String modified) {
    WrittenStoryDates(StoryPage p) {
      this(
          p.story().datePublished().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
          p.story().dateModified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    }
  }

  @Test
  void feedsAndSitemapsAreWellFormedXmlOfTheRightShape() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var b = f.newDocumentBuilder();
    org.w3c.dom.Document rss =
        b.parse(new InputSource(new StringReader(http.get("/rss.xml").body())));
    assertThat(rss.getDocumentElement().getTagName()).isEqualTo("rss");
    assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
    assertThat(rss.getElementsByTagName("item").getLength()).isEqualTo(data.topStories(100).size());
    org.w3c.dom.Document atom =
        b.parse(new InputSource(new StringReader(http.get("/atom.xml").body())));
    assertThat(atom.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
    org.w3c.dom.Document sitemap =
        b.parse(new InputSource(new StringReader(http.get("/sitemap.xml").body())));
    assertThat(sitemap.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
    assertThat(sitemap.getElementsByTagNameNS("*", "loc").item(0).getTextContent())
        .isEqualTo("https://news.example.org/");
    org.w3c.dom.Document news =
        b.parse(new InputSource(new StringReader(http.get("/news-sitemap.xml").body())));
    assertThat(
            news.getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "news")
                .getLength())
        .isGreaterThan(0);
    assertThat(http.get("/robots.txt").body())
        .contains("Sitemap: https://news.example.org/sitemap.xml\n")
        .contains("Sitemap: https://news.example.org/news-sitemap.xml\n");
  }
}
