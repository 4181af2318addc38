package dev.lede.index.lucene;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Private copies of the pipeline's derived Lucene indexes ({@code stories/}, {@code related/}) for
 * a process that serves a data folder while another process ingests into it. The ingesting process
 * holds those indexes' write locks, and the story clusterer and story vectors can only be opened
 * with one; so the server opens a copy of their last commit instead.
 *
 * <p>A copy links the files of the last commit (hard links where the file system allows, else
 * copies): Lucene never rewrites a file it wrote, so a link keeps that commit's bytes however the
 * writer moves on. When the writer commits again between reading the commit and linking its files,
 * the copy starts over. Copies live in {@code DATA/serving/}, one folder each, held by a lock while
 * in use; folders a killed server left behind are deleted when the next one starts. A data folder
 * this process cannot write keeps nothing: its copies go to the temporary folder.
 */
public final class ServingCopies {
  public static final String FOLDER = "serving";
  private static final String LOCK = "in-use.lock";
  private static final int ATTEMPTS = 20;

  private ServingCopies() {}

  /** A copy in use: its folder (one subfolder per index) and the lock that marks it live. */
  public static final class Copy implements AutoCloseable {
    private final Path dir;
    private final Directory lockDir;
    private final Lock lock;

    private Copy(Path dir, Directory lockDir, Lock lock) {
      this.dir = dir;
      this.lockDir = lockDir;
      this.lock = lock;
    }

    public Path dir() {
      return dir;
    }

    /** Releases the copy and deletes it; whatever was opened in it must be closed first. */
    @Override
    public void close() throws IOException {
      try {
        lock.close();
        lockDir.close();
      } finally {
        deleteTree(dir);
      }
    }
  }

  /**
   * Copies the last commit of each of {@code indexes} (folder names in {@code dataDir}) into a new
   * folder under {@code DATA/serving/}. An index that does not exist yet gets an empty folder.
   */
  public static Copy copy(Path dataDir, List<String> indexes) throws IOException {
    Path dir =
        writableRoot(dataDir).isPresent()
            ? Files.createTempDirectory(Files.createDirectories(dataDir.resolve(FOLDER)), "copy-")
            : Files.createTempDirectory("lede-serving-copy-");
    Directory lockDir = FSDirectory.open(dir);
    Copy copy;
    try {
      copy = new Copy(dir, lockDir, lockDir.obtainLock(LOCK));
    } catch (IOException | RuntimeException e) {
      lockDir.close();
      deleteTree(dir);
      throw e;
    }
    try {
      for (String name : indexes) {
        linkLastCommit(dataDir.resolve(name), dir.resolve(name));
      }
      return copy;
    } catch (IOException | RuntimeException e) {
      copy.close();
      throw e;
    }
  }

  /** Links (or copies) the files of the last commit in {@code from} into the empty {@code to}. */
  static void linkLastCommit(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      try (Directory d = FSDirectory.open(from)) {
        SegmentInfos commit = SegmentInfos.readLatestCommit(d);
        for (String file : commit.files(true)) {
          link(from.resolve(file), to.resolve(file));
        }
        return;
      } catch (IndexNotFoundException e) {
        return; // nothing committed yet: the copy starts empty
      } catch (NoSuchFileException | FileNotFoundException e) {
        // The writer committed again and deleted a file of the commit read: read the new one.
        if (attempt == ATTEMPTS) {
          throw new IOException(
              "cannot copy the index in " + from + ": it changed " + ATTEMPTS + " times over", e);
        }
        emptyFolder(to);
      }
    }
  }

  private static void link(Path source, Path target) throws IOException {
    try {
      Files.createLink(target, source);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(source, target);
    }
  }

  /** Deletes the copies under {@code DATA/serving/} that no live process holds. */
  public static void deleteStale(Path dataDir) throws IOException {
    Path root = dataDir.resolve(FOLDER);
    if (!Files.isDirectory(root) || writableRoot(dataDir).isEmpty()) {
      return;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
      for (Path dir : dirs) {
        if (!Files.isDirectory(dir)) {
          continue;
        }
        boolean stale;
        try (Directory d = FSDirectory.open(dir)) {
          d.obtainLock(LOCK).close(); // free to take: no live server holds this copy
          stale = true;
        } catch (LockObtainFailedException e) {
          stale = false;
        }
        if (stale) {
          deleteTree(dir);
        }
      }
    }
  }

  /**
   * {@code DATA/serving/} when this process can write it (or create it); empty for a data folder it
   * cannot write (a read-only mount or folder), whose copies go to the temporary folder instead.
   */
  static Optional<Path> writableRoot(Path dataDir) {
    Path root = dataDir.resolve(FOLDER);
    boolean ok = Files.isDirectory(root) ? Files.isWritable(root) : Files.isWritable(dataDir);
    return ok ? Optional.of(root) : Optional.empty();
  }

  private static void emptyFolder(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
