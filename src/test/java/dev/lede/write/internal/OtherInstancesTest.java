package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No sentence about another quake, shooting or patch than the story's own. */
class OtherInstancesTest {
  private static List<Candidate> candidates(String... texts) {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(Doc.analyze(WriterInput.of("d" + i, "outlet" + i, texts[i])));
    }
    entities = new StoryEntities(docs);
    return Scoring.candidates(docs, entities, false);
  }

  private static StoryEntities entities;

  private static Candidate find(List<Candidate> cands, String start) {
    return cands.stream().filter(c -> c.text.startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void anEarlierQuakeWithAnotherMagnitudeIsAnotherEvent() {
    List<Candidate> cands =
        candidates(
            "A strong 5.6-magnitude earthquake jolted part of Qeshm island in the Gulf on Sunday.",
            "A powerful quake with a magnitude of 6.1 struck southern Iran in September near the"
                + " port city of Bandar Abbas, on the mainland near Qeshm island.",
            "The quake damaged houses in two villages on Qeshm island, the governor said.");
    List<Candidate> lede = List.of(find(cands, "A strong 5.6"));
    assertThat(
            OtherInstances.another(
                find(cands, "A powerful quake"), lede, entities, Optional.empty()))
        .isTrue();
    assertThat(
            OtherInstances.another(
                find(cands, "The quake damaged"), lede, entities, Optional.empty()))
        .as("this quake's damage: no earlier time")
        .isFalse();
  }

  @Test
  void anotherPersonsEarlierShootingIsAnotherEventButTheStorysOwnPersonsPastStays() {
    List<Candidate> cands =
        candidates(
            "Yvonne Hiller shot and killed two co-workers at a Kraft plant in Philadelphia.",
            "Earlier this year, Amy Bishop was charged with murder in a campus shooting in"
                + " Alabama.",
            "Yvonne Hiller had previously been involved in a shooting at another plant, police"
                + " said.",
            "In 2009, she was suspended after a shooting threat, colleagues said.");
    List<Candidate> lede = List.of(find(cands, "Yvonne Hiller shot"));
    assertThat(
            OtherInstances.another(
                find(cands, "Earlier this year"), lede, entities, Optional.empty()))
        .isTrue();
    assertThat(
            OtherInstances.another(
                find(cands, "Yvonne Hiller had previously"), lede, entities, Optional.empty()))
        .as("the lede's own person")
        .isFalse();
    assertThat(
            OtherInstances.another(find(cands, "In 2009, she"), lede, entities, Optional.empty()))
        .as("refers back to the lede's person")
        .isFalse();
  }

  @Test
  void theStorysOwnMonthIsNoEarlierTime() {
    assertThat(OtherInstances.earlier("The quake struck in September.", Optional.empty())).isTrue();
    assertThat(
            OtherInstances.earlier(
                "The quake struck in September.", Optional.of(LocalDate.of(2008, 9, 28))))
        .isFalse();
    assertThat(OtherInstances.earlier("Aftershocks followed on Monday.", Optional.empty()))
        .isFalse();
  }

  private static List<Doc> docs = List.of();

  private static List<Candidate> story(String... texts) {
    List<Doc> ds = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      ds.add(Doc.analyze(WriterInput.of("d" + i, "outlet" + i, texts[i])));
    }
    docs = ds;
    entities = new StoryEntities(ds);
    return Scoring.candidates(ds, entities, false);
  }

  private static boolean elsewhere(List<Candidate> cands, String lede, String start) {
    List<Candidate> opening = List.of(find(cands, lede));
    Set<String> core = OtherInstances.coreNames(docs, entities, opening);
    return OtherInstances.elsewhere(find(cands, start), opening, entities, core, Optional.empty());
  }

  @Test
  void anUndercardFightOfOtherBoxersIsAnotherEventThoughNoEarlierTimeIsNamed() {
    List<Candidate> cands =
        story(
            "Wladimir Klitschko stopped Hasim Rahman in Mannheim on Saturday to retain his titles."
                + " Klitschko won his 10th consecutive bout.",
            "Klitschko beat Rahman in the seventh round in Mannheim. Former champion Riddick Bowe"
                + " returned to the ring with an eight round decision win over Gene Pukall.",
            "Rahman, 36, fell from three left hooks in the sixth, Klitschko's trainer Emanuel"
                + " Steward said after the bout.");
    assertThat(elsewhere(cands, "Wladimir Klitschko stopped", "Former champion Riddick Bowe"))
        .isTrue();
    assertThat(elsewhere(cands, "Wladimir Klitschko stopped", "Rahman, 36"))
        .as("the story's own boxer, with a trainer quoted")
        .isFalse();
  }

  @Test
  void anotherCitysHeistSetApartByAlsoIsAnotherEventEvenWhenEveryArticleRecallsIt() {
    List<Candidate> cands =
        story(
            "Thieves pulled off a jewellery heist at the Casty store in Paris on Monday. The raid"
                + " comes a month after a bandit robbed a hotel in Cannes.",
            "Four men rammed their car into the Casty store in Paris. Thieves also targeted the"
                + " Cannes film festival, stealing jewelry from a Chopard safe in Switzerland's"
                + " name.",
            "The Paris heist at Casty follows the Cannes robbery. A police source said the men"
                + " grabbed watches worth 2 million euros at the Casty store.");
    assertThat(elsewhere(cands, "Thieves pulled off", "Thieves also targeted")).isTrue();
    assertThat(elsewhere(cands, "Thieves pulled off", "A police source said"))
        .as("this heist, told by a source")
        .isFalse();
  }

  @Test
  void theSameBodysEarlierActOfTheStorysKindIsAnotherEventButTheOpeningsOwnSceneIsNot() {
    List<Candidate> cands =
        candidates(
            "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday.",
            "A year ago, the 76ers fired president Billy King and replaced him with Ed Stefanski.",
            "Cheeks played 15 seasons in the NBA and retired in 1993.");
    List<Candidate> lede = List.of(find(cands, "The Philadelphia 76ers fired"));
    assertThat(OtherInstances.another(find(cands, "A year ago"), lede, entities, Optional.empty()))
        .isTrue();
    assertThat(
            OtherInstances.another(find(cands, "Cheeks played"), lede, entities, Optional.empty()))
        .as("the story's own person's past")
        .isFalse();
    List<Candidate> staunton =
        candidates(
            "Staunton Police arrested Sharron Smith on murder charges in the 1967 slayings of two"
                + " women at High's Ice Cream Shop.",
            "A 60-year-old woman charged with killing two young women in a Staunton ice cream"
                + " shop 41 years ago was released without bail.");
    assertThat(
            OtherInstances.another(
                find(staunton, "A 60-year-old"),
                List.of(find(staunton, "Staunton Police")),
                entities,
                Optional.empty()))
        .as("the opening's own old crime")
        .isFalse();
  }

  @Test
  void aSentenceCountingAnotherRobberyInTheSameCityIsAnotherEvent() {
    List<Candidate> cands =
        story(
            "Thieves pulled off a jewellery heist at the Casty store in Paris on Monday.",
            "Four men rammed their car into the Casty store in Paris. Paris also witnessed another"
                + " dramatic robbery on Sunday night when thieves stormed an office of SNCF.",
            "Police said there might be a second car used in the Paris heist at Casty.");
    assertThat(elsewhere(cands, "Thieves pulled off", "Paris also witnessed")).isTrue();
    assertThat(elsewhere(cands, "Thieves pulled off", "Police said there might"))
        .as("a second car of the same heist")
        .isFalse();
  }

  /**
   * ECB+ dev topic 3 (3_2ecb, 3_3ecb, 3_4ecb, 3_9ecb; ECB+ corpus, CC BY 3.0): a story on Brian
   * Nichols's sentence, where one outlet lists other men convicted in Georgia. Georgia and Fulton
   * County are the story's places too, but they do not make those men's convictions its own.
   */
  @Test
  void otherMenConvictedInTheStorysStateAreAnotherInstanceThoughTheStatesNamesAreShared() {
    List<Candidate> cands =
        story(
            "Former Kutztown University football player Brian Nichols has received a sentence of"
                + " life in prison without parole for a March 2005 shooting spree in an Atlanta"
                + " courthouse in Georgia.",
            "Nichols rose to infamy when he escaped from custody at the Fulton County Courthouse"
                + " in Georgia during his rape trial on March 11, 2005.",
            "He will likely die in prison after Superior Court Judge James Bodiford handed down"
                + " the maximum sentence on each charge in the Fulton County case in Georgia.",
            "Jamil Abdullah Al-Amin, the 1960s militant once named H. Rap Brown, convicted in"
                + " Georgia of the state crime of murdering a Fulton County deputy. Nichols was"
                + " convicted of killing four people in the Fulton County Courthouse rampage.");
    String lede = "Former Kutztown";
    assertThat(OtherInstances.coreNames(docs, entities, List.of(find(cands, lede))))
        .as("the shared places are core names")
        .contains("georgia", "county");
    assertThat(elsewhere(cands, lede, "Jamil Abdullah Al-Amin")).isTrue();
    assertThat(elsewhere(cands, lede, "Nichols was convicted"))
        .as("the story's own man convicted")
        .isFalse();
  }

  @Test
  void monthsPriorAndTheEndOrEarlyPartOfAnotherMonthAreEarlierTimes() {
    assertThat(
            OtherInstances.earlier(
                "Six months prior to this incident, his brother-in-law was stabbed to death.",
                Optional.empty()))
        .isTrue();
    assertThat(
            OtherInstances.earlier(
                "At the end of July, an armed man carried out a robbery at the Carlton Hotel.",
                Optional.of(LocalDate.of(2013, 9, 2))))
        .isTrue();
    assertThat(
            OtherInstances.earlier(
                "At the end of July, the hotel reopened.", Optional.of(LocalDate.of(2013, 7, 30))))
        .as("the story's own month")
        .isFalse();
    assertThat(
            OtherInstances.earlier(
                "Early November, the British Royal Navy had captured eight pirates.",
                Optional.of(LocalDate.of(2008, 12, 13))))
        .isTrue();
    assertThat(
            OtherInstances.earlier(
                "By mid-October the navy had sunk a mother ship.",
                Optional.of(LocalDate.of(2008, 12, 13))))
        .isTrue();
    assertThat(
            OtherInstances.earlier(
                "Early December the navy captured 23 pirates.",
                Optional.of(LocalDate.of(2008, 12, 13))))
        .as("the story's own month")
        .isFalse();
  }

  /**
   * ECB+ dev topic 16 (16_3ecbplus, odmp.org; 16_7ecbplus, articles.latimes.com; ECB+ corpus, CC BY
   * 3.0): the deputy's brother-in-law stabbed months before is another killing, though the deputy
   * is named, as a relative's owner; the deputy's own past stays.
   */
  @Test
  void aKillingOfTheStorysPersonsRelativeMonthsBeforeIsAnotherEvent() {
    List<Candidate> cands =
        candidates(
            "A 27-year-old parolee is found cowering in a bathtub near the house where Jerry Ortiz"
                + " had been shot in the head a few hours earlier.",
            "Six months prior to this incident, Deputy Ortiz's brother-in-law, Corrections Officer"
                + " Manuel A. Gonzalez, of the California Department of Corrections, was stabbed"
                + " to death by a gang member inmate at California Institution for Men in Chino.",
            "Last year, Ortiz won the department's Medal of Honor after he fatally shot a"
                + " carjacker who drew a gun on him and his partner.");
    List<Candidate> lede = List.of(find(cands, "A 27-year-old"));
    assertThat(
            OtherInstances.another(
                find(cands, "Six months prior"), lede, entities, Optional.empty()))
        .isTrue();
    assertThat(OtherInstances.another(find(cands, "Last year"), lede, entities, Optional.empty()))
        .as("the deputy's own past")
        .isFalse();
    assertThat(
            OtherInstances.onlyOwning(
                "The victory took Klitschko's record to 52-3, his unbeaten run to 10 since losing"
                    + " to Lamon Brewster in 2004.",
                Set.of("Wladimir Klitschko")))
        .as("7_ecb: the boxer's own record")
        .isFalse();
  }
}
