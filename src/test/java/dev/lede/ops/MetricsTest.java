package dev.lede.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void writerStagesThatThrewAreCountedByStageInTheScrape() {
    Metrics m = Metrics.create();

    m.writeFallback("planner");
    m.writeFallback("planner");
    m.writeFallback("composer");

    String scrape = m.scrape();
    assertThat(scrape).contains("lede_story_write_fallbacks_total{stage=\"planner\"} 2.0");
    assertThat(scrape).contains("lede_story_write_fallbacks_total{stage=\"composer\"} 1.0");
  }
}
