package dev.lede.story;

import dev.lede.model.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * What story clustering needs to know about one article.
 *
 * @param id stable article id; assigning an id twice returns its existing story
 * @param title headline, may be empty
 * @param text main text
 * @param published publication time; time proximity is a signal only when both sides have one
 * @param url where the article was found
 * @param source outlet name, e.g. {@code Reuters}
 */
public record StoryInput(
    String id,
    String title,
    String text,
    Optional<Instant> published,
    Optional<String> url,
    Optional<String> source) {

  public StoryInput {
    Require.nonNull("id title text published url source", id, title, text, published, url, source);
    if (id.isBlank()) {
      throw new IllegalArgumentException("story input: id is blank");
    }
  }

  /** An article with only an id, a title and text. */
  public static StoryInput of(String id, String title, String text) {
    return new StoryInput(id, title, text, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This input with a publication time. */
  public StoryInput withPublished(Instant time) {
    return new StoryInput(id, title, text, Optional.of(time), url, source);
  }

  /** This input with an outlet name. */
  public StoryInput withSource(String outlet) {
    return new StoryInput(id, title, text, published, url, Optional.of(outlet));
  }
}
