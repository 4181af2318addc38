package dev.lede.store;

import dev.lede.model.Article;
import dev.lede.model.FetchState;
import dev.lede.model.Source;
import java.util.List;
import java.util.Optional;

/**
 * The source of truth: articles, sources and fetch state. The embedded implementation is {@link
 * SqliteStore}; the interface stays narrow so a distributed store can stand behind it later.
 */
public interface ArticleStore extends AutoCloseable {

  /**
   * Stores an article together with the fetch state that led to it, in one transaction. An article
   * whose id (canonical URL) or content hash is already stored is not stored again.
   *
   * @return true when the article was new
   */
  boolean put(Article article, List<FetchState> states);

  /** Records fetch state alone (e.g. after a 304 or a feed with no new items). */
  void putFetchState(FetchState state);

  Optional<FetchState> fetchState(String url);

  Optional<Article> byId(String id);

  Optional<Article> byContentHash(String contentHash);

  /** Articles whose SimHash shares at least one 16-bit band with {@code simhash}. */
  List<Article> nearDuplicateCandidates(long simhash);

  /** Every stored article, in insertion order. */
  List<Article> all();

  long count();

  /**
   * A number that changes whenever another process commits to the same store, while this store's
   * own commits leave it as it is; cheap to poll (a site watching for what ingest wrote).
   */
  long dataVersion();

  void addSource(Source source);

  boolean removeSource(String ref);

  List<Source> sources();

  /** Result of SQLite's {@code PRAGMA integrity_check}: "ok" when healthy. */
  String integrityCheck();

  @Override
  void close();
}
