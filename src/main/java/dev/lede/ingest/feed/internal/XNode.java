package dev.lede.ingest.feed.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A namespace-resolved XML element, the common tree that both the strict SAX parse and the lenient
 * jsoup fallback produce, so that format mapping is written once. Children are {@code XNode}s and
 * {@code String} text runs in document order.
 */
public final class XNode {
  public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final String ns;
  private final String prefix;
  private final String local;
  private final Map<String, String> attrs = new LinkedHashMap<>();
  private final List<Object> children = new ArrayList<>();
  private XNode parent;

  XNode(String ns, String prefix, String local) {
    this.ns = ns == null ? "" : ns;
    this.prefix = prefix == null ? "" : prefix;
    this.local = local;
  }

  /** Namespace URI, empty when none. */
  public String ns() {
    return ns;
  }

  public String local() {
    return local;
  }

  public String qualifiedName() {
    return prefix.isEmpty() ? local : prefix + ":" + local;
  }

  public Optional<XNode> parent() {
    return Optional.ofNullable(parent);
  }

  /** Attribute keys are the local name, or {@code {ns}local} for namespaced attributes. */
  public Map<String, String> attributes() {
    return attrs;
  }

  public List<Object> children() {
    return children;
  }

  void putAttr(String ns, String local, String value) {
    attrs.put(ns == null || ns.isEmpty() ? local : "{" + ns + "}" + local, value);
  }

  void add(XNode child) {
    child.parent = this;
    children.add(child);
  }

  void addText(String raw) {
    if (raw.isEmpty()) {
      return;
    }
    String text = demoronize(raw);
    int last = children.size() - 1;
    if (last >= 0 && children.get(last) instanceof String s) {
      children.set(last, s + text);
    } else {
      children.add(text);
    }
  }

  /** windows-1252 meanings of C1 controls (0x80-0x9F), which in feeds are always mis-encoded. */
  private static final String CP1252_C1 =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
          + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

  static String demoronize(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, CP1252_C1.charAt(c - 0x80));
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Unprefixed attribute, tolerating a namespaced one of the same local name. */
  public Optional<String> attr(String name) {
    String v = attrs.get(name);
    if (v == null) {
      for (Map.Entry<String, String> e : attrs.entrySet()) {
        String k = e.getKey();
        if (k.endsWith("}" + name) && !k.startsWith("{" + XML_NS)) {
          v = e.getValue();
          break;
        }
      }
    }
    return Optional.ofNullable(v);
  }

  public Optional<String> attr(String namespace, String name) {
    return Optional.ofNullable(attrs.get("{" + namespace + "}" + name));
  }

  public List<XNode> elements() {
    List<XNode> out = new ArrayList<>();
    for (Object c : children) {
      if (c instanceof XNode n) {
        out.add(n);
      }
    }
    return out;
  }

  /** Concatenated descendant text. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    appendText(this, sb);
    return sb.toString();
  }

  public boolean hasElementChildren() {
    for (Object c : children) {
      if (c instanceof XNode) {
        return true;
      }
    }
    return false;
  }

  private static void appendText(XNode root, StringBuilder sb) {
    // Iterative so that deep trees cannot overflow the stack.
    List<Object> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      Object o = stack.remove(stack.size() - 1);
      if (o instanceof String s) {
        sb.append(s);
      } else {
        List<Object> ch = ((XNode) o).children;
        for (int i = ch.size() - 1; i >= 0; i--) {
          stack.add(ch.get(i));
        }
      }
    }
  }

  @Override
  public String toString() {
    return "<" + qualifiedName() + ">";
  }
}
