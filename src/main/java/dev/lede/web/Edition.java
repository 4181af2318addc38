package dev.lede.web;

import dev.lede.model.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * Another language's edition of a story: the story written from that language's sources about the
 * same event.
 *
 * @param language BCP 47 tag of the edition's text, e.g. {@code ko}
 * @param id the edition's story id
 * @param headline its written headline
 * @param articles its number of source articles
 * @param sources its source articles (empty in listings, where only the count is shown)
 */
public record Edition(
    String language, String id, String headline, int articles, List<SourceRef> sources) {
  public Edition {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    sources = List.copyOf(sources);
    if (articles < 0) {
      throw new IllegalArgumentException("edition " + id + ": negative article count " + articles);
    }
  }

  /** The edition's page path. */
  public String path() {
    return SitePaths.story(id, headline);
  }

  /** This edition without its source list (for listings). */
  public Edition withoutSources() {
    return sources.isEmpty() ? this : new Edition(language, id, headline, articles, List.of());
  }
}
