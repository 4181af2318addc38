package dev.lede.write.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts lexical similarities on the embedding scale, so that sentences with and without a vector
 * compete fairly: {@code embedding ≈ a + b × lexical}, once for centrality (a sentence against the
 * story's centre) and once for similarity (a sentence against another). Fitted by least squares on
 * the story's own sentences that have both, shrunk towards defaults measured on ECB+ dev with
 * all-MiniLM-L6-v2, so a story with few vectors still gets a sane mapping.
 */
final class Calibration {
  /** Prior strength, in sentences (or pairs): how many observations the defaults are worth. */
  private static final double PRIOR = 12;

  static final Calibration DEFAULT = new Calibration(0.32, 1.05, 0.25, 1.28);

  final double centA;
  final double centB;
  final double simA;
  final double simB;

  Calibration(double centA, double centB, double simA, double simB) {
    this.centA = centA;
    this.centB = centB;
    this.simA = simA;
    this.simB = simB;
  }

  double centrality(double lexical) {
    return centA + centB * lexical;
  }

  double similarity(double lexical) {
    return simA + simB * lexical;
  }

  /**
   * Fits both mappings on the candidates that have a vector; {@code embCentroid} is the centre of
   * those vectors. At most {@code maxPairsFrom} candidates feed the pairwise fit.
   */
  static Calibration fit(List<Candidate> cands, float[] embCentroid, int maxPairsFrom) {
    List<Candidate> with = new ArrayList<>();
    for (Candidate c : cands) {
      if (c.hasVector()) {
        with.add(c);
      }
    }
    if (with.size() < 3) {
      return DEFAULT;
    }
    double[] x = new double[with.size()];
    double[] y = new double[with.size()];
    for (int i = 0; i < with.size(); i++) {
      x[i] = with.get(i).lexCentrality;
      y[i] = Vectors.cosine(with.get(i).vector, embCentroid);
    }
    double[] cent = line(x, y, DEFAULT.centA, DEFAULT.centB);
    int m = Math.min(with.size(), maxPairsFrom);
    int pairs = m * (m - 1) / 2;
    double[] px = new double[pairs];
    double[] py = new double[pairs];
    int k = 0;
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        px[k] = with.get(i).lex.cosine(with.get(j).lex);
        py[k] = Vectors.cosine(with.get(i).vector, with.get(j).vector);
        k++;
      }
    }
    double[] sim = line(px, py, DEFAULT.simA, DEFAULT.simB);
    return new Calibration(cent[0], cent[1], sim[0], sim[1]);
  }

  /** Least-squares line through (x, y), shrunk towards (a0, b0); slope kept in [0, 2]. */
  private static double[] line(double[] x, double[] y, double a0, double b0) {
    int n = x.length;
    if (n < 3) {
      return new double[] {a0, b0};
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double b = sxx < 1e-9 ? b0 : sxy / sxx;
    b = Math.max(0, Math.min(2, (n * b + PRIOR * b0) / (n + PRIOR)));
    // The intercept follows the shrunk slope through the observed means.
    double a = my - b * mx;
    return new double[] {a, b};
  }
}
