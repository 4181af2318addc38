package dev.lede.model;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;

/**
 * A source article listed under a written story.
 *
 * @param article article id
 * @param outlet outlet name
 * @param title the article's title, empty when unknown (null in JSON)
 * @param url the article's URL, empty when unknown (null in JSON)
 * @param published publication time
 * @param background whether the article is an earlier related story's, cited only in the background
 *     section rather than coverage of this story
 */
public record SourceRef(
    String article,
    String outlet,
    @JsonSerialize(using = StoryJson.EmptyAsNull.class) @JsonSetter(nulls = Nulls.AS_EMPTY)
        String title,
    @JsonSerialize(using = StoryJson.EmptyAsNull.class) @JsonSetter(nulls = Nulls.AS_EMPTY)
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
