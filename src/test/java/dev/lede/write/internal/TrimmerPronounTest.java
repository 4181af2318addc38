package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import org.junit.jupiter.api.Test;

/**
 * An opening "He" or "She" is replaced by a name only when that person is the subject of the
 * sentence before: a name in its object or a prepositional phrase is not who the pronoun means.
 */
class TrimmerPronounTest {
  private static Trimmer.Draft second(String text) {
    Doc d = Doc.analyze(WriterInput.of("a1", "ap", text));
    return Trimmer.draft(d, 1, true).orElseThrow();
  }

  @Test
  void theSubjectOfTheSentenceBeforeStandsInForHe() {
    Trimmer.Draft d =
        second(
            "On Saturday, Brian Nichols was sentenced to life in prison without parole. "
                + "He was convicted last month of murder and dozens of other counts.");
    assertThat(d.text()).startsWith("Brian Nichols was convicted");
    assertThat(d.resolved()).isTrue();
  }

  @Test
  void aNameAfterAPrepositionIsNotWhoSheMeans() {
    Trimmer.Draft d =
        second(
            "The comedian returned to host the Emmys in 2005, just three weeks after Hurricane"
                + " Katrina. She also hosted the Grammys in 1996 and 1997.");
    assertThat(d.text()).doesNotContain("Katrina").startsWith("She also hosted");
    assertThat(d.dangling()).isTrue();
  }

  @Test
  void aNameAfterTheVerbIsNotWhoHeMeans() {
    Trimmer.Draft d =
        second(
            "The inmate took the officers' weapons before fleeing on foot, Michelle Lyons said. "
                + "He was serving a life sentence after being convicted in June 1998.");
    assertThat(d.text()).startsWith("He was serving");
    assertThat(d.dangling()).isTrue();
  }
}
