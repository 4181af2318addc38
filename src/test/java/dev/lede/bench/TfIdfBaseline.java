package dev.lede.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The comparison point: single-pass clustering on TF-IDF cosine to each cluster's centroid, with
 * one threshold, comparing against every cluster (no index) and using nothing else.
 */
final class TfIdfBaseline implements AutoCloseable {
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final double threshold;
  private final Map<String, Integer> df = new HashMap<>();
  private final List<Map<String, Double>> centroids = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private int docs;

  TfIdfBaseline(double threshold) {
    this.threshold = threshold;
  }

  /** The cluster id (first member's id) the document joins. */
  String assign(String id, String text) {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tf.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double w =
          (1 + Math.log(e.getValue()))
              * Math.log((docs + 1.0) / (df.getOrDefault(e.getKey(), 0) + 0.5));
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
    v.replaceAll((k, w) -> w * inv);
    int best = -1;
    double bestCos = 0;
    for (int c = 0; c < centroids.size(); c++) {
      Map<String, Double> centroid = centroids.get(c);
      double dot = 0;
      double cn = 0;
      for (double x : centroid.values()) {
        cn += x * x;
      }
      for (Map.Entry<String, Double> e : v.entrySet()) {
        Double y = centroid.get(e.getKey());
        if (y != null) {
          dot += e.getValue() * y;
        }
      }
      double cos = cn == 0 ? 0 : dot / Math.sqrt(cn);
      if (cos > bestCos) {
        bestCos = cos;
        best = c;
      }
    }
    for (String t : tf.keySet()) {
      df.merge(t, 1, Integer::sum);
    }
    docs++;
    if (best >= 0 && bestCos >= threshold) {
      Map<String, Double> centroid = centroids.get(best);
      v.forEach((k, w) -> centroid.merge(k, w, Double::sum));
      return ids.get(best);
    }
    centroids.add(new HashMap<>(v));
    ids.add(id);
    return id;
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
