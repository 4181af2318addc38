package dev.lede.index;

import dev.lede.model.Article;
import java.io.IOException;
import java.util.List;

/**
 * The derived full-text index. SQLite is the source of truth; everything here can be rebuilt from
 * the store ({@code lede reindex}). Narrow on purpose so a distributed engine (OpenSearch) can
 * stand behind it later.
 */
public interface SearchIndex extends AutoCloseable {

  /** Adds or replaces the article with the same id. Visible to search after {@link #commit()}. */
  void upsert(Article article) throws IOException;

  /** Removes every document (used before a rebuild). */
  void clear() throws IOException;

  /** Makes all changes durable and visible. */
  void commit() throws IOException;

  /** Number of indexed documents. */
  long count() throws IOException;

  /** All indexed article ids (used to check the index against the store). */
  List<String> ids() throws IOException;

  /** Full-text search, best first. */
  List<Hit> search(String query, int limit) throws IOException;

  /**
   * One search hit.
   *
   * @param id article id
   * @param score relevance score
   */
  record Hit(String id, float score) {}

  @Override
  void close() throws IOException;
}
