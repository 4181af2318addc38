package dev.lede.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A source article listed under a written story.
 *
 * @param article article id
 * @param outlet outlet name
 * @param title the article's title
 * @param url the article's URL
 * @param published publication time
 * @param background whether the article is an earlier related story's, cited only in the background
 *     section rather than coverage of this story
 */
public record SourceRef(
    String article,
    String outlet,
    String title,
    String url,
    Optional<Instant> published,
    boolean background) {

  /** A source article of the story itself. */
  public SourceRef(
      String article, String outlet, String title, String url, Optional<Instant> published) {
    this(article, outlet, title, url, published, false);
  }

  /** This source, marked as background from an earlier story. */
  public SourceRef asBackground() {
    return new SourceRef(article, outlet, title, url, published, true);
  }
}
