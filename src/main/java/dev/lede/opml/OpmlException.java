package dev.lede.opml;

/** An OPML file that cannot be read; the message names the file and the problem. */
public final class OpmlException extends Exception {
  private static final long serialVersionUID = 1L;

  public OpmlException(String message) {
    super(message);
  }
}
