package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text tokenised with spaces ("The Beatles ' Apple Corps") writes a possessive apostrophe apart
 * from its word: the sentence holding one is still the story's lead and its headline (Wikinews #20
 * of the demo, whose headline came from its fourth sentence, "Presiding Judge Martin Mann owns iPod
 * portable music player").
 */
class SpacedApostropheHeadlineTest {
  @Test
  void aLeadWithASpacedPossessiveGivesTheHeadline() {
    String text =
        "The Beatles ' Apple Corps has filed a lawsuit against computer and electronics maker"
            + " Apple Computer in a London court this week, the third such lawsuit in a long"
            + " running trademark dispute between the two companies.\n"
            + "Apple Corps claims that Apple Computer's iTunes Music Store violates an agreement"
            + " reached between the two companies in 1991.\n"
            + "The trial is set to begin on Wednesday in the Royal Courts of Justice, located in"
            + " central London.\n"
            + "Presiding Judge Martin Mann has stated that he owns an iPod portable music player,"
            + " which is made by Apple Computer.\n";
    WrittenStory s =
        OfflineWriter.lexical()
            .write(
                "beatles",
                List.of(WriterInput.of("w20", "Wikinews", text)),
                List.of(),
                Instant.parse("2006-03-30T00:00:00Z"));
    assertThat(s.lede().get(0).text()).startsWith("The Beatles ' Apple Corps has filed");
    assertThat(s.headline()).contains("Apple Corps").contains("lawsuit");
  }
}
