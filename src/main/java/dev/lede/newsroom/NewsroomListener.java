package dev.lede.newsroom;

import dev.lede.ingest.IngestListener;
import dev.lede.ingest.IngestReport;
import java.nio.file.Path;

/**
 * What a {@link Newsroom#ingest} run tells as it goes: the ingest progress of {@link
 * IngestListener}, then its report, the stories that changed and the writing. All methods default to
 * doing nothing; the command line prints them.
 */
public interface NewsroomListener extends IngestListener {
  /** Tells nothing. */
  NewsroomListener NONE = new NewsroomListener() {};

  /** Ingest is done: its report, and how many articles the data folder {@code dir} now holds. */
  default void ingested(IngestReport report, long articlesStored, Path dir) {}

  /** {@code count} articles were left without a vector this run; {@code first} says why. */
  default void embeddingFailures(int count, String first) {}

  /** Stories were assigned: {@code stories} in the archive, {@code changed} of them changed. */
  default void storiesChanged(int stories, int changed) {}

  /** Writing one story failed; the others are still written. */
  default void writeFailed(String storyId, RuntimeException e) {}

  /** {@code done} of the {@code total} changed stories have been through the writer. */
  default void storyWritten(int done, int total) {}

  /** Writing is done: {@code written} stories were written or re-written. */
  default void written(int written) {}
}
