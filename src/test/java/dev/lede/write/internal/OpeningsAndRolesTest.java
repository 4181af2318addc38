package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sections that fit: a sentence that leans on the one before ("One of them", "The two") never opens
 * a paragraph on its own, and "What was said" holds what someone said, not a title in quotation
 * marks.
 */
class OpeningsAndRolesTest {
  private static Trimmer.Draft second(String text) {
    Doc d = Doc.analyze(WriterInput.of("a1", "ap", text));
    return Trimmer.draft(d, 1, true).orElseThrow();
  }

  @Test
  void aPartOfWhatCameBeforeLeansOnIt() {
    String before =
        "Two prosecutors objected to the choice of rehab facility in court on Thursday. ";
    assertThat(second(before + "One of them told the judge he needed more time to look into it."))
        .extracting(Trimmer.Draft::dangling)
        .isEqualTo(true);
    assertThat(second(before + "The two asked the judge for a week to inspect the clinic."))
        .extracting(Trimmer.Draft::dangling)
        .isEqualTo(true);
    assertThat(second(before + "Judge James Dabney gave the prosecutors until May 10 to decide."))
        .extracting(Trimmer.Draft::dangling)
        .isEqualTo(false);
  }

  @Test
  void aTitleInQuotationMarksIsNoReactionButSomeonesWordsAre() {
    String text =
        "Early in her campaign, the church was criticized for promoting a Focus on the Family"
            + " \"Love Won Out Conference\" in Anchorage. \"We have no idea what caused it,\" the"
            + " pastor of the church said on Saturday.";
    Doc d = Doc.analyze(WriterInput.of("a1", "ap", text));
    StoryEntities entities = new StoryEntities(List.of(d));
    List<Candidate> cands = Scoring.candidates(List.of(d), entities, false);
    assertThat(cands).hasSize(2);
    assertThat(cands.get(0).role).isNotEqualTo(Candidate.Role.REACTION);
    assertThat(cands.get(1).role).isEqualTo(Candidate.Role.REACTION);
  }
}
