package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GluedLeadsTest {
  /** Dev Wikinews article 18 (even index), its first line as the page gives it. */
  private static final String IPOD =
      "The new iPod On Wednesday, Apple introduced an iPod capable of displaying video, as well as"
          + " a new video section to the iTunes music store.";

  @Test
  void aTitleGluedBeforeTheSentenceWithoutAStopIsReadAsTheSentenceItIs() {
    // The headline was "Apple CEO Steve Jobs believes this may have large impact", from the
    // article's second sentence: the first gave no headline with its title glued on.
    List<String> texts =
        ClauseCompression.candidates(IPOD, Headlines.HEADLINE_MAX).stream()
            .map(ClauseCompression.Compressed::text)
            .toList();

    assertThat(texts).contains("Apple introduces iPod capable of displaying video");
  }

  @Test
  void aCaptionGluedBeforeTheFirstSentenceEndsWhereItsCapitalisedTheStands() {
    // Dev FRANK dm-test-068f5298, the Daily Mail's picture caption before the article's first
    // sentence.
    String text =
        "People who have never been divorced can expect a retirement income 13% higher than a"
            + " colleague The cost of divorce can wreck retirement many years after the break-up of"
            + " a marriage, according to research.";

    assertThat(GluedLeads.sentenceStart(text)).isEqualTo(text.indexOf("The cost"));
  }

  @Test
  void aTitlesTheBeforeACapitalisedWordOpensNoSentence() {
    // Dev ECB+ 6_ecbplus: "The Hunger Games" is a film's title in mid-sentence.
    String text =
        "Despite reports last week that said director Gary Ross would definitely not be returning"
            + " to direct The Hunger Games sequel, Catching Fire, it seems he will be back at the"
            + " negotiating table with Lionsgate this week.";

    assertThat(GluedLeads.sentenceStart(text)).isEqualTo(-1);
    assertThat(GluedLeads.sentenceStart(IPOD)).isEqualTo(IPOD.indexOf("On Wednesday"));
  }

  @Test
  void aMonthAMagazineOrANewspaperInMidSentenceOpensNoSentence() {
    // Review of 805b841: capitalised stopwords that are names, and "The" before a paper's title.
    for (String text :
        List.of(
            "Toyota recalled 2,000 cars in May and the agency opened an investigation into it.",
            "Her representative told People the actress was doing well and resting at home.",
            "The singer told The Sun he was looking forward to the tour next year.",
            "The minister told The Sunday Times he would stand down before the election.")) {
      assertThat(GluedLeads.sentenceStart(text)).as(text).isEqualTo(-1);
    }
  }
}
