package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sections in time order when some sources carry no date. */
class ChronologyOrderTest {
  private static WriterInput dated(String id, String day, String text) {
    return WriterInputs.at(id, id + ".com", text, day + "T12:00:00Z");
  }

  @Test
  void anUndatedReportOfTheEscapeRunsWithTheEscapesCoverageBeforeTheCapture() {
    List<WriterInput> inputs =
        List.of(
            dated(
                "capture",
                "2009-12-07",
                "Texas inmate Arcade Comeaux was captured in Houston on Monday after a weeklong"
                    + " manhunt and phone tips from a salesman."),
            WriterInput.of(
                "undated",
                "undated.com",
                "Rewards are offered for the escaped inmate Arcade Comeaux, who pulled a gun on"
                    + " two guards during a prison transfer near Baytown."),
            dated(
                "escape",
                "2009-11-30",
                "Inmate Arcade Comeaux pulled a gun on two guards during a prison transfer near"
                    + " Baytown and escaped on foot."));
    List<Doc> docs = inputs.stream().map(Doc::analyze).toList();
    StoryEntities entities = new StoryEntities(docs);
    List<Candidate> items = new ArrayList<>(Scoring.candidates(docs, entities, false));
    Chronology chron = Chronology.of(docs);
    chron.order(items);
    assertThat(items.stream().map(c -> c.doc.id()).toList())
        .as("the undated report sorts with the escape, before the capture")
        .containsExactlyInAnyOrder("escape", "undated", "capture")
        .endsWith("capture");
    assertThat(chron.dateOf(docs.get(1))).as("never attributed to a date").isEmpty();

    // The capture after the undated report still says when its source reported it.
    GroundingChecker checker = GroundingChecker.forInputs(inputs);
    String rendered =
        chron.render(items.get(2), chron.orderDayOf(items.get(1).doc), checker).text();
    assertThat(rendered).contains("capture.com").contains("7 December");
  }

  @Test
  void lastNightFromOneOfSeveralOutletsSaysWhichDayItsSourceCameOutThoughAllCameOutThatDay() {
    List<WriterInput> inputs =
        List.of(
            dated(
                "gothamist",
                "2013-09-14",
                "A driver has been charged with homicide after police say he struck and killed a"
                    + " woman in Queens last night."),
            dated(
                "dnainfo",
                "2013-09-14",
                "Police arrested a driver after a woman was killed in a hit-and-run in Queens."));
    List<Doc> docs = inputs.stream().map(Doc::analyze).toList();
    List<Candidate> items =
        new ArrayList<>(Scoring.candidates(docs, new StoryEntities(docs), false));
    Chronology chron = Chronology.of(docs);
    GroundingChecker checker = GroundingChecker.forInputs(inputs);
    Candidate lastNight =
        items.stream().filter(c -> c.text.contains("last night")).findFirst().orElseThrow();
    Candidate plain =
        items.stream().filter(c -> c.text.startsWith("Police")).findFirst().orElseThrow();
    Optional<java.time.LocalDate> sameDay = chron.dateOf(docs.get(0));
    assertThat(chron.render(lastNight, sameDay, checker).text())
        .contains("gothamist.com reported on 14 September");
    assertThat(chron.render(plain, sameDay, checker).text()).doesNotContain("reported on");

    List<Doc> one = List.of(docs.get(0));
    Candidate alone =
        Scoring.candidates(one, new StoryEntities(one), false).stream()
            .filter(c -> c.text.contains("last night"))
            .findFirst()
            .orElseThrow();
    assertThat(Chronology.of(one).render(alone, sameDay, checker).text())
        .as("one outlet's last night is its story's own")
        .doesNotContain("reported on");
  }

