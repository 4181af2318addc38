package dev.lede.story.crosslang.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News concepts named in English, Chinese, Japanese or Korean ({@code w:earthquake} for
 * "earthquake", "地震" and "지진"), from the word list {@code concepts.tsv}: what an event is (an
 * election, a resignation, a Nobel prize in chemistry) carries across languages where names and
 * numbers are few. English terms are whole words, or prefixes when they end in {@code *}; CJK terms
 * are found anywhere in the text, Chinese in simplified characters, Korean ignoring spaces.
 */
final class Concepts {
  private static final Pattern WORD = Pattern.compile("[a-z]+");

  private record EnglishTerm(String[] words, boolean prefix, String key) {}

  // English terms by their first word (prefix terms by the first word's first two letters).
  private final Map<String, List<EnglishTerm>> english = new HashMap<>();

  // CJK terms by their first character (null where none starts).
  @SuppressWarnings("unchecked")
  private final List<String[]>[] cjk = new List[Character.MAX_VALUE + 1];

  // Beside each term of cjk[c], its second character (every CJK term has two or more): a term
  // whose second is not the text's next is passed over unread (a common first character starts
  // many terms, and trying each with startsWith was a thirtieth of the anchors' cost).
  private final char[][] cjkSeconds = new char[Character.MAX_VALUE + 1][];

  private static final class Holder {
    static final Concepts INSTANCE = new Concepts();
  }

  static Concepts get() {
    return Holder.INSTANCE;
  }

  private Concepts() {
    try (InputStream in =
        Concepts.class.getResourceAsStream("/dev/lede/story/crosslang/concepts.tsv")) {
      if (in == null) {
        throw new IllegalStateException("concepts.tsv is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 5) {
          throw new IllegalStateException(
              "concepts.tsv line " + lineNo + ": expected 5 tab-separated fields, had " + f.length);
        }
        String key = "w:" + f[0];
        for (String term : f[1].split(",")) {
          addEnglish(term.trim(), key);
        }
        for (int lang = 2; lang < 5; lang++) {
          for (String term : f[lang].split(",")) {
            String t = normaliseCjk(term.trim());
            if (t.length() < 2) {
              throw new IllegalStateException(
                  "concepts.tsv line "
                      + lineNo
                      + ": CJK term '"
                      + term
                      + "' is under 2 characters");
            }
            if (cjk[t.charAt(0)] == null) {
              cjk[t.charAt(0)] = new ArrayList<>();
            }
            cjk[t.charAt(0)].add(new String[] {t, key});
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("concepts.tsv could not be read", e);
    }
    for (int c = 0; c < cjk.length; c++) {
      if (cjk[c] != null) {
        cjkSeconds[c] = new char[cjk[c].size()];
        for (int k = 0; k < cjk[c].size(); k++) {
          cjkSeconds[c][k] = cjk[c].get(k)[0].charAt(1);
        }
      }
    }
  }

  private void addEnglish(String term, String key) {
    boolean prefix = term.endsWith("*");
    String[] words = (prefix ? term.substring(0, term.length() - 1) : term).split(" ");
    String first = words.length == 1 && prefix ? words[0].substring(0, 2) : words[0];
    english.computeIfAbsent(first, k -> new ArrayList<>()).add(new EnglishTerm(words, prefix, key));
  }

  private static String normaliseCjk(String s) {
    return Scripts.simplified(s).replaceAll("\\s+", "");
  }

  /**
   * The concept keys of {@code text}. A term found inside a longer term of another concept does not
   * count ("American football" is not football, 美式足球 not 足球).
   */
  Set<String> keys(String text) {
    return keysOfSimplified(Scripts.simplified(text));
  }

  /** The concept keys of a text already {@linkplain Scripts#simplified simplified}. */
  Set<String> keysOfSimplified(String text) {
    Set<String> out = new LinkedHashSet<>();
    keysOfSimplified(text, out);
    return out;
  }

  /** Adds the concept keys of a simplified text to {@code out}, in order. */
  void keysOfSimplified(String text, Set<String> out) {
    List<Match> found = found(text, false);
    for (Match a : found) {
      if (found.stream().noneMatch(b -> b.covers(a))) {
        out.add(a.key());
      }
    }
  }

  /**
   * Whether a simplified text names a concept: whether {@link #keysOfSimplified} is not empty (a
   * longest term found is covered by none), without the keys.
   */
  boolean namesAny(String text) {
    return !found(text, true).isEmpty();
  }

  /** The terms found in {@code text}, or only the first when {@code first}. */
  private List<Match> found(String text, boolean first) {
    List<Match> found = new ArrayList<>();
    List<String> words = new ArrayList<>();
    if (mayHoldWords(text)) {
      Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
      while (m.find()) {
        words.add(m.group());
      }
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      match(english.get(w), words, i, found);
      if (w.length() >= 2) {
        match(english.get(w.substring(0, 2)), words, i, found);
      }
      if (first && !found.isEmpty()) {
        return found;
      }
    }
    // CJK spans are offset past the words' so the two kinds never nest.
    int base = words.size();
    String t = Scripts.hasCjk(text) ? withoutSpaces(text) : "";
    for (int i = 0; i < t.length(); i++) {
      List<String[]> terms = cjk[t.charAt(i)];
      if (terms != null && i + 1 < t.length()) {
        char[] seconds = cjkSeconds[t.charAt(i)];
        char next = t.charAt(i + 1);
        for (int k = 0; k < seconds.length; k++) {
          if (seconds[k] != next) {
            continue;
          }
          String[] term = terms.get(k);
          if (t.startsWith(term[0], i)) {
            found.add(new Match(base + i, base + i + term[0].length(), term[1]));
            if (first) {
              return found;
            }
          }
        }
      }
    }
    return found;
  }

  /**
   * Whether {@code text} lower-cased may hold a letter a to z: it has one, or a letter of a script
   * other than Han, Hangul and kana (the Kelvin sign lower-cases to k). CJK text mostly has none,
   * and is then not lower-cased and searched for words.
   */
  static boolean mayHoldWords(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80
          ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          : Character.isLetter(c) && !Scripts.isCjk(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} without the whitespace of {@code \\s} in a regular expression. */
  private static String withoutSpaces(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
        if (out != null) {
          out.append(c);
        }
      } else if (out == null) {
        // Copied from the first space on: a word (a name's sound asks of each) is kept as it is.
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
    }
    return out == null ? text : out.toString();
  }

  /** One term found over [start, end) (words for English, characters for CJK). */
  private record Match(int start, int end, String key) {
    boolean covers(Match o) {
      return !key.equals(o.key)
          && start <= o.start
          && end >= o.end
          && end - start > o.end - o.start;
    }
  }

  private static void match(
      List<EnglishTerm> terms, List<String> words, int at, List<Match> found) {
    if (terms == null) {
      return;
    }
    for (EnglishTerm term : terms) {
      int n = term.words().length;
      if (at + n > words.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        String w = words.get(at + k);
        boolean last = k == n - 1;
        ok = last && term.prefix() ? w.startsWith(term.words()[k]) : w.equals(term.words()[k]);
      }
      if (ok) {
        found.add(new Match(at, at + n, term.key()));
      }
    }
  }
}
