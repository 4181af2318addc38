package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Section;
import dev.lede.model.SeoReport;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link StoryChecks} counts as an unattributed conflict. */
class StoryChecksTest {
  private static final String QUAKE =
      "The 6.1 - magnitude quake struck Qeshm island, home to 120,000 people, and the city of"
          + " Bandar Abbas, state media said.";
  private static final String ZARAND =
      "The last major quake to hit southern Iran was in February, when a magnitude - 6.4 temblor"
          + " rocked Zarand, a town of about 15,000 people in Kerman province 602 miles southeast"
          + " of Tehran.";

  private static WrittenSentence from(String id, String text) {
    return new WrittenSentence(text, List.of(new SourceSpan(id, text)));
  }

  private static WrittenStory story(String heading) {
    return new WrittenStory(
        "ecb-20_ecbplus",
        1,
        "Powerful earthquake hits southern Iran",
        "earthquake",
        "meta",
        List.of(from("a", QUAKE)),
        List.of(new Section(heading, List.of(List.of(from("b", ZARAND))))),
        List.of(),
        List.of(),
        List.of(),
        "disclaimer",
        List.of(),
        new SeoReport(0, List.of()),
        Instant.EPOCH,
        Instant.EPOCH);
  }

  @Test
  void aFigureOfAnEarlierEventUnderTheBackgroundIsNoConflict() {
    // Dev 20_ecbplus: Zarand's February quake in the background beside the story's 6.1 quake.
    List<WriterInput> inputs =
        List.of(WriterInput.of("a", "bbc", QUAKE), WriterInput.of("b", "latimes", ZARAND));
    assertThat(StoryChecks.count(story("The background"), inputs).unattributedConflicts()).isZero();
    assertThat(StoryChecks.count(story("What we know"), inputs).unattributedConflicts())
        .isEqualTo(1);
  }
}
