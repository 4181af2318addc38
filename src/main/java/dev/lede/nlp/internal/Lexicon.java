package dev.lede.nlp.internal;

import dev.lede.lang.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists behind the heuristics, loaded once (through {@link WordLists}) from {@code
 * lexicon.txt} and {@code places.txt} next to this package's resources. Lookups are
 * case-insensitive.
 */
public final class Lexicon {
  private static final String BASE = "/dev/lede/nlp/";
  private static final Lexicon INSTANCE = new Lexicon();

  private final Map<String, Set<String>> sections;
  private final Map<String, String> placeByKey = new HashMap<>();
  private final List<String> cjkPlaceAliases = new ArrayList<>();
  private final int longestTitleWords;
  private final Set<String> placeStems = new HashSet<>();

  private Lexicon() {
    sections = WordLists.sections(Lexicon.class, BASE + "lexicon.txt");
    for (String line : WordLists.lines(Lexicon.class, BASE + "places.txt")) {
      String[] names = line.split("\\|");
      String canonical = names[0].trim();
      for (String name : names) {
        String n = name.trim();
        if (n.isEmpty()) {
          continue;
        }
        placeByKey.putIfAbsent(Names.compactKey(n), canonical);
        if (Scripts.isCjkOrHangul(n.codePointAt(0))) {
          cjkPlaceAliases.add(n);
        }
      }
    }
    for (String key : placeByKey.keySet()) {
      if (key.length() >= 4 && key.chars().allMatch(c -> c < 0x250)) {
        placeStems.add(key.substring(0, 4));
      }
    }
    // Longest aliases first so "남아프리카 공화국" wins over a shorter overlapping alias.
    cjkPlaceAliases.sort((a, b) -> b.length() - a.length());
    int longest = 1;
    for (String t : section("person-titles")) {
      longest = Math.max(longest, t.split(" ").length);
    }
    longestTitleWords = longest;
  }

  public static Lexicon get() {
    return INSTANCE;
  }

  /** The lower-cased entries of a {@code [name]} section of {@code lexicon.txt}. */
  public Set<String> section(String name) {
    Set<String> s = sections.get(name);
    if (s == null) {
      throw new IllegalArgumentException("lexicon.txt has no section [" + name + "]");
    }
    return s;
  }

  public boolean in(String section, String word) {
    return section(section).contains(word.toLowerCase(Locale.ROOT));
  }

  /** The canonical place for a surface form ({@code "U.S."} gives {@code United States}). */
  public Optional<String> place(String surface) {
    return Optional.ofNullable(placeByKey.get(Names.compactKey(surface)));
  }

  /**
   * True for a nationality word ("Iranian", "Brazilians", "Chinese", "French"): a known irregular
   * one, or a word ending like a demonym whose first four letters start a place name.
   */
  public boolean isDemonym(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (section("demonyms").contains(w)) {
      return true;
    }
    if (w.length() < 5 || place(word).isPresent()) {
      return false;
    }
    boolean suffix = w.matches(".*(an|ans|ian|ians|ean|eans|ese|ish|i|is|ic)");
    return suffix && placeStems.contains(w.substring(0, 4));
  }

  /** Hangul and Han place names, longest first, for substring matching in unspaced scripts. */
  public List<String> cjkPlaceAliases() {
    return cjkPlaceAliases;
  }

  public int longestTitleWords() {
    return longestTitleWords;
  }
}
