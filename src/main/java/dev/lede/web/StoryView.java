package dev.lede.web;

import java.time.Instant;
import java.util.Objects;

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
 */
public record StoryView(
    String id,
    String headline,
    String teaser,
    String language,
    int outlets,
    int articles,
    Instant published,
    Instant updated) {

  public StoryView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(teaser, "teaser");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    if (outlets < 0 || articles < 0) {
      throw new IllegalArgumentException(
          "story " + id + ": negative count (outlets " + outlets + ", articles " + articles + ")");
    }
  }

  /** The story page's path, e.g. {@code /stories/s-12/lee-meets-xi}. */
  public String path() {
    return SitePaths.story(id, headline);
  }
}
