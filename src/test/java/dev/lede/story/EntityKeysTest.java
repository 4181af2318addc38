package dev.lede.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityKeysTest {
  private final EntityKeys keys = EntityKeys.capitalisedPhrases();

  @Test
  void capitalisedRunsGiveThePhraseAndEachOfItsWords() {
    Set<String> k = keys.keys("Police reached the town of San Juan de Lurigancho on Friday.");

    assertThat(k).contains("e:san juan de lurigancho", "e:san", "e:juan", "e:lurigancho");
    assertThat(k).doesNotContain("e:friday", "e:de", "e:town");
  }

  @Test
  void aSentenceInitialWordIsANameUnlessItIsCommon() {
    Set<String> k =
        keys.keys(
            "Rescuers arrived after the quake. Officials said rescuers found 12 people. Reid spoke.");

    assertThat(k).contains("e:reid");
    assertThat(k).doesNotContain("e:rescuers");
  }

  @Test
  void numbersDatesAndYearsAreKeyedInOneSpelling() {
    Set<String> k =
        keys.keys(
            "A magnitude 6.1 quake struck on May 12, 2008 and a 5. 4 aftershock on 14th May."
                + " The Colts won 20 - 13. It was the seventh quake, the 7th this year.");

    assertThat(k).contains("n:6.1", "n:5.4", "d:05-12", "d:05-14", "y:2008", "n:20-13", "n:7");
  }

  @Test
  void headlineWordsCountOnlyWhenTheBodyCapitalisesThem() {
    Set<String> k =
        keys.keys(
            "Lindsay Lohan Checks Into Betty Ford Center\n"
                + "The actress Lindsay Lohan entered the Betty Ford Center on Friday, her lawyer said.");

    assertThat(k).contains("e:lindsay lohan", "e:lohan", "e:betty ford center");
    assertThat(k)
        .doesNotContain("e:checks", "e:into", "e:lindsay lohan checks into betty ford center");
  }

  @Test
  void koreanProperNounsAndNumbersAreKeptWhole() {
    Set<String> k =
        keys.keys("제15호 태풍 ‘볼라벤’ 활동 전망\n대한민국 기상청은 태풍 볼라벤이 오키나와 동남동쪽 약 120km 해상에 있다고 밝혔다.");

    assertThat(k).contains("e:볼라벤", "e:오키나와", "n:120");
    assertThat(String.join(" ", k)).doesNotContain("\uFFFD");
  }

  @Test
  void aKoreanMonthIsNoKeyButItsDayIs() {
    Set<String> k = keys.keys("태풍은 9월 17일 오후 제주도에 상륙한다.");

    assertThat(k).contains("n:17").doesNotContain("n:9");
  }

  @Test
  void theLeadIsTheNameOfTwoOrMoreWordsTheFirstSentenceOpensWith() {
    assertThat(keys.lead("Tomas Brennan (pictured) succeeds Anna Kowalczyk as mayor. He said so."))
        .contains("e:tomas brennan");
    assertThat(keys.lead("The Green Party wins a majority in the city council."))
        .contains("e:green party");
    assertThat(
            keys.lead("Brennan Succeeds Kowalczyk As Mayor\nTomas Brennan took office on Monday."))
        .contains("e:tomas brennan");
  }

  @Test
  void aLeadOfOneCapitalisedWordOrAnOwnersNameIsNoLead() {
    assertThat(keys.lead("Amid a budget crisis, Anna Kowalczyk resigns.")).isEmpty();
    assertThat(keys.lead("In Riverton, Anna Kowalczyk resigns.")).isEmpty();
    assertThat(keys.lead("Anna Kowalczyk's council approves the budget.")).isEmpty();
    assertThat(keys.lead("Officials said the council met.")).isEmpty();
    assertThat(keys.lead("태풍 볼라벤이 오키나와에 접근했다.")).isEmpty();
  }
}
