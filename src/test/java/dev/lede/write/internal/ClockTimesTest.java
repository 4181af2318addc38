package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clock time an event began is a figure: outlets that disagree on it are reconciled in one
 * attributed sentence, never told as two bare times. Sentences from ECB+ dev topic 14 (14_1ecb,
 * 14_2ecb, 14_6ecb, 14_8ecb: the Waitrose fire in Banstead; ECB+ corpus, CC BY 3.0).
 */
class ClockTimesTest {
  private static final String GMT =
      "More than 50 firefighters tackled the blaze at the store in High Street, Banstead, which"
          + " broke out on the roof at about 2045 GMT on Friday.";
  private static final String PM =
      "They were initially sent to Banstead Baptist Church after the blaze broke out about 8.40pm.";

  @Test
  void aStartTimeIsReadOnTheClockWhateverWayItIsWritten() {
    assertThat(ClockTimes.in(GMT))
        .singleElement()
        .extracting(Figures.Figure::value)
        .isEqualTo("20:45Z");
    Figures.Figure pm = ClockTimes.in(PM).get(0);
    assertThat(pm.value()).isEqualTo("20:40");
    assertThat(PM.substring(pm.start(), pm.end())).isEqualTo("the blaze broke out about 8.40pm");
    assertThat(
            ClockTimes.in(
                    "The fire, which is being treated as suspicious, broke out in the roof of the"
                        + " store at 8.49pm on Friday night.")
                .get(0)
                .value())
        .isEqualTo("20:49");
    assertThat(ClockTimes.in("Firefighters were called to the church about 9: 40 p. m."))
        .as("a call is not the start")
        .isEmpty();
    assertThat(ClockTimes.in("They began returning to their properties at 10am today, Saturday."))
        .as("another act begun")
        .isEmpty();
    assertThat(ClockTimes.in("It broke out in the roof at around 9pm on Friday."))
        .as("a clause leaning on the sentence before cannot be quoted alone")
        .isEmpty();
  }

  @Test
  void aTimeWithAZoneIsReadAsItsInstantOnTheUtcClock() {
    String gmt = "The fire broke out at 3 p.m. GMT on Friday.";
    Figures.Figure f = ClockTimes.in(gmt).get(0);
    assertThat(f.value()).isEqualTo("15:00Z");
    assertThat(gmt.substring(f.start(), f.end())).isEqualTo("The fire broke out at 3 p.m. GMT");
    assertThat(ClockTimes.in("The fire broke out at 3 p.m. on Friday.").get(0).value())
        .as("without a zone the clock is local")
        .isEqualTo("15:00");
    assertThat(ClockTimes.in("The quake struck at 11:30 p.m. PST on Sunday.").get(0).value())
        .as("the next day's morning in UTC")
        .isEqualTo("07:30Z");
    assertThat(ClockTimes.in("The blaze started at 5pm (BST), police said.").get(0).value())
        .isEqualTo("16:00Z");
    assertThat(ClockTimes.in("The fire broke out at 20:45 UTC.").get(0).value())
        .isEqualTo("20:45Z");
  }

  @Test
  void oneInstantToldInTwoZonesIsOneValueAndAnAmbiguousZoneStaysLocal() {
    String edt = ClockTimes.in("The shooting happened at 3 p.m. EDT on Monday.").get(0).value();
    String gmt = ClockTimes.in("The shooting happened at 1900 GMT on Monday.").get(0).value();
    assertThat(edt).isEqualTo(gmt).isEqualTo("19:00Z");
    assertThat(ClockTimes.in("The shooting happened at 3 p.m. ET on Monday.").get(0).value())
        .as("ET is EST or EDT by season: read as a local clock")
        .isEqualTo("15:00");
    assertThat(ClockTimes.in("The fire broke out at 3 p.m. est, a neighbour said.").get(0).value())
        .as("zones are capitals")
        .isEqualTo("15:00");
    assertThat(ClockTimes.in("The fire started in 1999 CET records.")).isEmpty();
  }

  @Test
  void outletsDisagreeingOnWhenTheFireBrokeOutAreToldInOneAttributedSentence() {
    List<WriterInput> in = new ArrayList<>();
    in.add(
        dev.lede.write.WriterInputs.on(
            "14_1ecb",
            "BBC",
            "A huge fire has destroyed the Waitrose store in Banstead High Street.\n\n" + GMT,
            "2008-09-27"));
    in.add(
        dev.lede.write.WriterInputs.on(
            "14_6ecb",
            "This is Surrey",
            "Residents evacuated from their homes after a huge fire at a Waitrose store in"
                + " Banstead have been allowed to return.\n\n"
                + PM,
            "2008-09-27"));
    List<Doc> docs = in.stream().map(Doc::analyze).toList();
    GroundingChecker checker = GroundingChecker.forInputs(in);
    List<Reconciler.Reconciled> r = Reconciler.reconcile(docs, Chronology.of(docs), checker);
    assertThat(r).singleElement().extracting(Reconciler.Reconciled::key).isEqualTo(ClockTimes.KEY);
    WrittenSentence s = r.get(0).sentence();
    assertThat(s.text())
        .contains("BBC reported", "2045 GMT", ", while This is Surrey reported")
        .contains("the blaze broke out about 8.40pm.");
    assertThat(checker.supports(s)).isTrue();
    assertThat(Restatements.sameFact(GMT, PM)).as("two times are no one fact").isFalse();
  }
}
