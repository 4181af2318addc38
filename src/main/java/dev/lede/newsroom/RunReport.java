package dev.lede.newsroom;

import dev.lede.ingest.IngestReport;

/**
 * What one {@link Newsroom#ingest} run did.
 *
 * @param ingest what was fetched and stored
 * @param writes the stories written, and those left unwritten
 */
public record RunReport(IngestReport ingest, WriteReport writes) {
  /** True when no source failed and every story owing a write was written. */
  public boolean ok() {
    return ingest.ok() && writes.ok();
  }
}
