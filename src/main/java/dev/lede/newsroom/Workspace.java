package dev.lede.newsroom;

import dev.lede.index.IndexRebuilder;
import dev.lede.index.SearchIndex;
import dev.lede.index.lucene.LuceneIndex;
import dev.lede.store.ArticleStore;
import dev.lede.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An opened data folder: the store and the index derived from it. Opening to write checks that the
 * index holds exactly the stored articles and rebuilds it when it does not (e.g. after a killed
 * run) or was built with an older analysis; opening to read ({@link #openReadOnly}) takes no lock,
 * so a writer can work alongside.
 */
public final class Workspace implements AutoCloseable {
  final Path dir;
  final SqliteStore store;
  final LuceneIndex index;

  private Workspace(Path dir, SqliteStore store, LuceneIndex index) {
    this.dir = dir;
    this.store = store;
    this.index = index;
  }

  /** Opens (creating if need be) {@code dir} to write, the index reconciled with the store. */
  public static Workspace open(Path dir) throws IOException {
    SqliteStore store = SqliteStore.open(dir);
    LuceneIndex index;
    try {
      index = LuceneIndex.open(dir.resolve("index"));
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
    Workspace ws = new Workspace(dir, store, index);
    if (index.count() != store.count() || index.analysisOutdated()) {
      IndexRebuilder.rebuild(store.all(), index);
    }
    return ws;
  }

  /**
   * Opens {@code dir} to read while another process may write it: the index is opened read-only (no
   * lock; {@link LuceneIndex#refresh()} sees later commits) and is not reconciled with the store,
   * which only a writer can do. A folder this process cannot write is opened without writing
   * anything in it ({@link SqliteStore#openReadOnly}).
   */
  public static Workspace openReadOnly(Path dir) throws IOException {
    // A folder this process cannot write (read-only mount, no permission) is read as it is.
    SqliteStore store =
        Files.isDirectory(dir) && !Files.isWritable(dir)
            ? SqliteStore.openReadOnly(dir)
            : SqliteStore.open(dir);
    try {
      return new Workspace(dir, store, LuceneIndex.openReadOnly(dir.resolve("index")));
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Opens the existing {@code dir} only to read it, writing nothing in it whether or not this
   * process could ({@link SqliteStore#openReadOnly}; the index read-only): for commands that read.
   */
  public static Workspace openToRead(Path dir) throws IOException {
    SqliteStore store = SqliteStore.openReadOnly(dir);
    try {
      return new Workspace(dir, store, LuceneIndex.openReadOnly(dir.resolve("index")));
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** The data folder. */
  public Path dir() {
    return dir;
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
    return dev.lede.store.sqlite.SqlitePollStates.of(store);
  }

  /** Read and starred state of the reader APIs (table reader_items). */
  public dev.lede.store.ReaderStateStore readerState() {
    return dev.lede.store.sqlite.SqliteReaderState.of(store);
  }

  /** Each source's title and category (table source_labels). */
  public dev.lede.store.SourceLabels sourceLabels() {
    return dev.lede.store.sqlite.SqliteSourceLabels.of(store);
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