  /**
   * Dev ECB+ topic 20 (20_6ecbplus and 20_11ecbplus; ECB+ corpus, CC BY 3.0): pages with no
   * metadata carry their day on a dateline line under the title; the early report of three dead
   * sorts before the next day's ten and says when it came out. A date in an opening sentence dates
   * its event, not the page, and is never attributed.
   */
  @Test
  void aDatelineUnderTheTitleDatesAPageWithNoMetadata() {
    List<WriterInput> inputs =
        List.of(
            WriterInput.of(
                "latimes",
                "latimes.com",
                "Earthquake Levels Villages on Iranian Island of Qeshm\nNovember 28, 2005\nTen"
                    + " people were killed and at least 50 injured when an earthquake razed"
                    + " villages on the island of Qeshm on Sunday, officials said."),
            WriterInput.of(
                "du",
                "democraticunderground.com",
                "'Several die' in south Iran quake\nNovember 27, 2005\nA powerful earthquake has"
                    + " hit southern Iran, destroying several villages and killing at least three"
                    + " people, according to reports."),
            WriterInput.of(
                "event",
                "event.com",
                "Brian Nichols escaped from the Fulton County courthouse on March 11, 2005, after"
                    + " overpowering a deputy, prosecutors told the jury."));
    List<Doc> docs = inputs.stream().map(Doc::analyze).toList();
    Chronology chron = Chronology.of(docs);
    assertThat(chron.dateOf(docs.get(0))).contains(java.time.LocalDate.of(2005, 11, 28));
    assertThat(chron.dateOf(docs.get(1))).contains(java.time.LocalDate.of(2005, 11, 27));
    assertThat(chron.dateOf(docs.get(2))).as("an event's date, not a dateline").isEmpty();
    List<Candidate> items =
        new ArrayList<>(Scoring.candidates(docs.subList(0, 2), new StoryEntities(docs), false));
    chron.order(items);
    assertThat(items.get(0).doc.id()).isEqualTo("du");
    GroundingChecker checker = GroundingChecker.forInputs(inputs);
    Candidate three =
        items.stream().filter(c -> c.text.contains("three people")).findFirst().orElseThrow();
    String rendered = chron.render(three, chron.latestDay(), checker).text();
    assertThat(rendered).contains("democraticunderground.com").contains("27 November");
  }

  /**
   * Dev ECB+ topic 9 (9_11ecbplus and 9_3ecbplus; ECB+ corpus, CC BY 3.0): the lede's "today" (28
   * April) and a body sentence's "today" (27 April) are two days; the lede says its source's day
   * too, and in a story of one day it stays as written.
   */
  @Test
  void aLedeTellingTodayInAStoryOfSeveralDaysSaysItsSourcesDay() {
    String lede =
        "The Obama administration today revoked an eleventh-hour Bush-era rule that undermined"
            + " protections for endangered species.";
    List<WriterInput> inputs =
        List.of(
            dated("ens-newswire", "2009-04-28", lede),
            dated(
                "ucsusa",
                "2009-04-27",
                "More than 1,300 scientists today called on the Interior and Commerce departments"
                    + " to overturn the rule changes."));
    List<Doc> docs = inputs.stream().map(Doc::analyze).toList();
    List<Candidate> items = Scoring.candidates(docs, new StoryEntities(docs), false);
    Candidate today = items.stream().filter(c -> c.text.equals(lede)).findFirst().orElseThrow();
    GroundingChecker checker = GroundingChecker.forInputs(inputs);
    WrittenSentence written = Chronology.of(docs).lede(List.of(today), checker).get(0);
    assertThat(written.text()).endsWith(", ens-newswire.com reported on 28 April.");
    assertThat(checker.supports(written)).isTrue();

    List<Doc> oneDay = List.of(docs.get(0));
    assertThat(Chronology.of(oneDay).lede(List.of(today), checker).get(0).text())
        .as("one day: the lede's today is the story's own")
        .isEqualTo(lede);
  }

