package dev.lede.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short lines that are page furniture by their words, whatever their markup: photo credits, calls
 * to subscribe, follow or share, consent and disclosure notices, "read more" headings, date and
 * contact rows. The phrases are a word list ({@code boilerplate-lines.txt}), grouped in sections
 * that each cap the length of a line they may remove, so an article sentence quoting a phrase
 * stays.
 */
final class BoilerplateLines {
  private static final String RESOURCE = "boilerplate-lines.txt";

  /**
   * One phrase: a line of at most {@code maxLength} characters starting with or containing it; a
   * {@code #} in the phrase stands for a run of digits ({@code ^figure #:}); a phrase ending in
   * {@code $} must end the line ({@code .php on line #$}).
   */
  private record Phrase(
      String text, boolean prefix, int maxLength, Pattern pattern, boolean box, boolean end) {
    boolean in(String line) {
      if (pattern != null)
        return prefix ? pattern.matcher(line).lookingAt() : pattern.matcher(line).find();
      return prefix ? line.startsWith(text) : line.contains(text);
    }

    static Phrase of(String text, boolean prefix, int maxLength, boolean box, boolean end) {
      boolean atEnd = text.endsWith("$");
      if (atEnd) text = text.substring(0, text.length() - 1);
      if (text.indexOf('#') < 0 && !atEnd)
        return new Phrase(text, prefix, maxLength, null, box, end);
      StringBuilder re = new StringBuilder();
      String[] parts = text.split("#", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) re.append("\\d+");
        if (!parts[i].isEmpty()) re.append(Pattern.quote(parts[i]));
      }
      if (atEnd) re.append('$');
      return new Phrase(text, prefix, maxLength, Pattern.compile(re.toString()), box, end);
    }
  }

  private static final List<Phrase> PHRASES = load();
  private static final int LONGEST = longest();

  /** The longest line a phrase of an {@code end} section may match. */
  private static final int LONGEST_END =
      PHRASES.stream().filter(Phrase::end).mapToInt(Phrase::maxLength).max().orElse(0);

  /** The distinct length caps of the sections, ascending, and the index of each cap's phrases. */
  private static final int[] CAPS =
      PHRASES.stream().mapToInt(Phrase::maxLength).distinct().sorted().toArray();

  private static final Index[] INDEXES = indexes();

  private BoilerplateLines() {}

  /** Whether {@code line} (a block's text) is boilerplate by its words. */
  static boolean matches(String line) {
    return match(line) != null;
  }

  /**
   * Whether {@code line} is a call to subscribe, follow, share or consent (a section marked {@code
   * box}): then the small box around it (its heading, pitch and button) is the appeal, not only
   * this line.
   */
  static boolean marksBox(String line) {
    Phrase p = match(line);
    return p != null && p.box();
  }

  /**
   * Whether {@code line} heads what follows it as another page's matter (a section marked {@code
   * end}: "Related articles", "Mehr zum Thema"): the article's text has ended above it.
   */
  static boolean endsArticle(String line) {
    // Most blocks are longer than any heading of an `end` section: no scan for them.
    if (line.length() > LONGEST_END) return false;
    Phrase p = match(line);
    return p != null && p.end();
  }

  private static Phrase match(String line) {
    if (line.length() > LONGEST) return null;
    String t = TextUtil.normalizeSpace(line).toLowerCase(Locale.ROOT);
    Phrase p = matchNormalized(t);
    if (p != null) return p;
    // A credit or caption in brackets reads the same: "(Credit: ...)", "[Photo: ...]".
    int from = 0;
    while (from < t.length() && "([{".indexOf(t.charAt(from)) >= 0) from++;
    return from > 0 ? matchNormalized(t.substring(from).stripLeading()) : null;
  }

  private static Phrase matchNormalized(String t) {
    // Only the phrases whose section allows a line this long are looked for.
    int k = java.util.Arrays.binarySearch(CAPS, t.length());
    if (k < 0) k = -k - 1;
    if (k >= CAPS.length) return null;
    int i = INDEXES[k].first(t);
    return i < 0 ? null : PHRASES.get(i);
  }

  private static Index[] indexes() {
    Index[] out = new Index[CAPS.length];
    for (int k = 0; k < CAPS.length; k++) out[k] = new Index(PHRASES, CAPS[k]);
    return out;
  }

  /**
   * The phrases by their first character, so a line is read once instead of once per phrase (a
   * tenth of a page's extraction went to those scans): the first phrase in list order that the line
   * may hold (by length) and holds wins, as the list is read top down.
   */
  private static final class Index {
    private final int[][] prefixAscii = new int[128][];
    private final int[][] containsAscii = new int[128][];
    private final Other prefixOther;
    private final Other containsOther;
    private final int[] patterns; // phrases read as a regular expression (digits, line end)

    /** The phrases that may remove a line of {@code minCap} characters. */
    Index(List<Phrase> phrases, int minCap) {
      java.util.Map<Character, List<Integer>> prefix = new java.util.TreeMap<>();
      java.util.Map<Character, List<Integer>> contains = new java.util.TreeMap<>();
      List<Integer> withPattern = new ArrayList<>();
      for (int i = 0; i < phrases.size(); i++) {
        Phrase p = phrases.get(i);
        if (p.maxLength() < minCap) continue;
        if (p.pattern() != null) {
          withPattern.add(i);
        } else {
          (p.prefix() ? prefix : contains)
              .computeIfAbsent(p.text().charAt(0), c -> new ArrayList<>())
              .add(i);
        }
      }
      prefixOther = fill(prefix, prefixAscii);
      containsOther = fill(contains, containsAscii);
      patterns = withPattern.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The phrases by first character: ASCII ones in {@code ascii}, the others returned. */
    private static Other fill(java.util.Map<Character, List<Integer>> byChar, int[][] ascii) {
      StringBuilder chars = new StringBuilder();
      List<int[]> ids = new ArrayList<>();
      byChar.forEach( // a TreeMap: the other characters come sorted
          (c, list) -> {
            int[] a = list.stream().mapToInt(Integer::intValue).toArray();
            if (c < 128) {
              ascii[c] = a;
            } else {
              chars.append(c.charValue());
              ids.add(a);
            }
          });
      return new Other(chars.toString().toCharArray(), ids.toArray(new int[0][]));
    }

    /** Phrases whose first character is not ASCII, by that character (sorted). */
    private record Other(char[] chars, int[][] ids) {
      int[] of(char c) {
        int at = chars.length == 0 ? -1 : java.util.Arrays.binarySearch(chars, c);
        return at < 0 ? null : ids[at];
      }
    }

    /** The index of the first phrase {@code t} matches, or -1. */
    int first(String t) {
      int n = t.length();
      if (n == 0) return -1;
      int best = Integer.MAX_VALUE;
      for (int i : patterns) {
        Phrase p = PHRASES.get(i);
        if (n <= p.maxLength() && p.in(t)) {
          best = i;
          break;
        }
      }
      best = scan(bucket(prefixAscii, prefixOther, t.charAt(0)), t, 0, best);
      for (int at = 0; at < n; at++) {
        best = scan(bucket(containsAscii, containsOther, t.charAt(at)), t, at, best);
      }
      return best == Integer.MAX_VALUE ? -1 : best;
    }

    private static int[] bucket(int[][] ascii, Other other, char c) {
      return c < 128 ? ascii[c] : other.of(c);
    }

    private static int scan(int[] ids, String t, int at, int best) {
      if (ids == null) return best;
      for (int i : ids) {
        if (i >= best) break;
        Phrase p = PHRASES.get(i);
        if (t.length() <= p.maxLength() && t.startsWith(p.text(), at)) return i;
      }
      return best;
    }
  }

  private static int longest() {
    int m = 0;
    for (Phrase p : PHRASES) m = Math.max(m, p.maxLength());
    return m;
  }

  private static List<Phrase> load() {
    InputStream in = BoilerplateLines.class.getResourceAsStream(RESOURCE);
    if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
    List<Phrase> out = new ArrayList<>();
    int max = -1;
    boolean box = false;
    boolean end = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) continue;
        if (s.startsWith("[")) {
          int at = s.indexOf("max=");
          if (at < 0 || !s.endsWith("]")) {
            throw new IllegalStateException(RESOURCE + ":" + n + ": section needs max=N: " + s);
          }
          String rest = s.substring(at + 4, s.length() - 1).strip();
          end = rest.endsWith(" end");
          if (end) rest = rest.substring(0, rest.length() - 4).strip();
          box = rest.endsWith(" box");
          if (box) rest = rest.substring(0, rest.length() - 4).strip();
          max = Integer.parseInt(rest);
          continue;
        }
        if (max < 0)
          throw new IllegalStateException(RESOURCE + ":" + n + ": phrase before [section]");
        boolean prefix = s.startsWith("^");
        String text = TextUtil.normalizeSpace(prefix ? s.substring(1) : s).toLowerCase(Locale.ROOT);
        out.add(Phrase.of(text, prefix, max, box, end));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
