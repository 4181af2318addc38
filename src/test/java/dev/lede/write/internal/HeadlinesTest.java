package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private static List<WrittenSentence> sentences(String... texts) {
    List<WrittenSentence> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new WrittenSentence(t, List.of(new SourceSpan("a", t))));
    }
    return out;
  }

  @Test
  void aLedeClauseHoldingTheKeyphraseIsTheHeadlineWithTheFullName() {
    assertThat(
            Headlines.headline(
                "Tara Reid rehab",
                sentences("Reid has entered a rehab program, her publicist told People.")))
        .isEqualTo("Tara Reid has entered a rehab program");
  }

  @Test
  void otherwiseTheKeyphraseLeadsAClauseThatSharesNoWordWithIt() {
    assertThat(
            Headlines.headline(
                "Lee Jae-myung Xi Jinping summit",
                sentences("Seoul asks Beijing to mediate, officials said on Monday.")))
        .isEqualTo("Lee Jae-myung Xi Jinping summit: Seoul asks Beijing to mediate");
  }

  @Test
  void anAsideAfterTheSubjectIsLeftOut() {
    assertThat(
            Headlines.headline(
                "Esther Williams",
                sentences("Esther Williams, the swimming champion turned actress, has died.")))
        .isEqualTo("Esther Williams has died");
  }

  @Test
  void aClauseOpeningOnAPronounOrTimeWordIsNeverUsed() {
    List<String> cs =
        Headlines.clauses("He said the fire spread quickly across the port.", 70, false);
    assertThat(cs).isEmpty();
    assertThat(
            Headlines.clauses("Yesterday, the police explained that officers shot him.", 70, false))
        .allMatch(c -> !c.startsWith("Yesterday"));
  }

  @Test
  void aHeadlineNeverRepeatsAWord() {
    String h =
        Headlines.headline(
            "Port of Tacoma fire",
            sentences(
                "The fire at the Port of Tacoma spread to a second fire station.",
                "Crews worked through the night to contain it."));
    assertThat(Headlines.repeatsAWord(h)).as(h).isFalse();
    assertThat(h).hasSizeLessThanOrEqualTo(70);
  }

  @Test
  void aClauseNeedsAVerbAndNoDanglingEnd() {
    assertThat(Headlines.hasVerb("The Academy of Motion Picture Arts")).isFalse();
    assertThat(Headlines.hasVerb("Seoul asks Beijing to mediate")).isTrue();
    assertThat(Headlines.hasVerb("A bomb exploded at a bank")).isTrue();
    assertThat(
            Headlines.clauses("A powerful earthquake has hit southern Iran, killing 3.", 70, false))
        .containsExactly("A powerful earthquake has hit southern Iran");
  }

  @Test
  void theMetaDescriptionHoldsTheKeyphraseOnceWithinItsLimits() {
    String meta =
        Headlines.metaDescription(
            "Port of Tacoma fire",
            sentences(
                "A fire broke out at the Port of Tacoma warehouse on Tuesday night, destroying a"
                    + " storage building.",
                "Fire chief Maria Lopez said 12 people were killed in the blaze and 30 were"
                    + " injured."));
    assertThat(meta.length()).isBetween(Headlines.META_MIN, Headlines.META_MAX);
  }
}
