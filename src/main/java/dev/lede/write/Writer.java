package dev.lede.write;

import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.util.List;

/**
 * Writes one grounded article for a story. Implementations publish only sentences that a {@link
 * GroundingChecker} over the story's articles accepts, and are deterministic for the same input.
 * {@link OfflineWriter} is the default; a model-backed writer can start from its {@link
 * OfflineWriter#plan plan} and re-check its own sentences with the same checker.
 */
@FunctionalInterface
public interface Writer {
  /**
   * Writes the story.
   *
   * @param storyId the story's id, copied to {@link WrittenStory#story()}
   * @param articles the story's source articles, at least one
   * @param background earlier related articles, used only for the labelled background; may be empty
   * @param now the time of writing, used for {@code datePublished} and {@code dateModified}
   * @throws IllegalArgumentException if {@code articles} is empty or two inputs share an id
   */
  WrittenStory write(
      String storyId, List<WriterInput> articles, List<WriterInput> background, Instant now);
}
