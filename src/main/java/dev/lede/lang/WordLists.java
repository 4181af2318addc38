package dev.lede.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The one loader of Lede's word lists, resource files in UTF-8 next to the class that uses them (as
 * Lucene's {@code WordlistLoader}): one entry a line, blank lines and lines starting with {@code #}
 * skipped, entries stripped. {@link #sections} reads files split by {@code [name]} headers with
 * {@code |}-separated entries. {@link #properties} reads message files ({@code key=value}, Java
 * properties in UTF-8). A missing or unreadable file fails naming it.
 */
public final class WordLists {
  private WordLists() {}

  /** The stripped lines of {@code resource} (relative to {@code owner}'s package, or absolute). */
  public static List<String> lines(Class<?> owner, String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + resource + " next to " + owner.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          lines.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return lines;
  }

  /**
   * The {@code key=value} rows of {@code resource}, a Java properties file in UTF-8 (so a value
   * continues on the next line after a {@code \} and keeps a leading space written {@code \ }).
   */
  public static Map<String, String> properties(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + resource + " next to " + owner.getName());
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new HashMap<>();
      p.forEach((k, v) -> out.put((String) k, (String) v));
      return Map.copyOf(out);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "cannot read resource " + resource + ": " + e.getMessage(), e);
    }
  }

  /** The lines of {@code resource}, lower-cased, as a set. */
  public static Set<String> words(Class<?> owner, String resource) {
    Set<String> out = new HashSet<>();
    for (String line : lines(owner, resource)) {
      out.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * The {@code [name]} sections of {@code resource}, in file order, each the set of its lower-cased
   * {@code |}-separated entries.
   */
  public static Map<String, Set<String>> sections(Class<?> owner, String resource) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Set<String> current = null;
    for (String line : lines(owner, resource)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
        continue;
      }
      if (current == null) {
        throw new IllegalStateException(resource + ": entry before the first [section]: " + line);
      }
      for (String w : line.split("\\|")) {
        String t = w.trim();
        if (!t.isEmpty()) {
          current.add(t.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }
}
