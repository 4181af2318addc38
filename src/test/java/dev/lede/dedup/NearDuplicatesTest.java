package dev.lede.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.dedup.SyntheticDuplicates.Doc;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real near-duplicates built from Wikinews articles (test resources, CC BY 2.5). */
class NearDuplicatesTest {
  private static List<Doc> english;
  private static List<Doc> korean;

  @BeforeAll
  static void loadCorpus() throws IOException {
    english = load("/corpus/wikinews-en-sample.jsonl");
    korean = load("/corpus/wikinews-ko-sample.jsonl");
  }

  private static List<Doc> load(String resource) throws IOException {
    try (InputStream in = NearDuplicatesTest.class.getResourceAsStream(resource)) {
      return SyntheticDuplicates.load(in);
    }
  }

  @Test
  void syndicatedCopyUnderAnotherOutletsHeaderAndFooterIsANearDuplicate() {
    for (int i = 0; i < english.size(); i++) {
      String text = english.get(i).text();
      assertThat(NearDuplicates.isNearDuplicate(text, SyntheticDuplicates.syndicated(text, i)))
          .as(english.get(i).id())
          .isTrue();
    }
  }

  @Test
  void copyWithAChangedSentenceIsANearDuplicate() {
    for (Doc doc : english) {
      String edited = SyntheticDuplicates.edited(doc.text(), 1);
      assertThat(edited).isNotEqualTo(doc.text());
      assertThat(NearDuplicates.isNearDuplicate(doc.text(), edited)).as(doc.id()).isTrue();
    }
  }

  @Test
  void copyCutShortIsANearDuplicate() {
    for (Doc doc : english) {
      assertThat(
              NearDuplicates.isNearDuplicate(doc.text(), SyntheticDuplicates.trimmed(doc.text())))
          .as(doc.id())
          .isTrue();
    }
  }

  @Test
  void differentArticlesOnTheSameTopicAreNotNearDuplicates() {
    int pairs = 0;
    for (int i = 0; i < english.size(); i++) {
      for (int j = i + 1; j < english.size(); j++) {
        if (english.get(i).topic().equals(english.get(j).topic())) {
          pairs++;
          assertThat(NearDuplicates.isNearDuplicate(english.get(i).text(), english.get(j).text()))
              .as(english.get(i).id() + " vs " + english.get(j).id())
              .isFalse();
        }
      }
    }
    assertThat(pairs).isEqualTo(24);
  }

  @Test
  void differentArticlesWrappedInTheSameBoilerplateAreNotNearDuplicates() {
    for (int i = 0; i + 1 < english.size(); i++) {
      String a = SyntheticDuplicates.syndicated(english.get(i).text(), 0);
      String b = SyntheticDuplicates.syndicated(english.get(i + 1).text(), 0);
      assertThat(NearDuplicates.isNearDuplicate(a, b)).as(english.get(i).id()).isFalse();
    }
  }

  @Test
  void worksOnKoreanText() {
    for (int i = 0; i < korean.size(); i++) {
      String text = korean.get(i).text();
      String next = korean.get((i + 1) % korean.size()).text();
      assertThat(NearDuplicates.isNearDuplicate(text, SyntheticDuplicates.trimmed(text) + "\n"))
          .as(korean.get(i).id())
          .isTrue();
      assertThat(NearDuplicates.isNearDuplicate(text, next)).as(korean.get(i).id()).isFalse();
    }
  }

  @Test
  void resemblanceIsOneForIdenticalAndZeroForUnrelatedTexts() {
    String a = english.get(0).text();
    assertThat(NearDuplicates.resemblance(a, a)).isEqualTo(1.0);
    assertThat(NearDuplicates.resemblance(a, korean.get(0).text())).isEqualTo(0.0);
  }

  @Test
  void shortTextsMustMatchExactlyAfterNormalisation() {
    assertThat(NearDuplicates.isNearDuplicate("Dow falls 340 points.", "DOW FALLS 340 POINTS"))
        .isTrue();
    assertThat(NearDuplicates.isNearDuplicate("Dow falls 340 points.", "Dow falls 341 points."))
        .isFalse();
  }

  @Test
  void textsWithoutWordsAreNeverNearDuplicates() {
    assertThat(NearDuplicates.isNearDuplicate("", "")).isFalse();
    assertThat(NearDuplicates.isNearDuplicate("...", "...")).isFalse();
  }

  @Test
  void candidatePreFilterKeepsTrueCopiesAndDropsOtherArticles() {
    String text = english.get(4).text();
    long hash = SimHash.of(text);
    assertThat(NearDuplicates.isCandidate(hash, SimHash.of(SyntheticDuplicates.trimmed(text))))
        .isTrue();
    assertThat(NearDuplicates.isCandidate(hash, hash)).isTrue();
    assertThat(NearDuplicates.isCandidate(hash, ~hash)).isFalse();
  }
}
