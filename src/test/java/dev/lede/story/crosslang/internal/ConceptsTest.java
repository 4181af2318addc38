package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ConceptsTest {
  @Property(tries = 1000)
  void aTextNamesAConceptExactlyWhenItHasConceptKeys(@ForAll("pieces") String text) {
    assertThat(Concepts.get().namesAny(text))
        .isEqualTo(!Concepts.get().keysOfSimplified(text).isEmpty());
  }

  @Test
  void noCharacterPassedOverAsWordlessLowerCasesToALatinLetter() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      if (!Concepts.mayHoldWords(s)) {
        assertThat(s.toLowerCase(Locale.ROOT).chars().noneMatch(x -> x >= 'a' && x <= 'z'))
            .as("U+%X", (int) c)
            .isTrue();
      }
    }
    assertThat(Concepts.mayHoldWords("地震が発生")).isFalse();
    assertThat(Concepts.mayHoldWords("지진 K")).isTrue();
  }

  /** Words and terms of the list, their pieces and other text, run together or spaced. */
  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.of(
            "earthquake",
            "American",
            "football",
            "resign",
            "ed",
            "Nobel",
            "chemistry",
            "地震",
            "美式",
            "足球",
            "地",
            "지진",
            "세계",
            "신기록",
            "化学",
            "ソウル",
            " ",
            "the",
            "war",
            "3")
        .list()
        .ofMaxSize(6)
        .map(l -> String.join("", l));
  }

  @Test
  void anEarthquakeIsOneConceptInFourLanguages() {
    assertThat(Concepts.get().keys("A magnitude 7.6 earthquake strikes")).contains("w:earthquake");
    assertThat(Concepts.get().keys("巴布亚新几内亚发生7.6级地震")).contains("w:earthquake");
    assertThat(Concepts.get().keys("東北地方太平洋沖地震が発生")).contains("w:earthquake");
    assertThat(Concepts.get().keys("규모 7.6의 강진이 발생했다")).contains("w:earthquake");
  }

  @Test
  void englishPrefixTermsMatchInflectionsButNotOtherWords() {
    assertThat(Concepts.get().keys("Liz Truss resigned on Thursday")).contains("w:resignation");
    assertThat(Concepts.get().keys("She signed the resin order")).doesNotContain("w:resignation");
    // Whole-word terms do not match inside longer words.
    assertThat(Concepts.get().keys("a warden and a wartime ship")).doesNotContain("w:war");
  }

  @Test
  void traditionalAndSimplifiedChineseAndKoreanSpacingGiveTheSameConcept() {
    assertThat(Concepts.get().keys("獲得諾貝爾化學獎")).contains("w:nobel", "w:chemistry");
    assertThat(Concepts.get().keys("获得诺贝尔化学奖")).contains("w:nobel", "w:chemistry");
    assertThat(Concepts.get().keys("세계 신기록을 세웠다")).contains("w:world record");
    assertThat(Concepts.get().keys("세계\t\n 신기록")).containsExactly("w:world record");
    assertThat(Concepts.get().keys("세계신기록")).containsExactly("w:world record");
  }

  @Test
  void aNobelPrizeInPhysicsIsNotOneInChemistry() {
    assertThat(Concepts.get().keys("The Nobel Prize in Physics is awarded"))
        .contains("w:physics")
        .doesNotContain("w:chemistry");
  }

  @Test
  void aTermInsideALongerTermOfAnotherConceptDoesNotCount() {
    assertThat(Concepts.get().keys("In American football, the Chiefs win the Super Bowl"))
        .contains("w:american football")
        .doesNotContain("w:football");
    assertThat(Concepts.get().keys("赢得第五十七届超级碗，美式足球")).doesNotContain("w:football");
    assertThat(Concepts.get().keys("夺得2022年国际足联俱乐部世界杯冠军"))
        .contains("w:club world cup", "w:champion")
        .doesNotContain("w:world cup");
    assertThat(Concepts.get().keys("阿根廷在2022年国际足联世界杯决赛中获胜")).contains("w:world cup");
  }

  @Test
  void aStateOfEmergencyIsOneConceptInFourLanguages() {
    assertThat(Concepts.get().keys("forest fires and a state of emergency in Chile"))
        .contains("w:state of emergency", "w:wildfire");
    assertThat(Concepts.get().keys("智利野火已造成23人死亡，全国进入緊急狀態"))
        .contains("w:state of emergency", "w:wildfire");
    assertThat(Concepts.get().keys("政府は非常事態を宣言した")).contains("w:state of emergency");
    assertThat(Concepts.get().keys("정부가 국가 비상사태를 선포했다")).contains("w:state of emergency");
    assertThat(Concepts.get().keys("an emergency landing")).doesNotContain("w:state of emergency");
  }
}
