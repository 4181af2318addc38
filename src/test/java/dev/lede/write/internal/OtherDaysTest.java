package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Undated sources: the lede's event is not told again on another weekday from another article. */
class OtherDaysTest {
  private static int ids;

  private static Candidate candidate(String outlet, String text) {
    Doc d = Doc.analyze(WriterInput.of("d" + ids++, outlet, text));
    return Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), new StoryEntities(List.of(d)));
  }

  private static List<Candidate> kept(Candidate lede, Candidate... body) {
    List<Candidate> all = new ArrayList<>(List.of(body));
    all.add(0, lede);
    Chronology chron = Chronology.of(all.stream().map(c -> c.doc).toList());
    List<Candidate> out = new ArrayList<>(List.of(body));
    chron.dropOtherDays(List.of(lede), out);
    return out;
  }

  @Test
  void theLedesEventOnAnotherWeekdayFromAnotherArticleIsLeftOut() {
    Candidate lede = candidate("ap", "Tara Reid checked into a rehab clinic in Malibu on Friday.");
    Candidate otherDay =
        candidate("bbc", "The actress reportedly checked into a treatment facility on Tuesday.");
    Candidate sameDay = candidate("cnn", "Her representative confirmed the news on Friday.");
    Candidate otherEvent =
        candidate("nbc", "Reid launched a new fashion line called Mantra on Tuesday.");
    assertThat(kept(lede, otherDay, sameDay, otherEvent)).containsExactly(sameDay, otherEvent);
  }

  @Test
  void aLaterDevelopmentAndTheDaySomethingWasSaidStay() {
    Candidate lede =
        candidate(
            "ap",
            "Anthony LaSalle hit and killed LuAnn Johnson in the parking lot of the store"
                + " Wednesday night.");
    Candidate charged =
        candidate("kare", "LaSalle was charged on Friday with third degree murder.");
    Candidate said =
        candidate("wcco", "Police said Saturday that LaSalle killed Johnson in the lot.");
    assertThat(kept(lede, charged, said)).containsExactly(charged, said);
  }

  @Test
  void aWeekdayFarFromTheSharedVerbDatesSomethingElse() {
    Candidate lede =
        candidate(
            "ap",
            "The Saints continued Wednesday, and placed running back Pierre Thomas on reserve.");
    Candidate other =
        candidate(
            "espn",
            "The Saints made that move one day after placing Chris Ivory on injured reserve"
                + " because of a foot injury that occurred during Sunday's finale.");
    assertThat(kept(lede, other)).containsExactly(other);
  }

  @Test
  void aDayToldRelativeToAnUndatedSourceIsLeftOutOfTheBodyButADatedOnesAndAQuotesStay() {
    Candidate lede = candidate("ap", "A driver struck and killed a woman in Queens on Friday.");
    Candidate lastNight =
        candidate("gothamist", "The driver was charged with homicide after the crash last night.");
    Candidate thisMorning =
        candidate("ny1", "Police this morning identified the driver as Vishwanand Subryan.");
    Candidate quoted =
        candidate("nbc", "\"We are all shocked today,\" said her nephew, Ravi Singh.");
    Doc datedDoc =
        Doc.analyze(
            new WriterInput(
                "dated",
                Optional.empty(),
                "The driver was arraigned on manslaughter charges yesterday.",
                "timesledger",
                Optional.empty(),
                Optional.of(Instant.parse("2013-09-16T10:00:00Z"))));
    Candidate dated =
        Scoring.candidate(
            datedDoc,
            0,
            datedDoc.strictDraft(0).orElseThrow(),
            new StoryEntities(List.of(datedDoc)));
    List<Candidate> body = new ArrayList<>(List.of(lastNight, thisMorning, quoted, dated));
    Chronology chron =
        Chronology.of(List.of(lede.doc, lastNight.doc, thisMorning.doc, quoted.doc, datedDoc));
    List<Candidate> few = new ArrayList<>(List.of(lastNight, thisMorning));
    chron.dropUndatedRelativeDays(few, 2);
    assertThat(few).as("the sections a story needs keep their sentences").hasSize(2);
    chron.dropUndatedRelativeDays(body, 0);
    assertThat(body).containsExactly(quoted, dated);
  }
}
