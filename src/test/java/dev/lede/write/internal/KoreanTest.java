package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanTest {
  @Test
  void aPredicateBecomesItsVerbalNounAndTheSubjectTakesAComma() {
    assertThat(Korean.headlineClause("문어 파울이 스페인의 FIFA 월드컵 우승을 예언하였다.", 70))
        .contains("파울, 스페인의 FIFA 월드컵 우승 예언");
  }

  @Test
  void aTitleAsSubjectKeepsTheNameBeforeIt() {
    assertThat(Korean.headlineClause("버락 오바마 미국 제44대 대통령이 공식 취임하였다.", 70))
        .contains("버락 오바마 미국 제44대 대통령, 공식 취임");
  }

  @Test
  void aSubjectRightBeforeThePredicateKeepsItsNounPhraseAndNoComma() {
    assertThat(Korean.headlineClause("기록적인 폭우로 인해 수도권 전철 운행이 중단되었다.", 70))
        .contains("기록적인 폭우로 인해 수도권 전철 운행 중단");
  }

  @Test
  void theMainClauseIsWhatFollowsTheLastSubordinateClause() {
    assertThat(Korean.headlineClause("전철 운행이 중단된데 이어, 폭우로 전철 운행이 중단되었다.", 70))
        .contains("폭우로 전철 운행 중단");
  }

  @Test
  void wordsNearestThePredicateAreKeptWhenTheBudgetIsTight() {
    String s = "천안함이 서해 백령도 남쪽 부근에서 수중폭발에 의해 선체가 절단되어 침몰하였다.";
    assertThat(Korean.headlineClause(s, 25)).contains("천안함, 수중폭발에 의해 선체가 절단되어 침몰");
  }

  @Test
  void anotherVerbInThePastTakesTheHaeFormOfHeadlines() {
    assertThat(Korean.haeForm("숨졌다")).contains("숨져");
    assertThat(Korean.haeForm("꺾었다.")).contains("꺾어");
    assertThat(Korean.haeForm("공격받았다")).contains("공격받아");
    assertThat(Korean.haeForm("있다")).isEmpty(); // its ㅆ is the verb's own, no past
    assertThat(Korean.haeForm("숨지고")).isEmpty();
    assertThat(Korean.headlineClause("스페인이 결승전에서 네덜란드를 꺾었다.", 70)).contains("스페인, 결승전에서 네덜란드를 꺾어");
  }

  @Test
  void aDateOrTimeGoesButAYearNamingAnEventStays() {
    assertThat(Korean.headlineClause("마이클 잭슨이 2009년 6월 25일 로스앤젤레스에서 사망하였다.", 70))
        .contains("잭슨, 로스앤젤레스에서 사망");
    assertThat(Korean.headlineClause("앙드레 김씨가 12일 오후 7시25분 서울대병원에서 별세했다.", 70))
        .contains("김씨, 서울대병원에서 별세");
    assertThat(Korean.headlineClause("스페인이 2010년 FIFA 월드컵 우승을 차지하였다.", 70))
        .contains("스페인, 2010년 FIFA 월드컵 우승 차지");
  }

  @Test
  void predicatesThatAreNotVerbalNounsOrNegatedAreLeftAlone() {
    assertThat(Korean.headlineClause("그는 집에 있었다.", 70)).isEmpty();
    assertThat(Korean.headlineClause("정부는 계획을 발표하지 않았다.", 70)).isEmpty();
  }

  @Test
  void nounsLoseParticlesAndVerbEndingsButNotTheirOwnLastSyllable() {
    assertThat(Korean.noun("스페인의", "스페인의 스페인은")).contains("스페인");
    assertThat(Korean.noun("예언하였다", "")).contains("예언");
    assertThat(Korean.noun("점쟁이", "'점쟁이 문어'라는 별명")).contains("점쟁이");
    assertThat(Korean.noun("파울이", "파울이 예언했다. 파울은 문어다.")).contains("파울");
    assertThat(Korean.noun("있다", "")).isEmpty();
    assertThat(Korean.noun("2010년", "")).isEmpty();
    assertThat(Korean.noun("아이폰4", "아이폰4가")).contains("아이폰4");
  }

  @Test
  void koreanTextIsToldFromEnglish() {
    assertThat(Korean.isKorean("천안함이 침몰하였다. (PCC-772)")).isTrue();
    assertThat(Korean.isKorean("The Cheonan sank near Baengnyeong (백령도).")).isFalse();
  }

  @Test
  void aSubjectsOwnerInTheGenitiveStaysInTheHeadline() {
    // Not "강도, ...": whose magnitude was revised.
    assertThat(Korean.headlineClause("지난 11일 일본 앞바다에서 발생한 지진의 강도가 리히터 규모 8.8에서 9.0으로 조정됐다.", 70))
        .hasValueSatisfying(h -> assertThat(h).startsWith("지진 강도"));
  }
}
