package dev.lede.story.crosslang.internal;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICU's Traditional-Simplified and Simplified-Traditional transforms as a look-up table: the same
 * output as {@link Transliterator#transliterate(String)}, read from the transform's own rules
 * ({@link Transliterator#toRules}), without ICU's rule interpreter, which tries every rule whose
 * first character shares the low byte of the text's (a fifth of a Japanese article's anchor cost).
 * The rules are phrases and characters ({@code 餘波 > 余波}, {@code 餘 > 余}) and a few with a context of
 * a character set before the phrase or a set or phrase after it ({@code [一二三]{只} > 隻}); at each
 * position the first rule that matches is applied, in the rules' order, as ICU does (its rules are
 * checked not to mask a later one, so that is the longest), a context before is read in the text as
 * already converted and one after in the text still to convert, and the converted text is not read
 * again. Immutable and thread-safe.
 */
final class HanForms {
  // [set]{key}after > target;   {key}[set] > target;   key > target;
  private static final Pattern RULE =
      Pattern.compile("(?:\\[([^\\]]+)\\])?(?:\\{([^}]+)\\})?([^\\[\\s>]*)(?:\\[([^\\]]+)\\])?");

  private static final HanForms TO_SIMPLIFIED = new HanForms("Traditional-Simplified");
  private static final HanForms TO_TRADITIONAL = new HanForms("Simplified-Traditional");

  /** One rule: {@code key} becomes {@code target} when the characters around it fit. */
  private record Rule(String before, String key, String after, String afterSet, String target) {
    /** Whether this rule applies at {@code at}, after output ending in {@code last} (-1: none). */
    boolean matches(int last, String text, int at) {
      if (!text.startsWith(key, at)) {
        return false;
      }
      if (before != null && (last < 0 || before.indexOf(last) < 0)) {
        return false;
      }
      int end = at + key.length();
      if (after != null && !text.startsWith(after, end)) {
        return false;
      }
      return afterSet == null || end < text.length() && afterSet.indexOf(text.charAt(end)) >= 0;
    }
  }

  // Rules by the first character of their key, in the transform's order; null where none.
  private final Rule[][] rules = new Rule[Character.MAX_VALUE + 1][];
  // Beside each rule of rules[c], its key's second character, NO_SECOND for a one-char key: a rule
  // whose second char is not the text's next is passed over without reading the rule (a common
  // character starts dozens of phrase rules, and trying each was a twentieth of an anchor's cost).
  private final int[][] seconds = new int[Character.MAX_VALUE + 1][];
  private static final int NO_SECOND = -1;

  private HanForms(String id) {
    Map<Character, List<Rule>> byFirst = new HashMap<>();
    String text = Transliterator.getInstance(id).toRules(false);
    for (String line : text.split(";")) {
      String rule = line.strip();
      if (rule.isEmpty()) {
        continue;
      }
      int arrow = rule.indexOf(" > ");
      if (arrow < 0) {
        throw new IllegalStateException(id + ": a rule this table cannot read: " + rule);
      }
      Rule r = parse(id, rule.substring(0, arrow), rule.substring(arrow + 3));
      byFirst.computeIfAbsent(r.key().charAt(0), c -> new ArrayList<>()).add(r);
    }
    byFirst.forEach(
        (c, list) -> {
          rules[c] = list.toArray(new Rule[0]);
          seconds[c] =
              list.stream()
                  .mapToInt(r -> r.key().length() > 1 ? r.key().charAt(1) : NO_SECOND)
                  .toArray();
        });
  }

  private static Rule parse(String id, String source, String target) {
    Matcher m = RULE.matcher(source);
    if (!m.matches()
        || target.isEmpty()
        || target.chars().anyMatch(c -> "[]{}|$\\'".indexOf(c) >= 0)) {
      throw new IllegalStateException(id + ": a rule this table cannot read: " + source);
    }
    String before = m.group(1);
    String braced = m.group(2);
    String rest = m.group(3);
    String afterSet = m.group(4);
    if (braced == null) {
      // No braces: the whole source is the key, with no context.
      if (before != null || afterSet != null || rest.isEmpty()) {
        throw new IllegalStateException(id + ": a rule this table cannot read: " + source);
      }
      return new Rule(null, rest, null, null, target);
    }
    return new Rule(before, braced, rest.isEmpty() ? null : rest, afterSet, target);
  }

  /**
   * {@code text} with traditional Chinese characters in their simplified forms, as ICU gives it.
   */
  static String simplified(String text) {
    return TO_SIMPLIFIED.convert(text);
  }

  /**
   * {@code text} with simplified Chinese characters in their traditional forms, as ICU gives it.
   */
  static String traditional(String text) {
    return TO_TRADITIONAL.convert(text);
  }

  String convert(String text) {
    StringBuilder out = null;
    int last = -1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      Rule applied = null;
      Rule[] candidates = rules[c];
      if (candidates != null) {
        int[] second = seconds[c];
        int next = i + 1 < n ? text.charAt(i + 1) : NO_SECOND;
        for (int k = 0; k < candidates.length; k++) {
          if ((second[k] == NO_SECOND || second[k] == next)
              && candidates[k].matches(last, text, i)) {
            applied = candidates[k];
            break;
          }
        }
      }
      if (applied == null) {
        if (out != null) {
          out.append(c);
        }
        last = c;
        i++;
        continue;
      }
      String target = applied.target();
      if (out == null && !target.equals(applied.key())) {
        out = new StringBuilder(n + 8).append(text, 0, i);
      }
      if (out != null) {
        out.append(target);
      }
      last = target.charAt(target.length() - 1);
      i += applied.key().length();
    }
    return out == null ? text : out.toString();
  }
}
