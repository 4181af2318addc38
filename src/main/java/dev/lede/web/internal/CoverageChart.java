package dev.lede.web.internal;

import dev.lede.web.CoveragePoint;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out the coverage chart: one row per outlet, one dot per article on a shared time axis. The
 * template draws it as inline SVG, so the server does all the geometry and the page needs no
 * script.
 */
public final class CoverageChart {

  /** Outlet rows before the rest are folded into "Other outlets". */
  static final int MAX_ROWS = 8;

  static final int WIDTH = 640;
  static final int LABEL_X = 4;
  static final int PLOT_LEFT = 168;
  static final int PLOT_RIGHT = 592;
  static final int TOP = 12;
  static final int ROW = 28;
  static final int AXIS_GAP = 8;
  static final int BOTTOM = 34;

  private static final Duration[] STEPS = {
    Duration.ofMinutes(15),
    Duration.ofMinutes(30),
    Duration.ofHours(1),
    Duration.ofHours(3),
    Duration.ofHours(6),
    Duration.ofHours(12),
    Duration.ofDays(1),
    Duration.ofDays(2),
    Duration.ofDays(7),
    Duration.ofDays(14),
    Duration.ofDays(30),
    Duration.ofDays(91),
    Duration.ofDays(182),
    Duration.ofDays(365),
    Duration.ofDays(365 * 2),
    Duration.ofDays(365 * 5),
  };

  private CoverageChart() {}

  /** The laid-out chart. */
  public record Chart(
      int width,
      int height,
      String viewBox,
      String summary,
      int plotLeft,
      int plotRight,
      int axisY,
      List<Row> rows,
      List<Tick> ticks) {}

  /** One outlet's row; {@code y} is the row's centre line. */
  public record Row(String outlet, String label, int y, int labelY, int count, List<Dot> dots) {}

  public record Dot(String cx, String title) {}

  public record Tick(String x, String label) {}

  /** Lays out {@code points} with English labels; empty when there is nothing to draw. */
  public static Optional<Chart> of(List<CoveragePoint> points) {
    return of(points, Messages.EN);
  }

  /** Lays out {@code points}, labelled in the language of {@code t}. */
  public static Optional<Chart> of(List<CoveragePoint> points, Messages t) {
    if (points.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<CoveragePoint>> byOutlet = new LinkedHashMap<>();
    for (CoveragePoint p : points) {
      byOutlet.computeIfAbsent(Text.line(p.outlet()), k -> new ArrayList<>()).add(p);
    }
    List<Map.Entry<String, List<CoveragePoint>>> outlets = new ArrayList<>(byOutlet.entrySet());
    // Most articles first; ties by first appearance, which the stable sort keeps.
    outlets.sort(Comparator.comparingInt(e -> -e.getValue().size()));
    List<Map.Entry<String, List<CoveragePoint>>> shown = outlets;
    List<CoveragePoint> other = new ArrayList<>();
    if (outlets.size() > MAX_ROWS) {
      shown = outlets.subList(0, MAX_ROWS - 1);
      outlets.subList(MAX_ROWS - 1, outlets.size()).forEach(e -> other.addAll(e.getValue()));
    }

    Instant min = points.stream().map(CoveragePoint::at).min(Comparator.naturalOrder()).get();
    Instant max = points.stream().map(CoveragePoint::at).max(Comparator.naturalOrder()).get();
    Axis axis = Axis.of(min, max, t);

    List<Row> rows = new ArrayList<>();
    int y = TOP + ROW / 2;
    for (Map.Entry<String, List<CoveragePoint>> e : shown) {
      rows.add(row(e.getKey(), e.getValue(), y, axis, t));
      y += ROW;
    }
    if (!other.isEmpty()) {
      int folded = outlets.size() - (MAX_ROWS - 1);
      rows.add(row(t.format(Messages.Msg.OTHER_OUTLETS, folded), other, y, axis, t));
      y += ROW;
    }
    int axisY = y - ROW / 2 + AXIS_GAP + 4;
    int height = axisY + BOTTOM;
    String summary =
        min.equals(max)
            ? t.format(
                Messages.Msg.CHART_SUMMARY_ONE_TIME,
                points.size(),
                byOutlet.size(),
                t.when(min).text())
            : t.format(
                Messages.Msg.CHART_SUMMARY,
                points.size(),
                byOutlet.size(),
                t.when(min).text(),
                t.when(max).text());
    return Optional.of(
        new Chart(
            WIDTH,
            height,
            "0 0 " + WIDTH + " " + height,
            summary,
            PLOT_LEFT,
            PLOT_RIGHT,
            axisY,
            List.copyOf(rows),
            axis.ticks()));
  }

  private static Row row(String outlet, List<CoveragePoint> points, int y, Axis axis, Messages t) {
    List<Dot> dots = new ArrayList<>();
    for (CoveragePoint p : points) {
      dots.add(new Dot(fmt(axis.x(p.at())), Text.line(p.outlet()) + ", " + t.when(p.at()).text()));
    }
    return new Row(outlet, Text.shorten(outlet, 22), y, y + 4, points.size(), List.copyOf(dots));
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** The time axis: padded range and tick marks at round times. */
  private record Axis(long from, long to, Duration step, Messages t) {

    static Axis of(Instant min, Instant max, Messages t) {
      long span = Math.max(max.toEpochMilli() - min.toEpochMilli(), 0);
      long pad = Math.max(span / 20, Duration.ofMinutes(30).toMillis());
      long from = min.toEpochMilli() - pad;
      long to = max.toEpochMilli() + pad;
      Duration step = STEPS[STEPS.length - 1];
      for (Duration d : STEPS) {
        if ((to - from) / d.toMillis() <= 5) {
          step = d;
          break;
        }
      }
      return new Axis(from, to, step, t);
    }

    double x(Instant t) {
      double f = (t.toEpochMilli() - from) / (double) (to - from);
      return PLOT_LEFT + f * (PLOT_RIGHT - PLOT_LEFT);
    }

    List<Tick> ticks() {
      long s = step.toMillis();
      DateTimeFormatter f = formatter();
      List<Tick> out = new ArrayList<>();
      long first = Math.floorDiv(from, s) * s + (from % s == 0 ? 0 : s);
      for (long t = first; t <= to && out.size() < 8; t += s) {
        Instant i = Instant.ofEpochMilli(t);
        out.add(new Tick(fmt(x(i)), f.format(i)));
      }
      return List.copyOf(out);
    }

    private DateTimeFormatter formatter() {
      if (step.compareTo(Duration.ofDays(1)) < 0) {
        return t.tick((to - from) > Duration.ofHours(20).toMillis() ? 0 : 1);
      } else if (step.compareTo(Duration.ofDays(91)) < 0) {
        return t.tick(2);
      } else if (step.compareTo(Duration.ofDays(365)) < 0) {
        return t.tick(3);
      }
      return t.tick(4);
    }
  }
}
