package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.WrittenStory;
import dev.lede.write.OfflineWriter;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lede does not open with someone described but not named ("The 23-year-old earned ..."), nor
 * with the page furniture an extractor glued to the text ("Media playback is not supported on this
 * device").
 */
class UnnamedOpeningsTest {
  private static WrittenStory oneSource(String text) {
    return OfflineWriter.lexical()
        .write("story", List.of(WriterInput.of("bbc-1", "BBC", text)), List.of(), Instant.EPOCH);
  }

  @Test
  void anAgeOrAPersonNounAsTheSubjectIsAnUnnamedDescription() {
    assertThat(UnnamedOpenings.opensUnnamed("The 23-year-old earned GB's second medal.")).isTrue();
    assertThat(
            UnnamedOpenings.opensUnnamed(
                "The actress, 33, reportedly headed to a Malibu treatment facility on Tuesday."))
        .isTrue();
    assertThat(
            UnnamedOpenings.opensUnnamed(
                "The popular syndicated talkshow host also fronted the Emmys in 2001 and 2005."))
        .isTrue();
  }

  @Test
  void aNamedSubjectOrAThingIsNot() {
    assertThat(UnnamedOpenings.opensUnnamed("The Tottenham striker Harry Kane scored twice."))
        .isFalse();
    assertThat(UnnamedOpenings.opensUnnamed("The fire destroyed the store on Friday night."))
        .isFalse();
    assertThat(
            UnnamedOpenings.opensUnnamed(
                "The man who killed four people was sentenced to life in prison."))
        .isFalse();
    assertThat(UnnamedOpenings.opensUnnamed("Hannah Cockroft won the 100m final.")).isFalse();
  }

  @Test
  void aOneSourceLedeOpensWithTheNamingSentenceAndTheDescriptionFollows() {
    String text =
        "The 23-year-old earned GB's second medal of the championships in Doha on Thursday. "
            + "Hannah Cockroft won the 100m final in a championship record time of 17.55 seconds. "
            + "She had already taken gold in the 400m earlier in the week.";
    WrittenStory s = oneSource(text);
    assertThat(s.lede().get(0).text()).startsWith("Hannah Cockroft won");
    assertThat(s.lede()).anySatisfy(w -> assertThat(w.text()).startsWith("The 23-year-old"));
  }

  @Test
  void aPlayerNoticeGluedToTheFirstSentenceIsNeverPublished() {
    String text =
        "Media playback is not supported on this deviceSadio Mane scored twice in the space of"
            + " 138 seconds as second-placed Spurs were beaten at Anfield. Liverpool moved up to"
            + " fourth place in the Premier League table with the win on Saturday evening.";
    WrittenStory s = oneSource(text);
    assertThat(s.lede().get(0).text()).startsWith("Sadio Mane scored twice");
    assertThat(s.headline()).doesNotContainIgnoringCase("media playback");
    assertThat(
            Trimmer.withoutFurniture(
                "Share this withEmailFacebookTwitterWhatsAppLinkedinCopy"
                    + " this linkThe 76-year-old died."))
        .isEqualTo("The 76-year-old died.");
  }

  @Test
  void aTitleRunIntoTheTextIsNoSentenceButProseWithAShortVerbIs() {
    assertThat(Trimmer.proseShaped("Convicted Child Molestor Arcade Joseph Comeaux Jr.")).isFalse();
    assertThat(Trimmer.proseShaped("Lindsay Lohan Checks Into Rehab at Betty Ford Center."))
        .isFalse();
    assertThat(Trimmer.proseShaped("Pope Francis met Barack Obama at the Vatican.")).isTrue();
  }

  @Test
  void whenTheLatestDayHasNoOpeningFitToLeadTheLedeComesFromAnotherDay() {
    List<WriterInput> in = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      in.add(
          WriterInputs.at(
              "early" + i,
              "outlet" + i,
              "Ellen DeGeneres will host the Oscars for a second time next year, the Academy"
                  + " announced on Friday. The comedian made the announcement on Twitter, outlet "
                  + i
                  + " said.",
              "2013-08-02T12:00:00Z"));
    }
    in.add(
        0,
        WriterInputs.at(
            "late",
            "late-outlet",
            "The popular syndicated talkshow host also fronted the Emmys in 2001 and 2005.",
            "2013-08-05T12:00:00Z"));
    WrittenStory s = OfflineWriter.lexical().write("oscars", in, List.of(), Instant.EPOCH);
    assertThat(s.lede().get(0).text()).startsWith("Ellen DeGeneres will host");
  }
}
