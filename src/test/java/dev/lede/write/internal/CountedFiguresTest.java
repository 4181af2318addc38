package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts of what the story's event did, keyed by the counted noun and the event's verb ("captured
 * 23 pirates" / "Eight pirates were captured"), and what is no such count: a size, two people's
 * figures, an earlier month's figure.
 */
class CountedFiguresTest {
  private static List<Reconciler.Reconciled> reconcile(WriterInput... in) {
    List<Doc> docs = java.util.Arrays.stream(in).map(Doc::analyze).toList();
    return Reconciler.reconcile(docs, Chronology.of(docs), GroundingChecker.forInputs(List.of(in)));
  }

  @Test
  void aCountIsOneQuantityWhetherTheVerbComesBeforeItOrInAPassiveAfter() {
    List<Figures.Figure> active =
        Figures.in("The Indian navy captured 23 pirates in the Gulf of Aden.");
    List<Figures.Figure> passive = Figures.in("Eight pirates were later captured by the navy.");
    assertThat(active).extracting(Figures.Figure::key).containsExactly("COUNT|pirat|captur");
    assertThat(passive).extracting(Figures.Figure::key).containsExactly("COUNT|pirat|captur");
    assertThat(active.get(0).value()).isEqualTo("23");
    assertThat(passive.get(0).value()).isEqualTo("8");
    assertThat(Figures.in("Bush missed four games with a sprained knee.")).isEmpty();
  }

  @Test
  void aSizeIsNoCountOfWhatTheEventDid() {
    assertThat(Figures.in("Robert Buckley fell about 2,000 feet while climbing to a small hut."))
        .isEmpty();
    assertThat(Figures.in("Duncan Rait slipped and fell approximately 200 metres down a gully."))
        .isEmpty();
    assertThat(Figures.in("The skipper radioed after sailing 150 nautical miles west of Aden."))
        .isEmpty();
  }

  @Test
  void twoPeoplesCountsAreTwoFactsNotTwoVersionsOfOne() {
    WriterInput a =
        WriterInputs.on(
            "a",
            "Stuff",
            "Robert Buckley, 32, guided four climbers to the hut on Saturday, police said.\n\n"
                + "The weather was fine.",
            "2013-09-15");
    WriterInput b =
        WriterInputs.on(
            "b",
            "AP",
            "Duncan Rait, 36, guided two climbers to the hut on Friday, police said.\n\n"
                + "The ridge was icy.",
            "2013-09-16");
    assertThat(reconcile(a, b)).isEmpty();
    WriterInput c =
        WriterInputs.on(
            "c",
            "AP",
            "Robert Buckley guided two climbers to the hut on Saturday, police said.\n\n"
                + "The ridge was icy.",
            "2013-09-16");
    assertThat(reconcile(a, c)).hasSize(1);
  }

  @Test
  void aTallyOfAnotherActThanTheEventsIsNoVersionOfItsCount() {
    WriterInput a =
        WriterInputs.on(
            "a",
            "AP",
            "The Saints placed Reggie Bush on injured reserve on Wednesday.\n\n"
                + "He hurt his knee.\n\nHe will miss two games.\n\n"
                + "Bush scored six touchdowns for the team.",
            "2008-12-17");
    WriterInput b =
        WriterInputs.on(
            "b",
            "ESPN",
            "The New Orleans Saints placed Bush on injured reserve with a sprained knee.\n\n"
                + "The knee was sprained.\n\nThe team has two games left.\n\n"
                + "Bush scored three touchdowns for the team.",
            "2008-12-18");
    assertThat(reconcile(a, b)).isEmpty();
    WriterInput c =
        WriterInputs.on(
            "c",
            "ESPN",
            "Bush scored three touchdowns for the Saints, the team said.\n\n"
                + "Bush scored three touchdowns for the team.",
            "2008-12-18");
    WriterInput d =
        WriterInputs.on(
            "d",
            "AP",
            "Bush scored six touchdowns for the Saints, the team said.\n\n"
                + "Bush scored six touchdowns for the team.",
            "2008-12-17");
    assertThat(reconcile(d, c)).as("scoring is the event both articles open with").hasSize(1);
  }

  @Test
  void anEarlierMonthsCountIsNoVersionOfTodays() {
    WriterInput a =
        WriterInputs.on(
            "a",
            "Reuters",
            "The Indian navy captured 23 pirates in the Gulf of Aden on Saturday.\n\n"
                + "The ship was sailing to Aden.",
            "2008-12-13");
    WriterInput b =
        WriterInputs.on(
            "b",
            "PTI",
            "Early November, the British Royal Navy had captured eight pirates in the Gulf.\n\n"
                + "They were handed over to Kenya.",
            "2008-12-14");
    assertThat(reconcile(a, b)).isEmpty();
    WriterInput c =
        WriterInputs.on(
            "c",
            "PTI",
            "The navy captured eight pirates in the Gulf of Aden on Saturday.\n\n"
                + "They were handed over to Kenya.",
            "2008-12-14");
    assertThat(reconcile(a, c)).hasSize(1);
  }
}
