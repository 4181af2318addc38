package dev.lede.newsroom;

import dev.lede.ingest.IngestListener;
import dev.lede.ingest.IngestReport;
import java.nio.file.Path;

/**
 * What a {@link Newsroom#ingest} run tells as it goes: the ingest progress of {@link
 * IngestListener}, then its report, the stories that changed and the writing. All methods default
 * to doing nothing; the command line prints them.
 */
public interface NewsroomListener extends IngestListener {
  /** Tells nothing. */
  NewsroomListener NONE = new NewsroomListener() {};

  /** Ingest is done: its report, and how many articles the data folder {@code dir} now holds. */
  default void ingested(IngestReport report, long articlesStored, Path dir) {}

  /** {@code count} articles were left without a vector this run; {@code first} says why. */
  default void embeddingFailures(int count, String first) {}

  /**
   * {@code count} articles were left out of stories this run (they are tried again first next run),
   * or placed without cross-language anchors; {@code first} names the article, the step and the
   * error.
   */
  default void assignFailures(int count, String first) {}

  /** An article was placed in a story (committed). */
  default void assigned(String articleId, String storyId) {}

  /** Stories were assigned: {@code stories} in the archive, {@code changed} of them changed. */
  default void storiesChanged(int stories, int changed) {}

  /** Before anything new is fetched, {@code owed} stories an earlier run left owed are written. */
  default void writingOwed(int owed) {}

  /** Writing one story failed; it stays owed, and the run goes on with the others. */
  default void writeFailed(String storyId, RuntimeException e) {}

  /**
   * The {@code done}-th of the {@code total} stories owing a write was stored as {@code version}.
   */
  default void storyWritten(int done, int total, String storyId, int version) {}

  /**
   * {@code stories} of the stories this run wrote were written with a fallback: a writer stage
   * threw and the story was written around it ({@code first} describes the first such fault, naming
   * the story, the stage and the exception).
   */
  default void writeFallbacks(int stories, String first) {}

  /** A round of writing is done: {@code written} stories were written or re-written. */
  default void written(int written) {}

  /** The run did not write ({@code --no-write}); {@code owed} stories owe a write. */
  default void writingSkipped(int owed) {}

  /** The run wrote, and left {@link WriteReport#notWritten()} stories owed. */
  default void leftOwed(WriteReport report) {}
}
