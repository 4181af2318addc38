package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesTest {
  private final Places places = Places.get();

  @Test
  void aCountryIsOneKeyInEveryLanguageAndScript() {
    assertThat(places.keys("Amid a crisis in the United Kingdom")).contains("p:GB");
    assertThat(places.keys("영국의 총리가")).contains("p:GB");
    assertThat(places.keys("英國首相")).contains("p:GB");
    assertThat(places.keys("英国の首相")).contains("p:GB");
    assertThat(places.keys("South Korea")).contains("p:KR");
    assertThat(places.keys("南韓總統")).contains("p:KR");
  }

  @Test
  void citiesNameTheirCountryToo() {
    assertThat(places.keys("a blast in Kyiv")).contains("c:Europe/Kiev", "p:UA");
    assertThat(
            places.keys("키이우에서 폭발").isEmpty() ? places.keys("키예프에서 폭발") : places.keys("키이우에서 폭발"))
        .contains("p:UA");
    assertThat(places.keys("首尔发生")).contains("p:KR");
  }

  @Test
  void aCitysKeysComeInOneOrderOnEveryRun() {
    // Without a fixed order a city's two keys follow Set.of's per-JVM order: this fails on about
    // half of all runs.
    assertThat(places.keys("a blast in Kyiv")).containsExactly("c:Europe/Kiev", "p:UA");
    assertThat(places.keys("an election in Seoul")).containsExactly("c:Asia/Seoul", "p:KR");
    assertThat(places.keys("首尔发生")).containsExactly("c:Asia/Seoul", "p:KR");
  }

  @Test
  void demonymsNameTheirCountry() {
    assertThat(places.keys("the Ukrainian army")).contains("p:UA");
    assertThat(places.keys("a Brazilian court")).contains("p:BR");
  }

  @Test
  void aShortNameWrittenWithStopsIsTheShortName() {
    assertThat(places.keys("the largest bank failure in U.S. history")).contains("p:US");
    assertThat(places.keys("a U.K. court")).contains("p:GB");
  }

  @Test
  void lowerCaseWordsAreNoPlaces() {
    assertThat(places.keys("they chad a turkey for dinner")).isEmpty();
  }
}
