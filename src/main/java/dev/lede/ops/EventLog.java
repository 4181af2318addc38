package dev.lede.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line per event, as text ({@code 2026-12-04T20:00:00Z poll ref=... status=ok}) or as a JSON
 * object ({@code {"ts":"...","level":"info","event":"poll","ref":"...","status":"ok"}}) for log
 * shippers. Field values are single-line: line breaks in them are escaped, so one event is always
 * one line. Thread-safe.
 */
public final class EventLog {

  /** How events are written. */
  public enum Format {
    TEXT,
    JSON
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;
  private final Format format;
  private final Clock clock;

  private EventLog(PrintStream out, Format format, Clock clock) {
    this.out = Objects.requireNonNull(out, "out");
    this.format = Objects.requireNonNull(format, "format");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public static EventLog to(PrintStream out, Format format, Clock clock) {
    return new EventLog(out, format, clock);
  }

  /** A log that drops everything (tests, embedded use). */
  public static EventLog none() {
    return new EventLog(
        new PrintStream(java.io.OutputStream.nullOutputStream()), Format.TEXT, Clock.systemUTC());
  }

  public Format format() {
    return format;
  }

  public void info(String event, Object... keyValues) {
    write("info", event, keyValues);
  }

  public void warn(String event, Object... keyValues) {
    write("warn", event, keyValues);
  }

  public void error(String event, Object... keyValues) {
    write("error", event, keyValues);
  }

  private void write(String level, String event, Object... kv) {
    if (kv.length % 2 != 0) {
      throw new IllegalArgumentException("fields come in key-value pairs: " + kv.length);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      fields.put(String.valueOf(kv[i]), kv[i + 1]);
    }
    String line = format == Format.JSON ? json(level, event, fields) : text(level, event, fields);
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  private String json(String level, String event, Map<String, Object> fields) {
    ObjectNode o = JSON.createObjectNode();
    o.put("ts", clock.instant().toString());
    o.put("level", level);
    o.put("event", event);
    fields.forEach(
        (k, v) -> {
          if (v instanceof Integer || v instanceof Long) {
            o.put(k, ((Number) v).longValue());
          } else if (v instanceof Number n) {
            o.put(k, n.doubleValue());
          } else if (v instanceof Boolean b) {
            o.put(k, b);
          } else {
            o.put(k, String.valueOf(v));
          }
        });
    return o.toString(); // Jackson escapes control characters, so it stays one line
  }

  private String text(String level, String event, Map<String, Object> fields) {
    StringBuilder b = new StringBuilder();
    b.append(clock.instant()).append(' ');
    if (!level.equals("info")) {
      b.append(level.toUpperCase(java.util.Locale.ROOT)).append(' ');
    }
    b.append(event);
    fields.forEach(
        (k, v) -> {
          String s = oneLine(String.valueOf(v));
          b.append(' ').append(k).append('=');
          b.append(s.isEmpty() || s.contains(" ") || s.contains("\"") ? quote(s) : s);
        });
    return b.toString();
  }

  private static String oneLine(String s) {
    return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
  }

  private static String quote(String s) {
    return '"' + s.replace("\"", "\\\"") + '"';
  }
}
