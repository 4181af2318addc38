package dev.lede.dedup.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text normalisation shared by content hashes and shingles. Stages, in order:
 *
 * <ol>
 *   <li>Unicode NFKC, so full-width, ligature and compatibility forms compare equal;
 *   <li>case folding (upper then lower case, which folds {@code ß} to {@code ss} and final sigma);
 *   <li>format characters (zero-width space, soft hyphen, BOM) removed;
 *   <li>punctuation, controls and separators turned into a space; symbols ({@code £ $ ©}) set apart
 *       as their own word, so {@code £0.79} and {@code £ 0.79} agree;
 *   <li>whitespace runs collapsed to one space, ends trimmed.
 * </ol>
 *
 * <p>Punctuation becomes a space rather than nothing so that extraction artefacts such as {@code
 * Wal - Mart} and {@code Wal-Mart} normalise the same way.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The normalised form of {@code text}; words separated by single spaces. */
  public static String normalize(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      switch (classify(cp)) {
        case DROP -> {}
        case SPACE -> pendingSpace = true;
        case SYMBOL -> {
          if (out.length() > 0) {
            out.append(' ');
          }
          out.appendCodePoint(cp);
          pendingSpace = true;
        }
        case KEEP -> {
          if (pendingSpace && out.length() > 0) {
            out.append(' ');
          }
          pendingSpace = false;
          out.appendCodePoint(cp);
        }
      }
    }
    return out.toString();
  }

  /**
   * The words of {@code text} after {@link #normalize}. Runs of scripts written without spaces
   * (Han, kana, Thai, Lao, Khmer, Myanmar) become overlapping character bigrams, so a Chinese or
   * Japanese sentence yields many short words rather than one long one. Korean is written with
   * spaces and stays word-based.
   */
  public static List<String> words(String text) {
    String normalized = normalize(text);
    List<String> words = new ArrayList<>();
    int start = 0;
    while (start < normalized.length()) {
      int end = normalized.indexOf(' ', start);
      if (end < 0) {
        end = normalized.length();
      }
      splitWord(normalized.substring(start, end), words);
      start = end + 1;
    }
    return words;
  }

  private static void splitWord(String word, List<String> out) {
    int runStart = 0;
    boolean runUnspaced = false;
    for (int i = 0; i <= word.length(); ) {
      boolean atEnd = i == word.length();
      int cp = atEnd ? 0 : word.codePointAt(i);
      boolean unspaced = !atEnd && isUnspacedScript(cp);
      if (atEnd || (i > runStart && unspaced != runUnspaced)) {
        String run = word.substring(runStart, i);
        if (runUnspaced) {
          addBigrams(run, out);
        } else if (!run.isEmpty()) {
          out.add(run);
        }
        runStart = i;
      }
      if (atEnd) {
        break;
      }
      runUnspaced = unspaced;
      i += Character.charCount(cp);
    }
  }

  private static void addBigrams(String run, List<String> out) {
    int count = run.codePointCount(0, run.length());
    if (count == 1) {
      out.add(run);
      return;
    }
    int first = 0;
    for (int n = 0; n < count - 1; n++) {
      int second = run.offsetByCodePoints(first, 1);
      int third = run.offsetByCodePoints(second, 1);
      out.add(run.substring(first, third));
      first = second;
    }
  }

  private static boolean isUnspacedScript(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
      default -> false;
    };
  }

  private static String fold(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String folded = nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    // Folding can produce sequences NFKC would compose differently (e.g. a dotted capital I).
    return Normalizer.isNormalized(folded, Normalizer.Form.NFKC)
        ? folded
        : Normalizer.normalize(folded, Normalizer.Form.NFKC);
  }

  private enum Kind {
    KEEP,
    DROP,
    SPACE,
    SYMBOL
  }

  private static Kind classify(int cp) {
    if (Character.isWhitespace(cp)) {
      return Kind.SPACE;
    }
    return switch (Character.getType(cp)) {
      case Character.FORMAT -> Kind.DROP;
      case Character.CONTROL,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.SURROGATE ->
          Kind.SPACE;
      case Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          Kind.SYMBOL;
      // Unassigned code points stay: a newer JDK may assign them, and keeping them is the choice
      // least likely to change a stored hash when it does.
      default -> Kind.KEEP;
    };
  }
}
