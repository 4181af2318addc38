package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A teaser line that trails off tells nothing on its own and is never a candidate sentence. */
class TeaserTest {
  @Test
  void aSentenceEndingInAnEllipsisIsNoCandidate() {
    Doc d =
        Doc.analyze(
            WriterInput.of(
                "a1",
                "Daily",
                "The next host of the Academy Awards is …\n\n"
                    + "Ellen Morgan will host the awards for a second time, the producers said."));
    List<Candidate> cands = Scoring.candidates(List.of(d), new StoryEntities(List.of(d)), true);
    assertThat(cands).extracting(c -> c.text).noneMatch(t -> t.contains("…"));
    assertThat(cands).extracting(c -> c.text).anyMatch(t -> t.startsWith("Ellen Morgan"));
  }
}
