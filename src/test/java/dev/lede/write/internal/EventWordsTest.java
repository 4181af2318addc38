package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventWordsTest {
  /** Stems of the event-word readings of content words, no capital read as lower case. */
  private static List<String> read(String text) {
    return read(text, false);
  }

  private static List<String> read(String text, boolean capitalsWrittenLowerCase) {
    List<String> out = new ArrayList<>();
    for (EventWords.Occurrence o :
        EventWords.read(text, Words::isContent, w -> capitalsWrittenLowerCase)) {
      out.add(o.stem());
    }
    return out;
  }

  @Test
  void aNounModifyingTheNextIsNotTheHeadOfItsPhrase() {
    assertThat(read("An attack helicopter landed.")).doesNotContain("attack");
    assertThat(read("A fire - bomb attack hit the bank."))
        .contains("attack")
        .doesNotContain("fire");
    assertThat(read("Fire crews arrived.", true)).doesNotContain("fire");
    assertThat(read("She entered a rehab program.")).doesNotContain("rehab");
    assertThat(read("She entered rehab on Friday.")).contains("rehab");
    assertThat(read("The fire broke out at night.")).contains("fire");
    assertThat(read("The fire destroyed the store.")).contains("fire");
  }

  @Test
  void aHeadWhoseModifierChangesItsSenseIsNoEvent() {
    assertThat(read("She died after a heart attack.")).doesNotContain("attack");
    assertThat(read("He suffered cardiac arrest.")).doesNotContain("arrest");
    assertThat(read("It has a host of features.")).doesNotContain("host");
    assertThat(read("A gunman opened fire at a party."))
        .contains("shooting")
        .doesNotContain("fire");
  }

  @Test
  void aVerbGivesTheEventNounItStandsForOrNothing() {
    assertThat(read("Bettie Page has died.")).containsExactly("death");
    assertThat(read("Ellen DeGeneres will host the Oscars.")).contains("host");
    assertThat(read("Apple announces Mac OS X Lion.")).isEmpty();
    assertThat(read("Boeing rolls out the first 787.")).isEmpty();
    assertThat(read("Police arrested two men.")).contains("arrest").doesNotContain("arrested");
  }

  @Test
  void aCapitalGivenByPositionOrTitleCaseIsReadButNotBeforeAnotherCapital() {
    assertThat(read("Bankruptcy for GM becomes almost certain", true)).contains("bankruptcy");
    assertThat(read("Bankruptcy for GM becomes almost certain", false))
        .doesNotContain("bankruptcy");
    assertThat(read("Lohan Checks Into Betty Ford Rehab - Where She Knows Everyone", true))
        .contains("rehab");
    assertThat(read("Philadelphia 76ers Fire Coach Jim O'Brien", true)).doesNotContain("fire");
  }

  @Test
  void whatFollowsAWordOpeningTheCircumstancesIsContext() {
    List<EventWords.Occurrence> o =
        EventWords.read(
            "A firebomb attack killed three as protesters fought budget cuts.",
            Words::isContent,
            w -> false);
    assertThat(o)
        .filteredOn(x -> x.stem().equals("attack"))
        .singleElement()
        .matches(x -> !x.context());
    assertThat(o)
        .filteredOn(x -> x.stem().equals("cut"))
        .singleElement()
        .matches(EventWords.Occurrence::context);
  }

  private static WriterInput article(String id, String text) {
    return new WriterInput(
        id, Optional.empty(), text, "outlet-" + id, Optional.empty(), Optional.empty());
  }

  @Test
  void theKeyphraseNamesTheDeathNotTheHeartAttackBeforeIt() {
    List<Doc> docs =
        List.of(
            Doc.analyze(
                article(
                    "a",
                    "Pin-up icon Bettie Page died Thursday in Los Angeles after a heart attack.\n\n"
                        + "Page was 85. Her death was announced by her agent.")),
            Doc.analyze(
                article(
                    "b",
                    "Bettie Page, the 1950s pin-up model, has died after suffering a heart attack"
                        + " in Los Angeles.\n\nHer death ends a long recovery.")),
            Doc.analyze(
                article(
                    "c",
                    "Bettie Page succumbed to complications of a heart attack in Los Angeles.\n\n"
                        + "Fans mourned her death on Friday.")));
    String kp = Keyphrases.pick(docs, new StoryEntities(docs));
    assertThat(kp).isEqualTo("Bettie Page death");
  }

  @Test
  void noEventWordIsBetterThanAPlaceOrAThing() {
    List<Doc> docs =
        List.of(
            Doc.analyze(
                article(
                    "a",
                    "The Waitrose supermarket in Wellington reopened its doors on Monday.\n\n"
                        + "The supermarket had been closed for a month.")),
            Doc.analyze(
                article(
                    "b",
                    "Shoppers returned to the Waitrose supermarket in Wellington on Monday.\n\n"
                        + "The supermarket sells groceries.")));
    String kp = Keyphrases.pick(docs, new StoryEntities(docs));
    assertThat(kp).doesNotContain("supermarket");
  }
}
