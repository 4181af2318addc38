package dev.lede.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CoverageDatesTest {
  private static Instant at(String iso) {
    return Instant.parse(iso + "T12:00:00Z");
  }

  @Test
  void englishSpansSayEachDayMonthAndYearOnce() {
    assertThat(Messages.EN.span(at("2008-09-17"), at("2008-09-20"))).isEqualTo("17-20 Sep 2008");
    assertThat(Messages.EN.span(at("2008-09-17"), at("2008-09-17"))).isEqualTo("17 Sep 2008");
    assertThat(Messages.EN.span(at("2008-08-28"), at("2008-09-03")))
        .isEqualTo("28 Aug - 3 Sep 2008");
    assertThat(Messages.EN.span(at("2008-12-28"), at("2009-01-03")))
        .isEqualTo("28 Dec 2008 - 3 Jan 2009");
  }

  @Test
  void koreanSpansFollowKoreanDateOrder() {
    assertThat(Messages.KO.span(at("2008-09-17"), at("2008-09-20"))).isEqualTo("2008년 9월 17~20일");
    assertThat(Messages.KO.span(at("2008-08-28"), at("2008-09-03")))
        .isEqualTo("2008년 8월 28일~9월 3일");
    assertThat(Messages.KO.span(at("2008-12-28"), at("2009-01-03")))
        .isEqualTo("2008년 12월 28일~2009년 1월 3일");
  }
}
