package dev.lede.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|The president said that the government will not talk with the opposition.",
        "de|Der Präsident sagte, dass die Regierung nicht mit der Opposition sprechen wird.",
        "fr|Le président a dit que le gouvernement ne parlera pas avec l'opposition.",
        "es|El presidente dijo que el gobierno no hablará con la oposición en esta semana.",
        "pt|O presidente disse que o governo não vai falar com a oposição nesta semana.",
        "it|Il presidente ha detto che il governo non parlerà con l'opposizione questa settimana.",
        "nl|De president zei dat de regering niet met de oppositie zal praten deze week.",
        "pl|Prezydent powiedział, że rząd nie będzie rozmawiał z opozycją w tym tygodniu.",
        "ko|버락 오바마 미국 제44대 대통령이 공식 취임하였다.",
        "zh|中国国家主席今天在北京会见了美国总统。",
        "ja|東京で大きな地震がありましたが、けが人はいませんでした。",
        "ru|Президент заявил, что правительство не будет говорить с оппозицией.",
        "und|Hi",
        "und|12345 67890 !!!",
      })
  void detectsByScriptAndStopwords(String expected, String text) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void guessIsEmptyExactlyWhenTheLanguageIsUndetermined() {
    assertThat(LanguageDetector.guess("Hi")).isEmpty();
    assertThat(LanguageDetector.guess("버락 오바마 미국 제44대 대통령이 공식 취임하였다.")).contains("ko");
  }

  @org.junit.jupiter.api.Test
  void wordsAreJoinedAcrossHyphensAndElisionsButNotThePossessive() {
    assertThat(LanguageDetector.words("L'opposition's long-term plan, Europe's"))
        .containsExactly("l'opposition", "s", "long-term", "plan", "europe", "s");
  }
}
