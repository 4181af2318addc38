package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Section;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Japanese or Chinese edition carries no English words of the writer's own: its section headings
 * and its dated attributions are in the edition's language.
 */
class CjkEditionWordsTest {
  private static WriterInput article(String id, String outlet, String day, String text) {
    return WriterInputs.at(id, outlet, text, day + "T09:00:00Z");
  }

  private static List<String> writerWords(WrittenStory s) {
    List<String> out = new ArrayList<>();
    for (Section sec : s.sections()) {
      out.add(sec.heading());
      sec.paragraphs().forEach(p -> p.forEach(w -> out.add(w.text())));
    }
    s.lede().stream().map(WrittenSentence::text).forEach(out::add);
    return out;
  }

  @Test
  void aJapaneseStoryFromTwoDaysHasJapaneseHeadingsAndAttributions() {
    WriterInput a =
        article(
            "ja1",
            "共同通信",
            "2011-03-11",
            "11日午後、東北地方の太平洋沖で強い地震が発生した。気象庁によると、地震の規模はマグニチュード8.8と推定される。"
                + "宮城県では震度7を観測した。各地で建物の倒壊や火災が相次いでいる。"
                + "政府は首相官邸に対策本部を設置した。首相は「国民の安全を最優先する」と述べた。"
                + "沿岸部には大津波警報が出され、住民が高台に避難している。");
    WriterInput b =
        article(
            "ja2",
            "読売新聞",
            "2011-03-12",
            "東北地方の太平洋沖で発生した地震で、宮城県の沿岸部に大きな津波が押し寄せた。"
                + "警察庁によると、これまでに多数の死者と行方不明者が確認された。"
                + "自衛隊が被災地で救助活動を続けている。福島県の原子力発電所では冷却装置が停止した。"
                + "政府は周辺の住民に避難を指示した。専門家は「余震に警戒が必要だ」と話している。"
                + "被災地では停電と断水が続いている。");
    WrittenStory s =
        OfflineWriter.lexical()
            .write("quake", List.of(a, b), List.of(), Instant.parse("2011-03-13T00:00:00Z"));
    assertThat(s.sections()).isNotEmpty();
    assertThat(writerWords(s))
        .allSatisfy(
            t -> assertThat(t).doesNotContainPattern("\\b(?:[Ww]hat|reported|according)\\b"));
    assertThat(s.sections())
        .allSatisfy(sec -> assertThat(sec.heading()).doesNotContainPattern("[A-Za-z]"));
  }
}
