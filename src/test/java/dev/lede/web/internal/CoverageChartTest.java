package dev.lede.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.web.CoveragePoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageChartTest {

  static final Instant T = Instant.parse("2026-01-07T06:00:00Z");

  @Test
  void noPointsNoChart() {
    assertThat(CoverageChart.of(List.of())).isEmpty();
  }

  @Test
  void dotsSpreadInTimeOrderWithinThePlot() {
    List<CoveragePoint> points = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      points.add(new CoveragePoint("a" + i, "Outlet", T.plus(Duration.ofHours(i * 6))));
    }
    CoverageChart.Chart c = CoverageChart.of(points).orElseThrow();
    List<Double> xs = c.rows().get(0).dots().stream().map(d -> Double.parseDouble(d.cx())).toList();
    assertThat(xs).isSorted();
    assertThat(xs)
        .allSatisfy(x -> assertThat(x).isBetween((double) c.plotLeft(), (double) c.plotRight()));
    assertThat(c.ticks()).isNotEmpty().hasSizeLessThanOrEqualTo(8);
    assertThat(c.summary())
        .isEqualTo(
            "5 articles from 1 outlet, 7 January 2026, 06:00 UTC to 8 January 2026, 06:00 UTC.");
  }

  @Test
  void oneArticleIsCentred() {
    CoverageChart.Chart c = CoverageChart.of(List.of(new CoveragePoint("a", "O", T))).orElseThrow();
    double x = Double.parseDouble(c.rows().get(0).dots().get(0).cx());
    assertThat(x)
        .isCloseTo((c.plotLeft() + c.plotRight()) / 2.0, org.assertj.core.data.Offset.offset(0.2));
    assertThat(c.summary()).isEqualTo("1 article from 1 outlet, 7 January 2026, 06:00 UTC.");
  }

  @Test
  void outletsBeyondSevenFoldIntoOneRow() {
    List<CoveragePoint> points = new ArrayList<>();
    for (int o = 0; o < 12; o++) {
      for (int k = 0; k <= 12 - o; k++) {
        points.add(
            new CoveragePoint(
                "a" + o + "-" + k, "Outlet " + o, T.plus(Duration.ofMinutes(o * 7L + k))));
      }
    }
    CoverageChart.Chart c = CoverageChart.of(points).orElseThrow();
    assertThat(c.rows()).hasSize(CoverageChart.MAX_ROWS);
    assertThat(c.rows().get(0).outlet()).isEqualTo("Outlet 0");
    assertThat(c.rows().get(7).outlet()).isEqualTo("Other outlets (5)");
    assertThat(c.rows().stream().mapToInt(CoverageChart.Row::count).sum()).isEqualTo(points.size());
  }

  @Test
  void longTimeSpansGetYearTicks() {
    CoverageChart.Chart c =
        CoverageChart.of(
                List.of(
                    new CoveragePoint("a", "O", Instant.parse("2004-03-01T00:00:00Z")),
                    new CoveragePoint("b", "O", Instant.parse("2013-06-01T00:00:00Z"))))
            .orElseThrow();
    assertThat(c.ticks()).allSatisfy(t -> assertThat(t.label()).matches("\\d{4}"));
  }
}
