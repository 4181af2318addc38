package dev.lede.story.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles added since the last index refresh, with a small inverted index of their own, so a new
 * article finds them the way the Lucene query finds older ones: by its most specific terms and
 * keys, best matches first. Refreshing the index per article would cost a segment flush each.
 */
final class Tail {
  private final TermDictionary terms;
  private final TermDictionary keys;
  private final List<ArticleFeatures> articles = new ArrayList<>();
  private final Map<Integer, List<Integer>> byTerm = new HashMap<>();
  private final Map<Integer, List<Integer>> byKey = new HashMap<>();

  Tail(TermDictionary terms, TermDictionary keys) {
    this.terms = terms;
    this.keys = keys;
  }

  void add(ArticleFeatures a) {
    int n = articles.size();
    articles.add(a);
    for (int i = 0; i < a.terms().size(); i++) {
      byTerm.computeIfAbsent(a.terms().id(i), k -> new ArrayList<>()).add(n);
    }
    for (int i = 0; i < a.keys().size(); i++) {
      byKey.computeIfAbsent(a.keys().id(i), k -> new ArrayList<>()).add(n);
    }
  }

  int size() {
    return articles.size();
  }

  void clear() {
    articles.clear();
    byTerm.clear();
    byKey.clear();
  }

  /**
   * Up to {@code hits} articles sharing one of {@code a}'s top terms or keys, by summed weight of
   * what they share (ties to the earlier article).
   */
  List<ArticleFeatures> search(ArticleFeatures a, int queryTerms, int queryKeys, int hits) {
    if (articles.isEmpty()) {
      return List.of();
    }
    double[] score = new double[articles.size()];
    accumulate(a.terms(), terms, queryTerms, byTerm, score);
    accumulate(a.keys(), keys, queryKeys, byKey, score);
    List<Integer> matched = new ArrayList<>();
    for (int i = 0; i < score.length; i++) {
      if (score[i] > 0) {
        matched.add(i);
      }
    }
    matched.sort(
        (x, y) ->
            score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(x, y));
    List<ArticleFeatures> out = new ArrayList<>(Math.min(hits, matched.size()));
    for (int i = 0; i < matched.size() && i < hits; i++) {
      out.add(articles.get(matched.get(i)));
    }
    return out;
  }

  private static void accumulate(
      SparseVector v,
      TermDictionary dict,
      int top,
      Map<Integer, List<Integer>> postings,
      double[] score) {
    for (Map.Entry<Integer, Float> e : ClusterEngine.topIds(v, dict, top).entrySet()) {
      List<Integer> docs = postings.get(e.getKey());
      if (docs != null) {
        for (int d : docs) {
          score[d] += e.getValue();
        }
      }
    }
  }
}
