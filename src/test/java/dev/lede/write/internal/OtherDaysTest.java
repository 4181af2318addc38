package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Undated sources: the lede's event is not told again on another weekday from another article. */
class OtherDaysTest {
  private static int ids;

  private static Candidate candidate(String outlet, String text) {
    Doc d = Doc.analyze(WriterInput.of("d" + ids++, outlet, text));
    return Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), new StoryEntities(List.of(d)));
  }

  @Test
  void theLedesEventOnAnotherWeekdayFromAnotherArticleIsLeftOut() {
    Candidate lede = candidate("ap", "Tara Reid checked into a rehab clinic in Malibu on Friday.");
    Candidate otherDay =
        candidate("bbc", "The actress reportedly checked into a treatment facility on Tuesday.");
    Candidate sameDay = candidate("cnn", "Her representative confirmed the news on Friday.");
    Candidate otherEvent =
        candidate("nbc", "Reid launched a new fashion line called Mantra on Tuesday.");
    List<Candidate> docs = List.of(lede, otherDay, sameDay, otherEvent);
    Chronology chron = Chronology.of(docs.stream().map(c -> c.doc).toList());
    List<Candidate> body = new ArrayList<>(List.of(otherDay, sameDay, otherEvent));
    chron.dropOtherDays(List.of(lede), body);
    assertThat(body).containsExactly(sameDay, otherEvent);
  }
}
