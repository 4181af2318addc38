package dev.lede.ingest.feed;

import java.util.List;
import java.util.Optional;

/**
 * A parsed feed.
 *
 * @param format e.g. {@code rss_2.0}, {@code atom_1.0}, {@code json_feed}
 * @param title feed title
 * @param link feed's home page
 * @param language feed language, if declared
 * @param items entries in document order
 * @param warnings problems tolerated while parsing (the feed was ill-formed but recoverable); empty
 *     when the feed was well-formed
 */
public record Feed(
    String format,
    Optional<String> title,
    Optional<String> link,
    Optional<String> language,
    List<FeedItem> items,
    List<String> warnings) {

  /** True when the feed was not well-formed (feedparser's "bozo"). */
  public boolean bozo() {
    return !warnings.isEmpty();
  }
}
