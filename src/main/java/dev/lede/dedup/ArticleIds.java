package dev.lede.dedup;

import java.util.Objects;

/**
 * Stable article ids derived from canonical URLs, so re-ingesting an article finds the same row.
 */
public final class ArticleIds {
  private ArticleIds() {}

  /**
   * {@code "a-"} followed by the first 16 hex digits (64 bits) of the SHA-256 of the UTF-8 URL.
   *
   * @throws IllegalArgumentException if {@code canonicalUrl} is not already canonical, which would
   *     give one article several ids
   */
  public static String forCanonicalUrl(String canonicalUrl) {
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    String canonical = UrlCanonicalizer.canonicalize(canonicalUrl);
    if (!canonical.equals(canonicalUrl)) {
      throw new IllegalArgumentException(
          "URL \""
              + canonicalUrl
              + "\" is not canonical (canonical form: \""
              + canonical
              + "\"); pass it through UrlCanonicalizer.canonicalize first");
    }
    return "a-" + ContentHash.sha256Hex(canonicalUrl).substring(0, 16);
  }
}
