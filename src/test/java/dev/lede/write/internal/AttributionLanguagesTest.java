package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The writer's own attribution words are in the sentence's language, from attributions.txt. */
class AttributionLanguagesTest {
  private static final Optional<LocalDate> MARCH_11 = Optional.of(LocalDate.of(2011, 3, 11));

  @Test
  void aKoreanSentenceSaysWhoReportedItInKorean() {
    assertThat(Attribution.attribute("도쿄에서 강한 지진이 일어났다.", "연합뉴스", MARCH_11, false))
        .contains("도쿄에서 강한 지진이 일어났다(연합뉴스 3월 11일 보도).");
  }

  @Test
  void japaneseAndChineseSentencesKeepTheirOwnFullStop() {
    assertThat(Attribution.attribute("東京で強い地震があった。", "共同通信", MARCH_11, false))
        .contains("東京で強い地震があった（共同通信、3月11日報道）。");
    assertThat(Attribution.attribute("东京发生强烈地震。", "新华社", MARCH_11, true))
        .contains("东京发生强烈地震（新华社2011年3月11日报道）。");
  }

  @Test
  void anEnglishSentenceKeepsTheEnglishWords() {
    assertThat(Attribution.attribute("The dam broke.", "AP", MARCH_11, false))
        .contains("The dam broke, AP reported on 11 March.");
    assertThat(Attribution.attribute("The dam broke.", "AP", Optional.empty(), false))
        .contains("The dam broke, according to AP.");
  }

  @Test
  void theCheckerAcceptsAKoreanAttributionOfTheCitedOutletOnly() {
    String text = "도쿄에서 강한 지진이 일어났다. 사망자는 없었다.";
    WriterInput yna = WriterInputs.at("yna", "연합뉴스", text, "2011-03-11T09:00:00Z");
    GroundingChecker checker = GroundingChecker.forInputs(List.of(yna));
    List<SourceSpan> spans = List.of(new SourceSpan("yna", "도쿄에서 강한 지진이 일어났다."));
    assertThat(checker.supports(new WrittenSentence("도쿄에서 강한 지진이 일어났다(연합뉴스 3월 11일 보도).", spans)))
        .isTrue();
    assertThat(checker.supports(new WrittenSentence("도쿄에서 강한 지진이 일어났다(연합뉴스 3월 12일 보도).", spans)))
        .isFalse();
    assertThat(Attribution.bare("도쿄에서 강한 지진이 일어났다(연합뉴스 3월 11일 보도).", List.of(yna)))
        .isEqualTo("도쿄에서 강한 지진이 일어났다.");
  }
}
