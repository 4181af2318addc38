package dev.lede.ingest;

import dev.lede.model.Article;

/** Progress callbacks from {@link Ingester}; all methods default to doing nothing. */
public interface IngestListener {
  IngestListener NONE = new IngestListener() {};

  /** A source is about to be read; {@code index} counts from 1 up to {@code total}. */
  default void sourceStarted(String ref, int index, int total) {}

  /** A source turned out to hold {@code items} candidate articles. */
  default void itemsFound(String ref, int items) {}

  /** A candidate was handled: stored as new, or found already stored. */
  default void article(Article article, boolean isNew) {}

  default void failed(SourceFailure failure) {}
}
