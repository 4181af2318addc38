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

  /**
   * Makes searches see what was committed, by this index or, when opened read-only, by another
   * process. Cheap when nothing changed.
   */
  void refresh() throws IOException;

  /** Number of indexed documents. */
  long count() throws IOException;

  /** All indexed article ids (used to check the index against the store). */
  List<String> ids() throws IOException;

  /** Full-text search, best first. */
  List<Hit> search(String query, int limit) throws IOException;

  /**
   * The indexed documents most similar to {@code text} (BM25 over its most distinctive terms), best
   * first, with {@code text} analysed as {@code language}; used to find near-duplicate and
   * same-story candidates without scanning the archive.
   */
  List<Hit> similar(String text, String language, int limit) throws IOException;

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
