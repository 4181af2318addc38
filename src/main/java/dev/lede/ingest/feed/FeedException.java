package dev.lede.ingest.feed;

/** A feed could not be parsed; the message names the input and the problem. */
public final class FeedException extends Exception {
  public FeedException(String message) {
    super(message);
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
