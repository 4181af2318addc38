package dev.lede.newsroom;

import dev.lede.index.opensearch.OpenSearchAddress;
import dev.lede.store.postgres.PostgresStore;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a newsroom keeps its truth and its search index when not in its data folder: a PostgreSQL
 * database ({@code postgres://...}) for every table (articles, fetch state, sources, stories,
 * assignments, written versions, vectors, links, poll state) and an OpenSearch index ({@code
 * opensearch://...}) for full-text search. Empty is the embedded default (SQLite and Lucene in the
 * data folder). The data folder still holds what is derived and local to one process (the story
 * clusterer's candidate index, related-story vectors, serving copies), rebuilt from the store when
 * out of step.
 *
 * @param store PostgreSQL URL, or empty for SQLite in the data folder
 * @param index OpenSearch URL, or empty for Lucene in the data folder
 */
public record Engines(Optional<String> store, Optional<String> index) {
  /** The embedded default: everything in the data folder. */
  public static final Engines EMBEDDED = new Engines(Optional.empty(), Optional.empty());

  /**
   * Checks both URLs before anything opens.
   *
   * @throws IllegalArgumentException naming the URL and what is wrong with it
   */
  public Engines {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(index, "index");
    store.ifPresent(PostgresStore::checkUrl);
    index.ifPresent(OpenSearchAddress::parse);
  }

  /** Whether both are the embedded default. */
  public boolean embedded() {
    return store.isEmpty() && index.isEmpty();
  }
}
