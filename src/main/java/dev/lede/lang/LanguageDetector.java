package dev.lede.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the language of a text. Scripts decide first: Hangul gives {@code ko}, kana {@code ja},
 * Han without kana {@code zh}, and Cyrillic, Greek, Arabic, Hebrew, Thai and Devanagari give {@code
 * ru}, {@code el}, {@code ar}, {@code he}, {@code th} and {@code hi}. Latin text is matched against
 * small stopword profiles for en, de, fr, es, pt, it, nl and pl. Returns {@code und} when the text
 * is too short or no profile stands out.
 */
public final class LanguageDetector {
  /** The tag returned when the language cannot be told. */
  public static final String UNDETERMINED = "und";

  private static final int MIN_LETTERS = 8;
  private static final int MIN_STOPWORD_HITS = 2;

  /** Stopword profiles by tag, from {@code stopwords.txt}. */
  private static final Map<String, Set<String>> PROFILES =
      WordLists.sections(LanguageDetector.class, "stopwords.txt");

  private LanguageDetector() {}

  /** {@link #detect}, empty when the language cannot be told. */
  public static Optional<String> guess(String text) {
    String tag = detect(text);
    return tag.equals(UNDETERMINED) ? Optional.empty() : Optional.of(tag);
  }

  /** A BCP 47 language tag for {@code text}, or {@link #UNDETERMINED}. */
  public static String detect(String text) {
    Objects.requireNonNull(text, "text");
    // The first 20,000 chars are plenty and keep detection cheap on long texts.
    int limit = Math.min(text.length(), 20_000);
    ScriptCounts c = ScriptCounts.of(text, limit);
    int hangul = c.hangul();
    int han = c.han();
    int kana = c.kana();
    int letters = c.letters();
    if (letters < MIN_LETTERS && c.cjk() < 2) {
      return UNDETERMINED;
    }
    // CJK letters carry a word's worth of meaning each; weigh them up against Latin letters.
    if (c.cjk() * 3 >= c.latin()) {
      if (hangul >= han + kana && hangul > 0) {
        return "ko";
      }
      if (kana > 0 && kana * 10 >= han) {
        return "ja";
      }
      if (han > 0) {
        return "zh";
      }
    }
    int[] other = {c.cyrillic(), c.greek(), c.arabic(), c.hebrew(), c.thai(), c.devanagari()};
    String[] tags = {"ru", "el", "ar", "he", "th", "hi"};
    for (int k = 0; k < other.length; k++) {
      if (other[k] * 2 > letters) {
        return tags[k];
      }
    }
    if (c.latin() * 2 <= letters) {
      return UNDETERMINED;
    }
    return byStopwords(text.substring(0, limit));
  }

  private static String byStopwords(String text) {
    Map<String, Set<String>> profiles = PROFILES;
    String[] tags = profiles.keySet().toArray(new String[0]);
    int[] hits = new int[tags.length];
    for (String w : words(text)) {
      for (int k = 0; k < tags.length; k++) {
        if (profiles.get(tags[k]).contains(w)) {
          hits[k]++;
        }
      }
    }
    int best = -1;
    int second = -1;
    for (int k = 0; k < tags.length; k++) {
      if (best < 0 || hits[k] > hits[best]) {
        second = best;
        best = k;
      } else if (second < 0 || hits[k] > hits[second]) {
        second = k;
      }
    }
    if (best < 0 || hits[best] < MIN_STOPWORD_HITS) {
      return UNDETERMINED;
    }
    // A tie means the profiles cannot tell (es/pt and nl/de share many short words).
    if (second >= 0 && hits[second] == hits[best]) {
      return UNDETERMINED;
    }
    return tags[best];
  }

  /**
   * The lower-cased words of {@code text}: runs of letters, digits and marks, joined across a
   * hyphen, or an apostrophe after a letter (not the English possessive), as the nlp tokenizer
   * joins them.
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = -1;
    for (int i = 0; i <= n; ) {
      int cp = i < n ? text.codePointAt(i) : ' ';
      int len = Character.charCount(cp);
      if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0 && !(i + 1 < n && joins(text, i, cp))) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      i += len;
    }
    return out;
  }

  private static boolean isWordChar(int cp) {
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean joins(String text, int j, int cp) {
    if (!isWordChar(text.codePointAt(j + 1))) {
      return false;
    }
    if (cp == '-' || cp == '\u2010' || cp == '\u2011') {
      return true;
    }
    boolean possessive =
        (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
            && (j + 2 >= text.length() || !isWordChar(text.codePointAt(j + 2)));
    return (cp == '\'' || cp == '\u2019') && Character.isLetter(text.charAt(j - 1)) && !possessive;
  }
}
