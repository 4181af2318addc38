package dev.lede.newsroom;

import dev.lede.index.IndexRebuilder;
import dev.lede.index.SearchIndex;
import dev.lede.index.lucene.LuceneIndex;
import dev.lede.index.opensearch.OpenSearchAddress;
import dev.lede.index.opensearch.OpenSearchIndex;
import dev.lede.store.ArticleStore;
import dev.lede.store.jdbc.JdbcHostTemplates;
import dev.lede.store.jdbc.JdbcPollStates;
import dev.lede.store.jdbc.JdbcReaderState;
import dev.lede.store.jdbc.JdbcSourceLabels;
import dev.lede.store.jdbc.SqlDatabase;
import dev.lede.store.postgres.PostgresStore;
import dev.lede.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An opened data folder: the store and the index derived from it. Opening to write checks that the
 * index holds exactly the stored articles and rebuilds it when it does not (e.g. after a killed
 * run) or was built with an older analysis; opening to read ({@link #openReadOnly}) takes no lock,
 * so a writer can work alongside. With {@link Engines} the store is PostgreSQL and the index
 * OpenSearch instead (both opened the same way whether to write or to read).
 */
public final class Workspace implements AutoCloseable {
  final Path dir;
  final ArticleStore store;
  // The same object as store: the database the other tables live in.
  final SqlDatabase sql;
  final SearchIndex index;
  final Engines engines;

  private <S extends ArticleStore & SqlDatabase> Workspace(
      Path dir, S store, SearchIndex index, Engines engines) {
    this.dir = dir;
    this.store = store;
    this.sql = store;
    this.index = index;
    this.engines = engines;
  }

  /** Opens (creating if need be) {@code dir} to write, the index reconciled with the store. */
  public static Workspace open(Path dir) throws IOException {
    return open(dir, Engines.EMBEDDED);
  }

  /**
   * Opens (creating if need be) {@code dir} to write, with the store and index {@code engines}
   * names, the index reconciled with the store.
   */
  public static Workspace open(Path dir, Engines engines) throws IOException {
    if (engines.store().isPresent()) {
      return reconciled(withIndex(dir, PostgresStore.open(engines.store().get()), engines, false));
    }
    return reconciled(withIndex(dir, SqliteStore.open(dir), engines, false));
  }

  private static Workspace reconciled(Workspace ws) throws IOException {
    boolean outdated = ws.index instanceof LuceneIndex l && l.analysisOutdated();
    if (ws.index.count() != ws.store.count() || outdated) {
      IndexRebuilder.rebuild(ws.store.all(), ws.index);
    }
    return ws;
  }

  /** The workspace of {@code store} and the index {@code engines} names (read-only: Lucene's). */
  private static <S extends ArticleStore & SqlDatabase> Workspace withIndex(
      Path dir, S store, Engines engines, boolean readOnly) throws IOException {
    try {
      SearchIndex index;
      if (engines.index().isPresent()) {
        index = OpenSearchIndex.open(OpenSearchAddress.parse(engines.index().get()));
      } else if (readOnly) {
        index = LuceneIndex.openReadOnly(dir.resolve("index"));
      } else {
        index = LuceneIndex.open(dir.resolve("index"));
      }
      return new Workspace(dir, store, index, engines);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Opens {@code dir} to read while another process may write it: the index is opened read-only (no
   * lock; {@link LuceneIndex#refresh()} sees later commits) and is not reconciled with the store,
   * which only a writer can do. A folder this process cannot write is opened without writing
   * anything in it ({@link SqliteStore#openReadOnly}).
   */
  public static Workspace openReadOnly(Path dir) throws IOException {
    return openReadOnly(dir, Engines.EMBEDDED);
  }

  /**
   * As {@link #openReadOnly(Path)}, with the store and index {@code engines} names: PostgreSQL and
   * OpenSearch take no lock a writer needs, so they are opened as to write, without reconciling.
   */
  public static Workspace openReadOnly(Path dir, Engines engines) throws IOException {
    if (engines.store().isPresent()) {
      return withIndex(dir, PostgresStore.open(engines.store().get()), engines, true);
    }
    // A folder this process cannot write (read-only mount, no permission) is read as it is.
    SqliteStore store =
        Files.isDirectory(dir) && !Files.isWritable(dir)
            ? SqliteStore.openReadOnly(dir)
            : SqliteStore.open(dir);
    return withIndex(dir, store, engines, true);
  }

  /**
   * Opens the existing {@code dir} only to read it, writing nothing in it whether or not this
   * process could ({@link SqliteStore#openReadOnly}; the index read-only): for commands that read.
   */
  public static Workspace openToRead(Path dir) throws IOException {
    return withIndex(dir, SqliteStore.openReadOnly(dir), Engines.EMBEDDED, true);
  }

  /** The data folder. */
  public Path dir() {
    return dir;
  }

  /** Where the store and index are when not in the data folder. */
  public Engines engines() {
    return engines;
  }

  /** The stored articles and sources (the source of truth). */
  public ArticleStore store() {
    return store;
  }

  /** The article index, derived from the store. */
  public SearchIndex index() {
    return index;
  }

  /** Each source's poll schedule, status and last error (table poll_state). */
  public dev.lede.store.PollStateStore pollStates() {
    return JdbcPollStates.of(sql);
  }

  /** What ingest learned of each site's template (tables template_pages, template_blocks). */
  public dev.lede.store.HostTemplateStore hostTemplates() {
    return JdbcHostTemplates.of(sql);
  }

  /** Read and starred state of the reader APIs (table reader_items). */
  public dev.lede.store.ReaderStateStore readerState() {
    return JdbcReaderState.of(sql);
  }

  /** Each source's title and category (table source_labels). */
  public dev.lede.store.SourceLabels sourceLabels() {
    return JdbcSourceLabels.of(sql);
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      store.close();
    }
  }
}
