package dev.lede.story;

/** A line of {@code lede cluster} input that cannot be read, named by its line number. */
public final class ClusterInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final long line;

  public ClusterInputException(long line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
  }

  /** The 1-based input line at fault. */
  public long line() {
    return line;
  }
}
