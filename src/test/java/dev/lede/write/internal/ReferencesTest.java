package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No body sentence refers to something the story has not told before it. */
class ReferencesTest {
  private static int ids;

  private static Candidate candidate(String outlet, String text) {
    Doc d = Doc.analyze(WriterInput.of("r" + ids++, outlet, text));
    return Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), new StoryEntities(List.of(d)));
  }

  private static List<Candidate> kept(Candidate lede, Candidate... body) {
    List<Candidate> out = new ArrayList<>(List.of(body));
    List<Doc> docs = new ArrayList<>();
    docs.add(lede.doc);
    out.forEach(c -> docs.add(c.doc));
    SectionLayout.dropUnreferenced(List.of(lede), out, "Athens bank", Chronology.of(docs), 0);
    return out;
  }

  @Test
  void aThingNeverToldBeforeCannotOpenASentenceButPeopleNamesAndTheEventCan() {
    Candidate lede =
        candidate(
            "ap",
            "A fire-bomb attack on a bank in Athens left three people dead as protesters fought"
                + " police over spending cuts.");
    Candidate loans =
        candidate(
            "fox",
            "The loans are aimed at preventing Athens' debt troubles from becoming a crisis.");
    Candidate victims =
        candidate("bbc", "The victims were trapped on the upper floor of the branch, police said.");
    Candidate fire =
        candidate("sky", "The fire service reached the branch within minutes, officials said.");
    Candidate named =
        candidate("cnn", "The Marfin Bank branch had stayed open despite the general strike.");
    assertThat(kept(lede, loans, victims, fire, named)).containsExactly(victims, fire, named);
  }

  @Test
  void aThingTheStoryToldEarlierMayOpenASentence() {
    Candidate lede =
        candidate("ap", "Greece agreed loans worth 110 billion euros with its partners on Sunday.");
    Candidate loans =
        candidate(
            "fox",
            "The loans are aimed at preventing Athens' debt troubles from becoming a crisis.");
    assertThat(kept(lede, loans)).containsExactly(loans);
  }

  @Test
  void itSaidNeedsItsSourceRightBeforeIt() {
    Candidate lede =
        candidate(
            "ap", "A convicted sex offender escaped from two guards during a prison transfer.");
    Doc two =
        Doc.analyze(
            WriterInput.of(
                "r" + ids++,
                "wibw",
                "The prison agency said the inmate was armed. He fled on foot near Baytown,"
                    + " Texas, about 25 miles east of Houston, it said."));
    StoryEntities entities = new StoryEntities(List.of(two));
    Candidate agency = Scoring.candidate(two, 0, two.strictDraft(0).orElseThrow(), entities);
    Candidate itSaid = Scoring.candidate(two, 1, two.strictDraft(1).orElseThrow(), entities);
    Candidate other = candidate("abc", "Guards searched the woods near the highway overnight.");
    assertThat(References.unreferenced(itSaid, java.util.Set.of(), agency)).isFalse();
    assertThat(References.unreferenced(itSaid, java.util.Set.of(), other)).isTrue();
    assertThat(References.unreferenced(itSaid, java.util.Set.of(), lede)).isTrue();
    Candidate van =
        candidate(
            "wibw", "Officers found the van near Baytown, Texas, about 25 miles east, it said.");
    List<Candidate> body = new ArrayList<>(List.of(van, other));
    SectionLayout.dropUnreferenced(
        List.of(lede), body, "inmate", Chronology.of(List.of(lede.doc, van.doc, other.doc)), 0);
    assertThat(body).containsExactly(other);
  }

  /** Dev ECB+ 9_ecb (outlet-9_3ecb, 9_2ecb): dev round 25 and 26 judges flagged "the lawsuit". */
  @Test
  void aSentenceSayingTheLawsuitSaidFollowsTheSentenceThatFiledTheLawsuit() {
    Candidate lede =
        candidate(
            "ap",
            "The Bush administration issued two late-term regulations on Thursday that"
                + " environmentalists say weaken federal protection for endangered species.");
    Doc article =
        Doc.analyze(
            WriterInput.of(
                "r" + ids++,
                "outlet-9_3ecb",
                "Hours after Thursday's announcement, three environmental groups, Greenpeace,"
                    + " Defenders of Wildlife and Center for Biological Diversity, filed a lawsuit"
                    + " in U.S. District Court in San Francisco seeking to halt regulations that"
                    + " they say are inconsistent with the act. The regulations don't require"
                    + " federal agencies to seek consultation with U.S. Fish and Wildlife Service"
                    + " and National Marine Fisheries Service before approving projects, the"
                    + " lawsuit said."));
    StoryEntities entities = new StoryEntities(List.of(article));
    Candidate filed = Scoring.candidate(article, 0, article.strictDraft(0).orElseThrow(), entities);
    Candidate said = Scoring.candidate(article, 1, article.strictDraft(1).orElseThrow(), entities);
    Candidate other =
        candidate(
            "outlet-9_2ecb",
            "Interior went ahead with the rule change one day after the Environmental Protection"
                + " Agency dropped two other controversial rules changes.");
    assertThat(References.attributedThing(said.text)).contains(List.of("lawsuit"));
    assertThat(kept(lede, said, other, filed)).containsExactly(other, filed, said);
    assertThat(kept(lede, said, other)).containsExactly(other);
  }

  @Test
  void aSourceDescribedAsAPersonOrABodyEveryReaderKnowsNeedsNoIntroduction() {
    assertThat(References.attributedThing("The car was stolen, the police said.")).isEmpty();
    assertThat(References.attributedThing("He was at home, the victim's mother said.")).isEmpty();
    assertThat(References.attributedThing("He was at home, the woman said.")).isEmpty();
    assertThat(References.attributedThing("He was at home, the statement said."))
        .contains(List.of("statement"));
  }

  @Test
  void anOrganisationIntroducedByItsNameIsASourceNotAnUntoldThing() {
    Candidate lede =
        candidate(
            "outlet-a",
            "A magnitude 6.1 earthquake struck off the coast on Tuesday, the U.S. Geological Survey"
                + " said.");
    Candidate quake =
        candidate("outlet-b", "The quake struck at a depth of 10 km, the agency said.");
    for (String org : List.of("company", "agency", "ministry", "airline", "team", "hospital")) {
      assertThat(References.attributedThing("It was closed, the " + org + " said.")).isEmpty();
    }
    assertThat(kept(lede, quake)).containsExactly(quake);
  }

  /**
   * Dev ECB+ 1_ecb (outlet-1_4ecb, outlet-1_18ecb): dev round 26's judge flagged "Promises referred
   * to before it is named".
   */
  @Test
  void aSentenceOpeningWithTheFirstWordOfANameFollowsTheSentenceGivingTheWholeName() {
    Candidate lede =
        candidate(
            "outlet-1_10ecb",
            "Tara Reid has entered a rehab program, the American Pie star's rep confirmed to People"
                + " and Us Weekly on Friday.");
    Candidate promises =
        candidate(
            "outlet-1_4ecb",
            "Promises is a celeb favorite favored by Britney Spears and Lindsay Lohan -- it's also"
                + " where Mel Gibson retired to after his 2006 accident and anti-Semitic outburst.");
    Candidate reid =
        candidate(
            "outlet-1_2ecb",
            "Reid, 33, earned a reputation as a drunken partier after famously being photographed"
                + " on a red carpet.");
    Candidate centre =
        candidate(
            "outlet-1_18ecb",
            "The notorious party girl had checked into the Promises Treatment Centre in Malibu, her"
                + " publicist confirmed.");
    assertThat(kept(lede, promises, reid, centre)).containsExactly(reid, centre, promises);
    assertThat(kept(lede, promises, reid)).containsExactly(promises, reid);
  }
}
