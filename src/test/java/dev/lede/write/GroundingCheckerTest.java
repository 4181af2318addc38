package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroundingCheckerTest {
  private static final String TEXT =
      "Officials said 12 people were killed in the fire on Tuesday. "
          + "\"We are heartbroken,\" Mayor Lee said. The port did not reopen.";
  private final GroundingChecker checker = GroundingChecker.of(Map.of("a", TEXT));

  private static WrittenSentence sentence(String text, String... quotes) {
    return new WrittenSentence(
        text, java.util.Arrays.stream(quotes).map(q -> new SourceSpan("a", q)).toList());
  }

  @Test
  void acceptsASentenceThatIsItsOwnQuote() {
    String s = "Officials said 12 people were killed in the fire on Tuesday.";
    assertThat(checker.check(sentence(s, s)).problems()).isEmpty();
  }

  @Test
  void acceptsATrimmedSentenceWhoseFirstWordChangedCase() {
    WrittenSentence s =
        sentence("12 people were killed in the fire.", "12 people were killed in the fire");
    assertThat(checker.supports(s)).isTrue();
  }

  @Test
  void rejectsAQuoteThatIsNotAnExactSubstring() {
    WrittenSentence s =
        sentence("Officials said 12 people were killed.", "Officials said 12 people were  killed");
    assertThat(checker.check(s).problems())
        .containsExactly("quote is not in \"a\": \"Officials said 12 people were killed\"");
  }

  @Test
  void acceptsACompoundWrittenJoinedThatItsQuoteSplitAroundTheHyphen() {
    String source = "Apple passed Wal - Mart after a 5.6 -magnitude quake. Nobody denied it.";
    GroundingChecker c = GroundingChecker.of(Map.of("b", source));
    List<SourceSpan> spans =
        List.of(new SourceSpan("b", "Apple passed Wal - Mart after a 5.6 -magnitude quake."));
    assertThat(c.check("Apple passes Wal-Mart after 5.6-magnitude quake", spans).problems())
        .isEmpty();
    assertThat(c.check("Apple passes Wal-Mars after 5.6-magnitude quake", spans).problems())
        .contains("name \"Wal-Mars\" is not in its quotes");
    List<SourceSpan> denial = List.of(new SourceSpan("b", "Nobody denied it."));
    assertThat(c.check("Nobody denies it", denial).problems()).isEmpty();
    assertThat(c.check("Nobody never denies it", denial).problems())
        .contains("negation \"never\" is not in its quotes");
  }

  @Test
  void acceptsAKoreanHeadlineOfTheQuotesWordsWithoutTheirEndings() {
    String source = "버락 오바마 미국 대통령이 공식 취임하였다. 지진으로 7명이 숨졌다.";
    GroundingChecker c = GroundingChecker.of(Map.of("k", source));
    List<SourceSpan> spans = List.of(new SourceSpan("k", source));
    assertThat(c.check("버락 오바마 미국 대통령, 공식 취임", spans).problems()).isEmpty();
    assertThat(c.check("지진으로 7명 숨져", spans).problems()).isEmpty();
    assertThat(c.check("지진으로 7명 부상 폭발 화재", spans).problems()).isNotEmpty();
  }

  @Test
  void acceptsTheFiguresAndInitialsATokenisedSourceSpacesWrittenJoined() {
    String source =
        "A 6. 1 quake shook homes 2, 000ft up, the U. S. Geological Survey said. It was 5. 9.";
    GroundingChecker c = GroundingChecker.of(Map.of("t", source));
    List<SourceSpan> spans =
        List.of(
            new SourceSpan(
                "t", "A 6. 1 quake shook homes 2, 000ft up, the U. S. Geological Survey said."));
    assertThat(
            c.check("A 6.1 quake shook homes 2,000ft up, the U.S. Geological Survey said.", spans)
                .problems())
        .isEmpty();
    assertThat(
            c.check(
                    "A 6. 1 quake shook homes 2, 000ft up, the U. S. Geological Survey said.",
                    spans)
                .problems())
        .isEmpty();
  }

  @Test
  void acceptsNoOtherJoiningOfATokenisedSourcesFigures() {
    String source = "A 6. 1 quake shook homes 2, 000ft up. It was 5. 9.";
    GroundingChecker c = GroundingChecker.of(Map.of("t", source));
    List<SourceSpan> spans = List.of(new SourceSpan("t", "A 6. 1 quake shook homes 2, 000ft up."));
    assertThat(c.check("A 61 quake shook homes 2,000ft up.", spans).problems())
        .contains("number 61 is not in its quotes");
    assertThat(c.check("A 6.1 quake shook homes 2.000ft up.", spans).problems())
        .contains("number 2.000 is not in its quotes");
    assertThat(c.check("A 6,1 quake shook homes 2,000ft up.", spans).problems())
        .contains("number 6,1 is not in its quotes");
  }

  @Test
  void rejectsFiguresJoinedFromASourceThatWritesThemJoinedElsewhere() {
    String source = "It sold 2,000 copies of Far Cry 2, 999 and Halo in the U. S. store.";
    GroundingChecker c = GroundingChecker.of(Map.of("n", source));
    List<SourceSpan> spans = List.of(new SourceSpan("n", source));
    assertThat(
            c.check("It sold 2,000 copies of Far Cry 2,999 and Halo in the U. S. store.", spans)
                .problems())
        .contains("number 2,999 is not in its quotes");
    assertThat(
            c.check("It sold 2,000 copies of Far Cry 2, 999 and Halo in the U.S. store.", spans)
                .problems())
        .contains("name \"U.S.\" is not in its quotes");
  }

  @Test
  void rejectsANumberThatDriftedFromItsQuote() {
    WrittenSentence s =
        sentence(
            "Officials said 15 people were killed in the fire on Tuesday.",
            "Officials said 12 people were killed in the fire on Tuesday.");
    assertThat(checker.check(s).problems()).containsExactly("number 15 is not in its quotes");
  }

  @Test
  void rejectsANameOrDateAbsentFromItsQuote() {
    WrittenSentence s =
        sentence(
            "Officials said 12 people were killed in the fire on Friday.",
            "Officials said 12 people were killed in the fire on Tuesday.");
    assertThat(checker.check(s).problems()).containsExactly("name \"Friday\" is not in its quotes");
  }

  @Test
  void rejectsQuotedWordsThatTheSourceDidNotSay() {
    WrittenSentence s =
        sentence(
            "\"We are devastated,\" Mayor Lee said.", "\"We are heartbroken,\" Mayor Lee said.");
    assertThat(checker.check(s).problems())
        .contains("quoted words are not in its quotes: \"We are devastated\"");
  }

  @Test
  void rejectsADroppedNegation() {
    WrittenSentence s = sentence("The port did reopen.", "The port did not reopen.");
    assertThat(checker.check(s).problems())
        .containsExactly("drops the negation of its quote: \"The port did not reopen.\"");
  }

  @Test
  void rejectsAnAddedNegation() {
    WrittenSentence s =
        sentence(
            "Officials said 12 people were not killed in the fire on Tuesday.",
            "Officials said 12 people were killed in the fire on Tuesday.");
    assertThat(checker.check(s).problems())
        .containsExactly("negation \"not\" is not in its quotes");
  }

  @Test
  void rejectsASentenceWithTooFewContentWordsInItsQuotes() {
    WrittenSentence s =
        sentence(
            "Officials feared arson, smuggling and sabotage in the fire.",
            "Officials said 12 people were killed in the fire on Tuesday.");
    assertThat(checker.check(s).problems())
        .containsExactly("only 2 of 6 content words are in its quotes (0.33 < 0.75)");
  }

  @Test
  void rejectsAnUnknownArticle() {
    WrittenSentence s =
        new WrittenSentence("The port did not reopen.", List.of(new SourceSpan("b", "x")));
    assertThat(checker.check(s).problems()).containsExactly("cites unknown article \"b\"");
  }

  @Test
  void retainSupportedDropsOnlyTheUnsupported() {
    WrittenSentence good = sentence("The port did not reopen.", "The port did not reopen.");
    WrittenSentence bad = sentence("The port did reopen.", "The port did not reopen.");
    assertThat(checker.retainSupported(List.of(bad, good, bad))).containsExactly(good);
  }

  @Test
  void refusesAThresholdOutsideTheUnitInterval() {
    assertThatThrownBy(() -> GroundingChecker.of(Map.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minOverlap 0.0 is not in (0, 1]");
  }
}
