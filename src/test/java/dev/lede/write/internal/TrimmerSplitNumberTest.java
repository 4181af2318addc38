package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import org.junit.jupiter.api.Test;

/**
 * A number the sentence splitter cut in two ("$368. 0 million" in a text that writes another
 * decimal joined) publishes neither half; in a text that spaces all its figures the sentence is
 * whole.
 */
class TrimmerSplitNumberTest {
  @Test
  void bothHalvesOfASplitDecimalAreRefused() {
    Doc d =
        Doc.analyze(
            WriterInput.of(
                "a1",
                "ap",
                "The Hunger Games has grossed $368. 0 million globally in under two weeks.\n"
                    + "It's done so in under two weeks of theatrical release, rated 3.5 stars."));
    assertThat(d.sentences.get(0).text()).endsWith("$368.");
    assertThat(Trimmer.draft(d, 0, true)).isEmpty();
    assertThat(Trimmer.draft(d, 1, true)).isEmpty();
    assertThat(Trimmer.draft(d, 2, true)).isPresent();
  }

  @Test
  void aDecimalOfATextThatSpacesAllItsFiguresStaysInItsSentence() {
    Doc d =
        Doc.analyze(
            WriterInput.of(
                "a1",
                "ap",
                "The Hunger Games has grossed $368. 0 million globally in under two weeks.\n"
                    + "It's done so in under two weeks of theatrical release at the box office."));
    assertThat(d.sentences.get(0).text())
        .isEqualTo("The Hunger Games has grossed $368. 0 million globally in under two weeks.");
    assertThat(Trimmer.draft(d, 0, true)).isPresent();
  }
}
