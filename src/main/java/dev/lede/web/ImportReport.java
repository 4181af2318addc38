package dev.lede.web;

import java.util.List;

/**
 * What an OPML import did.
 *
 * @param added feeds that became sources
 * @param skipped feeds already in the list (or listed twice)
 * @param refused feeds that cannot be sources, each named in {@code problems}
 * @param problems one line per refused feed, naming it and why
 */
public record ImportReport(int added, int skipped, int refused, List<String> problems) {
  public ImportReport {
    problems = List.copyOf(problems);
  }
}
