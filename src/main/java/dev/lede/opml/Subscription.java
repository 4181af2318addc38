package dev.lede.opml;

import java.util.Objects;
import java.util.Optional;

/**
 * One feed of a subscription list.
 *
 * @param xmlUrl the feed's address (the source ref)
 * @param title the feed's name, if given
 * @param category the category it is filed under, if any
 * @param htmlUrl the site's home page, if given
 */
public record Subscription(
    String xmlUrl, Optional<String> title, Optional<String> category, Optional<String> htmlUrl) {
  public Subscription {
    Objects.requireNonNull(xmlUrl, "xmlUrl");
    title = title.map(String::strip).filter(t -> !t.isEmpty());
    category = category.map(String::strip).filter(c -> !c.isEmpty());
    htmlUrl = htmlUrl.map(String::strip).filter(h -> !h.isEmpty());
  }
}
