package dev.lede.story.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random articles around a shared direction; each property runs on fresh seeds, and jqwik prints a
 * failing one for replay.
 */
class EmbeddingBackgroundTest {
  // Wide enough that two independent noise vectors are near-orthogonal (cosine sd 1/16), so the
  // bounds below sit four or more standard deviations from what a fresh seed can draw.
  private static final int DIM = 256;
  private static final double BACKGROUND = 1.5 * Math.sqrt(DIM);

  /** A unit vector: {@code share} of a fixed background direction plus independent noise. */
  private static float[] article(Random r, double share) {
    float[] v = new float[DIM];
    double norm = 0;
    for (int i = 0; i < DIM; i++) {
      v[i] = (float) ((i == 0 ? share * BACKGROUND : 0) + r.nextGaussian());
      norm += v[i] * v[i];
    }
    for (int i = 0; i < DIM; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  @Property(tries = 20)
  void theSharedBackgroundOfAScriptNoLongerMakesUnrelatedArticlesAlike(@ForAll long seed) {
    EmbeddingBackground b = new EmbeddingBackground();
    Random r = new Random(seed);
    for (int i = 0; i < 500; i++) {
      b.add(TextAnalysis.Script.HANGUL, article(r, 1));
    }
    float[] x = article(r, 1);
    float[] y = article(r, 1);
    double raw = new EmbeddingBackground().cosine(x, 1, y, 1, TextAnalysis.Script.HANGUL);

    assertThat(raw).isGreaterThan(0.55);
    assertThat(b.cosine(x, 1, y, 1, TextAnalysis.Script.HANGUL)).isCloseTo(0, within(0.3));
    // Backgrounds are per script: Latin text has seen nothing, so nothing is removed.
    assertThat(b.cosine(x, 1, y, 1, TextAnalysis.Script.LATIN)).isCloseTo(raw, within(1e-9));
  }

  @Property(tries = 20)
  void aStoryCentroidIsCentredByItsSize(@ForAll long seed) {
    EmbeddingBackground b = new EmbeddingBackground();
    Random r = new Random(seed);
    for (int i = 0; i < 500; i++) {
      b.add(TextAnalysis.Script.LATIN, article(r, 1));
    }
    float[] sum = new float[DIM];
    for (int n = 0; n < 40; n++) {
      float[] a = article(r, 1);
      for (int i = 0; i < DIM; i++) {
        sum[i] += a[i];
      }
    }
    float[] other = article(r, 1);

    // Raw, the centroid of forty unrelated articles points at the background, as does any article.
    assertThat(new EmbeddingBackground().cosine(other, 1, sum, 40, TextAnalysis.Script.LATIN))
        .isGreaterThan(0.75);
    assertThat(b.cosine(other, 1, sum, 40, TextAnalysis.Script.LATIN)).isLessThan(0.3);
  }

  @Property(tries = 20)
  void aScriptWhoseArticlesAllLookAlikeIsNotTrusted(@ForAll long seed) {
    EmbeddingBackground b = new EmbeddingBackground();
    Random r = new Random(seed);
    for (int i = 0; i < 200; i++) {
      b.add(TextAnalysis.Script.LATIN, article(r, 0.2));
      b.add(TextAnalysis.Script.HANGUL, article(r, 1.2));
    }

    assertThat(b.reliability(TextAnalysis.Script.LATIN)).isEqualTo(1);
    assertThat(b.reliability(TextAnalysis.Script.HANGUL)).isZero();
    assertThat(b.reliability(TextAnalysis.Script.CJK)).isEqualTo(1); // nothing seen yet
  }
}
