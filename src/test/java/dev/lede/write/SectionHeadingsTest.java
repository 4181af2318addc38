package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Section;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.HashingEmbedder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A section's heading names what the section holds. */
class SectionHeadingsTest {
  private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
  private final OfflineWriter writer = OfflineWriter.create(new HashingEmbedder());

  /**
   * A body that tells only the event's particulars is still laid out in two sections (three
   * sources): the second holds how it happened, and says so, rather than a vague "More details".
   */
  @Test
  void theSecondHalfOfABodyOfOnlyTheEventsParticularsIsHeadedHowItHappened() {
    List<WriterInput> in =
        List.of(
            WriterInput.of(
                "gazette-1",
                "Valley Gazette",
                "A freight train derailed near the town of Millbrook on Tuesday, spilling grain"
                    + " across the main highway.\n\n"
                    + "Twelve wagons left the track at a bend beside the river bridge.\n\n"
                    + "The locomotive stayed upright and its two crew members walked away unhurt."),
            WriterInput.of(
                "herald-2",
                "Millbrook Herald",
                "Twelve wagons of a grain train came off the rails outside Millbrook on Tuesday"
                    + " afternoon.\n\n"
                    + "The derailment blocked the highway for six hours while crews cleared the"
                    + " wreckage.\n\n"
                    + "Farmers from nearby villages arrived with tractors to help move the spilled"
                    + " grain."),
            WriterInput.of(
                "post-3",
                "County Post",
                "A grain train derailed at Millbrook on Tuesday and blocked the main highway.\n\n"
                    + "The train was carrying wheat from the northern silos to the port.\n\n"
                    + "Rail inspectors found a broken rail joint at the bend where the wagons"
                    + " left the track."));
    WrittenStory s = writer.write("derailment", in, List.of(), NOW);
    List<String> headings = s.sections().stream().map(Section::heading).toList();
    assertThat(headings).hasSize(2).noneMatch(h -> h.toLowerCase().contains("more details"));
    assertThat(headings.get(0)).endsWith("hat we know");
    assertThat(headings.get(1)).endsWith("ow it happened");
  }
}
