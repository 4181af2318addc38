package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.lang.LanguageDetector;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractorTest {
  static final String P1 =
      "The city council voted on Tuesday to rebuild the old harbour bridge, ending a decade of"
          + " debate about the crossing that carries twelve thousand cars a day.";
  static final String P2 =
      "Engineers said the new span would take three years to build, and that traffic would be"
          + " diverted to the ferry while the old deck is taken down in sections.";
  static final String P3 =
      "Residents who live near the approach roads asked for noise barriers, which the council"
          + " promised to include in the tender published next spring.";

  private static String page(String head, String articleExtras) {
    return "<!doctype html><html><head>"
        + head
        + "</head><body>"
        + "<header class=\"site-header\"><a href=\"/\">Harbour Times</a>"
        + "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
        + "</ul></nav></header>"
        + "<div id=\"cookie-banner\"><p>We use cookies to improve your experience. Accept all"
        + " cookies?</p><button>Accept</button></div>"
        + "<main><article><h1>Council backs new harbour bridge</h1>"
        + "<div class=\"byline\">By Jane Doe</div>"
        + "<div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a>"
        + "<a href=\"#\">Tweet this</a></div>"
        + "<div class=\"article-body\"><p>"
        + P1
        + "</p>"
        + "<div class=\"ad-slot\"><p>Advertisement: buy the best sofas at Sofa World today,"
        + " limited offer for readers.</p></div>"
        + "<p>"
        + P2
        + "</p><p>"
        + P3
        + "</p>"
        + articleExtras
        + "</div>"
        + "<div class=\"related-articles\"><h3>Related</h3><ul>"
        + "<li><a href=\"/a\">Ferry prices rise again for island commuters</a></li>"
        + "<li><a href=\"/b\">Harbour festival returns this summer</a></li></ul></div>"
        + "</article>"
        + "<section id=\"comments\"><h2>Comments</h2><div class=\"comment\"><p>This is a"
        + " waste of money, they should fix the potholes on my street first before anything"
        + " else happens.</p></div></section></main>"
        + "<aside class=\"sidebar\"><h3>Most read</h3><p>Local team wins the cup after a"
        + " dramatic penalty shoot-out in the final minute.</p></aside>"
        + "<footer><p>Copyright 2024 Harbour Times. All rights reserved.</p></footer>"
        + "</body></html>";
  }

  @Test
  void mainTextKeepsArticleParagraphsAndDropsBoilerplate() {
    ExtractedPage page =
        Extractor.extract(page("<title>Bridge</title>", ""), "https://example.org/a");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(page.text())
        .doesNotContain("cookies")
        .doesNotContain("Sport")
        .doesNotContain("Share on Facebook")
        .doesNotContain("Sofa World")
        .doesNotContain("Ferry prices")
        .doesNotContain("potholes")
        .doesNotContain("penalty")
        .doesNotContain("Copyright");
  }

  @Test
  void aPageDeclaringNoLanguageIsToldByThePipelinesOneDetector() {
    String es =
        "El presidente dijo que el gobierno no hablará con la oposición en esta semana, "
            + "pero que los ministros se reunirán con los alcaldes de las regiones del norte.";
    ExtractedPage page =
        Extractor.extract("<html><body><article><p>" + es + "</p></article></body></html>", "");
    assertThat(page.language())
        .isEqualTo(LanguageDetector.guess(page.title().orElse("") + "\n" + es));
    assertThat(page.language()).contains("es");
    ExtractedPage unsure =
        Extractor.extract("<html><body><article><p>12345 67890</p></article></body></html>", "");
    assertThat(unsure.language()).isEmpty();
  }

  @Test
  void headingsListsAndTablesInsideTheArticleAreKept() {
    String extras =
        "<h2>What happens next</h2><ul><li>Tender published in spring</li>"
            + "<li>Construction starts in autumn</li></ul>"
            + "<table><tr><td>Cost</td><td>120 million</td></tr></table>";
    ExtractedPage page = Extractor.extract(page("", extras), "");

    assertThat(page.paragraphs())
        .contains(
            "What happens next", "Tender published in spring", "Construction starts in autumn");
    assertThat(page.paragraphs()).contains("Cost | 120 million");
  }

  @Test
  void lineBreaksSplitParagraphsWhenDoubled() {
    String html =
        "<html><body><div class=\"post-content\">"
            + P1
            + "<br>"
            + P2
            + "<br><br>"
            + P3
            + "</div></body></html>";
    ExtractedPage page = Extractor.extract(html, "");

    assertThat(page.paragraphs()).containsExactly(P1 + "\n" + P2, P3);
  }

  @Test
  void metadataComesFromJsonLd() {
    String head =
        "<title>Council backs new harbour bridge | Harbour Times</title>"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Harbour Times\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Council backs new harbour bridge\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
            + "{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
            + "\"datePublished\":\"2024-03-05T09:30:00+01:00\","
            + "\"dateModified\":\"2024-03-06T10:00:00Z\","
            + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"/img/bridge.jpg\"}}]}</script>";
    ExtractedPage page = Extractor.extract(page(head, ""), "https://example.org/news/bridge");

    assertThat(page.title()).contains("Council backs new harbour bridge");
    assertThat(page.byline()).contains("Jane Doe, John Roe");
    assertThat(page.published()).contains(Instant.parse("2024-03-05T08:30:00Z"));
    assertThat(page.modified()).contains(Instant.parse("2024-03-06T10:00:00Z"));
    assertThat(page.leadImage()).contains("https://example.org/img/bridge.jpg");
    assertThat(page.siteName()).contains("Harbour Times");
  }

  @Test
  void metadataComesFromMetaTags() {
    String head =
        "<title>Council backs new harbour bridge - Harbour Times</title>"
            + "<meta property=\"og:site_name\" content=\"Harbour Times\">"
            + "<meta name=\"author\" content=\"Jane Doe\">"
            + "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+0100\">"
            + "<meta name=\"description\" content=\"The old bridge will be replaced.\">"
            + "<meta property=\"og:image\" content=\"https://cdn.example.org/bridge.jpg\">"
            + "<link rel=\"canonical\" href=\"/news/bridge\">"
            + "<meta http-equiv=\"content-language\" content=\"en_GB\">";
    ExtractedPage page = Extractor.extract(page(head, ""), "https://example.org/news/bridge?x=1");

    assertThat(page.title()).contains("Council backs new harbour bridge");
    assertThat(page.byline()).contains("Jane Doe");
    assertThat(page.published()).contains(Instant.parse("2024-03-05T08:30:00Z"));
    assertThat(page.description()).contains("The old bridge will be replaced.");
    assertThat(page.leadImage()).contains("https://cdn.example.org/bridge.jpg");
    assertThat(page.canonicalUrl()).contains("https://example.org/news/bridge");
    assertThat(page.language()).contains("en-GB");
  }

  @Test
  void bylineAndDateFallBackToMarkup() {
    String extras = "<p><time datetime=\"2024-03-05\">5 March</time></p>";
    ExtractedPage page = Extractor.extract(page("<title>x</title>", extras), "");

    assertThat(page.byline()).contains("Jane Doe");
    assertThat(page.published()).contains(Instant.parse("2024-03-05T00:00:00Z"));
  }

  @Test
  void siteNameIsRemovedFromTheFrontOfTheTitleToo() {
    String html =
        "<html><head><title>Harbour Times » Council backs new harbour bridge</title></head>"
            + "<body><p>"
            + P1
            + "</p></body></html>";
    ExtractedPage page = Extractor.extract(html, "https://www.harbourtimes.com/a");

    assertThat(page.title()).contains("Council backs new harbour bridge");
  }

  @Test
  void koreanPageWithoutDeclaredLanguageIsGuessedAsKorean() {
    String text =
        "서울시는 화요일 한강 다리를 새로 짓기로 결정했다. 시의회는 십 년 동안 이어진 논쟁을"
            + " 끝내고 새 다리 건설 예산을 승인했다. 공사는 삼 년이 걸릴 것으로 예상되며, 그동안"
            + " 차량은 임시 우회로를 이용하게 된다. 주민들은 소음 방지벽 설치를 요구했다.";
    String html =
        "<html><head><title>한강 새 다리 건설 확정 - 한국일보</title></head><body>"
            + "<div class=\"article-body\"><p>"
            + text
            + "</p><p>"
            + text
            + "</p></div>"
            + "</body></html>";
    ExtractedPage page = Extractor.extract(html, "");

    assertThat(page.language()).contains("ko");
    assertThat(page.paragraphs()).containsExactly(text, text);
    assertThat(page.title()).contains("한강 새 다리 건설 확정");
  }

  @Test
  void brokenHtmlStillYieldsTheText() {
    String html =
        "<html><body><div class=\"entry-content\"><p>"
            + P1
            + "<p><b>"
            + P2
            + "<p>"
            + P3
            + "</div></span></table><div><p>";
    ExtractedPage page = Extractor.extract(html, "");

    assertThat(page.text()).contains(P1).contains(P2).contains(P3);
  }

  @Test
  void emptyInputGivesAnEmptyPage() {
    ExtractedPage page = Extractor.extract(new byte[0], Optional.empty(), "");

    assertThat(page.paragraphs()).isEmpty();
    assertThat(page.title()).isEmpty();
    assertThat(page.published()).isEmpty();
  }

  @Test
  void aPageWithNoArticleGivesItsOwnShortLinesButNotItsMenuOrHeadline() {
    // Only headings under the headline, or one bare line: no article to select, and the selection
    // drops trailing headings and a lone label; the page's own lines are still its text.
    String headings =
        "<html><body><ul class=\"menu\"><li><a href=\"/a\">Archive</a></li></ul>"
            + "<h1>Opening hours</h1><h2>Summer: daily 9 to 18</h2><img src=\"a.jpg\">"
            + "<h2>Winter: closed</h2></body></html>";
    String line = "<html><body><a href=\"/\">Home</a><p>Test</p></body></html>";

    assertThat(Extractor.extract(headings, "https://example.org/hours").paragraphs())
        .containsExactly("Summer: daily 9 to 18", "Winter: closed");
    assertThat(Extractor.extract(line, "https://example.org/test").paragraphs())
        .containsExactly("Test");
  }

  @Test
  void aFormulaInMathMlStaysInItsSentenceWithoutItsTexSource() {
    String html =
        "<html><body><article><p>"
            + P1
            + "</p><p>When <math><semantics><mi>a</mi><mo>≠</mo><mn>0</mn>"
            + "<annotation encoding=\"application/x-tex\">a \\neq 0</annotation></semantics></math>,"
            + " there are two solutions to the equation, and the reader can check both of them.</p>"
            + "<p>"
            + P2
            + "</p></article></body></html>";

    ExtractedPage page = Extractor.extract(html, "https://example.org/maths");

    assertThat(page.text()).contains("When a≠0, there are two solutions").doesNotContain("neq");
  }

  @Test
  void aShortLastLineOfThePageIsKept() {
    String html = "<html><body><a href=\"javascript:\"><p>abc</p><p>def</p>ghi</a></body></html>";

    assertThat(Extractor.extract(html, "").paragraphs()).containsExactly("abc", "def", "ghi");
  }

  @Test
  void fragmentParagraphsKeepEverythingButWidgets() {
    String fragment =
        "<p>"
            + P1
            + "</p><div class=\"sharedaddy\"><a href=\"#\">Share</a></div>"
            + "<ul><li>First point</li><li>Second point</li></ul><script>track()</script>"
            + "<p>Short closing line.</p>";

    List<String> paragraphs = Extractor.paragraphs(fragment);

    assertThat(paragraphs)
        .containsExactly(P1, "First point", "Second point", "Short closing line.");
  }

  @Test
  void nullArgumentsAreRejectedWithTheirName() {
    assertThatThrownBy(() -> Extractor.extract((String) null, ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("html must not be null");
    assertThatThrownBy(() -> Extractor.extract("<p>x</p>", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("baseUrl must not be null (use \"\" when unknown)");
    assertThatThrownBy(() -> Extractor.extract((byte[]) null, Optional.empty(), ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("body must not be null");
    assertThatThrownBy(() -> Extractor.paragraphs(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("htmlFragment must not be null");
  }

  @Test
  void aCanonicalLinkIsAlwaysAnHttpUrlNeverJavascriptOrFile() {
    for (String declared :
        List.of("javascript:alert(1)", " JaVaScRiPt:alert(2)", "file:///etc/passwd", "data:,x")) {
      String html =
          "<html><head><link rel=canonical href=\""
              + declared
              + "\"><meta property=og:url"
              + " content=\""
              + declared
              + "\"></head><body><p>Text.</p></body></html>";
      assertThat(Extractor.extract(html, "file:///tmp/page.html").canonicalUrl())
          .as(declared)
          .isEmpty();
      assertThat(Extractor.extract(html, "https://news.example.com/a").canonicalUrl())
          .as(declared)
          .isEmpty();
    }
  }

  @Test
  void aBaseHrefCountsOnlyOnThePagesOwnSite() {
    String page = "https://amp.news.example.com/2024/story.html";
    String otherSite =
        "<html><head><base href=\"https://victim.example.org/\"><link rel=canonical"
            + " href=\"real.html\"></head><body><p>Text.</p></body></html>";
    assertThat(Extractor.extract(otherSite, page).canonicalUrl())
        .hasValue("https://amp.news.example.com/2024/real.html");
    String sameSite =
        otherSite.replace("https://victim.example.org/", "https://www.example.com/x/");
    assertThat(Extractor.extract(sameSite, page).canonicalUrl())
        .hasValue("https://www.example.com/x/real.html");
    // Neighbours under a public suffix (github.io) are different sites.
    String neighbour = otherSite.replace("https://victim.example.org/", "https://bob.github.io/");
    assertThat(Extractor.extract(neighbour, "https://alice.github.io/post.html").canonicalUrl())
        .hasValue("https://alice.github.io/real.html");
    // A saved page read from a file keeps the base naming where it came from.
    assertThat(Extractor.extract(otherSite, "file:///tmp/saved.html").canonicalUrl())
        .hasValue("https://victim.example.org/real.html");
  }

  @Test
  void textInsideALinkToNowhereIsThePagesOwnButAScriptedMailLinkStaysALink() {
    String story =
        "<p>The harbour bridge closes for repairs on Monday, the council said, and the ferry"
            + " runs every twenty minutes until the work is done in the spring.</p>";
    ExtractedPage wrapped =
        Extractor.extract(
            "<html><body><a href=\"javascript:void(0)\">" + story + "</a></body></html>",
            "https://example.org/a");
    assertThat(wrapped.text()).startsWith("The harbour bridge closes");

    ExtractedPage mail =
        Extractor.extract(
            "<html><body><article>"
                + story
                + "<p><a href=\"javascript:linkTo_UnCryptMailto('x')\">Jane Doe, press office"
                + "</a></p>"
                + story.replace("Monday", "Tuesday")
                + "</article></body></html>",
            "https://example.org/b");
    assertThat(mail.text()).doesNotContain("Jane Doe");
  }

  private static String scriptRendered(String articleBody, String visible) {
    return "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Council backs new harbour bridge\",\"articleBody\":\""
        + articleBody
        + "\"}</script></head><body><div id=\"app\"><article><p>"
        + visible
        + "</p><p>Register to read the whole story.</p></article></div></body></html>";
  }

  @Test
  void aPageShowingOnlyATeaserGivesTheWholeArticleFromItsJsonLd() {
    ExtractedPage page =
        Extractor.extract(
            scriptRendered(P1 + "\\n" + P2 + "\\n\\n" + P3, P1), "https://example.org/a");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void anArticleBodyInMarkupIsReadAsAFragment() {
    ExtractedPage page =
        Extractor.extract(
            scriptRendered("<p>" + P2 + "</p><p>" + P3 + " &amp; more.</p>", "Loading"),
            "https://example.org/a");

    assertThat(page.paragraphs()).containsExactly(P2, P3 + " & more.");
  }

  @Test
  void aSummaryInTheJsonLdDoesNotReplaceTheArticleOnThePage() {
    ExtractedPage page =
        Extractor.extract(
            scriptRendered(P1, P1 + "</p><p>" + P2 + "</p><p>" + P3), "https://example.org/a");

    assertThat(page.paragraphs()).startsWith(P1, P2, P3);
  }

  @Test
  void decomposedLettersAreComposed() {
    String decomposed = "Mu\u0308nchen: " + P1;
    ExtractedPage page =
        Extractor.extract(
            "<html><body><article><p>"
                + decomposed
                + "</p><p>"
                + P2
                + "</p></article></body>"
                + "</html>",
            "https://example.org/a");

    assertThat(page.paragraphs()).containsExactly("M\u00fcnchen: " + P1, P2);
  }

  @Test
  void softHyphensAndZeroWidthSpacesAreNoPartOfTheWords() {
    ExtractedPage page =
        Extractor.extract(
            "<html><body><article><p>Die Ita&shy;li&shy;en&shy;rei&shy;se\u200b beginnt. "
                + P1
                + "</p><p>"
                + P2
                + "</p></article></body></html>",
            "https://example.org/a");

    assertThat(page.paragraphs()).containsExactly("Die Italienreise beginnt. " + P1, P2);
  }
}
