package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who speaks in a sentence: the author's first person and anonymous quotations never publish. */
class VoicesTest {
  @Test
  void theAuthorsFirstPersonOutsideQuotationMarksIsNotTheStorysVoice() {
    assertThat(
            Voices.firstPersonOutsideQuotes(
                "In 1991, I wrote a cover story for the L.A. Weekly, \"In Search of Bettie Page.\""))
        .isTrue();
    assertThat(Voices.firstPersonOutsideQuotes("Well, here's something that we all knew."))
        .isTrue();
    assertThat(Voices.speaksForItself("Rockabilly cholas in my high school copied her style."))
        .isFalse();
  }

  @Test
  void firstPersonInsideAQuotationWithItsSpeakerIsFine() {
    String s =
        "\"I will not bring dishonor to the decision to spare my life,\" Nichols told the court.";
    assertThat(Voices.firstPersonOutsideQuotes(s)).isFalse();
    assertThat(Voices.speaksForItself(s)).isTrue();
    assertThat(Voices.speaksForItself("'I didn't know what was happening,' she said.")).isTrue();
  }

  @Test
  void theCountryAndCapitalisedWordsAreNoFirstPerson() {
    assertThat(Voices.firstPersonOutsideQuotes("The US Navy sent two ships to the area."))
        .isFalse();
    assertThat(Voices.firstPersonOutsideQuotes("She told People and Us Weekly on Friday."))
        .isFalse();
  }

  @Test
  void aQuotationNobodyIsSaidToHaveSaidIsAnonymous() {
    assertThat(Voices.unattributedQuote("\"We will rebuild this town together.\"")).isTrue();
    assertThat(Voices.unattributedQuote("\"I was shocked by what I saw in the street.")).isTrue();
    assertThat(Voices.unattributedQuote("\"We will rebuild,\" the mayor said on Monday."))
        .isFalse();
    assertThat(Voices.unattributedQuote("The mayor called the fire \"a tragedy for all of us.\""))
        .isFalse();
  }

  @Test
  void aQuotationSaidByHeOrSheLeansOnTheSentenceBefore() {
    assertThat(Voices.pronounSpeaker("\"It was a long night for all of us,\" he said.")).isTrue();
    assertThat(Voices.pronounSpeaker("\"It was a long night,\" said she.")).isTrue();
    assertThat(Voices.pronounSpeaker("\"It was a long night,\" Howard said.")).isFalse();
    assertThat(Voices.pronounSpeaker("He said the night was long.")).isFalse();
  }

  @Test
  void aSpacedApostropheOfTokenisedTextIsAPossessiveNotAnOpeningQuotation() {
    // Wikinews text is tokenised with spaces: "The Beatles ' Apple Corps", "Microsoft ' s".
    String lead =
        "The Beatles ' Apple Corps has filed a lawsuit against computer and electronics maker"
            + " Apple Computer in a London court this week.";
    assertThat(Voices.unattributedQuote(lead)).isFalse();
    assertThat(Voices.speaksForItself(lead)).isTrue();
    assertThat(Voices.outsideQuotes("It shipped at the same time as Microsoft ' s Longhorn."))
        .contains("Longhorn");
    // A quotation opened at once by a word is still one, closed or running to the end.
    assertThat(Voices.unattributedQuote("'We will rebuild this town together, all of us.'"))
        .isTrue();
    assertThat(Voices.outsideQuotes("He called it 'a long night for all of us'"))
        .doesNotContain("night");
  }

  @Test
  void anApostropheAfterAFullStopOrBeforeSIsAPossessiveNotAQuotation() {
    String s = "Harry Winston Diamond Corp.'s prestigious Paris store was stormed by four robbers.";
    assertThat(Voices.outsideQuotes(s)).isEqualTo(s);
    assertThat(Voices.outsideQuotes("He called it 'a total loss' on Friday."))
        .isEqualTo("He called it " + " ".repeat("'a total loss'".length()) + " on Friday.");
  }
}
