package dev.lede.ingest;

import dev.lede.ingest.fetch.FetcherConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads local pages and feeds under the same size cap as a fetched body, so a huge file ends in a
 * clear error naming it instead of an {@link OutOfMemoryError}.
 */
public final class LocalFiles {
  /** Largest page or feed file read: the fetcher's default body cap. */
  public static final long MAX_BYTES = FetcherConfig.DEFAULT_MAX_BODY_BYTES;

  private LocalFiles() {}

  /** A file over {@link #MAX_BYTES}; the message names it, its size and the limit. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(Path file, String size) {
      super(
          file
              + ": too large: "
              + size
              + " bytes; pages and feeds are read up to "
              + MAX_BYTES
              + " bytes (as over HTTP)");
    }
  }

  /**
   * The whole file, at most {@link #MAX_BYTES} (checked before reading and while reading, should
   * the file grow).
   *
   * @throws TooLargeException when it is larger
   */
  public static byte[] read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new TooLargeException(file, Long.toString(size));
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] body = in.readNBytes((int) MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        throw new TooLargeException(file, "over " + MAX_BYTES);
      }
      return body;
    }
  }

  /** The first {@code n} bytes of the file (fewer when it is shorter), for sniffing its kind. */
  static byte[] head(Path file, int n) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    }
  }
}
