package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
  private static Mention find(List<Mention> mentions, String text) {
    return mentions.stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + mentions));
  }

  @Test
  void titlesSplitChunksIntoPlaceAndPerson() {
    String text = "U.S. President Barack Obama met Apple CEO Steve Jobs.";
    List<Mention> ms = EntityExtractor.extract(text);
    assertThat(find(ms, "U.S.").type()).isEqualTo(EntityType.PLACE);
    assertThat(find(ms, "Barack Obama").title()).contains("President");
    assertThat(find(ms, "Apple").type()).isEqualTo(EntityType.ORGANIZATION);
    Mention jobs = find(ms, "Steve Jobs");
    assertThat(jobs.type()).isEqualTo(EntityType.PERSON);
    assertThat(jobs.title()).contains("CEO");
    for (Mention m : ms) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void multiWordTitlesWithComplementsAreStripped() {
    List<Mention> ms =
        EntityExtractor.extract(
            "Secretary of State Hillary Clinton and European Commissioner for Competition Neelie"
                + " Kroes spoke.");
    assertThat(find(ms, "Hillary Clinton").title()).contains("Secretary of State");
    assertThat(find(ms, "Neelie Kroes").title()).contains("European Commissioner for Competition");
  }

  @Test
  void organisationWordsAndGazetteerPlacesAreTyped() {
    List<Mention> ms =
        EntityExtractor.extract(
            "The Ministry of Foreign Affairs and the Bank of Korea met in Buenos Aires with"
                + " General Motors Corp. officials.");
    assertThat(find(ms, "Ministry of Foreign Affairs").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(find(ms, "Bank of Korea").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(find(ms, "Buenos Aires").type()).isEqualTo(EntityType.PLACE);
    assertThat(find(ms, "General Motors Corp").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void sentenceInitialCommonWordsAreNotNames() {
    List<Mention> ms =
        EntityExtractor.extract("According to officials, prices fell. However, Iran disagreed.");
    assertThat(ms).extracting(Mention::text).containsExactly("Iran");
  }

  @Test
  void koreanAndChineseNamePatternsAreRecognised() {
    List<Mention> ms = EntityExtractor.extract("Xi Jinping and Ma Ying-jeou met Ban Ki-moon.");
    assertThat(ms)
        .extracting(Mention::text, Mention::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Xi Jinping", EntityType.PERSON),
            org.assertj.core.groups.Tuple.tuple("Ma Ying-jeou", EntityType.PERSON),
            org.assertj.core.groups.Tuple.tuple("Ban Ki-moon", EntityType.PERSON));
  }

  @Test
  void hangulPlacesAndOrganisationsDropTheirParticles() {
    String text = "국방부는 미국의 요청을 거절했다. 국가인권위원회에서 발표했다.";
    List<Mention> ms = EntityExtractor.extract(text);
    assertThat(find(ms, "국방부").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(find(ms, "미국").type()).isEqualTo(EntityType.PLACE);
    assertThat(find(ms, "국가인권위원회").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void hanTextIsSearchedForPlaces() {
    List<Mention> ms = EntityExtractor.extract("中国国家主席今天在北京会见了客人。");
    assertThat(ms).extracting(Mention::text).contains("中国", "北京");
  }

  @Test
  void mentionsCarryTheirDocumentId() {
    assertThat(EntityExtractor.extract("d7", "Kim Jong-un visited Beijing."))
        .allSatisfy(m -> assertThat(m.docId()).isEqualTo("d7"))
        .isNotEmpty();
  }

  @Test
  void weakPersonCueHasLowConfidence() {
    Mention lee = find(EntityExtractor.extract("The talks ended. Then Lee said no."), "Lee");
    assertThat(lee.type()).isEqualTo(EntityType.PERSON);
    assertThat(lee.confidence()).isLessThan(0.5);
    assertThat(lee.title()).isEqualTo(Optional.empty());
  }

  @Test
  void japaneseNamesComeFromKuromojisProperNounTags() {
    String text = "菅義偉首相は東京で記者会見を開いた。オバマ大統領も出席した。";
    List<Mention> ms = EntityExtractor.extract(text);
    Mention suga = find(ms, "菅義偉");
    assertThat(suga.type()).isEqualTo(EntityType.PERSON);
    assertThat(suga.title()).contains("首相");
    assertThat(find(ms, "東京").type()).isEqualTo(EntityType.PLACE);
    assertThat(find(ms, "オバマ").type()).isEqualTo(EntityType.PERSON);
    for (Mention m : ms) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void chinesePeopleAreNamedBesideTheirTitles() {
    String text = "国家主席习近平在北京会见了来访的客人。王毅外长随后举行记者会。";
    List<Mention> ms = EntityExtractor.extract(text);
    assertThat(find(ms, "习近平").type()).isEqualTo(EntityType.PERSON);
    assertThat(find(ms, "习近平").title()).contains("主席");
    assertThat(find(ms, "王毅").title()).contains("外长");
    assertThat(find(ms, "北京").type()).isEqualTo(EntityType.PLACE);
  }
}
