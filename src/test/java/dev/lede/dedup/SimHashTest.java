package dev.lede.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.dedup.SyntheticDuplicates.Doc;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimHashTest {
  private static List<Doc> corpus;

  @BeforeAll
  static void loadCorpus() throws IOException {
    try (InputStream in =
        SimHashTest.class.getResourceAsStream("/corpus/wikinews-en-sample.jsonl")) {
      corpus = SyntheticDuplicates.load(in);
    }
  }

  @Test
  void emptyTextHashesToZero() {
    assertThat(SimHash.of("")).isZero();
    assertThat(SimHash.of(" .,;! ")).isZero();
  }

  @Test
  void ignoresDifferencesTheNormalisationRemoves() {
    String text = corpus.get(0).text();
    assertThat(SimHash.of(text.toUpperCase(java.util.Locale.ROOT).replace(".", " . ")))
        .isEqualTo(SimHash.of(text));
  }

  @Test
  void syndicatedCopyIsCloserThanAnotherArticleOnTheSameTopic() {
    Doc apple = corpus.get(0);
    Doc otherApple = corpus.get(1);
    assertThat(apple.topic()).isEqualTo(otherApple.topic());
    long original = SimHash.of(apple.text());
    int toCopy =
        SimHash.distance(original, SimHash.of(SyntheticDuplicates.syndicated(apple.text(), 0)));
    int toOther = SimHash.distance(original, SimHash.of(otherApple.text()));
    assertThat(toCopy).isLessThanOrEqualTo(NearDuplicates.MAX_CANDIDATE_DISTANCE);
    assertThat(toOther).isGreaterThan(NearDuplicates.MAX_CANDIDATE_DISTANCE);
  }

  @Test
  void unrelatedArticlesDifferInAboutHalfTheBits() {
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < corpus.size(); i++) {
      for (int j = i + 1; j < corpus.size(); j++) {
        sum += SimHash.distance(SimHash.of(corpus.get(i).text()), SimHash.of(corpus.get(j).text()));
        pairs++;
      }
    }
    assertThat(sum / pairs).isBetween(26.0, 38.0);
  }

  @Test
  void bandsCarryTheirPositionAboveSixteenBitsOfHash() {
    assertThat(SimHash.bands(0x1234_5678_9ABC_DEF0L))
        .containsExactly(0xDEF0, (1 << 16) | 0x9ABC, (2 << 16) | 0x5678, (3 << 16) | 0x1234);
    assertThat(SimHash.bands(-1L)).containsExactly(0xFFFF, 0x1FFFF, 0x2FFFF, 0x3FFFF);
  }

  @Property(tries = 200)
  void distanceIsSymmetricZeroOnlyForEqualHashesAndAtMost64(@ForAll long a, @ForAll long b) {
    assertThat(SimHash.distance(a, b)).isEqualTo(SimHash.distance(b, a)).isBetween(0, 64);
    assertThat(SimHash.distance(a, a)).isZero();
    assertThat(SimHash.distance(a, b) == 0).isEqualTo(a == b);
  }

  @Property(tries = 200)
  void distanceObeysTheTriangleInequality(@ForAll long a, @ForAll long b, @ForAll long c) {
    assertThat(SimHash.distance(a, c))
        .isLessThanOrEqualTo(SimHash.distance(a, b) + SimHash.distance(b, c));
  }

  @Property(tries = 300)
  void hashesWithinThreeBitsShareABand(
      @ForAll long hash,
      @ForAll @IntRange(min = 0, max = 63) int bit1,
      @ForAll @IntRange(min = 0, max = 63) int bit2,
      @ForAll @IntRange(min = 0, max = 63) int bit3) {
    long near = hash ^ (1L << bit1) ^ (1L << bit2) ^ (1L << bit3);
    int[] x = SimHash.bands(hash);
    int[] y = SimHash.bands(near);
    boolean shared = false;
    for (int i = 0; i < SimHash.BANDS; i++) {
      shared |= x[i] == y[i];
    }
    assertThat(shared).isTrue();
  }

  @Property(tries = 100)
  void identicalTextsHaveDistanceZero(@ForAll String text) {
    assertThat(SimHash.distance(SimHash.of(text), SimHash.of(new String(text.toCharArray()))))
        .isZero();
  }
}
