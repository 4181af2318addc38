package dev.lede.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Normalises declared language tags and guesses a language from text when none is declared: by
 * writing system for non-Latin scripts (Hangul means Korean, kana Japanese, Han without kana
 * Chinese), by a handful of very frequent function words for Latin-script languages.
 */
public final class LanguageGuesser {
  private static final String[] LATIN_LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl"};
  private static final List<Set<String>> FUNCTION_WORDS = functionWords();

  private LanguageGuesser() {}

  /** {@code en_US} to {@code en-US}, {@code EN} to {@code en}; empty when not a plausible tag. */
  public static Optional<String> normalizeTag(String raw) {
    if (raw == null) return Optional.empty();
    String s = raw.trim();
    int cut = indexOfAny(s, ",; ");
    if (cut >= 0) s = s.substring(0, cut);
    s = s.replace('_', '-');
    if (s.isEmpty() || s.length() > 35) return Optional.empty();
    String[] parts = s.split("-");
    String primary = parts[0];
    if (primary.length() < 2 || primary.length() > 3 || !isAsciiLetters(primary)) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(primary.toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 8) return Optional.of(b.toString());
      b.append('-');
      if (p.length() == 2) b.append(p.toUpperCase(Locale.ROOT));
      else if (p.length() == 4)
        b.append(Character.toUpperCase(p.charAt(0)))
            .append(p.substring(1).toLowerCase(Locale.ROOT));
      else b.append(p.toLowerCase(Locale.ROOT));
    }
    return Optional.of(b.toString());
  }

  /** A cheap guess from the text's script and function words; empty when unsure. */
  public static Optional<String> guess(CharSequence text) {
    int hangul = 0, kana = 0, han = 0, cyrillic = 0, arabic = 0, hebrew = 0, greek = 0;
    int thai = 0, devanagari = 0, latin = 0;
    int n = Math.min(text.length(), 20000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin++;
      } else if (c >= 0xAC00 && c <= 0xD7AF || c >= 0x1100 && c <= 0x11FF) hangul++;
      else if (c >= 0x3040 && c <= 0x30FF) kana++;
      else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) han++;
      else if (c >= 0x0400 && c <= 0x04FF) cyrillic++;
      else if (c >= 0x0600 && c <= 0x06FF) arabic++;
      else if (c >= 0x0590 && c <= 0x05FF) hebrew++;
      else if (c >= 0x0370 && c <= 0x03FF) greek++;
      else if (c >= 0x0E00 && c <= 0x0E7F) thai++;
      else if (c >= 0x0900 && c <= 0x097F) devanagari++;
      else if (c >= 0xC0 && c <= 0x24F) latin++;
    }
    int letters =
        hangul + kana + han + cyrillic + arabic + hebrew + greek + thai + devanagari + latin;
    if (letters < 10) return Optional.empty();
    if (hangul * 5 >= letters) return Optional.of("ko");
    if (kana * 10 >= letters && kana + han > letters / 3) return Optional.of("ja");
    if (han * 3 >= letters) return Optional.of("zh");
    int[] counts = {cyrillic, arabic, hebrew, greek, thai, devanagari};
    String[] codes = {"ru", "ar", "he", "el", "th", "hi"};
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] * 2 >= letters) return Optional.of(codes[k]);
    }
    if (latin * 2 >= letters) return guessLatin(text, n);
    return Optional.empty();
  }

  private static Optional<String> guessLatin(CharSequence text, int n) {
    int[] hits = new int[LATIN_LANGS.length];
    int words = 0;
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        words++;
        String word = w.toString();
        for (int k = 0; k < LATIN_LANGS.length; k++)
          if (FUNCTION_WORDS.get(k).contains(word)) hits[k]++;
        w.setLength(0);
      }
    }
    int best = -1;
    int second = 0;
    for (int k = 0; k < hits.length; k++) {
      if (best < 0 || hits[k] > hits[best]) {
        if (best >= 0) second = Math.max(second, hits[best]);
        best = k;
      } else {
        second = Math.max(second, hits[k]);
      }
    }
    if (best < 0 || hits[best] < 3 || hits[best] < words / 20 || hits[best] < second * 1.5) {
      return Optional.empty();
    }
    return Optional.of(LATIN_LANGS[best]);
  }

  private static List<Set<String>> functionWords() {
    String[] lists = {
      "the of and to in is that for it was with as on be are this by have from not",
      "der die und das ist nicht den mit von sich des auf für ein eine dem auch wird wie im",
      "le la les et des est une dans que pour qui pas sur du au avec ce sont par",
      "el los las que del se por con una para es como más pero sus al lo",
      "il di che della per non sono gli una nel con alla anche si ha questo",
      "os da do que não uma com para em os dos das por mais ao se foi",
      "de het een en van is dat op te zijn niet met voor ook aan er maar",
      "się nie na jest że do to w z jak od po przez tak ale być"
    };
    List<Set<String>> out = new java.util.ArrayList<>(lists.length);
    for (String list : lists) {
      out.add(Set.copyOf(java.util.Arrays.asList(list.split(" ")))); // lists may repeat a word
    }
    return List.copyOf(out);
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
    return -1;
  }

  private static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = (char) (s.charAt(i) | 0x20);
      if (c < 'a' || c > 'z') return false;
    }
    return true;
  }
}
