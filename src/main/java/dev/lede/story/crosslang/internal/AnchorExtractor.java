package dev.lede.story.crosslang.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What carries across English, Korean, Japanese and Chinese in one text: numbers ({@code n:}),
 * calendar days ({@code d:}), countries and cities ({@code p:}, {@code c:}), Latin-script acronyms
 * ({@code l:}), names by sound ({@code ph:}), Han character pairs ({@code h:}), news concepts
 * ({@code w:}) and Sino-Korean words ({@code k:}).
 */
public final class AnchorExtractor {
  // What this extractor read per word and per Han run ({@link Memo}).
  private final Memo memo = new Memo();

  /** An extractor that remembers what it read per word, bounded; thread-safe. */
  public AnchorExtractor() {}

  /**
   * Where the head of {@code text} ends: before the first char that would take the head's weight
   * past {@code budget}, each Han, kana or Hangul char weighing {@code cjkWeight}, any other 1;
   * never inside a surrogate pair.
   */
  public static int headEnd(String text, int budget, double cjkWeight) {
    double used = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      used += Scripts.isCjk(c) ? cjkWeight : 1;
      if (used > budget) {
        return i;
      }
      i += Character.charCount(c);
    }
    return n;
  }

  /** The anchors of {@code text}, in order of first appearance by kind. */
  public Set<String> of(String text) {
    // Each reader adds to this one set, in the same order: a set per reader copied into it was 6%
    // of the anchors' JFR samples on the demo mix (an article there has some 170 anchors).
    Set<String> out = new LinkedHashSet<>(256);
    Numbers.numbers(text, out);
    Numbers.days(text, out);
    // Traditional Chinese read as simplified once for the three readers that need it.
    String simplified = Scripts.simplifiedRuns(text);
    Places.get().keysOfSimplified(simplified, out);
    Names.keys(text, simplified, memo, out);
    Concepts.get().keysOfSimplified(simplified, out);
    SinoKorean.keys(text, memo, out);
    return out;
  }
}
