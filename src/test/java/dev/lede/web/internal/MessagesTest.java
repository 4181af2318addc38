package dev.lede.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.web.EntityKind;
import dev.lede.web.internal.Messages.Msg;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void everyPhraseIsThereInBothLanguagesAndEveryPatternFillsIn() {
    for (Msg m : Msg.values()) {
      assertThat(Messages.EN.get(m)).as(m.name()).isNotBlank();
      if (m != Msg.BY) { // Korean bylines name the author alone
        assertThat(Messages.KO.get(m)).as(m.name()).isNotBlank();
        assertThat(Messages.JA.get(m)).as(m.name()).isNotBlank();
        assertThat(Messages.ZH.get(m)).as(m.name()).isNotBlank();
      }
      for (Messages t : List.of(Messages.EN, Messages.KO, Messages.JA, Messages.ZH)) {
        String filled = t.format(m, 3, 2, "A", "B");
        assertThat(filled).as(t.lang() + " " + m).doesNotContain("{").doesNotContain("}");
      }
    }
  }

  @Test
  void englishCountsTakeTheirPluralAndKoreanItsCounters() {
    assertThat(Messages.EN.format(Msg.FROM_SOURCES, 1, 1)).isEqualTo("from 1 source in 1 outlet");
    assertThat(Messages.EN.format(Msg.FROM_SOURCES, 8, 5)).isEqualTo("from 8 sources in 5 outlets");
    assertThat(Messages.EN.format(Msg.FROM_SOURCES, 2, 0)).isEqualTo("from 2 sources in 0 outlets");
    assertThat(Messages.KO.format(Msg.FROM_SOURCES, 8, 5)).isEqualTo("출처 8건, 언론사 5곳");
    assertThat(Messages.EN.format(Msg.CARD_COUNTS, 1, 3)).isEqualTo("1 outlet · 3 articles");
    assertThat(Messages.KO.format(Msg.CARD_COUNTS, 1, 3)).isEqualTo("언론사 1곳 · 기사 3건");
  }

  @Test
  void koreanJapaneseAndChineseTagsGetTheirOwnLanguage() {
    for (String ko : List.of("ko", "KO", "ko-KR", " ko ")) {
      assertThat(Messages.forLanguage(ko)).as(ko).isSameAs(Messages.KO);
    }
    for (String ja : List.of("ja", "ja-JP", "JA")) {
      assertThat(Messages.forLanguage(ja)).as(ja).isSameAs(Messages.JA);
    }
    for (String zh : List.of("zh", "zh-Hans", "zh-CN")) {
      assertThat(Messages.forLanguage(zh)).as(zh).isSameAs(Messages.ZH);
    }
    for (String other : List.of("en", "en-GB", "de", "kok", "jav", "und", "")) {
      assertThat(Messages.forLanguage(other)).as(other).isSameAs(Messages.EN);
    }
  }

  @Test
  void datesAreWrittenTheWayEachLanguageWritesThem() {
    Instant t = Instant.parse("2026-01-08T03:05:09Z");
    assertThat(Messages.EN.when(t))
        .isEqualTo(
            new Dates.When("2026-01-08T03:05:09Z", "8 January 2026, 03:05 UTC", "8 Jan 2026"));
    assertThat(Messages.KO.when(t))
        .isEqualTo(new Dates.When("2026-01-08T03:05:09Z", "2026년 1월 8일 03:05 UTC", "2026년 1월 8일"));
    assertThat(Messages.JA.when(t))
        .isEqualTo(new Dates.When("2026-01-08T03:05:09Z", "2026年1月8日 03:05 UTC", "2026年1月8日"));
    assertThat(Dates.when(t)).isEqualTo(Messages.EN.when(t));
  }

  @Test
  void coverageSpansAreWrittenWithYearMonthAndDayWordsInJapaneseAndChinese() {
    Instant a = Instant.parse("2008-09-17T10:00:00Z");
    Instant b = Instant.parse("2008-09-20T10:00:00Z");
    Instant c = Instant.parse("2009-01-03T10:00:00Z");
    assertThat(Messages.JA.span(a, b)).isEqualTo("2008年9月17日～20日");
    assertThat(Messages.ZH.span(a, c)).isEqualTo("2008年9月17日～2009年1月3日");
    assertThat(Messages.KO.span(a, b)).isEqualTo("2008년 9월 17~20일");
    assertThat(Messages.EN.span(a, b)).isEqualTo("17-20 Sep 2008");
  }

  @Test
  void languagesAreNamedInThemselves() {
    assertThat(Messages.languageName("ko")).isEqualTo("한국어");
    assertThat(Messages.languageName("ja")).isEqualTo("日本語");
    assertThat(Messages.languageName("en")).isEqualTo("English");
    assertThat(Messages.ZH.format(Msg.EDITION, "日本語", 2)).isEqualTo("日本語，消息来源2篇");
    assertThat(Messages.EN.format(Msg.EDITION, "한국어", 3)).isEqualTo("한국어, 3 sources");
  }

  @Test
  void theDisclaimerIsTheWritersInEnglishAndSaidAgainInKorean() {
    assertThat(Messages.EN.disclaimer("As written.", 2, List.of("A", "B"), 1))
        .isEqualTo("As written.");
    assertThat(Messages.KO.disclaimer("As written.", 2, List.of("A", "B"), 0))
        .isEqualTo(
            "이 기사는 Lede가 아래에 나열한 원문 기사 2건(A, B)을 바탕으로 자동 작성했습니다."
                + " 모든 문장은 이 기사들에서 가져왔고 근거가 되는 구절을 인용하며, 기자가 검토하지 않았습니다.");
    assertThat(Messages.KO.disclaimer("As written.", 1, List.of("A"), 2))
        .endsWith("않았습니다. 배경 부분은 이전 관련 기사 2건을 참고했습니다.");
    assertThat(Messages.EN.kind(EntityKind.ORGANIZATION))
        .isEqualTo(EntityKind.ORGANIZATION.label());
    assertThat(Messages.KO.kind(EntityKind.PERSON)).isEqualTo("인물");
  }
}
