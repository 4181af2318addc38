package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The hand-checked keyphrase and headline set ({@link KeyphraseEval}), read in place from
 * shared/data (skipped when absent). Bounds are the figures after the event-word and headline
 * changes; before them the set had 16 wrong event words and 7 keyphrase-only headlines.
 */
@Slow
class KeyphraseEvalTest {
  @Test
  void theSetsKeyphrasesAndHeadlinesStayWithinTheirMeasuredErrors() throws Exception {
    Path ecb = SharedData.require(KeyphraseEval.ECB);
    KeyphraseEval.Report r =
        KeyphraseEval.evaluate(ecb, KeyphraseEval.WIKINEWS, OfflineWriter.lexical());

    assertThat(r.stories()).hasSize(60);
    // The keyphrase is now chosen from what the headline says (issue 10), so it names the
    // headline's noun phrase ("Chrysler") more often than the gold event word: 12 measured, 13
    // since headlines pass the grounding check (3_ecbplus: the garbled "Marshals add to their 15
    // Most Wanted list of fugitives man" gave way to "Texas inmate escapes from prison van near
    // Houston", whose keyphrase "Texas inmate" is not the gold's event word; names 23 -> 22).
    // 16 since the meta description is one story sentence rather than two joined (blind judges
    // flagged 11 of 20 metas): the keyphrase is what headline and meta share, and the one-sentence
    // meta shares the gold's event word less often. A regression of this proxy, traded knowingly.
    // 17 since a second verb of the subject is read as a clause of its own (22_ecbplus: "Muslim
    // woman kills two co-workers at Kraft plant in Philadelphia", whose keyphrase names the woman,
    // over "Woman charged with murder", which blind dev judges found vague and misleading).
    assertThat(r.wrongEvent()).as("keyphrases with a wrong event word").isLessThanOrEqualTo(17);
    // The same: a headline phrase without the gold names ("single punch") counts here; 26 measured.
    // A regression of this measure traded for keyphrases the headline says (see issue 10). 27
    // since a headline keeps the consequence its lead tells (8_ecb: "Bomb explodes, killing police
    // officer and bomb squad technician", blind dev judges' top reason was VAGUE): its keyphrase is
    // the technician, not the bank the gold names.
    assertThat(r.wrongName())
        .as("keyphrases naming none of the main names")
        .isLessThanOrEqualTo(27);
    assertThat(r.keyphraseOnly()).as("headlines that are the keyphrase alone").isZero();
    assertThat(r.dangling()).as("headlines ending on a dangling word").isZero();
    assertThat(r.judged("cut")).as("headlines judged cut short").isLessThanOrEqualTo(1);
  }

  @Test
  void aKeyphraseOfNamesAloneHasNoEventWordAndALowerCaseWordOfANameIsNone() {
    KeyphraseEval.Gold g =
        new KeyphraseEval.Gold(
            "s", java.util.List.of("piracy"), java.util.List.of("Gulf of Aden"), "x");
    assertThat(KeyphraseEval.eventVerdict(g, "Gulf of Aden"))
        .isEqualTo(KeyphraseEval.EventVerdict.MISSING);
    assertThat(KeyphraseEval.eventVerdict(g, "Gulf of Aden pirates"))
        .isEqualTo(KeyphraseEval.EventVerdict.WRONG);
    assertThat(KeyphraseEval.eventVerdict(g, "Gulf of Aden piracy"))
        .isEqualTo(KeyphraseEval.EventVerdict.CORRECT);
  }
}
