package dev.lede.extract.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Normalises a page's declared language tags. A page that declares none has its language told from
 * its text by {@link dev.lede.lang.LanguageDetector}, the one detector of the pipeline.
 */
public final class LanguageTags {
  private LanguageTags() {}

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
