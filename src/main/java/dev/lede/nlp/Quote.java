package dev.lede.nlp;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quote: words inside quotation marks attributed to someone. {@code text} is the exact
 * substring {@code [start, end)} of the article, without the quotation marks, surrounding spaces or
 * a trailing comma.
 *
 * @param text the quoted words
 * @param start offset of the first quoted char
 * @param end offset just past the last quoted char
 * @param speaker canonical name of the entity who said it, when it could be told
 * @param sentence the sentence in which the quote starts
 */
public record Quote(String text, int start, int end, Optional<String> speaker, Sentence sentence) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(sentence, "sentence");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "quote span [" + start + ", " + end + ") does not fit text of length " + text.length());
    }
  }
}
