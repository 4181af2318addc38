package dev.lede.story.crosslang.internal;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries, regions and cities named in English, Korean, Japanese or Chinese, from CLDR's
 * localized names in ICU (the Unicode licence): {@code p:KR} for "South Korea", "대한민국", "韓国", "韩国"
 * and "南韓"; {@code c:Asia/Seoul} (and {@code p:KR}) for "Seoul", "서울", "ソウル" and "首尔". Chinese is
 * matched in simplified characters ({@link Scripts#simplified}). An English demonym whose stem
 * starts exactly one country's one-word name counts as that country ("Ukrainian", "Japanese").
 */
final class Places {
  private static final List<String> LOCALES = List.of("en", "ko", "ja", "zh", "zh_Hant");
  private static final int MAX_WORDS = 4;
  // A Latin name's first word (texts are read by Scripts.latinWords, which finds the same words).
  private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}.'’-]*");
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");
  private static final Pattern DEMONYM =
      Pattern.compile("(.{4,}?)(?:ians|ian|ans|an|ese|ish|is|i|s|n)");

  // Lower-case Latin names and CJK names (simplified) to their keys; ambiguous names are dropped.
  private final Map<String, Set<String>> latin = new HashMap<>();
  private final Map<String, Set<String>> cjk = new HashMap<>();
  // Sorted: a demonym's stem meets only the names it starts (a scan of them all per capitalised
  // word was a fifth of an English article's place cost).
  private final NavigableMap<String, String> oneWordCountries = new TreeMap<>();
  // The first words of the Latin names, to skip words no name starts with.
  private final Set<String> latinFirstWords = new HashSet<>();
  // Every CJK name's prefixes of two or more characters, to stop a look-up early.
  private final Set<String> cjkPrefixes = new HashSet<>();
  // The second characters of the CJK names by their first (sorted; null for none): most positions
  // of a text start no name, and are passed over without making a string of them.
  private final char[][] cjkSeconds = new char[Character.MAX_VALUE + 1][];
  private int longestCjk;

  private static final class Holder {
    static final Places INSTANCE = new Places();
  }

  static Places get() {
    return Holder.INSTANCE;
  }

  private Places() {
    Set<String> ambiguousLatin = new HashSet<>();
    Set<String> ambiguousCjk = new HashSet<>();
    for (String loc : LOCALES) {
      ULocale locale = new ULocale(loc);
      LocaleDisplayNames names = LocaleDisplayNames.getInstance(locale);
      for (String region : ULocale.getISOCountries()) {
        put(names.regionDisplayName(region), Set.of("p:" + region), ambiguousLatin, ambiguousCjk);
      }
      UResourceBundle bundle =
          UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, locale);
      for (String table : List.of("Countries%variant", "Countries%short")) {
        try {
          UResourceBundle t = bundle.get(table);
          for (int i = 0; i < t.getSize(); i++) {
            UResourceBundle e = t.get(i);
            if (e.getKey().length() == 2) {
              put(e.getString(), Set.of("p:" + e.getKey()), ambiguousLatin, ambiguousCjk);
            }
          }
        } catch (MissingResourceException absent) {
          // this locale has no such alternative names
        }
      }
      TimeZoneNames zones = TimeZoneNames.getInstance(locale);
      for (String zone :
          TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
        String city = zones.getExemplarLocationName(zone);
        String region = TimeZone.getRegion(zone);
        if (city != null) {
          put(city, Set.of("c:" + zone, "p:" + region), ambiguousLatin, ambiguousCjk);
        }
      }
    }
    latin.keySet().removeAll(ambiguousLatin);
    cjk.keySet().removeAll(ambiguousCjk);
    for (Map.Entry<String, Set<String>> e : latin.entrySet()) {
      if (e.getKey().indexOf(' ') < 0 && e.getValue().size() == 1) {
        String key = e.getValue().iterator().next();
        if (key.startsWith("p:")) {
          oneWordCountries.put(e.getKey(), key);
        }
      }
    }
    for (String name : latin.keySet()) {
      latinFirstWords.add(name.split(" ", 2)[0]);
    }
    for (String name : cjk.keySet()) {
      longestCjk = Math.max(longestCjk, name.length());
      for (int n = 2; n <= name.length(); n++) {
        cjkPrefixes.add(name.substring(0, n));
      }
    }
    Map<Character, Set<Character>> seconds = new HashMap<>();
    for (String prefix : cjkPrefixes) {
      if (prefix.length() == 2) {
        seconds.computeIfAbsent(prefix.charAt(0), c -> new HashSet<>()).add(prefix.charAt(1));
      }
    }
    seconds.forEach(
        (first, second) -> {
          char[] sorted = new char[second.size()];
          int k = 0;
          for (char c : second) {
            sorted[k++] = c;
          }
          java.util.Arrays.sort(sorted);
          cjkSeconds[first] = sorted;
        });
  }

  // In one order on every JVM (Set.of's order changes from run to run), so an article's anchors,
  // and the linker's sums over them, come out the same each run.
  private static Set<String> sorted(Set<String> keys) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(keys)));
  }

  private void put(
      String name, Set<String> keys, Set<String> ambiguousLatin, Set<String> ambiguousCjk) {
    if (name == null || name.isBlank() || name.indexOf('(') >= 0) {
      return;
    }
    boolean isLatin = LATIN_WORD.matcher(name.split(" ")[0]).matches();
    Map<String, Set<String>> map = isLatin ? latin : cjk;
    String key =
        isLatin
            ? name.toLowerCase(Locale.ROOT).replace('’', '\'')
            : Scripts.simplified(name).replace("・", "").replace(" ", "");
    if (key.length() < 2) {
      return;
    }
    Set<String> known = map.putIfAbsent(key, sorted(keys));
    if (known != null && !known.equals(keys)) {
      // A city of the same name in two zones still names one country when both agree on it.
      Set<String> common = new HashSet<>(known);
      common.retainAll(keys);
      if (common.stream().noneMatch(k -> k.startsWith("p:"))) {
        (isLatin ? ambiguousLatin : ambiguousCjk).add(key);
      } else {
        map.put(key, sorted(common));
      }
    }
  }

  /** The place keys of {@code text}. */
  Set<String> keys(String text) {
    return keysOfSimplified(Scripts.simplified(text));
  }

  /** The place keys of a text already {@linkplain Scripts#simplified simplified}. */
  Set<String> keysOfSimplified(String text) {
    Set<String> out = new LinkedHashSet<>();
    keysOfSimplified(text, out);
    return out;
  }

  /** Adds the place keys of a simplified text to {@code out}, in order. */
  void keysOfSimplified(String text, Set<String> out) {
    latinKeys(text, out);
    cjkKeys(text, out);
  }

  private void latinKeys(String text, Set<String> out) {
    int[] found = Scripts.latinWords(text);
    List<String> words = new java.util.ArrayList<>();
    for (int f = 0; f < found.length; f += 2) {
      String w = text.substring(found[f], found[f + 1]).replace('’', '\'');
      while (!w.isEmpty() && ".'-".indexOf(w.charAt(w.length() - 1)) >= 0) {
        w = w.substring(0, w.length() - 1);
      }
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      // "U.S." and "U.K." are the short names "US" and "UK" written with stops.
      if (w.indexOf('.') > 0 && INITIALS.matcher(w).matches()) {
        w = w.replace(".", "");
      }
      words.add(w);
    }
    for (int i = 0; i < words.size(); ) {
      int matched = 0;
      // Only a capitalised word starts a name (and a demonym): others need no look-up.
      String first = words.get(i);
      if (Character.isUpperCase(first.charAt(0))
          && latinFirstWords.contains(first.toLowerCase(Locale.ROOT))) {
        for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
          String phrase = String.join(" ", words.subList(i, i + n)).toLowerCase(Locale.ROOT);
          Set<String> keys = latin.get(phrase);
          if (keys != null) {
            out.addAll(keys);
            matched = n;
          }
        }
      }
      if (matched == 0) {
        demonym(first, out);
      }
      i += Math.max(matched, 1);
    }
  }

  private void demonym(String word, Set<String> out) {
    if (word.length() < 5 || !Character.isUpperCase(word.charAt(0))) {
      return;
    }
    Matcher d = DEMONYM.matcher(word.toLowerCase(Locale.ROOT));
    if (!d.matches()) {
      return;
    }
    String stem = d.group(1);
    String found = null;
    for (Map.Entry<String, String> e : oneWordCountries.tailMap(stem, true).entrySet()) {
      if (!e.getKey().startsWith(stem)) {
        break;
      }
      if (e.getKey().length() - stem.length() <= 2) {
        if (found != null && !found.equals(e.getValue())) {
          return;
        }
        found = e.getValue();
      }
    }
    if (found != null) {
      out.add(found);
    }
  }

  private void cjkKeys(String text, Set<String> out) {
    for (int i = 0; i < text.length(); ) {
      if (!Scripts.isCjk(text.charAt(i)) || !startsName(text, i)) {
        i++;
        continue;
      }
      // The longest name starting here: names are tried growing while some name starts so.
      int matched = 0;
      Set<String> found = null;
      for (int n = 2; i + n <= text.length() && n <= longestCjk; n++) {
        String s = text.substring(i, i + n);
        if (!cjkPrefixes.contains(s)) {
          break;
        }
        Set<String> keys = cjk.get(s);
        if (keys != null) {
          found = keys;
          matched = n;
        }
      }
      if (found != null) {
        out.addAll(found);
      }
      i += Math.max(matched, 1);
    }
  }

  /** Whether the two characters at {@code i} start some CJK name (the names' 2-char prefixes). */
  private boolean startsName(String text, int i) {
    if (i + 2 > text.length() || longestCjk < 2) {
      return false;
    }
    char[] seconds = cjkSeconds[text.charAt(i)];
    return seconds != null && java.util.Arrays.binarySearch(seconds, text.charAt(i + 1)) >= 0;
  }
}
