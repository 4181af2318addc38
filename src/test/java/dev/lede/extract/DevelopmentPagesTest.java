package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.bench.ExtractionDev;
import dev.lede.bench.ExtractionEval;
import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Extraction rules shown on the real pages they were written from: trafilatura-eval development
 * pages (read in place from {@code ../shared/data/extraction/trafilatura-eval}; skipped when
 * absent), never held-out ones ({@link ExtractionDev#heldOut}). Each test names the page file and
 * checks its gold snippets: the "with" ones must be in the text, the "without" ones named must not.
 */
@Slow
class DevelopmentPagesTest {
  private static ExtractionEval.SnippetDoc page(String file) {
    assertThat(ExtractionDev.heldOut(file)).as("%s is a held-out page", file).isFalse();
    return ExtractionEval.trafilatura(SharedData.require("extraction/trafilatura-eval")).stream()
        .filter(d -> d.id().equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError(file + " is not in trafilatura-eval"));
  }

  private static String text(ExtractionEval.SnippetDoc d) {
    return ExtractionEval.norm(Extractor.extract(d.bytes(), Optional.empty(), d.url()).text());
  }

  private static void assertWanted(ExtractionEval.SnippetDoc d, String text) {
    for (String s : d.with()) {
      assertThat(text).as("%s keeps %s", d.id(), s).contains(ExtractionEval.norm(s));
    }
  }

  private static void assertKeepsWantedAndDropsUnwanted(String file) {
    ExtractionEval.SnippetDoc d = page(file);
    String text = text(d);
    assertWanted(d, text);
    assertUnwanted(d, text);
  }

  private static void assertUnwanted(ExtractionEval.SnippetDoc d, String text) {
    for (String s : d.without()) {
      assertThat(text).as("%s drops %s", d.id(), s).doesNotContain(ExtractionEval.norm(s));
    }
  }

  @Test
  void aPageThatRendersItsArticleByScriptGivesTheArticleFromItsJsonLd() {
    // scmp.com, 20 January 2020: the markup holds a 492-character teaser, the JSON-LD
    // articleBody the whole opinion piece.
    ExtractionEval.SnippetDoc d = page("scmp.com.playbook.html");
    String text = text(d);

    assertWanted(d, text);
    assertThat(text).doesNotContain("By registering, you agree to");
  }

  @Test
  void lettersWrittenAsABaseAndACombiningMarkComeOutComposed() {
    // ukbdnews.com, 29 August 2020, Bengali: the page writes "য়" and "ড়" as a base letter and a
    // nukta; the gold (like any search over the text) has the composed letters.
    ExtractionEval.SnippetDoc d = page("ukbdnews.com.23646.html");

    assertWanted(d, text(d));
  }

  @Test
  void sectionsNamedAfterTheirHeadingsAreReadEvenWhenTheNameSoundsLikeFurniture() {
    // readability test page "mercurial" (Mercurial's evolve guide, Sphinx): its sections have ids
    // such as sharing-with-a-single-developer and getting-into-trouble-with-shared-mutable-history,
    // which the share-button hints matched; Lede kept 14% of the expected text.
    ExtractionEval.ReadabilityDoc d =
        ExtractionEval.readability(SharedData.require("extraction/readability-test-pages")).stream()
            .filter(r -> r.id().equals("mercurial"))
            .findFirst()
            .orElseThrow();
    assertThat(ExtractionDev.heldOut(d.id())).isFalse();
    ExtractedPage page =
        Extractor.extract(d.bytes(), Optional.empty(), "http://fakehost/test/page.html");

    assertThat(ExtractionEval.tokenPrf(page.text(), d.expectedText())[1])
        .as("token recall")
        .isGreaterThan(0.9);
    assertThat(page.text()).contains("Oops! Bob has won the race to push first to public.");
  }

  @Test
  @Timeout(120)
  void aBoxOfLinksInsideTheArticleGoesWithTheUnlinkedLinesItHolds() {
    // Readability's conditional cleaning (LinkHeavyBoxes): inside the selected article a div with
    // more than a fifth of its text in links and few commas is dropped whole. travanto.de (holiday
    // home Feinen, Lierfeld): "Travanto Buchungshotline:" heads the phone box beside the
    // description; mein-schoener-garten.de (Topinambur harvest): "Empfehlungen aus dem MEIN
    // SCHÖNER GARTEN-Shop" heads a box of product links; dw.com/fr (elephants in Guinea-Conakry):
    // "Permalien https://p.dw.com/p/RPYx" sits in a link list. Each line has no link of its own,
    // so the per-line link filter kept it.
    assertKeepsWantedAndDropsUnwanted("travanto.de.ferienhaus-feinen.html");
    assertKeepsWantedAndDropsUnwanted("mein-schoener-garten.de-topinabur.html");
    assertKeepsWantedAndDropsUnwanted("dw.com-elephants.html");
  }

  @Test
  void aGalleryOfOtherStoriesInsideTheArticleGoesWholeWhenItsClassWeighsAgainstContent() {
    // readability test page bug-1255978 (The Independent, hotel secrets): inside the article sits
    // a 50-picture gallery of other business news (<div class="media-prefix icon-gallery">), its
    // captions full of commas and prose; Readability drops it for its class alone, and its text
    // outweighed the article's own five to one.
    ExtractionEval.ReadabilityDoc d =
        ExtractionEval.readability(SharedData.require("extraction/readability-test-pages")).stream()
            .filter(r -> r.id().equals("bug-1255978"))
            .findFirst()
            .orElseThrow();
    assertThat(ExtractionDev.heldOut(d.id())).isFalse();
    ExtractedPage page =
        Extractor.extract(d.bytes(), Optional.empty(), "http://fakehost/test/page.html");

    assertThat(page.text())
        .contains("Bedbugs love wood.")
        .doesNotContain("Business news in pictures")
        .doesNotContain("Production of the next Star Wars movie");
    assertThat(ExtractionEval.tokenPrf(page.text(), d.expectedText())[0])
        .as("token precision")
        .isGreaterThan(0.95);
  }

  @Test
  @Timeout(120)
  void aTableOfLinksInsideTheArticleIsData() {
    // stardewvalleywiki.com, Penny: her gift table links every item and has few commas; as in
    // Readability, a table (and what it holds) is never cleaned as a link box, so "A fermented
    // beverage made from honey." (the description of Mead) stays.
    assertKeepsWantedAndDropsUnwanted("stardewvalleywiki.com.penny.html");
  }

  @Test
  void aRelatedPostsBoxNamedAfterItsHeadingIsStillDropped() {
    // novalanalove.com, ear-candy: <div id="related_posts"><h3>Related Posts</h3>: a two-word
    // slug is the furniture's name, not a section's.
    ExtractionEval.SnippetDoc d = page("novalanalove.com.ear-candy.html");

    assertThat(text(d)).doesNotContain("Jetzt heißt es schnell sein:");
  }

  @Test
  void softHyphensBetweenSyllablesAreLeftOut() {
    // weinkenner.de, St. Magdalener (January 2022): a hyphenation plugin put &shy; between the
    // syllables of every word ("Ita&shy;li&shy;ens"); the text reads "Italiens".
    ExtractionEval.SnippetDoc d = page("weinkenner.de-st.magdalener.html");
    String text = text(d);

    assertWanted(d, text);
    assertThat(text).doesNotContain("\u00AD");
  }

  @Test
  @Timeout(120)
  void aPageReadWholeKeepsTheShortLinesOfItsProseBoxes() {
    // vinosytapas.de, D.O.Ca. Rioja (February 2020): no container wins, so the page-wide fallback
    // reads it; the short line opening the rules on ageing and the header cells of their table sit
    // in the description box among its paragraphs, but with no paragraph on both sides, and were
    // lost.
    ExtractionEval.SnippetDoc d = page("vinosytapas.de.rioja.html");
    String text = text(d);

    assertWanted(d, text);
    assertThat(text).doesNotContain("Ihr Warenkorb ist leer");
  }

  @Test
  @Timeout(120)
  void aShortHeadingBeforeALinkListIsNotTakenForProse() {
    // arteradio.com, "La voix des nuls" (May 2019), read page-wide: "Vous aimerez aussi" sits in
    // the prose box but titles a list of other podcasts.
    ExtractionEval.SnippetDoc d = page("arteradio.com-nuls.html");
    String text = text(d);

    assertWanted(d, text);
    assertThat(text).doesNotContain("Vous aimerez aussi");
  }

  @Test
  @Timeout(120)
  void aSentenceLongDeckBeforeTheArticleBodyIsItsStandfirst() {
    // thelocal.se, 28 April 2020: the standfirst is an <h2 class="article-single__excerpt"> of 198
    // characters before the article body; leads were taken only from paragraphs.
    ExtractionEval.SnippetDoc d = page("thelocal.se.tattooed.html");
    String text = text(d);

    assertWanted(d, text);
    assertThat(text).doesNotContain("The latest news about the coronavirus outbreak");
  }

  @Test
  @Timeout(120)
  void aStandfirstInAPageLevelHeaderBeforeTheArticleIsItsLead() {
    // evref.ch (Synod of the EKS): the lead paragraph sits in a <header> that is a child of <body>,
    // beside the article's box rather than inside one of its ancestors.
    assertKeepsWantedAndDropsUnwanted("evref.ch-ökumene.html");
  }

  @Test
  @Timeout(120)
  void anAddressWrittenOutAsALinkIsTextNotNavigation() {
    // die-partei.net (Lübeck, 31 May 2012): the post ends with the petition's address as a link
    // whose text is the address itself; counted as link text, its paragraph was dropped as a link.
    ExtractionEval.SnippetDoc d = page("die-partei.net.luebeck.html");
    String text = text(d);

    assertWanted(d, text);
    assertThat(text).doesNotContain("Steuerdarling");
  }

  @Test
  @Timeout(120)
  void anArticleSplitIntoMarkedPartsKeepsThePartsAfterTheLongest() {
    // theatlantic.com, 23 August 2020: the essay is three <section itemprop="articleBody"> parts
    // between ad slots; the longest was taken with the prose before it, and the closing part
    // ("What's happening in California has a name: climate change.") was lost.
    ExtractionEval.SnippetDoc d = page("theatlantic.com.disasters.html");
    String text = text(d);

    assertWanted(d, text);
    assertThat(text).doesNotContain("Subscribe and support 162 years of independent journalism");
  }

  @Test
  @Timeout(120)
  void aGalleryWhoseCaptionsAreItsTextKeepsTheCaptions() {
    // popsugar.co.uk, 90+ DIY Halloween costumes (30 October 2020, AMP): each costume is a
    // <figure class="flat-slide"> whose <figcaption> holds its description; the captions are most
    // of the page's own text, and were dropped as photo captions, leaving the intro alone.
    ExtractionEval.SnippetDoc d = page("popsugar.co.uk.halloween.html");
    String text = text(d);

    assertThat(text)
        .contains("thanks to these genius ideas. This year")
        .contains("With a bowler hat, a set of false lashes")
        .contains("What you need: A red jumper with a white collar and black headband");
    assertUnwanted(d, text);
  }

  @Test
  @Timeout(120)
  void aMatchsLiveCommentaryIsTheArticleThoughItsBoxIsNamedForComments() {
    // sports.fr, Lorient - Olympique Lyonnais live page: the minute-by-minute entries sit in
    // <div class="live-match-comments">, which the comment hints dropped, leaving 291 characters.
    assertKeepsWantedAndDropsUnwanted("sports.fr.lorient.html");
  }

  @Test
  @Timeout(120)
  void aMagazinesPitchForItsOwnIssueInsideTheArticleIsDropped() {
    // reiterrevue.de, Heulage (2020): between two paragraphs on haylage a box says "Heu ist die
    // Grundlage ... lesen Sie in unserer Februar-Ausgabe. Das Heft können Sie hier
    // versandkostenfrei bestellen.", a teaser for the print issue that read as prose.
    assertKeepsWantedAndDropsUnwanted("reiterrevue.de-heulage.html");
  }

  @Test
  @Timeout(120)
  void aBlogsAppealForSupportAfterTheArticleIsDropped() {
    // lacrux.com, Mammut signs Adam Ondra (2020): "Gefällt dir unser Klettermagazin? Bei der
    // Lancierung von LACRUX haben wir entschieden, keine Bezahlschranke ..." closes the article
    // inside its container, 245 characters, too long for the share phrases' 90.
    ExtractionEval.SnippetDoc d = page("lacrux.com-mammut.html");
    String text = text(d);

    assertWanted(d, text);
    assertThat(text).doesNotContain("Gefällt dir unser Klettermagazin?");
  }

  @Test
  @Timeout(120)
  void theHeadingOfAListOfSourcesIsACreditLine() {
    // careelite.de, Flächenverbrauch für Fleisch (2021): the article ends with "Quellenangaben:"
    // over its list of links; the links were dropped as link-dense, the heading stayed alone.
    assertKeepsWantedAndDropsUnwanted("careelite.de-flaechenverbrauch.html");
  }

  @Test
  @Timeout(120)
  void aPublicationRowOfDatesBesideTheArticleIsMetadataNotText() {
    // readability test page "schema-org-context-object" (NBC News, Seoul, 7 December 2024): above
    // the body a row "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC", two dates
    // and a label, longer than a one-date line; the expected text leaves it out.
    ExtractionEval.ReadabilityDoc d =
        ExtractionEval.readability(SharedData.require("extraction/readability-test-pages")).stream()
            .filter(r -> r.id().equals("schema-org-context-object"))
            .findFirst()
            .orElseThrow();
    assertThat(ExtractionDev.heldOut(d.id())).isFalse();
    ExtractedPage page =
        Extractor.extract(d.bytes(), Optional.empty(), "http://fakehost/test/page.html");

    assertThat(page.text()).doesNotContain("Updated Dec. 7, 2024");
    assertThat(page.text())
        .contains("SEOUL, South Korea — A plan to impeach South Korean President Yoon Suk Yeol");
    assertThat(page.published()).isPresent();
  }

  @Test
  @Timeout(120)
  void paragraphsPastedFromWordAndACommentsBodyAreNotTakenForTheArticlesContainer() {
    // readability test page "aclu" (ACLU blog, "Facebook Is Tracking Me Even Though I'm Not on
    // Facebook", 2018): every paragraph carries Word's class="MsoBodyText" and every comment
    // <div class="field-comment-body text-area">, both read as article-body classes; the longest
    // comment was taken as the article, with its section, and the post's short paragraphs lost.
    ExtractionEval.ReadabilityDoc d =
        ExtractionEval.readability(SharedData.require("extraction/readability-test-pages")).stream()
            .filter(r -> r.id().equals("aclu"))
            .findFirst()
            .orElseThrow();
    assertThat(ExtractionDev.heldOut(d.id())).isFalse();
    ExtractedPage page =
        Extractor.extract(d.bytes(), Optional.empty(), "http://fakehost/test/page.html");

    assertThat(page.text())
        .contains("This is, in essence, exactly what Cambridge Analytica did.")
        .doesNotContain("Employment Tampering");
    assertThat(ExtractionEval.tokenPrf(page.text(), d.expectedText())[0])
        .as("token precision")
        .isGreaterThan(0.95);
  }

  @Test
  @Timeout(120)
  void aParagraphMarkedAsBodyTextIsNotTheArticlesContainer() {
    // ekhn.de, EKD-Papier fordert Reform der Pflegefinanzierung (2021, TYPO3): every paragraph is
    // <p class="bodytext">; the longest was taken as the container with the prose before it, and
    // the heading between the paragraphs, "Fragen für den Bewährungstest des Sozialstaates", lost.
    assertKeepsWantedAndDropsUnwanted("ekhn.de-Pflegefinanzierung.html");
  }

  @Test
  @Timeout(120)
  void aDonationAppealClosingThePageIsDropped() {
    // wordsmith.org, A.Word.A.Day "maudlin": after the word's entry, "Help us continue to spread
    // the magic of words to readers everywhere" over a donate button sits in the entry's box.
    assertKeepsWantedAndDropsUnwanted("wordsmith.org.maudlin.html");
  }

  @Test
  @Timeout(120)
  void aPhotoCreditWrittenAsCopyrightIsACreditLine() {
    // leichtathletik-berlin.de, "Norddeutschland sucht seine Meister" (press release): the photo
    // credit under the text reads "Copyright: Gisele Wender", like "Foto: ..." or "Credit: ...".
    assertKeepsWantedAndDropsUnwanted("leichtathletik-berlin.de-norddeutschland.html");
  }
}
