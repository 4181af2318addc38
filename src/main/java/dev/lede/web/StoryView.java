package dev.lede.web;

import dev.lede.model.Require;
import java.time.Instant;
import java.util.List;

/**
 * A story as listed on the home page, in feeds and as a related story.
 *
 * @param id story id (letters, digits, {@code -} and {@code _})
 * @param headline the written headline
 * @param teaser one or two sentences that make a reader want the story
 * @param language BCP 47 tag of the story's text, e.g. {@code en} or {@code ko}
 * @param outlets number of distinct outlets covering the story
 * @param articles number of source articles
 * @param published when the story was first written
 * @param updated when it was last re-written
 * @param editions the story's editions in other languages (same event, other sources), if any
 */
public record StoryView(
    String id,
    String headline,
    String teaser,
    String language,
    int outlets,
    int articles,
    Instant published,
    Instant updated,
    List<Edition> editions) {

  public StoryView {
    editions = List.copyOf(editions);
    Require.nonNull("id headline teaser language", id, headline, teaser, language);
    Require.nonNull("published updated", published, updated);
    if (outlets < 0 || articles < 0) {
      throw new IllegalArgumentException(
          "story " + id + ": negative count (outlets " + outlets + ", articles " + articles + ")");
    }
  }

  /** The languages the story is told in: its own first, then its other editions'. */
  public List<String> languages() {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    out.add(language);
    editions.forEach(e -> out.add(e.language()));
    return List.copyOf(out);
  }

  /** This story with {@code editions} in other languages. */
  public StoryView withEditions(List<Edition> editions) {
    return new StoryView(
        id, headline, teaser, language, outlets, articles, published, updated, editions);
  }

  /** The story page's path, e.g. {@code /stories/s-12/lee-meets-xi}. */
  public String path() {
    return SitePaths.story(id, headline);
  }
}