  /**
   * Dev ECB+ topic 3 (3_5ecbplus without its dateline, 3_8ecbplus; ECB+ corpus, CC BY 3.0): below
   * an undated report's "Monday", the dated report's "Tuesday" said no day, since the undated one
   * was placed on its day; the reader, told no day since the lede's, took both for the latest
   * coverage's week. It says when its source reported it.
   */
  @Test
  void aDatedReportAfterAnUndatedOnePlacedOnItsDaySaysWhenTheReaderWasNotToldThatDay() {
    String tuesday =
        "After facing serious questions about how 900 prohibited cell phones were smuggled into"
            + " Texas prisons this year, the Texas Department of Criminal Justice found itself on"
            + " the defensive again Tuesday while trying to find an inmate who escaped despite"
            + " being shackled to a wheelchair.";
    List<WriterInput> inputs =
        List.of(
            dated(
                "capture",
                "2009-12-07",
                "Texas inmate Arcade Comeaux was captured in Houston on Monday after a weeklong"
                    + " manhunt."),
            WriterInput.of(
                "nydailynews",
                "nydailynews.com",
                "Comeaux was in a wheelchair Monday when he pulled a gun on two guards during a"
                    + " transfer, and escaped shackled to a wheelchair, an inmate the Texas"
                    + " Department of Criminal Justice is trying to find."),
            dated("chron", "2009-11-30", tuesday));
    List<Doc> docs = inputs.stream().map(Doc::analyze).toList();
    List<Candidate> all = Scoring.candidates(docs, new StoryEntities(docs), false);
    Chronology chron = Chronology.of(docs);
    assertThat(chron.orderDayOf(docs.get(1)))
        .as("placed on the escape's coverage")
        .contains(java.time.LocalDate.of(2009, 11, 30));
    List<Candidate> items =
        List.of(
            all.stream().filter(c -> c.doc == docs.get(1)).findFirst().orElseThrow(),
            all.stream().filter(c -> c.text.equals(tuesday)).findFirst().orElseThrow());
    List<List<WrittenSentence>> paragraphs =
        SectionLayout.paragraphs(
            items, java.util.Map.of(), chron, GroundingChecker.forInputs(inputs));
    assertThat(paragraphs.get(0).get(0).text()).doesNotContain("reported on");
    assertThat(paragraphs.get(0).get(1).text()).contains("chron.com reported on 30 November");
  }

  /**
   * Dev ECB+ topic 1 (1_15ecbplus; ECB+ corpus, CC BY 3.0): a lede sentence from an earlier day's
   * report telling a weekday says its source's day in a story of several days; from the latest
   * day's report it stays as written.
   */
  @Test
  void aLedeTellingAWeekdayFromAnEarlierDaysReportSaysItsSourcesDay() {
    String lede =
        "After leaving rehab in Newport Beach, Calif., less than an hour after checking in on"
            + " Thursday, Lindsay Lohan admitted herself to the Betty Ford Center.";
    String later = "Lindsay Lohan checked in at the Betty Ford Center on Friday, her lawyer said.";
    List<WriterInput> inputs =
        List.of(dated("tmz", "2013-05-03", lede), dated("people", "2013-05-04", later));
    List<Doc> docs = inputs.stream().map(Doc::analyze).toList();
    List<Candidate> items = Scoring.candidates(docs, new StoryEntities(docs), false);
    Candidate thursday = items.stream().filter(c -> c.text.equals(lede)).findFirst().orElseThrow();
    Candidate friday = items.stream().filter(c -> c.text.equals(later)).findFirst().orElseThrow();
    GroundingChecker checker = GroundingChecker.forInputs(inputs);
    List<WrittenSentence> written = Chronology.of(docs).lede(List.of(thursday, friday), checker);
    assertThat(written.get(0).text()).contains("tmz.com reported on 3 May");
    assertThat(checker.supports(written.get(0))).isTrue();
    assertThat(written.get(1).text()).as("the latest day's own").isEqualTo(later);
  }
}
