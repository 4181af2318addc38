package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Japanese and Chinese through the whole analysis: quotes with speakers, sentences, facts. */
class JapaneseAndChineseTest {
  @Test
  void aJapaneseQuoteIsAttributedToTheNameBeforeIt() {
    String text = "菅義偉首相は記者団に「感染の拡大を何としても食い止める。」と述べた。";
    List<Quote> qs = QuoteExtractor.extract(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("感染の拡大を何としても食い止める。");
    assertThat(qs.get(0).speaker()).contains("菅義偉");
    assertThat(qs.get(0).sentence().text()).isEqualTo(text);
  }

  @Test
  void aChineseQuoteIsAttributedBeforeOrAfterIt() {
    Analysis before = Nlp.analyze("", "国家主席习近平说：“我们将继续扩大对外开放。”", Optional.empty());
    assertThat(before.quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.speaker()).contains("习近平"));
    Analysis after = Nlp.analyze("", "外长王毅出席会议。“双方同意加强合作，共同应对挑战。”王毅表示。", Optional.empty());
    assertThat(after.quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.speaker()).contains("王毅"));
  }

  @Test
  void aQuoteWithoutAnAttributionHasNoSpeaker() {
    List<Quote> qs = QuoteExtractor.extract("菅義偉首相は東京にいる。「短い」という声もある。");
    assertThat(qs).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
  }

  @Test
  void japaneseAnalysisCarriesLanguageSentencesAndCjkNumerals() {
    Analysis a = Nlp.analyze("東北で地震", "気象庁は「津波に警戒してください。」と発表した。約3万人が避難した。", Optional.empty());
    assertThat(a.language()).isEqualTo("ja");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .containsExactly("気象庁は「津波に警戒してください。」と発表した。", "約3万人が避難した。");
    assertThat(a.facts())
        .anySatisfy(
            f -> {
              assertThat(f.value()).isEqualTo("30000");
              assertThat(f.unit()).contains("人");
            });
  }
}
