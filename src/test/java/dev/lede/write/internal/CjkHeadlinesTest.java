package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.SentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Japanese sentences are from Japanese Wikinews (ウィキニュース, CC BY 2.5): "アメリカ財務省、緑、オレンジ、
 * 黄色を使った新しい10ドル紙幣を発表", "丸井今井旭川店が閉店" and "エリツィン前ロシア大統領の葬儀、行われる" (https://ja.wikinews.org/wiki/ +
 * title), as in ../shared/data/corpus/wikinews-ja.
 */
class CjkHeadlinesTest {
  private static final Path JA_WIKINEWS =
      Path.of("..", "shared", "data", "corpus", "wikinews-ja", "jawikinews.jsonl");

  @Test
  void aJapanesePredicateEndsOnItsNounAndTheTopicTakesAComma() {
    assertThat(CjkHeadlines.japanese("アメリカ合衆国財務省は28日、新しい10ドル紙幣を発表した。", 70))
        .contains("アメリカ合衆国財務省、新しい10ドル紙幣を発表");
  }

  @Test
  void aJapaneseDateInsideTheSentenceGoesButTheNewsStays() {
    Optional<String> h = CjkHeadlines.japanese("民事再生手続き中の百貨店丸井今井は20日、北海道旭川市にある旭川店を閉店した。", 70);
    assertThat(h).isPresent();
    assertThat(h.get()).startsWith("民事再生手続き中の百貨店丸井今井、").endsWith("旭川店を閉店").doesNotContain("20日");
  }

  @Test
  void aJapanesePassiveKeepsItsSuffixInTheDictionaryFormAndTheSourceGoes() {
    Optional<String> h =
        CjkHeadlines.japanese(
            "CNN/AP/ロイターによれば、4月25日午後(UTC+4)、モスクワのハリストス(キリスト)救世主大聖堂で" + "故エリツィン・ロシア前大統領の葬儀が行われた。",
            70);
    assertThat(h).isPresent();
    assertThat(h.get()).endsWith("葬儀が行われる").doesNotContain("ロイター", "によれば", "(", "25日");
  }

  @Test
  void aJapaneseNegationIsNotShortened() {
    assertThat(CjkHeadlines.japanese("政府は新しい法案を国会に提出しなかった。", 70)).isEmpty();
  }

  @Test
  void aChineseHeadlineIsTheFirstClauseWithoutSourceOrAspectParticle() {
    Optional<String> h = CjkHeadlines.chinese("据新华社报道，中国国家主席习近平5日在北京会见了美国总统，双方就两国关系交换了意见。", 70);
    assertThat(h).contains("中国国家主席习近平5日在北京会见美国总统");
  }

  @Test
  void aJapaneseStoryGetsAJapaneseHeadline() {
    String text = "アメリカ合衆国財務省は28日、新しい10ドル紙幣を発表した。";
    Headlines.Headline h =
        Headlines.news(List.of(new WrittenSentence(text, List.of(new SourceSpan("ja1", text)))));
    assertThat(h.text()).isEqualTo("アメリカ合衆国財務省、新しい10ドル紙幣を発表");
  }

  /** On real Wikinews ledes: short, no sentence mark, no past ending, only the sentence's text. */
  @Test
  void japaneseWikinewsLedesGiveShortHeadlinesMadeOfTheirOwnWords() throws Exception {
    assumeTrue(Files.exists(JA_WIKINEWS), JA_WIKINEWS + " is absent");
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(JA_WIKINEWS).subList(0, 200);
    int made = 0;
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      List<Sentence> ss = SentenceSplitter.split(n.get("text").asText());
      if (ss.isEmpty()) {
        continue;
      }
      String first = ss.get(0).text();
      Optional<String> h = CjkHeadlines.japanese(first, 70);
      if (h.isEmpty()) {
        continue;
      }
      made++;
      String t = h.get();
      assertThat(t.length()).as(t).isLessThanOrEqualTo(CjkHeadlines.JAPANESE_SHORT);
      assertThat(t).as(first).doesNotEndWith("。").doesNotEndWith("た").doesNotEndWith("ました");
      // Every character but the topic comma and a verb's dictionary ending is the sentence's.
      long foreign = t.codePoints().filter(c -> c != '、' && first.indexOf(c) < 0).count();
      assertThat(foreign).as("%s from %s", t, first).isLessThanOrEqualTo(2);
    }
    assertThat(made).as("headlines made from 200 ledes").isGreaterThan(100);
  }
}
