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
  void theSubjectOfTheSentenceBeforeStandsInForADescriptionOfAnUnnamedPerson() {
    Trimmer.Draft d =
        second(
            "Ellen DeGeneres will host the Academy Awards for a second time next year. The comedian"
                + " and talk show host made the announcement via her Twitter feed on Friday.");
    assertThat(d.text())
        .isEqualTo("Ellen DeGeneres made the announcement via her Twitter feed on Friday.");
    assertThat(d.resolved()).isTrue();
    assertThat(d.spans()).extracting(s -> s.quote()).anyMatch(q -> q.startsWith("Ellen DeGeneres"));
    assertThat(
            second(
                    "Brian Nichols was sentenced on Saturday. The 37-year-old was convicted last"
                        + " month of murder.")
                .text())
        .startsWith("Brian Nichols was convicted");
  }

  @Test
  void aDescriptionANameFollowsOrOfSeveralPeopleStaysAsWritten() {
    assertThat(
            second(
                    "Brian Nichols was sentenced on Saturday. The man, Brian G. Nichols, 37, was"
                        + " found guilty last month.")
                .text())
        .startsWith("The man, Brian G. Nichols");
    assertThat(
            second(
                    "Authorities said the fire was set. The Bible Church's head minister said it"
                        + " was deliberate.")
                .text())
        .startsWith("The Bible Church's head minister");
    assertThat(
            second(
                    "Coach Sean Payton praised the squad on Sunday. The players were given two"
                        + " days off.")
                .text())
        .startsWith("The players were given");
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

  /**
   * ECB+ dev topic 25 (25_15ecbplus, wwltv.com; ECB+ corpus, CC BY 3.0): "Less than three weeks
   * later" counts from the sentence before (another back's injury in training camp); alone, the
   * sentence would tell that earlier injury as the story's news.
   */
  @Test
  void aTimeCountedFromTheSentenceBeforeLeansOnIt() {
    Trimmer.Draft d =
        second(
            "The Saints have had a season - long struggle with the running back corps, dating back"
                + " to training camp when Lynell Hamilton was lost for the season when he tore up"
                + " his knee in practices with New England. Less than three weeks later, P. J."
                + " Hill was placed on IR with a torn triceps that he injured in a preseason game"
                + " against Houston.");
    assertThat(d.text()).startsWith("Less than three weeks later");
    assertThat(d.dangling()).isTrue();
    assertThat(
            second(
                    "Pierre Thomas was placed on IR. A week later, Pierre Thomas went out for"
                        + " nearly nine weeks when he severely sprained his ankle.")
                .dangling())
        .isTrue();
    assertThat(
            second("Pierre Thomas was placed on IR. The next day, the Saints signed Joique Bell.")
                .dangling())
        .isTrue();
    assertThat(
            second(
                    "Pierre Thomas was placed on IR. Three weeks of rest will not be enough, the"
                        + " team said.")
                .dangling())
        .as("a span of time, not a time counted from the sentence before")
        .isFalse();
  }

  /**
   * ECB+ dev topics 5 and 10 (5_4ecbplus, insidehoops.com; 10_5ecb; ECB+ corpus, CC BY 3.0): a
   * phrase of time or place opening the sentence holds the pronoun whose person came before.
   */
  @Test
  void aPronounInsideAnOpeningPhraseLeansOnTheSentenceBefore() {
    assertThat(
            second(
                    "Cheeks was named the team's head coach in 2001. During his time in Portland,"
                        + " the Blazers reached the NBA Playoffs twice.")
                .dangling())
        .isTrue();
    assertThat(
            second(
                    "The Angels traded for Teixeira in July. In 54 games with the Angels he hit"
                        + " .358 with 13 home runs and 43 RBIs.")
                .dangling())
        .isTrue();
    assertThat(
            second(
                    "The Angels traded for Teixeira in July. In 54 games with the Angels, the team"
                        + " won 40 times.")
                .dangling())
        .as("no pronoun: the sentence stands alone")
        .isFalse();
  }

  /** ECB+ dev topics 5 and 21 (5_4ecb, 21_2ecb; ECB+ corpus, CC BY 3.0). */
  @Test
  void aSpeakerCalledOnlyTheSourceOrTheStationLeansOnTheSentenceBefore() {
    assertThat(
            second(
                    "A league source said Stefanski made the call. \"Ed just wasn't seeing any"
                        + " progress,\" the source said on Saturday.")
                .dangling())
        .isTrue();
    assertThat(
            second(
                    "KARE 11 spoke to witnesses at the store. The woman was walking in a crosswalk"
                        + " when she was hit, the station reported.")
                .dangling())
        .isTrue();
    assertThat(
            second(
                    "KARE 11 spoke to witnesses at the store. The woman was walking in a crosswalk"
                        + " when she was hit, KARE 11 reported.")
                .dangling())
        .as("a speaker named")
        .isFalse();
  }

  /** ECB+ dev topic 20 (20_4ecb; ECB+ corpus, CC BY 3.0). */
  @Test
  void aSpeakerCalledOnlyTheOfficialLeansOnTheSentenceBefore() {
    assertThat(
            second(
                    "Governor Mehdi Irannejad said two people were hurt. Relief aid and medical teams"
                        + " have already been dispatched to the quake site, the official said.")
                .dangling())
        .isTrue();
    assertThat(
            second(
                    "Governor Mehdi Irannejad said two people were hurt. Relief aid and medical teams"
                        + " have already been dispatched to the quake site, an official said.")
                .dangling())
        .as("an official is no one told before")
        .isFalse();
  }
}
