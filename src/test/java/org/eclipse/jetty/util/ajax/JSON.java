package org.eclipse.jetty.util.ajax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Test-only stand-in for Jetty 9's {@code JSON.parse}, which the Nu Html Checker's language
 * detector calls while loading its profiles. Jetty 9 itself is excluded from the test classpath
 * (Javalin runs on Jetty 11, where this method no longer exists). Same result types as Jetty 9:
 * objects as {@link HashMap}, arrays as {@code Object[]}, integers as {@link Long}.
 */
public final class JSON {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JSON() {}

  public static Object parse(String s) {
    try {
      return convert(MAPPER.readTree(s));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object convert(JsonNode n) {
    if (n.isObject()) {
      HashMap<String, Object> m = new HashMap<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        m.put(e.getKey(), convert(e.getValue()));
      }
      return m;
    }
    if (n.isArray()) {
      Object[] a = new Object[n.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = convert(n.get(i));
      }
      return a;
    }
    if (n.isIntegralNumber()) {
      return n.longValue();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    return n.isNull() ? null : n.asText();
  }
}
