package dev.lede.ingest.feed.internal;

/** A reason to reject a document; the facade prefixes the input name. */
public final class ParseProblem extends Exception {
  public ParseProblem(String message) {
    super(message, null, false, false);
  }
}
