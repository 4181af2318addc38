package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights fitted to dev data for choosing a headline among its candidates ({@link
 * HeadlineFeatures}), read from {@code headline-weights.tsv} (its header says what data fitted it
 * and the command that refits it): {@code [publishable]}, a logistic model of whether an editor
 * publishes a headline as-is, on its text features; {@code [rank]}, a linear score on every feature
 * plus {@code publishable} (that model's log-odds); {@code [use]}, {@code hand} or {@code fitted}:
 * which score the writer picks by. Unless it says {@code fitted} (and {@code [rank]} has weights)
 * the hand-set score decides ({@link #fitted()} false): the fitted ranking is switched on only when
 * it beats the hand-set one on dev slices it was not fitted on.
 *
 * @param publishable weight per {@link HeadlineFeatures#TEXT} feature
 * @param rank weight per {@link HeadlineFeatures#ALL} feature, then one for {@code publishable}
 */
public record HeadlineWeights(double[] publishable, double[] rank, boolean fitted) {
  /** The weights the writer uses. */
  public static final HeadlineWeights DEFAULT = load("headline-weights.tsv");

  static HeadlineWeights load(String resource) {
    Map<String, Double> pub = new HashMap<>();
    Map<String, Double> rank = new HashMap<>();
    Map<String, Double> into = null;
    String use = "hand";
    boolean using = false;
    for (String line : WordLists.lines(HeadlineWeights.class, resource)) {
      if (line.equals("[publishable]") || line.equals("[rank]") || line.equals("[use]")) {
        into = line.equals("[rank]") ? rank : pub;
        using = line.equals("[use]");
        continue;
      }
      if (using) {
        if (!line.equals("hand") && !line.equals("fitted")) {
          throw new IllegalStateException(resource + ": [use] is hand or fitted, not " + line);
        }
        use = line;
        continue;
      }
      String[] kv = line.split("\t");
      if (into == null || kv.length != 2) {
        throw new IllegalStateException(resource + ": not a weight in a section: " + line);
      }
      into.put(kv[0], Double.parseDouble(kv[1]));
    }
    return new HeadlineWeights(
        vector(pub, HeadlineFeatures.TEXT, false),
        vector(rank, HeadlineFeatures.ALL, true),
        use.equals("fitted") && !rank.isEmpty());
  }

  private static double[] vector(Map<String, Double> w, List<String> names, boolean withPub) {
    double[] out = new double[names.size() + (withPub ? 1 : 0)];
    for (int i = 0; i < names.size(); i++) {
      out[i] = w.getOrDefault(names.get(i), 0.0);
    }
    if (withPub) {
      out[names.size()] = w.getOrDefault("publishable", 0.0);
    }
    for (String k : w.keySet()) {
      if (!names.contains(k) && !(withPub && k.equals("publishable"))) {
        throw new IllegalStateException("headline weight for an unknown feature: " + k);
      }
    }
    return out;
  }

  /** The log-odds that a headline with these text features is published as-is. */
  public double publishable(double[] text) {
    return dot(publishable, text, publishable.length);
  }

  /** The fitted score of a candidate with these features ({@link HeadlineFeatures#ALL}). */
  public double rank(double[] all) {
    int n = HeadlineFeatures.ALL.size();
    return dot(rank, all, n) + rank[n] * publishable(all);
  }

  private static double dot(double[] w, double[] x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += w[i] * x[i];
    }
    return s;
  }
}
