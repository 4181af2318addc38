package dev.lede.model;

import java.util.Objects;

/**
 * The exact source text that supports a written sentence.
 *
 * @param article id of the source article
 * @param quote an exact substring of that article's text
 */
public record SourceSpan(String article, String quote) {
  public SourceSpan {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(quote, "quote");
  }
}
