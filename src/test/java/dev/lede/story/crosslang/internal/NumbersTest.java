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

  @Test
  void aDatelineAtTheStartDatesTheEventWhenItIsAFewDaysBeforePublication() {
    java.time.Instant posted = java.time.Instant.parse("2022-10-06T15:37:21Z");
    assertThat(Numbers.dateline("9월 25일, 엘리우드 킵초게가 세계 신기록을 세웠다.", posted, 14))
        .contains(java.time.Instant.parse("2022-09-25T12:00:00Z"));
    assertThat(Numbers.dateline("9月25日、キプチョゲが世界記録を更新した。", posted, 14))
        .contains(java.time.Instant.parse("2022-09-25T12:00:00Z"));
    // A date far from publication is no dateline, nor is one later in the text.
    assertThat(Numbers.dateline("3월 1일, 독립선언", posted, 14)).isEmpty();
    assertThat(Numbers.dateline("엘리우드 킵초게가 9월 25일 세계 신기록을 세웠다.", posted, 14)).isEmpty();
  }

  @Test
  void aJanuaryDatelineOnAPostFromEarlyJanuaryIsNotMovedToDecember() {
    java.time.Instant posted = java.time.Instant.parse("2023-01-02T06:18:43Z");
    assertThat(Numbers.dateline("1월 1일, 크로아티아가 유로존에 합류했다.", posted, 14))
        .contains(java.time.Instant.parse("2023-01-01T12:00:00Z"));
    assertThat(Numbers.dateline("December 30 - a storm", posted, 14))
        .contains(java.time.Instant.parse("2022-12-30T12:00:00Z"));
  }
}
