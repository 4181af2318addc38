package dev.lede.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * The lines of a JSON Lines source one at a time, each at most {@code max} characters: a longer
 * line is skipped to its end and reported by its length, so neither a big file nor one huge line is
 * ever held whole in memory.
 */
final class BoundedLines implements Closeable {

  /**
   * One line.
   *
   * @param number 1-based line number
   * @param text the line without its line break; null when it was longer than the limit
   * @param length its length in characters
   */
  record Line(int number, String text, long length) {
    boolean tooLong() {
      return text == null;
    }

    boolean blank() {
      return text != null && text.isBlank();
    }
  }

  private final BufferedReader in;
  private final int max;
  private int number;

  BoundedLines(Reader in, int max) {
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 64 * 1024);
    this.max = max;
  }

  /** The next line, or empty at the end; a last line without a break counts when non-empty. */
  Optional<Line> next() throws IOException {
    StringBuilder b = new StringBuilder();
    long length = 0;
    int c = in.read();
    if (c == -1) {
      return Optional.empty();
    }
    for (; c != -1 && c != '\n'; c = in.read()) {
      length++;
      if (b != null) {
        if (length > max) {
          b = null;
        } else {
          b.append((char) c);
        }
      }
    }
    number++;
    if (b != null && b.length() > 0 && b.charAt(b.length() - 1) == '\r') {
      b.setLength(b.length() - 1);
      length--;
    }
    return Optional.of(new Line(number, b == null ? null : b.toString(), length));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
