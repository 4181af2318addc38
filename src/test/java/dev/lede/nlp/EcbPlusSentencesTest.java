package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.bench.EcbPlus;
import dev.lede.nlp.CutSentences.Kind;
import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The development documents of ECB+ (topics 1-25, read in place from ../shared/data; ECB+ corpus,
 * CC BY 3.0), whose stories a blind judge found with sentences cut at "Const." and "L." + "A.".
 * bench/sentences prints the counts.
 */
@Slow
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EcbPlusSentencesTest {
  private static List<String> developmentTexts() {
    return EcbPlus.read(SharedData.require(EcbPlus.RELATIVE)).stream()
        .filter(d -> d.topic() <= 25)
        .map(d -> d.input().text())
        .toList();
  }

  private static String sentenceHolding(String phrase) {
    for (String text : developmentTexts()) {
      int at = text.indexOf(phrase);
      if (at >= 0) {
        for (Sentence s : SentenceSplitter.split(text)) {
          if (s.start() <= at && at < s.end()) {
            return s.text();
          }
        }
      }
    }
    throw new AssertionError("no development document holds " + phrase);
  }

  @Test
  void noSentenceOfTheDevelopmentDocumentsEndsInATitle() {
    List<String> cut = new ArrayList<>();
    for (String text : developmentTexts()) {
      for (Sentence s : SentenceSplitter.split(text)) {
        if (CutSentences.of(s.text()) == Kind.ENDS_IN_TITLE) {
          cut.add(s.text());
        }
      }
    }
    assertThat(cut).isEmpty();
  }

  @Test
  void noSentenceEndingInAnInitialIsFollowedByOneStartingWithAnInitial() {
    List<String> cut = new ArrayList<>();
    for (String text : developmentTexts()) {
      List<Sentence> sentences = SentenceSplitter.split(text);
      for (int i = 1; i < sentences.size(); i++) {
        String before = sentences.get(i - 1).text();
        String after = sentences.get(i).text();
        if (CutSentences.of(before) == Kind.ENDS_IN_INITIAL
            && CutSentences.of(after) == Kind.STARTS_WITH_INITIAL) {
          cut.add(before + " | " + after);
        }
      }
    }
    assertThat(cut).isEmpty();
  }

  @Test
  void theSentencesTheJudgeFoundCutAreWhole() {
    assertThat(sentenceHolding("murdering L. A. County"))
        .contains("Deputy Jerry Ortiz in June, 2005.");
    assertThat(sentenceHolding("Vancouver police Const."))
        .endsWith("Tim Fanning told a news conference.");
    assertThat(sentenceHolding("Heller told L. A. Superior"))
        .contains("Judge James R. Dabney that Lohan had");
  }
}
