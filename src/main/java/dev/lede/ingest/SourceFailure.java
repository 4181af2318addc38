package dev.lede.ingest;

/**
 * A source, or one item of it, that could not be ingested.
 *
 * @param source the source reference as given (URL, file, folder), or the item URL
 * @param reason what went wrong, naming the input
 * @param refused true when Lede refused it (SSRF guard, robots.txt) rather than failing on it
 */
public record SourceFailure(String source, String reason, boolean refused) {
  @Override
  public String toString() {
    if (refused) {
      return reason.contains("refused") ? reason : "refused: " + reason;
    }
    return "failed: " + reason;
  }
}
