package dev.lede.nlp;

import java.util.Objects;

/**
 * A word, number or punctuation mark, with its exact offsets in the source text.
 *
 * @param text the token as written
 * @param start offset of its first char
 * @param end offset just past its last char
 * @param kind what it is
 */
public record Token(String text, int start, int end, Kind kind) {
  /** What a token is. */
  public enum Kind {
    /** Letters, possibly with digits, inner hyphens and apostrophes ("Jae-myung", "2008년"). */
    WORD,
    /** Digits with optional grouping commas and a decimal point ("1,200", "3.5"). */
    NUMBER,
    /** A punctuation mark. */
    PUNCTUATION,
    /** Any other symbol ("$", "%", "€"). */
    SYMBOL
  }

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "token span [" + start + ", " + end + ") does not fit text of length " + text.length());
    }
  }

  /** True for a word whose first letter is a capital ("Lee", "THAAD", "iPhone" is not). */
  public boolean isCapitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }
}
