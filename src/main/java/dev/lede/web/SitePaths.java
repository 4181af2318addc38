package dev.lede.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The site's URL paths. Every path built here is ASCII and safe in an attribute or XML. */
public final class SitePaths {

  /** Ids and keys in paths: what story and entity ids are made of. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final int SLUG_MAX = 80;

  private SitePaths() {}

  /** Whether {@code id} can be a story id or entity key in a URL. */
  public static boolean isId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** {@code /stories/ID/SLUG}, the story page's canonical path. */
  public static String story(String id, String headline) {
    String slug = slug(headline);
    String base = "/stories/" + encode(id);
    return slug.isEmpty() ? base : base + "/" + encode(slug);
  }

  /** {@code /entities/KEY}. */
  public static String entity(String key) {
    return "/entities/" + encode(key);
  }

  /**
   * A readable URL slug: lower-case letters and digits of any script joined by {@code -}, accents
   * dropped, at most 80 characters, cut at a word boundary when possible.
   */
  public static String slug(String text) {
    // Decompose to drop accents, then recompose so Hangul syllables stay syllables.
    String plain =
        Normalizer.normalize(
            MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll(""),
            Normalizer.Form.NFC);
    String slug = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = trimDashes(slug);
    if (slug.length() > SLUG_MAX) {
      int cut = slug.lastIndexOf('-', SLUG_MAX);
      slug = trimDashes(slug.substring(0, cut > SLUG_MAX / 2 ? cut : SLUG_MAX));
    }
    return slug;
  }

  private static String trimDashes(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }

  /** Percent-encodes one path segment. */
  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
