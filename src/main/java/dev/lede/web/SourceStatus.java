package dev.lede.web;

import dev.lede.model.PollState;
import dev.lede.model.Require;
import java.util.Optional;

/**
 * One source as the admin pages show it: its labels, where it stands in the poll schedule, and how
 * much it brings in.
 *
 * @param ref the source
 * @param title its name from an OPML import or the add form
 * @param category where it is filed
 * @param state poll schedule, status and last error
 * @param articlesPerDay articles stored from it a day, averaged over the last 7 days
 */
public record SourceStatus(
    String ref,
    Optional<String> title,
    Optional<String> category,
    PollState state,
    double articlesPerDay) {
  public SourceStatus {
    Require.nonNull("ref title category state", ref, title, category, state);
  }
}
