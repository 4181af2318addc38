package dev.lede.nlp;

import java.util.Objects;

/**
 * One sentence of a text, with its exact place in it: {@code source.substring(start, end)} equals
 * {@code text}. Sentences never start or end with whitespace.
 *
 * @param text the sentence as written
 * @param start offset of its first char in the source text
 * @param end offset just past its last char
 */
public record Sentence(String text, int start, int end) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "sentence span ["
              + start
              + ", "
              + end
              + ") does not fit text of length "
              + text.length());
    }
  }

  /** True when {@code offset} falls inside this sentence. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
