package dev.lede.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tiny evaluator for the Python boolean expressions in feedparser's {@code Expect:} headers:
 * {@code and/or/not}, {@code ==, !=, in, not in}, string/number/tuple literals, subscripts,
 * attribute access, {@code len()}, {@code ord()} and {@code .get()}. Anything else throws {@link
 * NotEvaluable}, so that the benchmark can count it instead of guessing. Values: {@code Map} for
 * dicts, {@code List} for lists and tuples, {@code String}, {@code Long}, {@code Double}, {@code
 * Boolean}, {@code null} for None, {@link Instant} for time tuples.
 */
final class PyExpr {
  /** The expression uses something outside the supported subset or the mapped model. */
  static final class NotEvaluable extends RuntimeException {
    NotEvaluable(String m) {
      super(m, null, false, false);
    }
  }

  /** A lookup of a key the parse result lacks (Python would raise KeyError/IndexError). */
  static final class Missing extends RuntimeException {
    Missing(String m) {
      super(m, null, false, false);
    }
  }

  /** A dict whose listed keys are unmapped: reading them is not evaluable (vs. merely absent). */
  interface Env {
    Object name(String name);
  }

  private final String src;
  private final Env env;
  private int pos;

  private PyExpr(String src, Env env) {
    this.src = src;
    this.env = env;
  }

  static boolean eval(String expr, Env env) {
    PyExpr p = new PyExpr(expr.strip(), env);
    Node n = p.or();
    p.ws();
    if (p.pos != p.src.length()) {
      throw new NotEvaluable("unparsed tail: " + p.src.substring(p.pos));
    }
    return truthy(n.get());
  }

  // ------------------------------------------------------------ grammar
  // Parsing builds suppliers; evaluation runs afterwards so that and/or short-circuit like Python.

  private interface Node extends java.util.function.Supplier<Object> {}

  private Node or() {
    Node left = and();
    while (keyword("or")) {
      Node l = left;
      Node r = and();
      left =
          () -> {
            Object v = l.get();
            return truthy(v) ? v : r.get();
          };
    }
    return left;
  }

  private Node and() {
    Node left = not();
    while (keyword("and")) {
      Node l = left;
      Node r = not();
      left =
          () -> {
            Object v = l.get();
            return truthy(v) ? r.get() : v;
          };
    }
    return left;
  }

  private Node not() {
    if (keyword("not")) {
      Node inner = not();
      return () -> !truthy(inner.get());
    }
    return comparison();
  }

  private Node sum() {
    Node left = postfix();
    while (true) {
      ws();
      if (peek('+')) {
        pos++;
        Node l = left;
        Node r = postfix();
        left = () -> concat(l.get(), r.get());
      } else {
        return left;
      }
    }
  }

  private static Object concat(Object a, Object b) {
    if (a instanceof String x && b instanceof String y) {
      return x + y;
    }
    if (a instanceof Long x && b instanceof Long y) {
      return x + y;
    }
    throw new NotEvaluable("'+' on " + typeName(a) + " and " + typeName(b));
  }

  private Node comparison() {
    Node left = sum();
    while (true) {
      ws();
      Node l = left;
      if (src.startsWith("==", pos)) {
        pos += 2;
        Node first = sum();
        left = () -> pyEquals(l.get(), first.get());
        Node r = first;
        // Python chains comparisons: a == b == c means a == b and b == c.
        while (true) {
          ws();
          if (!src.startsWith("==", pos)) {
            break;
          }
          pos += 2;
          Node prev = r;
          Node next = sum();
          Node soFar = left;
          left = () -> (Boolean) soFar.get() && pyEquals(prev.get(), next.get());
          r = next;
        }
      } else if (src.startsWith("!=", pos)) {
        pos += 2;
        Node r = sum();
        left = () -> !pyEquals(l.get(), r.get());
      } else if (keyword("is")) {
        boolean negate = keyword("not");
        Node r = sum();
        left =
            () -> {
              Object a = l.get();
              Object b = r.get();
              boolean same =
                  a == null || b == null || a instanceof Boolean || b instanceof Boolean
                      ? java.util.Objects.equals(a, b)
                      : a == b;
              return negate != same;
            };
      } else if (keyword("not")) {
        if (!keyword("in")) {
          throw new NotEvaluable("'not' without 'in'");
        }
        Node r = postfix();
        left = () -> !contains(r.get(), l.get());
      } else if (keyword("in")) {
        Node r = postfix();
        left = () -> contains(r.get(), l.get());
      } else if (src.startsWith(">=", pos)
          || src.startsWith("<=", pos)
          || src.startsWith(">", pos)
          || src.startsWith("<", pos)) {
        throw new NotEvaluable("ordering comparison");
      } else {
        return left;
      }
    }
  }

