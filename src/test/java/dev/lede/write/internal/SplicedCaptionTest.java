package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence with a caption spliced into one of its words is never published. */
class SplicedCaptionTest {
  private static final String SPLICED =
      "Firefighters baAlaska Republican governor Sarah Palin whose church was burned Saturday by"
          + " suspected arsonttled for about eight hours to put out the blaze.";

  @Test
  void aWordBrokenByACaptionMarksTheSentenceButNamesWrittenInCamelCaseDoNot() {
    assertThat(Scoring.spliced(SPLICED)).isTrue();
    assertThat(Scoring.spliced("John McCain bought an iPhone on eBay, LeBron James said."))
        .isFalse();
  }

  @Test
  void theSplicedSentenceIsNoCandidateAndItsNeighboursAre() {
    WriterInput in =
        WriterInput.of(
            "c1",
            "Anchorage Daily",
            "A fire badly damaged the Wasilla Bible Church on Friday night.\n\n"
                + SPLICED
                + "\n\nNo one was hurt in the fire, the fire chief said.");
    Doc d = Doc.analyze(in);
    List<Candidate> cands = Scoring.candidates(List.of(d), new StoryEntities(List.of(d)), true);
    assertThat(cands).extracting(c -> c.text).noneMatch(t -> t.contains("baAlaska"));
    assertThat(cands).extracting(c -> c.text).anyMatch(t -> t.startsWith("A fire badly"));
  }
}
