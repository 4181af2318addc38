package dev.lede.write.llm.internal;

import java.time.Duration;

/** Small text helpers for messages. */
public final class Text {
  private Text() {}

  /** {@code s} on one line, cut to {@code max} chars with "..." when longer. */
  public static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 3) + "...";
  }

  /** {@code s} on one line in double quotes, cut to 80 chars. */
  public static String quoted(String s) {
    return "\"" + abbreviate(s, 80) + "\"";
  }

  /** "300 ms", "2 s", "1.5 s", "120 s". */
  public static String human(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
