package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
  void aNoticeThatTheReadersBrowserIsOutdatedIsDropped() {
    ExtractedPage page =
        extract(
            "<p>Thank you for visiting example.org. You are using a browser version with limited"
                + " support for CSS. To obtain the best experience, we recommend you use a more up to"
                + " date browser.</p>",
            "<p>Ihr Browser ist veraltet. Bitte aktualisieren Sie ihn für mehr Sicherheit.</p>");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aServersPhpWarningsAndACommentLinkPrintedIntoThePageAreDropped() {
    ExtractedPage page =
        extract(
            "<br /><b>Warning</b>:  Creating default object from empty value in"
                + " <b>/www/htdocs/w0094d70/wp-includes/classes.php</b> on line <b>407</b><br />"
                + "<p><b>Deprecated</b>: preg_replace(): The /e modifier is deprecated in"
                + " <b>/www/htdocs/wp-includes/formatting.php</b> on line <b>82</b></p>",
            "<p><a href=\"#respond\">Kommentare schreiben</a></p>");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void anArticleSentenceAboutAPhpFileIsKept() {
    String sentence =
        "The council's developers found that the booking page failed because a script named"
            + " tickets.php on line 12 still called the old ferry timetable service, which had"
            + " been switched off in March, so residents saw a blank page for three weeks.";
    ExtractedPage page = extract("<p>" + sentence + "</p>", "");

    assertThat(page.paragraphs()).contains(sentence);
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

  @Test
  void fromAHeaderBoxTakenAlongOnlyTheStandfirstIsKeptNotItsKickerDateOrCredit() {
    String standfirst =
        "The city council voted on Tuesday to build a new bridge across the harbour, ending ten"
            + " years of debate about how to link the two halves of the town.";
    List<String> body = new ArrayList<>(List.of(P1, P2, P3));
    // Long enough (over 2,000 characters) that the container is used as selected.
    for (int i = 1; i <= 12; i++) {
      body.add(
          "In the "
              + i
              + ". part of the plan, the council set out how the works would be paid for,"
              + " which roads would close and when, and how residents would be told in advance.");
    }
    StringBuilder html =
        new StringBuilder(
            "<html><body><main><div class=\"single-header\"><span class=\"kicker\">Politics"
                + "</span><p>16 March 2021</p><p>"
                + standfirst
                + "</p><p>AFP</p></div><div class=\"post-content\" itemprop=\"articleBody\">");
    for (String p : body) html.append("<p>").append(p).append("</p>");
    html.append("</div></main></body></html>");

    ExtractedPage page = Extractor.extract(html.toString(), "https://example.org/a");

    List<String> expected = new ArrayList<>(List.of(standfirst));
    expected.addAll(body);
    assertThat(page.paragraphs()).containsExactlyElementsOf(expected);
  }

  @Test
  void aPageWhoseBodyIsInsideAnUnclosedNoscriptIsStillRead() {
    String html =
        "<html><body><noscript><div id=\"nojs\"><nav><a href=\"/\">Home</a></nav>"
            + "<div class=\"content\"><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></div></div><script>var x = 1;</script></body></html>";

    ExtractedPage page = Extractor.extract(html, "https://example.org/a");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aSmallNoscriptNoticeIsStillSkipped() {
    ExtractedPage page =
        extract("<noscript><p>Please enable JavaScript to view the comments.</p></noscript>", "");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aForumThreadWhosePostsAreMarkedUpAsCommentsKeepsThePostsButNotTheReplyForm() {
    String html =
        "<html><body><nav><a href=\"/\">Forum</a></nav><main><h1>Bridge closures</h1>"
            + "<div class=\"comment\"><div class=\"comment-text\">"
            + P1
            + "</div></div><div class=\"comment\"><div class=\"comment-text\">"
            + P2
            + "</div></div><div id=\"respond\"><h3>Leave a reply</h3><form><p>Log in to reply."
            + "</p></form></div></main></body></html>";

    ExtractedPage page = Extractor.extract(html, "https://forum.example.org/t/1");

    assertThat(page.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void commentsUnderAnArticleAreStillDropped() {
    ExtractedPage page =
        extract(
            "",
            "<div class=\"comments\"><div class=\"comment\"><p>What a waste of money, the"
                + " ferry works perfectly well and the council should spend the money on schools"
                + " and on the hospital instead of another bridge nobody asked for.</p></div>"
                + "</div>");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void captionsCreditsAndCopyrightLinesAreDroppedWhateverTheirMarkup() {
    String ferry = "The ferry will keep running until then, the operator said on Monday.";
    ExtractedPage page =
        extract(
            "<p><em>(Credit: Clayton Aldern / Grist)</em></p>"
                + "<p>Abbildung 4: klassische Schwachschicht im Schneeprofil</p>"
                + "<p>Figure 2: Emissions by sector</p>"
                + "<p>Harbour at dusk © Jane Doe | City Archive</p>"
                + "<p>"
                + ferry
                + "<span class=\"photo-credit\"> Photo: J. Doe</span></p>",
            "");

    assertThat(page.paragraphs()).containsExactly(P1, ferry, P2, P3);
  }

  @Test
  void aLineThatOnlyGivesADateIsDroppedButADateInASentenceOrATableCellStays() {
    String dated = "On 16 March 2021 the council met again and approved the second phase.";
    ExtractedPage page =
        extract(
            "<p>23.10.2018</p><p>Stand: 05. Februar 2020</p><p>16 marca 2021</p><p>"
                + dated
                + "</p><table><tr><td>Opening</td><td>23.10.2018</td></tr></table>",
            "");

    assertThat(page.paragraphs()).contains(dated, "Opening | 23.10.2018");
    assertThat(page.text()).doesNotContain("Stand:", "marca", "\n23.10.2018");
  }

  @Test
  void aRowOfADateBesideSourceAndAuthorNamesIsDroppedButADatedSentenceStays() {
    String dated = "Le Monde | 04.05.2015 | the council met again and approved the second phase.";
    ExtractedPage page =
        extract(
            "<p>Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin"
                + " Untersinger</p><p>"
                + dated
                + "</p>",
            "");

    assertThat(page.paragraphs()).contains(dated);
    assertThat(page.text()).doesNotContain("Mis à jour", "Par Martin");
  }

  @Test
  void aShortAuthorBoxWithoutProseIsDropped() {
    ExtractedPage page =
        extract(
            "",
            "<div id=\"author\"><p>Jane Doe</p><p>Medizinstudentin, Mutter und Bloggerin aus"
                + " Hamburg.</p></div>");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aTeaserEndingInAReadMoreLinkIsDroppedButAProseParagraphWithALinkStays() {
    String linked =
        "The harbour master said more details are in the <a href=\"/report\">council report</a>"
            + " published on Monday.";
    ExtractedPage page =
        extract(
            "<p>" + linked + "</p>",
            "<div><p>Summer is holiday time, and the singer spends it on a Greek island this year."
                + " See for yourself! <a href=\"/other\">Read more</a></p></div>");

    assertThat(page.text()).contains("council report published on Monday");
    assertThat(page.text()).doesNotContain("Greek island", "Read more");
  }

  @Test
  void inlineTagLinksAreDroppedButAnInlineSpanOfProseStays() {
    ExtractedPage page =
        extract(
            "<p>Filed under the council's harbour works, ferries and bridges:"
                + " <span class=\"tag-links\"><a href=\"/t/a\">leading edge</a></span></p>"
                + "<p>The works start in spring <span class=\"share-note\">and the ferry keeps"
                + " running</span> throughout.</p>",
            "");

    assertThat(page.text()).doesNotContain("leading edge");
    assertThat(page.text()).contains("and the ferry keeps running throughout");
  }

  @Test
  void aMembershipBoxGoesWholeWithItsButtonButAShortParagraphBesideItStays() {
    ExtractedPage page =
        extract(
            "<div class=\"note\"><p>We have been doing journalism for 106 years, and now it"
                + " matters more than ever.</p><p><a href=\"/join\">Become a member</a></p></div>",
            "<p>Thanks for reading, see you at the opening.</p>");

    assertThat(page.text()).doesNotContain("106 years", "Become a member");
    assertThat(page.text()).contains(P3, "Thanks for reading, see you at the opening.");
  }

  @Test
  void aShortClosingParagraphBeforeAShareBarIsKeptButAShortHeadingThereIsNot() {
    ExtractedPage page =
        extract(
            "",
            "<p>Cheers, the editors</p><div class=\"share-bar\"><a href=\"/s\">Share</a></div>"
                + "<h3>Elsewhere on the site</h3><div class=\"share-bar\"><a href=\"/t\">Tweet"
                + "</a></div>");

    assertThat(page.paragraphs()).contains("Cheers, the editors");
    assertThat(page.text()).doesNotContain("Elsewhere on the site");
  }

  /** More of the harbour-bridge article, so its text dwarfs a trailer. */
  private static final String MORE =
      "<p>The transport committee heard that the old deck, built in 1931, had been patched so"
          + " often that inspectors could no longer say how much load its girders would carry, and"
          + " that the weight limit set last winter had already pushed lorries onto the ring road."
          + "</p><p>Shop owners on the quay told the meeting that the three years of works would"
          + " cost them passing trade, and the council agreed to study a shuttle bus between the"
          + " ferry landing and the market square while the crossing is closed to traffic.</p>"
          + "<p>The harbour master said the ferry could carry about a third of the bridge's daily"
          + " traffic if it ran every twenty minutes, and asked the council to pay for a second"
          + " crew so that the boat could keep running late into the evening on market days.</p>"
          + "<p>Cyclists asked that the new span carry a separate lane, after two riders were hurt"
          + " on the narrow deck last year; the engineers said the wider design already allowed"
          + " for one, with a barrier between the lane and the road for its whole length.</p>"
          + "<p>The opposition group voted against the plan, saying the council should first have"
          + " repaired the old bridge, which a report in 2019 had priced at less than half of the"
          + " new crossing, and that the tender left too little time for local firms to bid.</p>"
          + "<p>The mayor answered that repairs would only have bought ten more years, and that"
          + " the national government would pay sixty per cent of a new bridge but nothing"
          + " towards patching the old one, which made the new span the cheaper choice.</p>"
          + "<p>Work on the approach roads is to start in the autumn, once the tender has been"
          + " awarded, and the old bridge will stay open to buses and bicycles until the new deck"
          + " is ready to take them, the council's project manager told the committee.</p>";

  @Test
  void whatFollowsAHeadingOfOtherArticlesAtTheEndOfTheArticleIsNotTheArticle() {
    // basicthinking.de (trafilatura-eval development page basicthinking.de.tweets.html): after the
    // post, "Auch interessant:" heads a list of other posts, then the site's job-board plug.
    String plug =
        "Wir tun jeden Tag, was wir lieben. Das kannst du auch! Über 20.000 Traumjobs in der IT-"
            + " und Digital-Welt warten nur auf dich in der BASIC thinking-Jobbörse. Gleich"
            + " reinschauen und entdecken!";
    ExtractedPage page =
        extract(
            MORE,
            "<p><strong>Auch interessant:</strong></p><ul>"
                + "<li><a href=\"/blog/2018/11/27/mehr-twitter-follower-tipps/\">14 Tipps, wie du"
                + " mehr Twitter-Follower bekommst</a></li><li><a href=\"/blog/2017/12/06/tweets\">"
                + "Das sind die neun erfolgreichsten Tweets des Jahres</a></li></ul><p></p><hr>"
                + "<h3>Deine Jobbörse in der Digital-Welt</h3><p><b>"
                + plug.replace(
                    "BASIC thinking-Jobbörse",
                    "<a href=\"/stellen/\">BASIC" + " thinking-Jobbörse</a>")
                + "</b></p>");

    assertThat(page.text()).doesNotContain("Traumjobs", "Deine Jobbörse", "Auch interessant");
    assertThat(page.paragraphs()).contains(P1, P2, P3);
  }

  @Test
  void aMoreOnTheTopicLineInMidArticleDoesNotEndIt() {
    // wmn.de (development page wmn.de.krankheit.html): "Mehr zum Thema Gesundheit:" above a link
    // to another story, and the article goes on; CNN's linked "Related: ..." lines alike.
    ExtractedPage page =
        extract(
            "<p>Mehr zum Thema Gesundheit:</p><p><a href=\"/health/schlaf\">So schläfst du"
                + " besser</a></p><p><a href=\"/related\">Related: Chicago is America's most"
                + " segregated city</a></p>"
                + MORE,
            "");

    assertThat(page.text()).contains("The transport committee heard", "Shop owners on the quay");
    assertThat(page.paragraphs()).contains(P1, P2, P3);
  }

  @Test
  void agencySignOffsAndCategoryRowsAreDropped() {
    ExtractedPage page = extract("<p>aja/PAP</p>", "<p>Category: Press Releases</p>");

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aPhotoCaptionInAnArticleIsDroppedButAGallerysCaptionsAreItsText() {
    ExtractedPage article =
        extract(
            "<figure><img src=\"a.jpg\"><figcaption>The harbour at dawn, seen from the old"
                + " lighthouse on the northern pier. Photo: Jane Doe</figcaption></figure>",
            "");
    String caption1 =
        "A red jumper with a white collar and a black headband turn you into a witch from the"
            + " television series.";
    String caption2 =
        "A green dress, a high bun and a small flower accessory make a princess from the fairy"
            + " tale in minutes.";
    String caption3 =
        "A cow-print skirt, a yellow long-sleeved top, a red hat and a brown belt are all a cowgirl"
            + " needs.";
    String gallery =
        "<html><body><article><h1>Costumes to make at home</h1><p>Three ideas.</p>"
            + "<div class=\"slides\">"
            + "<figure><img src=\"1.jpg\"><figcaption><p>"
            + caption1
            + "</p></figcaption></figure><figure><img src=\"2.jpg\"><figcaption><p>"
            + caption2
            + "</p></figcaption></figure><figure><img src=\"3.jpg\"><figcaption><p>"
            + caption3
            + "</p></figcaption></figure></div></article>"
            + "<footer><p>About us</p></footer></body></html>";

    assertThat(article.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(Extractor.extract(gallery, "https://example.org/g").paragraphs())
        .contains(caption1, caption2, caption3)
        .doesNotContain("About us");
  }

  @Test
  void liveCommentaryNamedForCommentsIsKeptWhileReadersCommentsAreDropped() {
    String entry1 =
        "12' The two sides are still feeling each other out in the opening minutes of the match.";
    String entry2 =
        "34' A corner for Lorient comes to nothing, and the keeper clears it far upfield.";
    ExtractedPage live =
        extract(
            "<div class=\"live-match-comments\"><div class=\"live-match-comment\"><p>"
                + entry1
                + "</p></div><div class=\"live-match-comment\"><p>"
                + entry2
                + "</p></div></div>",
            "");
    ExtractedPage comments =
        extract(
            "",
            "<div class=\"comments\"><div class=\"comment\"><p>"
                + entry1
                + "</p></div><div class=\"comment\"><p>"
                + entry2
                + "</p></div></div>");

    assertThat(live.paragraphs()).contains(entry1, entry2);
    assertThat(comments.paragraphs()).containsExactly(P1, P2, P3);
  }
}
