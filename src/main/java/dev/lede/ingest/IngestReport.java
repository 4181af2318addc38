package dev.lede.ingest;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param seen candidate articles looked at
 * @param stored articles newly stored
 * @param alreadyStored candidates that were already stored (same canonical URL or same text from
 *     the same outlet)
 * @param nearDuplicates newly stored articles marked {@code duplicateOf} an earlier one
 * @param notModified sources that answered 304 Not Modified
 * @param tooShort pages refused because they gave too little text for an article (error pages, app
 *     shells); each is also one of {@code failures}
 * @param failures sources or items that failed or were refused
 */
public record IngestReport(
    int seen,
    int stored,
    int alreadyStored,
    int nearDuplicates,
    int notModified,
    int tooShort,
    List<SourceFailure> failures) {

  public boolean ok() {
    return failures.isEmpty();
  }
}
