package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NlpTest {
  @Test
  void analyzesARealEnglishArticleWithExactOffsets() {
    CorpusFixtures.Doc doc = CorpusFixtures.docs().get("wikinews-123881");
    Analysis a = Nlp.analyze(doc.title(), doc.text(), Optional.of("en"));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.sentences()).hasSizeGreaterThan(5);
    assertThat(a.tokenCount()).isGreaterThan(100);
    for (Sentence s : a.sentences()) {
      assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(a.entities()).extracting(Entity::canonical).contains("General Motors", "Chrysler");
    assertThat(a.quotes()).anySatisfy(q -> assertThat(q.speaker()).contains("Barack Obama"));
    assertThat(a.facts()).anySatisfy(f -> assertThat(f.kind()).isEqualTo(FactKind.MONEY));
  }

  @Test
  void analyzesARealKoreanArticle() {
    CorpusFixtures.Doc doc = CorpusFixtures.docs().get("kowikinews-0000");
    Analysis a = Nlp.analyze(doc.title(), doc.text(), Optional.empty());
    assertThat(a.language()).isEqualTo("ko");
    assertThat(a.sentences())
        .extracting(Sentence::text)
        .contains("버락 오바마 미국 제44대 대통령이 공식 취임하였다.", "2008년 11월 4일, 대통령에 당선되었다.");
    assertThat(a.entities()).anySatisfy(e -> assertThat(e.canonical()).isEqualTo("United States"));
    assertThat(a.facts()).anySatisfy(f -> assertThat(f.value()).isEqualTo("2008-08-27"));
  }

  @Test
  void hintIsUsedOnlyWhenDetectionCannotTell() {
    assertThat(Nlp.analyze("", "OK", Optional.of("de")).language()).isEqualTo("de");
    assertThat(Nlp.analyze("", "OK", Optional.of("not a tag!")).language()).isEqualTo("und");
    assertThat(
            Nlp.analyze("", "The minister said that the plan was over.", Optional.of("ko"))
                .language())
        .isEqualTo("en");
  }

  @Test
  void oversizedTextIsRejectedWithItsSize() {
    String huge = "a".repeat(Nlp.MAX_TEXT_CHARS + 1);
    assertThatThrownBy(() -> Nlp.analyze("t", huge, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text has 500001 chars, more than the 500000 allowed");
  }
}
