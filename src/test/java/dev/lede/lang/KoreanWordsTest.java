package dev.lede.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.ko.POS;
import org.junit.jupiter.api.Test;

class KoreanWordsTest {
  @Property(tries = 1000)
  void textSplitsIntoTheWordsTheWhitespacePatternGives(@ForAll("spaced") String text) {
    assertThat(KoreanWords.split(text))
        .isEqualTo(Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList());
  }

  /** Words with every kind of whitespace between, and spaces a pattern's \\s does not know. */
  @Provide
  Arbitrary<String> spaced() {
    return Arbitraries.of(
            "지진이", "일본", ",", " ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u3000")
        .list()
        .ofMaxSize(10)
        .map(l -> String.join("", l));
  }

  @Test
  void aWordIsReadAsWrittenWithItsParticleApartAndTheFullStopAfterItLeftOut() {
    List<KoreanWords.Token> tokens = KoreanWords.of("대통령이");
    assertThat(tokens).extracting(KoreanWords.Token::surface).containsExactly("대통령", "이");
    assertThat(tokens.get(0).tag()).isEqualTo(POS.Tag.NNG);
    assertThat(tokens.get(0).parts()).isEmpty();
  }

  @Test
  void offsetsPointIntoTheWordPunctuationIncluded() {
    String word = "‘볼라벤’";
    for (KoreanWords.Token t : KoreanWords.of(word)) {
      assertThat(word.substring(t.start(), t.end())).isEqualTo(t.surface());
    }
    assertThat(KoreanWords.of(word)).extracting(KoreanWords.Token::surface).contains("볼라", "벤");
  }

  @Test
  void aCompoundKeepsItsWholeSurfaceAndNamesItsParts() {
    KoreanWords.Token compound = KoreanWords.of("가락지나물").get(0);
    assertThat(compound.surface()).isEqualTo("가락지나물");
    assertThat(compound.parts())
        .containsExactly(
            new KoreanWords.Morpheme("가락지", POS.Tag.NNG),
            new KoreanWords.Morpheme("나물", POS.Tag.NNG));
  }

  @Test
  void aWordReadsTheSameAfterItIsForgottenAndReadAgain() {
    List<KoreanWords.Token> first = KoreanWords.of("인천국제공항철도");
    KoreanWords.forget();
    assertThat(KoreanWords.of("인천국제공항철도")).isEqualTo(first).isNotSameAs(first);
  }

  @Test
  void aNullWordIsRejectedByName() {
    assertThatThrownBy(() -> KoreanWords.of(null)).hasMessageContaining("word");
  }
}
