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
   * {@code #} in the phrase stands for a run of digits ({@code ^figure #:}).
   */
  private record Phrase(String text, boolean prefix, int maxLength, Pattern digits, boolean box) {
    boolean in(String line) {
      if (digits != null)
        return prefix ? digits.matcher(line).lookingAt() : digits.matcher(line).find();
      return prefix ? line.startsWith(text) : line.contains(text);
    }

    static Phrase of(String text, boolean prefix, int maxLength, boolean box) {
      if (text.indexOf('#') < 0) return new Phrase(text, prefix, maxLength, null, box);
      StringBuilder re = new StringBuilder();
      String[] parts = text.split("#", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) re.append("\\d+");
        if (!parts[i].isEmpty()) re.append(Pattern.quote(parts[i]));
      }
      return new Phrase(text, prefix, maxLength, Pattern.compile(re.toString()), box);
    }
  }

  private static final List<Phrase> PHRASES = load();
  private static final int LONGEST = longest();

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
    for (Phrase p : PHRASES) {
      if (t.length() > p.maxLength()) continue;
      if (p.in(t)) return p;
    }
    return null;
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
          box = rest.endsWith(" box");
          if (box) rest = rest.substring(0, rest.length() - 4).strip();
          max = Integer.parseInt(rest);
          continue;
        }
        if (max < 0)
          throw new IllegalStateException(RESOURCE + ":" + n + ": phrase before [section]");
        boolean prefix = s.startsWith("^");
        String text = TextUtil.normalizeSpace(prefix ? s.substring(1) : s).toLowerCase(Locale.ROOT);
        out.add(Phrase.of(text, prefix, max, box));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
