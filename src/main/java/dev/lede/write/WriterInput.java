package dev.lede.write;

import dev.lede.model.Require;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One source article handed to a {@link Writer}.
 *
 * @param id article id, cited by every {@link dev.lede.model.SourceSpan}
 * @param title the article's headline, when known
 * @param text the article body; quotes are exact substrings of it
 * @param outlet the outlet's name, e.g. {@code Reuters}
 * @param url where the article was published, when known
 * @param published when it was published, when known
 */
public record WriterInput(
    String id,
    Optional<String> title,
    String text,
    String outlet,
    Optional<String> url,
    Optional<Instant> published) {
  public WriterInput {
    Require.nonNull("id title text outlet url published", id, title, text, outlet, url, published);
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    if (outlet.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has a blank outlet");
    }
  }

  /** An input with only an id, an outlet and a text. */
  public static WriterInput of(String id, String outlet, String text) {
    return new WriterInput(id, Optional.empty(), text, outlet, Optional.empty(), Optional.empty());
  }

  /**
   * The outlet to show for an article: the given source name, else the URL's host without {@code
   * www.}, else the article id.
   */
  public static String outletOf(Optional<String> source, Optional<String> url, String id) {
    if (source.isPresent() && !source.get().isBlank()) {
      return source.get().strip();
    }
    if (url.isPresent()) {
      try {
        String host = URI.create(url.get().strip()).getHost();
        if (host != null && !host.isBlank()) {
          host = host.toLowerCase(Locale.ROOT);
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL: fall through to the id
      }
    }
    return id;
  }
}