  private Node postfix() {
    Node v = atom();
    while (true) {
      ws();
      Node cur = v;
      if (peek('[')) {
        pos++;
        Node key = or();
        expect(']');
        v = () -> subscript(cur.get(), key.get());
      } else if (peek('.')) {
        pos++;
        String name = identifier();
        ws();
        if (peek('(')) {
          pos++;
          List<Node> args = args();
          v = () -> method(cur.get(), name, values(args));
        } else {
          v = () -> attribute(cur.get(), name);
        }
      } else {
        return v;
      }
    }
  }

  private static List<Object> values(List<Node> nodes) {
    List<Object> out = new ArrayList<>();
    for (Node n : nodes) {
      out.add(n.get());
    }
    return out;
  }

  private Node atom() {
    ws();
    if (pos >= src.length()) {
      throw new NotEvaluable("unexpected end");
    }
    char c = src.charAt(pos);
    if (c == '(') {
      pos++;
      ws();
      if (peek(')')) {
        pos++;
        return () -> List.of();
      }
      Node first = or();
      ws();
      if (peek(',')) {
        List<Node> items = new ArrayList<>();
        items.add(first);
        while (peek(',')) {
          pos++;
          ws();
          if (peek(')')) {
            break;
          }
          items.add(or());
          ws();
        }
        expect(')');
        return () -> values(items);
      }
      expect(')');
      return first;
    }
    if (c == '[') {
      pos++;
      List<Node> items = new ArrayList<>();
      ws();
      while (!peek(']')) {
        items.add(or());
        ws();
        if (peek(',')) {
          pos++;
          ws();
        } else if (!peek(']')) {
          throw new NotEvaluable("bad list literal");
        }
      }
      pos++;
      return () -> values(items);
    }
    if (c == '{') {
      pos++;
      ws();
      if (peek('}')) {
        pos++;
        return () -> Map.of();
      }
      throw new NotEvaluable("dict literal");
    }
    if (c == '-' || Character.isDigit(c)) {
      int start = pos;
      pos++;
      while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
        pos++;
      }
      String num = src.substring(start, pos);
      Object n =
          num.contains(".") ? (Object) Double.parseDouble(num) : (Object) Long.parseLong(num);
      return () -> n;
    }
    if ((c == 'u' || c == 'b' || c == 'r')
        && pos + 1 < src.length()
        && (src.charAt(pos + 1) == '\'' || src.charAt(pos + 1) == '"')) {
      if (c == 'b' || c == 'r') {
        throw new NotEvaluable("bytes/raw literal");
      }
      pos++;
      String s = string();
      return () -> s;
    }
    if (c == '\'' || c == '"') {
      String s = string();
      return () -> s;
    }
    String id = identifier();
    switch (id) {
      case "None":
        return () -> null;
      case "True":
        return () -> Boolean.TRUE;
      case "False":
        return () -> Boolean.FALSE;
      case "len", "ord":
        {
          ws();
          expect('(');
          List<Node> a = args();
          if (a.size() != 1) {
            throw new NotEvaluable(id + " arity");
          }
          Node arg = a.get(0);
          return id.equals("len") ? () -> len(arg.get()) : () -> ord(arg.get());
        }
      default:
        ws();
        if (peek('(')) {
          throw new NotEvaluable("call of " + id);
        }
        return () -> env.name(id);
    }
  }

  private static Object len(Object x) {
    if (x instanceof String s) {
      return (long) s.codePointCount(0, s.length());
    }
    if (x instanceof List<?> l) {
      return (long) l.size();
    }
    if (x instanceof Map<?, ?> m) {
      return (long) m.size();
    }
    throw new NotEvaluable("len of " + typeName(x));
  }

  private static Object ord(Object x) {
    if (x instanceof String s && s.codePointCount(0, s.length()) == 1) {
      return (long) s.codePointAt(0);
    }
    throw new Missing("ord of a string that is not one character");
  }

  private List<Node> args() {
    List<Node> a = new ArrayList<>();
    ws();
    while (!peek(')')) {
      a.add(or());
      ws();
      if (peek(',')) {
        pos++;
        ws();
      } else if (!peek(')')) {
        throw new NotEvaluable("bad call syntax");
      }
    }
    pos++;
    return a;
  }

  private String string() {
    char q = src.charAt(pos);
    boolean triple = src.startsWith(String.valueOf(q).repeat(3), pos);
    pos += triple ? 3 : 1;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= src.length()) {
        throw new NotEvaluable("unterminated string");
      }
      char c = src.charAt(pos);
      if (triple ? src.startsWith(String.valueOf(q).repeat(3), pos) : c == q) {
        pos += triple ? 3 : 1;
        return sb.toString();
      }
      if (c == '\\') {
        char e = src.charAt(pos + 1);
        pos += 2;
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case '\\' -> sb.append('\\');
          case '\'' -> sb.append('\'');
          case '"' -> sb.append('"');
          case '0' -> sb.append('\0');
          case 'x' -> {
            sb.append((char) Integer.parseInt(src.substring(pos, pos + 2), 16));
            pos += 2;
          }
          case 'u' -> {
            sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
            pos += 4;
          }
          case 'U' -> {
            sb.appendCodePoint(Integer.parseInt(src.substring(pos, pos + 8), 16));
            pos += 8;
          }
          case '\n' -> {}
          default -> sb.append('\\').append(e);
        }
      } else {
        sb.append(c);
        pos++;
      }
    }
  }

  // ------------------------------------------------------------ semantics

  private static Object subscript(Object v, Object key) {
    if (v instanceof List<?> l) {
      if (!(key instanceof Long idx)) {
        throw new NotEvaluable("non-integer index");
      }
      int i = (int) (long) idx;
      if (i < 0) {
        i += l.size();
      }
      if (i < 0 || i >= l.size()) {
        throw new Missing("index " + idx + " out of range");
      }
      return l.get(i);
    }
    if (v instanceof Instant t && key instanceof Long idx) {
      return subscript(timeTuple(t), idx);
    }
    if (v instanceof String s && key instanceof Long idx) {
      int i = (int) (long) idx;
      if (i < 0) {
        i += s.length();
      }
      if (i < 0 || i >= s.length()) {
        throw new Missing("index out of range");
      }
      return String.valueOf(s.charAt(i));
    }
    if (v instanceof Model m && key instanceof String k) {
      return m.get(k);
    }
    if (v instanceof Map<?, ?> m && key instanceof String k) {
      if (!m.containsKey(k)) {
        throw new Missing("no key " + k);
      }
      return m.get(k);
    }
    throw new NotEvaluable("subscript of " + typeName(v));
  }

  private static Object attribute(Object v, String name) {
    if (v instanceof Model m) {
      return m.get(name);
    }
    if (v instanceof Map<?, ?> m) {
      if (!m.containsKey(name)) {
        throw new Missing("no attribute " + name);
      }
      return m.get(name);
    }
    throw new NotEvaluable("attribute " + name + " of " + typeName(v));
  }

  private static Object method(Object v, String name, List<Object> args) {
    if (name.equals("get")
        && (args.size() == 1 || args.size() == 2)
        && args.get(0) instanceof String k) {
      Object dflt = args.size() == 2 ? args.get(1) : null;
      if (v instanceof Model m) {
        return m.getOrDefault(k, dflt);
      }
      if (v instanceof Map<?, ?> m) {
        return m.containsKey(k) ? m.get(k) : dflt;
      }
    }
    if (name.equals("keys") && args.isEmpty() && v instanceof Model m) {
      throw new NotEvaluable("keys() of a partly mapped model");
    }
    throw new NotEvaluable("method " + name);
  }

  private static boolean contains(Object container, Object item) {
    if (container instanceof String s && item instanceof String i) {
      return s.contains(i);
    }
    if (container instanceof List<?> l) {
      for (Object o : l) {
        if (pyEquals(o, item)) {
          return true;
        }
      }
      return false;
    }
    if (container instanceof Model m && item instanceof String k) {
      return m.has(k);
    }
    throw new NotEvaluable("'in' on " + typeName(container));
  }

  static boolean pyEquals(Object a, Object b) {
    if (a instanceof Instant t) {
      return pyEquals(timeTuple(t), b);
    }
    if (b instanceof Instant t) {
      return pyEquals(a, timeTuple(t));
    }
    if (a instanceof TextValue t) {
      return t.matches(b);
    }
    if (b instanceof TextValue t) {
      return t.matches(a);
    }
    if (a instanceof CharsetName c) {
      return c.matches(b);
    }
    if (b instanceof CharsetName c) {
      return c.matches(a);
    }
    if (a instanceof Number x && b instanceof Number y) {
      return x.doubleValue() == y.doubleValue();
    }
    if (a instanceof Boolean x && b instanceof Number y) {
      return (x ? 1 : 0) == y.doubleValue();
    }
    if (b instanceof Boolean && a instanceof Number) {
      return pyEquals(b, a);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!pyEquals(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Model || b instanceof Model) {
      throw new NotEvaluable("equality of a partly mapped model");
    }
    return Objects.equals(a, b);
  }

  static boolean truthy(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (v instanceof Model m) {
      throw new NotEvaluable("truth of a partly mapped model");
    }
    return true;
  }

  /** Python's time.struct_time as a 9-tuple (UTC, tm_isdst 0). */
  static List<Object> timeTuple(Instant t) {
    ZonedDateTime z = t.atZone(ZoneOffset.UTC);
    return List.of(
        (long) z.getYear(),
        (long) z.getMonthValue(),
        (long) z.getDayOfMonth(),
        (long) z.getHour(),
        (long) z.getMinute(),
        (long) z.getSecond(),
        (long) (z.getDayOfWeek().getValue() - 1),
        (long) z.getDayOfYear(),
        0L);
  }

  private static String typeName(Object v) {
    return v == null ? "None" : v.getClass().getSimpleName();
  }

  // ------------------------------------------------------------ lexing

  private void ws() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < src.length() && src.charAt(pos) == c;
  }

  private void expect(char c) {
    ws();
    if (!peek(c)) {
      throw new NotEvaluable("expected '" + c + "' at " + pos);
    }
    pos++;
  }

  private boolean keyword(String k) {
    ws();
    if (src.startsWith(k, pos)
        && (pos + k.length() == src.length()
            || !Character.isJavaIdentifierPart(src.charAt(pos + k.length())))) {
      pos += k.length();
      return true;
    }
    return false;
  }

  private String identifier() {
    ws();
    int start = pos;
    while (pos < src.length() && (Character.isJavaIdentifierPart(src.charAt(pos)))) {
      pos++;
    }
    if (start == pos) {
      throw new NotEvaluable("expected identifier at " + pos + " in " + src);
    }
    return src.substring(start, pos);
  }

  /**
   * A feedparser dict of which only some keys are mapped from Lede's model. Mapped keys that the
   * parse did not produce are {@link Missing}; unmapped keys are {@link NotEvaluable}.
   */
  static final class Model {
    private final Map<String, Object> values;
    private final java.util.Set<String> mapped;

    Model(Map<String, Object> values, java.util.Set<String> mapped) {
      this.values = values;
      this.mapped = mapped;
    }

    Object get(String k) {
      if (values.containsKey(k)) {
        return values.get(k);
      }
      if (mapped.contains(k)) {
        throw new Missing("no key " + k);
      }
      throw new NotEvaluable("unmapped key " + k);
    }

    Object getOrDefault(String k, Object dflt) {
      if (values.containsKey(k)) {
        return values.get(k);
      }
      if (mapped.contains(k)) {
        return dflt;
      }
      throw new NotEvaluable("unmapped key " + k);
    }

    boolean has(String k) {
      if (values.containsKey(k)) {
        return true;
      }
      if (mapped.contains(k)) {
        return false;
      }
      throw new NotEvaluable("unmapped key " + k);
    }
  }

  /**
   * Lede titles are plain text while feedparser's may be HTML: the expected value is reduced to
   * text (markup removed, entities decoded) before comparing, which is how the two models map.
   */
  record TextValue(String text) {
    boolean matches(Object other) {
      if (other instanceof TextValue t) {
        return t.text.equals(text);
      }
      if (!(other instanceof String s)) {
        return false;
      }
      String ours = FeedConformance.normSpace(text);
      return FeedConformance.normSpace(s).equals(ours) || FeedConformance.normText(s).equals(ours);
    }
  }

  /** A charset label compared by charset identity, not spelling ("Big5" == "big5"). */
  record CharsetName(String name) {
    boolean matches(Object other) {
      if (!(other instanceof String s)) {
        return false;
      }
      if (s.equalsIgnoreCase(name)) {
        return true;
      }
      try {
        return java.nio.charset.Charset.forName(s).equals(java.nio.charset.Charset.forName(name));
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
