package dev.lede.story.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Series templates: an outlet's daily briefing or weekly column runs the same headline and opening
 * sentences every time, numbers aside ("2014년 8월 19일 뉴스브리핑입니다. 뉴스브리핑은 국내뉴스만을 추려 …"). That text says
 * which series an article belongs to, not which event it reports, so an instalment is compared by
 * the sentences its outlet has not run before: two briefings then share a story only when their
 * news does.
 *
 * <p>An article is an instalment when its outlet already ran its headline, compared with numbers
 * masked. Other articles are left whole: an outlet repeating a sentence of its earlier report on
 * the same event (a daily case count, a list of related stories) is evidence of that event. So are
 * repeats across outlets (wire copy), and articles without an outlet are left whole. When nothing
 * new is left the article is compared whole (an exact repeat is still alike).
 *
 * <p>Memory is bounded: the {@code capacity} most recently seen sentence keys are kept (templates
 * recur, so they stay).
 */
final class Boilerplate {
  // Shorter fragments ("사진.", "AP") coincide by chance more than they repeat a template.
  private static final int MIN_CHARS = 10;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。？！])\\s+|\\n+");

  private final LinkedHashMap<Long, Boolean> seen;

  Boilerplate(int capacity) {
    this.seen =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The sentences of a text, split where analysis would see sentence ends or line breaks. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text)) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The key of each sentence of {@code title} and {@code body} within {@code outlet}, in order
   * (title first); 0 for sentences too short to tell a template by. Empty without an outlet.
   */
  static long[] keys(Optional<String> outlet, String title, String body) {
    if (outlet.isEmpty() || outlet.get().isBlank()) {
      return new long[0];
    }
    List<String> parts = new ArrayList<>();
    if (!title.isBlank()) {
      parts.add(title.strip());
    }
    parts.addAll(sentences(body));
    long[] out = new long[parts.size()];
    long salt = hash(outlet.get(), 0x9E3779B97F4A7C15L);
    for (int i = 0; i < out.length; i++) {
      out[i] = maskedHash(parts.get(i), salt);
    }
    return out;
  }

  /**
   * 64-bit FNV-1a of {@code sentence} lower-cased, with each number ("1,060", "8.5") read as {@code
   * #} and each run of white space as one space; 0 when that is shorter than MIN_CHARS.
   */
  static long maskedHash(String sentence, long seed) {
    long h = 0xcbf29ce484222325L ^ seed;
    int chars = 0;
    int n = sentence.length();
    for (int i = 0; i < n; ) {
      char c = sentence.charAt(i);
      char emit;
      if (c >= '0' && c <= '9') {
        i++;
        while (i < n) {
          char d = sentence.charAt(i);
          boolean digit = d >= '0' && d <= '9';
          boolean joint =
              (d == '.' || d == ',' || d == ':')
                  && i + 1 < n
                  && sentence.charAt(i + 1) >= '0'
                  && sentence.charAt(i + 1) <= '9';
          if (!digit && !joint) {
            break;
          }
          i++;
        }
        emit = '#';
      } else if (Character.isWhitespace(c)) {
        while (i < n && Character.isWhitespace(sentence.charAt(i))) {
          i++;
        }
        emit = ' ';
      } else {
        emit = Character.toLowerCase(c);
        i++;
      }
      if (!Character.isLowSurrogate(emit)) {
        chars++;
      }
      h ^= emit;
      h *= 0x100000001b3L;
    }
    return chars < MIN_CHARS ? 0 : h | 1;
  }

  /**
   * The text to analyse ({@code keys} as from {@link #keys}, in the same order), then remembers the
   * article's sentences. For an instalment of a series, whose headline the outlet already ran with
   * other numbers ("2014년 8월 19일 뉴스브리핑"), that is the sentences the outlet has not run before;
   * otherwise, and when nothing would be left, the whole text.
   */
  String strip(String title, String body, long[] keys) {
    boolean hasTitle = !title.isBlank();
    // Only an instalment of a series (its headline ran before, numbers aside) is stripped: a
    // report repeating a sentence of its outlet's earlier report on the same event is evidence.
    boolean series = hasTitle && keys.length > 0 && keys[0] != 0 && seen.get(keys[0]) != null;
    if (!series) {
      remember(keys);
      return join(title, body);
    }
    List<String> parts = new ArrayList<>();
    parts.add(title.strip());
    parts.addAll(sentences(body));
    StringBuilder kept = new StringBuilder();
    for (int i = 1; i < parts.size() && i < keys.length; i++) {
      if (keys[i] == 0 || seen.get(keys[i]) == null) {
        kept.append(parts.get(i)).append(' ');
      }
    }
    remember(keys);
    return kept.toString().isBlank() ? join(title, body) : kept.toString().strip();
  }

  /** Remembers an article's sentence keys without stripping (replay of stored articles). */
  void remember(long[] keys) {
    for (long k : keys) {
      if (k != 0) {
        seen.put(k, Boolean.TRUE);
      }
    }
  }

  private static String join(String title, String body) {
    return title.isEmpty() ? body : title + "\n" + body;
  }

  /** 64-bit FNV-1a over UTF-8, from {@code seed}: stable across runs and JVMs. */
  private static long hash(String s, long seed) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
