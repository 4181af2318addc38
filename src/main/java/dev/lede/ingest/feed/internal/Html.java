package dev.lede.ingest.feed.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;

/** Small HTML helpers: markup to text, escaping, and serialising XML children as HTML. */
public final class Html {
  private Html() {}

  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
          "source", "track", "wbr");

  /** Markup removed, entities decoded, whitespace collapsed. */
  public static String toText(String htmlOrText) {
    if (htmlOrText.indexOf('<') < 0 && htmlOrText.indexOf('&') < 0) {
      return collapse(htmlOrText);
    }
    if (!HtmlSanitizer.Budget.spend(htmlOrText)) {
      return collapse(HtmlSanitizer.stripTags(htmlOrText));
    }
    return collapse(Jsoup.parseBodyFragment(htmlOrText).text());
  }

  public static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The children of {@code node} serialised as HTML (XHTML prefixes dropped). */
  public static String innerHtml(XNode node) {
    StringBuilder sb = new StringBuilder();
    Deque<Object> stack = new ArrayDeque<>();
    pushChildren(stack, node);
    while (!stack.isEmpty()) {
      Object o = stack.pop();
      if (o instanceof String s) {
        sb.append(escapeText(s));
      } else if (o instanceof Close c) {
        sb.append("</").append(c.name).append('>');
      } else {
        XNode n = (XNode) o;
        String name = n.ns().equals(FeedNamespaces.XHTML) ? n.local() : n.qualifiedName();
        sb.append('<').append(name);
        for (Map.Entry<String, String> a : n.attributes().entrySet()) {
          sb.append(' ').append(attrName(a.getKey())).append("=\"");
          sb.append(escape(a.getValue())).append('"');
        }
        if (n.children().isEmpty() && VOID.contains(n.local().toLowerCase(java.util.Locale.ROOT))) {
          sb.append(" />");
        } else {
          sb.append('>');
          stack.push(new Close(name));
          pushChildren(stack, n);
        }
      }
    }
    return sb.toString();
  }

  private record Close(String name) {}

  private static void pushChildren(Deque<Object> stack, XNode n) {
    for (int i = n.children().size() - 1; i >= 0; i--) {
      stack.push(n.children().get(i));
    }
  }

  private static String attrName(String key) {
    if (key.startsWith("{" + XNode.XML_NS + "}")) {
      return "xml:" + key.substring(key.indexOf('}') + 1);
    }
    return key.startsWith("{") ? key.substring(key.indexOf('}') + 1) : key;
  }

  private static String escapeText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
