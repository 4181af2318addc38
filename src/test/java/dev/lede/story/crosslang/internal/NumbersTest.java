package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void chineseKoreanAndEnglishThousandsGiveOneKey() {
    assertThat(Numbers.numbers("死亡人数达三千人")).contains("n:3000");
    assertThat(Numbers.numbers("3千人")).contains("n:3000");
    assertThat(Numbers.numbers("3천 명이 숨졌다")).contains("n:3000");
    assertThat(Numbers.numbers("some 3,000 people")).contains("n:3000");
  }

  @Test
  void tenThousandsAndMillionsAddUpAcrossGroups() {
    assertThat(Numbers.numbers("1만 2천 명")).contains("n:12000");
    assertThat(Numbers.numbers("一万二千人")).contains("n:12000");
    assertThat(Numbers.numbers("3万人")).contains("n:30000");
    assertThat(Numbers.numbers("2천만 원")).contains("n:20000000");
    assertThat(Numbers.numbers("300万人")).contains("n:3000000");
    assertThat(Numbers.numbers("3 million people")).contains("n:3000000");
    assertThat(Numbers.numbers("세계 인구가 80억 명")).contains("n:8000000000");
    assertThat(Numbers.numbers("eight billion people")).contains("n:8000000000");
  }

  @Test
  void decimalsKeepTheirFractionAndOnesAreNoEvidence() {
    assertThat(Numbers.numbers("규모 7.6의 강진")).containsExactly("n:7.6");
    assertThat(Numbers.numbers("1 person")).isEmpty();
  }

  @Test
  void daysOfTheMonthReadTheSameInEveryLanguage() {
    assertThat(Numbers.days("On September 21, Putin")).containsExactly("d:09-21");
    assertThat(Numbers.days("on 21 Sept. he")).containsExactly("d:09-21");
    assertThat(Numbers.days("9월 21일, 푸틴")).containsExactly("d:09-21");
    assertThat(Numbers.days("9月21日，普京")).containsExactly("d:09-21");
    assertThat(Numbers.days("十二月三日")).containsExactly("d:12-03");
    assertThat(Numbers.days("13월 40일")).isEmpty();
  }
}
