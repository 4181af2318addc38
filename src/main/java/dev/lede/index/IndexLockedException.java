package dev.lede.index;

import java.io.IOException;
import java.nio.file.Path;

/** The index could not be opened to write: another process (or writer) holds its lock. */
public final class IndexLockedException extends IOException {
  private final transient Path dir;

  public IndexLockedException(Path dir, Throwable cause) {
    super(
        "Index at " + dir + " is locked by another writer; is another Lede process using it?",
        cause);
    this.dir = dir;
  }

  /** The index folder whose lock is held. */
  public Path dir() {
    return dir;
  }
}
