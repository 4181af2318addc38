package dev.lede.ingest.feed;

import dev.lede.model.Require;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed feed.
 *
 * @param format e.g. {@code rss_2.0}, {@code rss_1.0}, {@code rss_0.91}, {@code atom_1.0}, {@code
 *     atom_0.3}, {@code json_feed_1.1}; {@code rss} or {@code atom} when the version is unknown
 * @param title feed title as text (markup removed, entities decoded)
 * @param link feed's home page
 * @param language feed language, if declared
 * @param items entries in document order
 * @param warnings problems tolerated while parsing (the feed was ill-formed but recoverable); empty
 *     when the feed was well-formed
 * @param description feed description/subtitle as HTML or text
 * @param updated when the feed says it last changed
 * @param encoding the charset the bytes were decoded with, lower case (e.g. {@code utf-8})
 */
public record Feed(
    String format,
    Optional<String> title,
    Optional<String> link,
    Optional<String> language,
    List<FeedItem> items,
    List<String> warnings,
    Optional<String> description,
    Optional<Instant> updated,
    String encoding) {

  public Feed {
    Require.nonNull("format title link language", format, title, link, language);
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(encoding, "encoding");
  }

  /** A feed without description, update time or known encoding (UTF-8 assumed). */
  public Feed(
      String format,
      Optional<String> title,
      Optional<String> link,
      Optional<String> language,
      List<FeedItem> items,
      List<String> warnings) {
    this(
        format,
        title,
        link,
        language,
        items,
        warnings,
        Optional.empty(),
        Optional.empty(),
        "utf-8");
  }

  /** True when the feed was not well-formed (feedparser's "bozo"). */
  public boolean bozo() {
    return !warnings.isEmpty();
  }
}
