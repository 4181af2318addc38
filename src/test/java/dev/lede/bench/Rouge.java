package dev.lede.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE F-measures, written for the writer bench (no stemming, no stopword removal):
 *
 * <ul>
 *   <li>tokens: the text lower-cased, split into maximal runs of letters and digits ("Locke's"
 *       gives "locke", "s"; "39-year-old" gives "39", "year", "old"), so the references' PTB
 *       spacing ("Locke 's") and the sources' typography tokenise alike;
 *   <li>ROUGE-N: clipped n-gram overlap (each candidate n-gram counts at most as often as it occurs
 *       in the reference); recall over the reference's n-grams, precision over the candidate's;
 *   <li>ROUGE-L: longest common subsequence of the two token lists (summary-level, whole texts);
 *   <li>F = 2PR / (P + R), 0 when either is 0.
 * </ul>
 */
public final class Rouge {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private Rouge() {}

  /** Precision, recall and F of one measure. */
  public record Score(double precision, double recall, double f) {
    static Score of(double overlap, int candidate, int reference) {
      double p = candidate == 0 ? 0 : overlap / candidate;
      double r = reference == 0 ? 0 : overlap / reference;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Score(p, r, f);
    }
  }

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  public static Score rougeN(String candidate, String reference, int n) {
    Map<String, Integer> c = ngrams(tokens(candidate), n);
    Map<String, Integer> r = ngrams(tokens(reference), n);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : c.entrySet()) {
      overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    return Score.of(overlap, total(c), total(r));
  }

  public static Score rougeL(String candidate, String reference) {
    List<String> c = tokens(candidate);
    List<String> r = tokens(reference);
    return Score.of(lcs(c, r), c.size(), r.size());
  }

  static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] =
            a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      java.util.Arrays.fill(cur, 0);
    }
    return prev[b.size()];
  }

  private static Map<String, Integer> ngrams(List<String> t, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= t.size(); i++) {
      out.merge(String.join(" ", t.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  private static int total(Map<String, Integer> m) {
    int n = 0;
    for (int v : m.values()) {
      n += v;
    }
    return n;
  }
}
