package dev.lede.cli;

import dev.lede.index.IndexRebuilder;
import dev.lede.index.LuceneIndex;
import dev.lede.store.SqliteStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An opened data folder: the store and the index derived from it. Opening to write checks that the
 * index holds exactly the stored articles and rebuilds it when it does not (e.g. after a killed
 * run); opening to read ({@link #openReadOnly}) takes no lock, so a writer can work alongside.
 */
final class Workspace implements AutoCloseable {
  final Path dir;
  final SqliteStore store;
  final LuceneIndex index;

  private Workspace(Path dir, SqliteStore store, LuceneIndex index) {
    this.dir = dir;
    this.store = store;
    this.index = index;
  }

  static Workspace open(Path dir) throws IOException {
    SqliteStore store = SqliteStore.open(dir);
    LuceneIndex index;
    try {
      index = LuceneIndex.open(dir.resolve("index"));
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
    Workspace ws = new Workspace(dir, store, index);
    if (index.count() != store.count()) {
      IndexRebuilder.rebuild(store.all(), index);
    }
    return ws;
  }

  /**
   * Opens {@code dir} to read while another process may write it: the index is opened read-only (no
   * lock; {@link LuceneIndex#refresh()} sees later commits) and is not reconciled with the store,
   * which only a writer can do.
   */
  static Workspace openReadOnly(Path dir) throws IOException {
    SqliteStore store = SqliteStore.open(dir);
    try {
      return new Workspace(dir, store, LuceneIndex.openReadOnly(dir.resolve("index")));
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
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
