package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {
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
            Clauses.headline(
                "Tara Reid rehab",
                sentences("Reid has entered a rehab program, her publicist told People.")))
        .isEqualTo("Tara Reid has entered a rehab program");
  }

  @Test
  void otherwiseTheKeyphraseLeadsAClauseThatSharesNoWordWithIt() {
    assertThat(
            Clauses.headline(
                "Lee Jae-myung Xi Jinping summit",
                sentences("Seoul asks Beijing to mediate, officials said on Monday.")))
        .isEqualTo("Lee Jae-myung Xi Jinping summit: Seoul asks Beijing to mediate");
  }

  @Test
  void anAsideAfterTheSubjectIsLeftOut() {
    assertThat(
            Clauses.headline(
                "Esther Williams",
                sentences("Esther Williams, the swimming champion turned actress, has died.")))
        .isEqualTo("Esther Williams has died");
  }

  @Test
  void aClauseOpeningOnAPronounOrTimeWordIsNeverUsed() {
    List<String> cs =
        Clauses.clauses("He said the fire spread quickly across the port.", 70, false);
    assertThat(cs).isEmpty();
    assertThat(
            Clauses.clauses("Yesterday, the police explained that officers shot him.", 70, false))
        .allMatch(c -> !c.startsWith("Yesterday"));
  }

  @Test
  void aHeadlineNeverRepeatsAWord() {
    String h =
        Clauses.headline(
            "Port of Tacoma fire",
            sentences(
                "The fire at the Port of Tacoma spread to a second fire station.",
                "Crews worked through the night to contain it."));
    assertThat(Clauses.repeatsAWord(h)).as(h).isFalse();
    assertThat(h).hasSizeLessThanOrEqualTo(70);
  }

  @Test
  void aClauseNeedsAVerbAndNoDanglingEnd() {
    assertThat(ClauseCuts.hasVerb("The Academy of Motion Picture Arts")).isFalse();
    assertThat(ClauseCuts.hasVerb("Seoul asks Beijing to mediate")).isTrue();
    assertThat(ClauseCuts.hasVerb("A bomb exploded at a bank")).isTrue();
    assertThat(
            Clauses.clauses("A powerful earthquake has hit southern Iran, killing 3.", 70, false))
        .containsExactly("A powerful earthquake has hit southern Iran");
  }

  @Test
  void aClauseCutFromALongerSentenceKeepsWhatItsVerbNeeds() {
    List<String> cs =
        Clauses.clauses(
            "Australian actor Hugh Jackman was named on Friday as host of February's Oscars in a"
                + " departure from tradition.",
            70,
            false);
    assertThat(cs)
        .contains("Australian actor Hugh Jackman was named as host of February's Oscars")
        .noneMatch(c -> c.endsWith("was named on Friday") || c.endsWith("was named"));
    assertThat(
            Clauses.clauses(
                "Steve Jobs announced Monday that Apple would use Intel chips.", 70, false))
        .noneMatch(c -> c.endsWith("announced Monday") || c.endsWith("announced"));
    assertThat(ClauseCuts.cutShort("Wall Street had its best finish")).isTrue();
    assertThat(ClauseCuts.cutShort("Wasilla Bible Church received an estimated $1 million"))
        .isTrue();
    assertThat(ClauseCuts.cutShort("A statement from police said the blaze at the store")).isTrue();
    assertThat(ClauseCuts.cutShort("Esther Williams has died")).isFalse();
    assertThat(ClauseCuts.cutShort("Maurice Cheeks was fired on Saturday")).isFalse();
    assertThat(ClauseCuts.cutShort("Reggie Bush has been placed")).isTrue();
  }

  @Test
  void aSubordinatePartWithoutItsVerbIsCutOff() {
    List<String> cs =
        Clauses.clauses(
            "Three people have died after rioters in Greece set fire to a bank in Athens.",
            70,
            false);
    assertThat(cs).contains("Three people have died").noneMatch(c -> c.endsWith("after rioters"));
    assertThat(ClauseCuts.hasMainVerb("Three years after it was first due for delivery")).isFalse();
    assertThat(ClauseCuts.hasMainVerb("Three people have died after rioters set fire")).isTrue();
  }

  @Test
  void aClauseNeverEndsOnAPrepositionNorInsideASpacedHyphenCompound() {
    List<String> cs =
        Clauses.clauses(
            "The Dow Jones Industrial Average closed at its lowest level in over five years on"
                + " Monday, and the man police say is behind a fatal hit - and - run was charged.",
            70,
            false);
    assertThat(cs).noneMatch(c -> c.endsWith(" in") || c.endsWith(" hit") || c.endsWith(" -"));
  }

  @Test
  void aNameThatOnlyLooksLikeAParticipleOpensAClause() {
    assertThat(
            Clauses.clauses(
                "Boeing had been suspended since July 24, 2003 after violating federal law.",
                70,
                false))
        .contains("Boeing had been suspended");
    assertThat(Clauses.clauses("Speaking to reporters, he left.", 70, false)).isEmpty();
  }

  @Test
  void withNoClauseThatFitsTheHeadlineIsTheKeyphraseAndAFixedLabelNeverTheKeyphraseAlone() {
    String h =
        Clauses.headline(
            "Red Sox offer",
            sentences(
                "The Boston Red Sox have made the biggest offer in club history to Mark Teixeira."));
    assertThat(h).isEqualTo("Red Sox offer" + Clauses.FALLBACK_LABEL);
  }

  @Test
  void aLedeClauseRepeatingOnlyANameBeatsALaterClause() {
    String h =
        Clauses.headline(
            "Esther Williams death",
            sentences(
                "Esther Williams, the swimming champion turned actress, died in Beverly Hills.",
                "Her films were popular.",
                "They made millions.",
                "Pinup shots of her circulated on Twitter."));
    assertThat(h).isEqualTo("Esther Williams death: Williams died in Beverly Hills");
  }

  @Test
  void aSpacedHyphenInsideAWordOpensNoAside() {
    assertThat(ClauseCuts.openDash("Armed robbers - some disguised")).isTrue();
    assertThat(ClauseCuts.openDash("The company passed Wal - Mart")).isFalse();
    assertThat(ClauseCuts.openDash("A 57 - year - old woman was indicted")).isFalse();
    assertThat(ClauseCuts.openDash("A fatal hit - and - run")).isFalse();
  }

  @Test
  void aCutIsCleanOnlyWhereAWholeClauseEnds() {
    String wal =
        "An internal memo at Apple showed the company passed Wal - Mart as the top U.S. music"
            + " seller at the beginning of the year.";
    assertThat(ClauseCuts.cleanCut(wal, wal.indexOf(" - "))).isFalse();
    assertThat(ClauseCuts.cleanCut(wal, wal.indexOf(" at the beginning"))).isTrue();
    String suspect = "Police believe the suspect, only described as a man, was armed.";
    assertThat(ClauseCuts.cleanCut(suspect, suspect.indexOf(", was"))).isFalse();
    String after = "After a plan failed to pass the Senate, the White House said it would act.";
    assertThat(ClauseCuts.cleanCut(after, after.indexOf(", the White"))).isFalse();
  }

  @Test
  void aNounEndingLikeASuperlativeIsNoSuperlativeLeftWanting() {
    assertThat(ClauseCuts.cutShort("Police issue warrant for arrest of Alexander Soumbadze"))
        .isFalse();
    assertThat(ClauseCuts.cutShort("Villa face what Sherwood calls the club's biggest")).isTrue();
  }
}
