package dev.lede.ingest.feed.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Text-level stages applied to decoded XML before it reaches a parser, in this order:
 *
 * <ol>
 *   <li>{@link #prepare}: drops the XML declaration (the charset is already known) and the DOCTYPE,
 *       keeping only internal entities whose value is plain text or one character reference, and
 *       substitutes those itself under a size budget. No DTD ever reaches the XML parser, so
 *       external entities cannot be fetched and nested expansion (billion laughs) cannot happen.
 *   <li>{@link #repair} (only after a strict parse failed): maps HTML named entities to character
 *       references, escapes bare ampersands, drops characters XML forbids.
 * </ol>
 *
 * Both scan outside CDATA sections, comments and processing instructions.
 */
public final class XmlText {
  private XmlText() {}

  /** Text ready for a parser, plus what the prolog told us. */
  public record Prepared(String text, boolean netscapeDoctype, List<String> warnings) {}

  /** Text after repairs, with one warning per kind of repair made. */
  public record Repaired(String text, List<String> warnings) {}

  private static final Pattern XML_DECL = Pattern.compile("^<\\?xml[\\s][^>]*?\\?>|^<\\?xml\\?>");
  private static final Pattern SAFE_ENTITY =
      Pattern.compile(
          "<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(?:\"(&#\\w+;|[^&\"<%]*)\"|'(&#\\w+;|[^&'<%]*)')\\s*>");

  public static Prepared prepare(String text, long expansionBudget) throws ParseProblem {
    List<String> warnings = new ArrayList<>();
    String s = stripLeading(text);
    Matcher decl = XML_DECL.matcher(s);
    if (decl.find()) {
      s = s.substring(decl.end());
    }
    // Walk the prolog (comments, PIs, whitespace) to find a DOCTYPE before the root element.
    int i = 0;
    int n = s.length();
    Map<String, String> entities = new LinkedHashMap<>();
    boolean netscape = false;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("<!--", i)) {
        int end = s.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
      } else if (s.startsWith("<?", i)) {
        int end = s.indexOf("?>", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int end = doctypeEnd(s, i);
        String doctype = s.substring(i, end);
        netscape = doctype.toLowerCase(java.util.Locale.ROOT).contains("netscape");
        Matcher m = SAFE_ENTITY.matcher(doctype);
        while (m.find()) {
          entities.putIfAbsent(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        s = s.substring(0, i) + s.substring(end);
        n = s.length();
        break;
      } else {
        break;
      }
    }
    if (!entities.isEmpty()) {
      s = substitute(s, entities, expansionBudget);
    }
    return new Prepared(s, netscape, warnings);
  }

  private static String stripLeading(String text) {
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return text.substring(i);
  }

  /** End (exclusive) of a DOCTYPE starting at {@code start}, honouring quotes and a [subset]. */
  private static int doctypeEnd(String s, int start) {
    int depth = 0;
    char quote = 0;
    for (int i = start + 9; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '>' && depth == 0) {
        return i + 1;
      } else if (c == '<' && depth == 0 && i + 1 < s.length() && s.charAt(i + 1) != '!') {
        return i; // unterminated DOCTYPE: stop at the next tag
      }
    }
    return s.length();
  }

  private static String substitute(String s, Map<String, String> entities, long budget)
      throws ParseProblem {
    StringBuilder out = new StringBuilder(s.length() + 64);
    Scanner sc = new Scanner(s);
    while (sc.hasNext()) {
      if (sc.copyMarkupSection(out)) {
        continue;
      }
      char c = sc.peek();
      if (c == '&') {
        String name = sc.entityNameAt();
        if (name != null && entities.containsKey(name)) {
          out.append(entities.get(name));
          sc.skip(name.length() + 2);
          if (out.length() > budget) {
            throw new ParseProblem("entity expansion exceeds " + budget + " characters");
          }
          continue;
        }
      }
      out.append(c);
      sc.skip(1);
    }
    return out.toString();
  }

  public static Repaired repair(String s) {
    StringBuilder out = new StringBuilder(s.length() + 64);
    Scanner sc = new Scanner(s);
    int htmlEntities = 0;
    int bareAmps = 0;
    int badRefs = 0;
    int badChars = 0;
    while (sc.hasNext()) {
      int before = out.length();
      if (sc.copyMarkupSection(out)) {
        badChars += dropInvalidChars(out, before);
        continue;
      }
      char c = sc.peek();
      if (c == '&') {
        String name = sc.entityNameAt();
        if (name != null) {
          if (isXmlEntity(name)) {
            out.append('&').append(name).append(';');
          } else if (Entities.isNamedEntity(name)) {
            String value = Entities.getByName(name);
            value.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
            htmlEntities++;
          } else {
            out.append("&amp;");
            bareAmps++;
            sc.skip(1);
            continue;
          }
          sc.skip(name.length() + 2);
          continue;
        }
        int ref = sc.charRefLength();
        if (ref > 0) {
          String r = sc.text.substring(sc.pos, sc.pos + ref);
          if (isXmlChar(parseCharRef(r))) {
            out.append(r);
          } else {
            badRefs++;
          }
          sc.skip(ref);
          continue;
        }
        out.append("&amp;");
        bareAmps++;
        sc.skip(1);
        continue;
      }
      if (isXmlChar(c) || Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && sc.pos + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(sc.pos + 1))) {
          out.append(c).append(s.charAt(sc.pos + 1));
          sc.skip(2);
          continue;
        }
        if (Character.isSurrogate(c)) {
          badChars++;
        } else {
          out.append(c);
        }
      } else {
        badChars++;
      }
      sc.skip(1);
    }
    List<String> warnings = new ArrayList<>();
    if (htmlEntities > 0) {
      warnings.add("undeclared HTML entities replaced: " + htmlEntities);
    }
    if (bareAmps > 0) {
      warnings.add("unescaped '&' escaped: " + bareAmps);
    }
    if (badRefs > 0) {
      warnings.add("character references to characters XML forbids dropped: " + badRefs);
    }
    if (badChars > 0) {
      warnings.add("characters XML forbids dropped: " + badChars);
    }
    return new Repaired(out.toString(), warnings);
  }

  private static int dropInvalidChars(StringBuilder out, int from) {
    int dropped = 0;
    int w = from;
    for (int r = from; r < out.length(); r++) {
      char c = out.charAt(r);
      boolean keep;
      if (Character.isHighSurrogate(c)
          && r + 1 < out.length()
          && Character.isLowSurrogate(out.charAt(r + 1))) {
        out.setCharAt(w++, c);
        out.setCharAt(w++, out.charAt(++r));
        continue;
      }
      keep = !Character.isSurrogate(c) && isXmlChar(c);
      if (keep) {
        out.setCharAt(w++, c);
      } else {
        dropped++;
      }
    }
    out.setLength(w);
    return dropped;
  }

  private static boolean isXmlEntity(String name) {
    return switch (name) {
      case "amp", "lt", "gt", "quot", "apos" -> true;
      default -> false;
    };
  }

  static boolean isXmlChar(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  private static int parseCharRef(String ref) {
    try {
      // ref is "&#123;" or "&#x7B;"
      String body = ref.substring(2, ref.length() - 1);
      long v =
          body.startsWith("x") || body.startsWith("X")
              ? Long.parseLong(body.substring(1), 16)
              : Long.parseLong(body);
      return v > Integer.MAX_VALUE ? -1 : (int) v;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Cursor that copies comments, CDATA and PIs verbatim. */
  private static final class Scanner {
    final String text;
    int pos;

    Scanner(String text) {
      this.text = text;
    }

    boolean hasNext() {
      return pos < text.length();
    }

    char peek() {
      return text.charAt(pos);
    }

    void skip(int k) {
      pos += k;
    }

    boolean copyMarkupSection(StringBuilder out) {
      if (text.charAt(pos) != '<') {
        return false;
      }
      String close;
      if (text.startsWith("<![CDATA[", pos)) {
        close = "]]>";
      } else if (text.startsWith("<!--", pos)) {
        close = "-->";
      } else if (text.startsWith("<?", pos)) {
        close = "?>";
      } else {
        return false;
      }
      int end = text.indexOf(close, pos + 2);
      int stop = end < 0 ? text.length() : end + close.length();
      out.append(text, pos, stop);
      pos = stop;
      return true;
    }

    /** Name of a {@code &name;} reference at the cursor, or null. */
    String entityNameAt() {
      int i = pos + 1;
      int max = Math.min(text.length(), pos + 40);
      if (i >= max || !(Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
        return null;
      }
      int j = i + 1;
      while (j < max) {
        char c = text.charAt(j);
        if (c == ';') {
          return text.substring(i, j);
        }
        if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
          return null;
        }
        j++;
      }
      return null;
    }

    /** Length of a {@code &#...;} reference at the cursor, or 0. */
    int charRefLength() {
      if (!text.startsWith("&#", pos)) {
        return 0;
      }
      int i = pos + 2;
      boolean hex = i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
      if (hex) {
        i++;
      }
      int start = i;
      while (i < text.length() && i - start < 10) {
        char c = text.charAt(i);
        boolean digit = hex ? Character.digit(c, 16) >= 0 : (c >= '0' && c <= '9');
        if (!digit) {
          break;
        }
        i++;
      }
      if (i == start || i >= text.length() || text.charAt(i) != ';') {
        return 0;
      }
      return i + 1 - pos;
    }
  }
}
