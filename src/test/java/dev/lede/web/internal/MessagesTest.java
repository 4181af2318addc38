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
      }
      for (Messages t : List.of(Messages.EN, Messages.KO)) {
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
  void onlyKoreanTagsGetKorean() {
    for (String ko : List.of("ko", "KO", "ko-KR", " ko ")) {
      assertThat(Messages.forLanguage(ko)).as(ko).isSameAs(Messages.KO);
    }
    for (String other : List.of("en", "en-GB", "de", "kok", "und", "")) {
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
    assertThat(Dates.when(t)).isEqualTo(Messages.EN.when(t));
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
