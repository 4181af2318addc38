package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeAgeTest {
  @Test
  void aLeadThatDatesWhatItNamesDaysBackGivesItsAgeInEveryLanguage() {
    assertThat(RelativeAge.days("Stocks fell Thursday after the earthquake hit a week ago."))
        .isEqualTo(7);
    assertThat(RelativeAge.days("The plant, shut three days ago, reopened.")).isEqualTo(3);
    assertThat(RelativeAge.days("Prices rose after the merger announced last month."))
        .isEqualTo(30);
    assertThat(RelativeAge.days("지난주 일본을 강타한 지진 이후 주가가 떨어졌다.")).isEqualTo(7);
    assertThat(RelativeAge.days("3일 전에 발생한 화재로")).isEqualTo(3);
    assertThat(RelativeAge.days("先週の地震の後、株価が下落した。")).isEqualTo(7);
    assertThat(RelativeAge.days("1週間前に発生した地震")).isEqualTo(7);
    assertThat(RelativeAge.days("三天前发生的地震")).isEqualTo(3);
    assertThat(RelativeAge.days("两周前发生的地震")).isEqualTo(14);
  }

  @Test
  void datesYesterdayAndWordsThatOnlyLookLikeAnAgeGiveNone() {
    assertThat(RelativeAge.days("A quake hit Japan yesterday.")).isZero();
    assertThat(RelativeAge.days("3月11日前に")).isZero();
    assertThat(RelativeAge.days("3월 11일 전에 발생")).isZero();
    assertThat(RelativeAge.days("10일 전국 대부분 지역의 아침 기온이")).isZero();
    assertThat(RelativeAge.days("Over the past week, shares fell.")).isZero();
  }

  @Test
  void onlyTheLeadSentenceCounts() {
    assertThat(
            RelativeAge.days("A 9.0 earthquake hits Japan. It follows a smaller quake a week ago."))
        .isZero();
    assertThat(RelativeAge.days("日本で地震が発生した。先週も地震があった。")).isZero();
  }
}
