package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    for (Sentence s : sentences) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    return sentences.stream().map(Sentence::text).toList();
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    assertThat(split("Dr. Smith met J. R. R. Tolkien at No. 5 Downing Street. They talked."))
        .containsExactly("Dr. Smith met J. R. R. Tolkien at No. 5 Downing Street.", "They talked.");
    assertThat(split("George W. Bush spoke. Mr. Lee and Gen. Park listened."))
        .containsExactly("George W. Bush spoke.", "Mr. Lee and Gen. Park listened.");
  }

  @Test
  void dottedAbbreviationEndsASentenceOnlyBeforeAFunctionWord() {
    assertThat(split("The U.S. President arrived. He moved to the U.S. The company followed."))
        .containsExactly(
            "The U.S. President arrived.", "He moved to the U.S.", "The company followed.");
    assertThat(split("Apple Inc. said so. Shares of Apple Inc. rose."))
        .containsExactly("Apple Inc. said so.", "Shares of Apple Inc. rose.");
  }

  @Test
  void aTitleBeforeANameNeverEndsTheSentence() {
    assertThat(
            split(
                "\"He shot and killed another man,\" Vancouver police Const. Tim Fanning told a news"
                    + " conference. Nobody else was hurt."))
        .containsExactly(
            "\"He shot and killed another man,\" Vancouver police Const. Tim Fanning told a news"
                + " conference.",
            "Nobody else was hurt.");
    assertThat(
            split(
                "Det. Supt. Lee, Insp. Park, Sgt. Kim, Lt. Cho and Capt. Han met Dist. Atty. Steve"
                    + " Cooley. They talked."))
        .containsExactly(
            "Det. Supt. Lee, Insp. Park, Sgt. Kim, Lt. Cho and Capt. Han met Dist. Atty. Steve"
                + " Cooley.",
            "They talked.");
  }

  @Test
  void aTitleEndingALineJoinsTheNameOnTheNextLine() {
    assertThat(split("\"We have no idea,\" the Rev.\nLarry Kroon said.\nThe fire was out."))
        .containsExactly("\"We have no idea,\" the Rev.\nLarry Kroon said.", "The fire was out.");
  }

  @Test
  void anAllCapitalsStateIsNotATitle() {
    assertThat(split("She was at Fry's in Fountain Valley, CA. Dr. Lee was not."))
        .containsExactly("She was at Fry's in Fountain Valley, CA.", "Dr. Lee was not.");
  }

  @Test
  void tokenisedInitialismsStayInOneSentence() {
    assertThat(
            split("A jury convicted him of murdering L. A. County Sheriff's Deputy Jerry Ortiz."))
        .hasSize(1);
    assertThat(split("The star fooled an L. A Superior Court judge, a lawyer said. She left."))
        .containsExactly(
            "The star fooled an L. A Superior Court judge, a lawyer said.", "She left.");
    assertThat(split("Deputy D. A. Lowell Anger will seek the death penalty. The trial goes on."))
        .containsExactly(
            "Deputy D. A. Lowell Anger will seek the death penalty.", "The trial goes on.");
    assertThat(split("He moved to the U. S. The company followed."))
        .containsExactly("He moved to the U. S.", "The company followed.");
  }

  @Test
  void placeAndStreetAbbreviationsEndASentenceOnlyBeforeASentenceStarter() {
    assertThat(
            split("He lives in Seattle, Wash. The city is wet. Sen. Patty Murray, D-Wash. spoke."))
        .containsExactly(
            "He lives in Seattle, Wash.", "The city is wet.", "Sen. Patty Murray, D-Wash. spoke.");
    assertThat(
            split("He lives on Elm St. The house is old. He flew to St. Louis at 9 a.m. Monday."))
        .containsExactly(
            "He lives on Elm St.", "The house is old.", "He flew to St. Louis at 9 a.m. Monday.");
    assertThat(split("Martin Luther King Jr. Day fell on Sept. 5 this year. It rained."))
        .containsExactly("Martin Luther King Jr. Day fell on Sept. 5 this year.", "It rained.");
  }

  @Test
  void aNumberAbbreviationKeepsTheCodeAfterIt() {
    assertThat(split("He is charged in case No. VA089897 filed this morning. He pleaded."))
        .containsExactly("He is charged in case No. VA089897 filed this morning.", "He pleaded.");
  }

  @Test
  void aTokenisedDecimalStaysWholeButANumberCanStartASentence() {
    assertThat(
            split("The survey puts the magnitude at 6. 1.\nTen died in 2005. 12 people were hurt."))
        .containsExactly(
            "The survey puts the magnitude at 6. 1.", "Ten died in 2005.", "12 people were hurt.");
  }

  @Test
  void inATextThatSpacesAllItsFiguresADecimalBeforeAWordDoesNotEndASentence() {
    assertThat(
            split(
                "The 6. 1 - magnitude quake struck. He averaged 14. 4 points and 2. 1 steals in 2005."
                    + " 12 people saw it."))
        .containsExactly(
            "The 6. 1 - magnitude quake struck.",
            "He averaged 14. 4 points and 2. 1 steals in 2005.",
            "12 people saw it.");
  }

  @Test
  void aTextThatJoinsItsDecimalsStillEndsASentenceBeforeADigit() {
    assertThat(split("Shares fell 1.5 percent on day 4. 3 banks closed."))
        .containsExactly("Shares fell 1.5 percent on day 4.", "3 banks closed.");
  }

  @Test
  void aTimeEndingALineGoesOnWithItsDayOnTheNext() {
    assertThat(
            split(
                "Firefighters came at around 9:40 p.m.\nFriday night.\nOne man was hurt at 4 p.m.\nOne died."))
        .containsExactly(
            "Firefighters came at around 9:40 p.m.\nFriday night.",
            "One man was hurt at 4 p.m.",
            "One died.");
  }

  @Test
  void numbersAndDecimalsStayWhole() {
    assertThat(split("Prices rose 3.5% to $1,200.50 on Jan. 5 in the U.S.-based chain. Then fell."))
        .containsExactly(
            "Prices rose 3.5% to $1,200.50 on Jan. 5 in the U.S.-based chain.", "Then fell.");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(
            split(
                "\"All our channels are completely blocked,\" Lee Jae-myung said. Nobody replied."))
        .containsExactly(
            "\"All our channels are completely blocked,\" Lee Jae-myung said.", "Nobody replied.");
    assertThat(split("He said: \u201CIt is over.\u201D Then he left."))
        .containsExactly("He said: \u201CIt is over.\u201D", "Then he left.");
    assertThat(split("She said \"it is over.\" Then she left."))
        .containsExactly("She said \"it is over.\"", "Then she left.");
  }

  @Test
  void questionInsideAQuoteFollowedBySpeechVerbContinues() {
    assertThat(split("\"Why?\" Lee asked. \"Why not?\" he replied."))
        .containsExactly("\"Why?\" Lee asked.", "\"Why not?\" he replied.");
  }

  @Test
  void ellipsisEndsASentenceOnlyBeforeACapital() {
    assertThat(split("He paused... and went on. He waited... Then he left."))
        .containsExactly("He paused... and went on.", "He waited...", "Then he left.");
  }

  @Test
  void detokenisedWikinewsQuoteClosesAfterASpace() {
    String text = "Kroes said \" the Commission is in favour. \"\nApple agreed.";
    assertThat(split(text))
        .containsExactly("Kroes said \" the Commission is in favour. \"", "Apple agreed.");
  }

  @Test
  void koreanSentencesSplitAtDaPeriod() {
    String text = "버락 오바마 미국 제44대 대통령이 공식 취임하였다. 오바마는 38%를 득표하였다. 2008년 11월 4일, 대통령에 당선되었다.";
    assertThat(split(text))
        .containsExactly(
            "버락 오바마 미국 제44대 대통령이 공식 취임하였다.", "오바마는 38%를 득표하였다.", "2008년 11월 4일, 대통령에 당선되었다.");
  }

  @Test
  void chineseAndJapaneseMarksNeedNoSpace() {
    assertThat(split("中国国家主席今天在北京会见了美国总统。双方讨论了贸易问题！会谈顺利吗？"))
        .containsExactly("中国国家主席今天在北京会见了美国总统。", "双方讨论了贸易问题！", "会谈顺利吗？");
  }

  @Test
  void aJapaneseQuoteFollowedByItsQuotativeStaysInOneSentence() {
    assertThat(split("首相は「全力を尽くす。国民と共に進む。」と述べた。会見は30分続いた。"))
        .containsExactly("首相は「全力を尽くす。国民と共に進む。」と述べた。", "会見は30分続いた。");
  }

  @Test
  void aQuoteEndingOnAStopEndsTheSentenceWhenNothingHangsOnIt() {
    assertThat(split("「行きます。」次の日に出発した。")).containsExactly("「行きます。」", "次の日に出発した。");
    assertThat(split("他说：“我们会赢。”随后离开了会场。")).containsExactly("他说：“我们会赢。”", "随后离开了会场。");
  }

  @Test
  void aChineseQuoteBeforeItsSpeakerStaysInOneSentence() {
    assertThat(split("“我们会赢。这是肯定的。”王毅表示。会谈结束。")).containsExactly("“我们会赢。这是肯定的。”王毅表示。", "会谈结束。");
  }

  @Test
  void anUnpairedQuoteMarkProtectsNothing() {
    assertThat(split("彼は「行きます。明日も来る。会見は続く。")).containsExactly("彼は「行きます。", "明日も来る。", "会見は続く。");
  }

  @Test
  void quotesPairOnlyWithinAParagraph() {
    assertThat(split("「開始。\n\n終了。」")).containsExactly("「開始。", "終了。」");
  }

  @Test
  void blankLinesAlwaysSplitAndHardWrapsDoNot() {
    assertThat(
            split("Headline without period\n\nFirst sentence wraps\nonto the next line. Second."))
        .containsExactly(
            "Headline without period", "First sentence wraps\nonto the next line.", "Second.");
  }

  @Test
  void emptyAndBlankTextsHaveNoSentences() {
    assertThat(SentenceSplitter.split("")).isEmpty();
    assertThat(SentenceSplitter.split(" \n\t ")).isEmpty();
  }

  @Test
  void nullTextIsRejectedWithItsName() {
    assertThatThrownBy(() -> SentenceSplitter.split(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void realKoreanArticlesSplitAtEverySentenceEnd() {
    for (CorpusFixtures.Doc doc : CorpusFixtures.docs().values()) {
      if (!doc.id().startsWith("kowikinews")) {
        continue;
      }
      List<Sentence> sentences = SentenceSplitter.split(doc.text());
      assertThat(sentences).isNotEmpty();
      for (Sentence s : sentences) {
        assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
        // A Korean sentence ending "다." followed by more Hangul means a missed split.
        assertThat(s.text()).doesNotContainPattern("다\\. [가-힣]");
      }
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aNextLineCharacterBreaksALineInsteadOfHangingTheSplitter() {
    // U+0085 at the start, after spaces, and between two sentences (it used to loop forever).
    assertThat(SentenceSplitter.split("\u0085Rain fell."))
        .extracting(Sentence::text)
        .containsExactly("Rain fell.");
    assertThat(SentenceSplitter.split("  \u0085\u0085 Rain fell."))
        .extracting(Sentence::text)
        .containsExactly("Rain fell.");
    assertThat(SentenceSplitter.split("Rain fell.\u0085\u0085The river rose."))
        .extracting(Sentence::text)
        .containsExactly("Rain fell.", "The river rose.");
  }
}
