package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Section;
import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A section split off a lone role's sentences holds at least two of them. */
class SectionLayoutTest {
  private static final String[] PARTICULARS = {
    "Twelve wagons left the track at a bend beside the river bridge near Millbrook.",
    "The locomotive stayed upright and its two crew members walked away unhurt.",
    "The derailment blocked the main highway for six hours while crews cleared the wreckage.",
    "Rail inspectors found a broken rail joint at the bend where the wagons left the track."
  };

  private static List<Section> laidOut(int sentences, int opening) {
    List<Doc> docs = new ArrayList<>();
    List<Candidate> body = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      Doc d = Doc.analyze(WriterInput.of("d" + i, "Outlet " + i, PARTICULARS[i]));
      docs.add(d);
      body.add(
          Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), new StoryEntities(List.of(d))));
    }
    GroundingChecker checker = GroundingChecker.forInputs(docs.stream().map(d -> d.input).toList());
    return SectionLayout.sections(body, "derailment", opening, Chronology.of(docs), checker);
  }

  private static int sentencesIn(Section s) {
    return s.paragraphs().stream().mapToInt(List::size).sum();
  }

  @Test
  void threeParticularsStayInOneSectionRatherThanLeaveAOneSentenceHowItHappened() {
    List<Section> three = laidOut(3, 0);
    assertThat(three).hasSize(1);
    assertThat(three.get(0).heading()).isEqualTo("What we know");
    assertThat(sentencesIn(three.get(0))).isEqualTo(3);
  }

  @Test
  void fourParticularsMakeTwoSectionsOfTwo() {
    List<Section> four = laidOut(4, 0);
    assertThat(four).hasSize(2);
    assertThat(four).allSatisfy(s -> assertThat(sentencesIn(s)).isEqualTo(2));
    assertThat(four.get(1).heading()).endsWith("ow it happened");
  }

  @Test
  void aReconciledFigureOpeningTheFirstSectionCountsTowardsItsTwoSentences() {
    List<Section> three = laidOut(3, 1);
    assertThat(three).hasSize(2);
    assertThat(sentencesIn(three.get(0))).isEqualTo(1);
    assertThat(sentencesIn(three.get(1))).isEqualTo(2);
  }
}
