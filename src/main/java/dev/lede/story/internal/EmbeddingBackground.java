package dev.lede.story.internal;

import java.util.EnumMap;
import java.util.Map;

/**
 * The running mean embedding of the articles seen so far, one per script, and cosines measured
 * after subtracting it.
 *
 * <p>Embeddings of unrelated articles are not orthogonal: they share a background direction (what
 * all news in one language has in common), and a model trained on another language puts nearly
 * everything there (all-MiniLM-L6-v2 gives two unrelated Korean articles a median cosine of 0.6,
 * two English ones 0.16). That background does not average out of a story's centroid, so against a
 * large story every article of the language looks close. Centred vectors keep only what sets an
 * article apart, which is what the signal-plus-noise correction of centroid scores assumes.
 *
 * <p>The mean is shrunk towards zero while few articles are known ({@code sum / (count + PRIOR)}),
 * so the first articles are compared nearly raw instead of against a mean made of themselves.
 */
final class EmbeddingBackground {
  private static final int PRIOR = 10;
  // Mean cosine of two articles of one script up to which the model is trusted in full, and from
  // which not at all (all-MiniLM-L6-v2: English news 0.2, Korean 0.6); fewer articles than
  // MIN_ARTICLES tell too little to judge, and the model is trusted.
  private static final double TRUSTED_SPREAD = 0.3;
  private static final double UNTRUSTED_SPREAD = 0.5;
  private static final int MIN_ARTICLES = 30;

  private final Map<TextAnalysis.Script, Mean> means = new EnumMap<>(TextAnalysis.Script.class);

  private static final class Mean {
    final double[] sum;
    int count;
    double reliability = 1;

    Mean(int dimension) {
      sum = new double[dimension];
    }
  }

  /** Adds one article's (unit) embedding to the background of its script. */
  void add(TextAnalysis.Script script, float[] embedding) {
    if (embedding.length == 0) {
      return;
    }
    Mean m = means.computeIfAbsent(script, s -> new Mean(embedding.length));
    if (m.sum.length != embedding.length) {
      return; // dimensions never change within one clusterer; be safe regardless
    }
    double squared = 0;
    for (int i = 0; i < embedding.length; i++) {
      m.sum[i] += embedding[i];
      squared += m.sum[i] * m.sum[i];
    }
    m.count++;
    if (m.count >= MIN_ARTICLES) {
      // |sum|^2 = n + sum over ordered pairs of their cosines.
      double meanCosine = (squared - m.count) / ((double) m.count * (m.count - 1));
      m.reliability =
          Math.max(
              0,
              Math.min(1, (UNTRUSTED_SPREAD - meanCosine) / (UNTRUSTED_SPREAD - TRUSTED_SPREAD)));
    }
  }

  /**
   * How far embeddings of {@code script} tell articles apart, from 1 (trusted) to 0: a model that
   * puts every article of a script close together (mean cosine of two articles above 0.5) was not
   * trained on its language, and what remains after the background says more about register than
   * about topic (two Korean essays on firefighters and on army abuse: centred cosine 0.82).
   */
  double reliability(TextAnalysis.Script script) {
    Mean m = means.get(script);
    return m == null ? 1 : m.reliability;
  }

  /**
   * Cosine of {@code a} and {@code b} after removing the background of {@code script} from each:
   * {@code a} and {@code b} are sums of {@code na} and {@code nb} unit embeddings (1 for an
   * article, a story's size for its centroid). 0 when either side is empty or nothing is left.
   */
  double cosine(float[] a, int na, float[] b, int nb, TextAnalysis.Script script) {
    if (a == null || b == null || a.length == 0 || a.length != b.length || na < 1 || nb < 1) {
      return 0;
    }
    Mean m = means.get(script);
    double dot = 0;
    double aa = 0;
    double bb = 0;
    if (m == null || m.sum.length != a.length) {
      for (int i = 0; i < a.length; i++) {
        dot += (double) a[i] * b[i];
        aa += (double) a[i] * a[i];
        bb += (double) b[i] * b[i];
      }
    } else {
      double scale = 1.0 / (m.count + PRIOR);
      double sa = na * scale;
      double sb = nb * scale;
      for (int i = 0; i < a.length; i++) {
        double x = a[i] - sa * m.sum[i];
        double y = b[i] - sb * m.sum[i];
        dot += x * y;
        aa += x * x;
        bb += y * y;
      }
    }
    return aa <= 0 || bb <= 0 ? 0 : dot / Math.sqrt(aa * bb);
  }
}
