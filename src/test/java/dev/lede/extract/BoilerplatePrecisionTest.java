package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The precision stages: furniture that sits inside the article container (credits, calls to
 * subscribe, related-article lists with excerpts, author bios, dateline rows) is dropped, and the
 * same words inside real article sentences are kept.
 */
class BoilerplatePrecisionTest {
  private static final String P1 = ExtractorTest.P1;
  private static final String P2 = ExtractorTest.P2;
  private static final String P3 = ExtractorTest.P3;

  private static ExtractedPage extract(String insideBody, String afterBody) {
    String html =
        "<html><body><main><article><h1>Council backs new harbour bridge</h1>"
            + "<div class=\"entry-content\"><p>"
            + P1
            + "</p>"
            + insideBody
            + "<p>"
            + P2
            + "</p><p>"
            + P3
            + "</p>"
            + afterBody
            + "</div></article></main></body></html>";
    return Extractor.extract(html, "https://example.org/a");
  }

  @Test
  void photoCreditsAndCallsToSubscribeAreDroppedFromTheArticleBody() {
    ExtractedPage page =
        extract(
            "<p>Photo: Jane Doe / AFP</p>",
            "<p>Subscribe now to our weekly edition for the full story.</p>"
                + "<p>Follow us on Twitter and Instagram for the latest updates.</p>");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void theSamePhrasesInsideALongArticleSentenceAreKept() {
    String sentence =
        "The mayor told reporters that residents should follow us on this journey, and that"
            + " anyone who wants to subscribe now to the council's newsletter about the works"
            + " will get weekly reports on progress, costs, closures and the ferry timetable"
            + " until the bridge opens again in three years, as promised in the tender.";
    ExtractedPage page = extract("<p>" + sentence + "</p>", "");

    assertThat(page.paragraphs()).contains(sentence);
  }

  @Test
  void aRelatedArticlesListWithLongExcerptsIsDroppedDespiteReadingLikeProse() {
    StringBuilder related = new StringBuilder("<ul class=\"related_post\">");
    for (int i = 0; i < 3; i++) {
      related
          .append("<li><a href=\"/r")
          .append(i)
          .append("\">Another story number ")
          .append(i)
          .append("</a> In this earlier report the ferry operator explained at length why fares")
          .append(" went up twice last year, citing fuel costs, crew wages and the repairs of")
          .append(" the old landing stage that were paid for by the port authority alone.</li>");
    }
    related.append("</ul>");
    ExtractedPage page = extract("", related.toString());

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void anAuthorBioBoxAndADatelineRowAreDropped() {
    ExtractedPage page =
        extract(
            "<div class=\"postmetadata\">Posted on Tuesday, 5 March 2024 by Jane Doe</div>",
            "<div class=\"saboxplugin-wrap\"><p>Jane Doe has covered the harbour, its ferries"
                + " and its bridges for the paper since 2009, and writes a weekly column about"
                + " the city's transport and how people get to work.</p></div>");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aTimeClassDoesNotMakeRecipeTimesOrContentIntoMetadata() {
    ExtractedPage page =
        extract("<div class=\"preparation__time\"><p>300 Minuten Wartezeit</p></div>", "");

    assertThat(page.paragraphs()).contains("300 Minuten Wartezeit");
  }
}
