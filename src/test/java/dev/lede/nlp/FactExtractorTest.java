package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactExtractorTest {
  private static List<Fact> facts(String text) {
    List<Fact> facts = FactExtractor.extract(text);
    for (Fact f : facts) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
    }
    return facts;
  }

  @Test
  void moneyPercentagesAndQuantitiesCarryUnitAndValue() {
    assertThat(
            facts(
                "GM asked for $5.3 billion after sales fell 3.5%. The storm killed 12 people"
                    + " along 1,200 km of coast. Tickets cost £ 0.79 or 30 euros."))
        .extracting(Fact::kind, Fact::text, Fact::value, Fact::unit)
        .containsExactly(
            tuple(FactKind.MONEY, "$5.3 billion", "5300000000", Optional.of("USD")),
            tuple(FactKind.PERCENT, "3.5%", "3.5", Optional.of("%")),
            tuple(FactKind.QUANTITY, "12 people", "12", Optional.of("people")),
            tuple(FactKind.QUANTITY, "1,200 km", "1200", Optional.of("km")),
            tuple(FactKind.MONEY, "£ 0.79", "0.79", Optional.of("GBP")),
            tuple(FactKind.MONEY, "30 euros", "30", Optional.of("EUR")));
  }

  @Test
  void datesAreNormalisedToIso() {
    assertThat(
            facts("It happened on June 5, 2009, on Tuesday, and again on 2009-06-05 and 5 June."))
        .extracting(Fact::kind, Fact::text, Fact::value)
        .containsExactly(
            tuple(FactKind.DATE, "June 5, 2009", "2009-06-05"),
            tuple(FactKind.DATE, "Tuesday", "Tuesday"),
            tuple(FactKind.DATE, "2009-06-05", "2009-06-05"),
            tuple(FactKind.DATE, "5 June", "--06-05"));
  }

  @Test
  void koreanDatesCountersAndMoney() {
    assertThat(facts("2008년 8월 27일에 3명이 숨졌고 피해액은 3억 원이다. 지지율은 38%였다."))
        .extracting(Fact::kind, Fact::text, Fact::value, Fact::unit)
        .containsExactly(
            tuple(FactKind.DATE, "2008년 8월 27일", "2008-08-27", Optional.empty()),
            tuple(FactKind.QUANTITY, "3명", "3", Optional.of("명")),
            tuple(FactKind.MONEY, "3억 원", "300000000", Optional.of("KRW")),
            tuple(FactKind.PERCENT, "38%", "38", Optional.of("%")));
  }

  @Test
  void japaneseAmountsWithCjkNumeralsAreReadAsNumbers() {
    assertThat(facts("政府は3月11日に約3万人が避難し、三千人が負傷し、被害額は1億2000万円と発表した。"))
        .extracting(Fact::kind, Fact::text, Fact::value, Fact::unit)
        .containsExactly(
            tuple(FactKind.DATE, "3月11日", "--03-11", Optional.empty()),
            tuple(FactKind.QUANTITY, "3万人", "30000", Optional.of("人")),
            tuple(FactKind.QUANTITY, "三千人", "3000", Optional.of("人")),
            tuple(FactKind.MONEY, "1億2000万円", "120000000", Optional.of("JPY")));
  }

  @Test
  void chineseAmountsAndFullWidthDigitsAreReadAsNumbers() {
    assertThat(facts("地震造成一万二千人受伤，损失达5亿元，另有３５名失踪。"))
        .extracting(Fact::kind, Fact::text, Fact::value, Fact::unit)
        .containsExactly(
            tuple(FactKind.QUANTITY, "一万二千人", "12000", Optional.of("人")),
            tuple(FactKind.MONEY, "5亿元", "500000000", Optional.of("CNY")),
            tuple(FactKind.QUANTITY, "３５名", "35", Optional.of("名")));
  }

  @Test
  void koreanAmountsSplitAcrossUnitsAddUp() {
    assertThat(facts("이재민은 1만 2천 명이다."))
        .extracting(Fact::text, Fact::value, Fact::unit)
        .containsExactly(tuple("1만 2천 명", "12000", Optional.of("명")));
  }

  @Test
  void aHanDigitInsideAWordIsNoNumber() {
    assertThat(facts("南北統一人材の育成")).isEmpty();
  }

  @Test
  void yearsInDatesAreNotAlsoQuantities() {
    assertThat(facts("Sales rose in 2009 and again on March 3, 2010."))
        .extracting(Fact::kind, Fact::value)
        .containsExactly(tuple(FactKind.DATE, "2009"), tuple(FactKind.DATE, "2010-03-03"));
  }

  @Test
  void versionsAndRanksAreNotCounts() {
    assertThat(facts("The iPhone 2.0 update made it the No. 1 music seller.")).isEmpty();
  }

  @Test
  void placesComeFromResolvedEntities() {
    String text = "Protests spread from Seoul to the U.S.";
    List<Entity> entities = EntityResolver.resolve(EntityExtractor.extract(text));
    assertThat(FactExtractor.extract(text, entities))
        .filteredOn(f -> f.kind() == FactKind.PLACE)
        .extracting(Fact::text, Fact::value)
        .containsExactly(tuple("Seoul", "Seoul"), tuple("U.S.", "United States"));
  }
}
