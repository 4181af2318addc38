package dev.lede.story.internal;

import dev.lede.story.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The running summary of one live story: centroids for scoring, members for snapshots. */
final class StoryState {
  // Caps keep a story's memory bounded however large it grows.
  static final int MAX_TERMS = 192;
  static final int MAX_KEYS = 128;

  final String id;
  final int seq;
  final List<String> articleIds = new ArrayList<>();
  final TreeSet<String> outlets = new TreeSet<>();
  final List<Story.TimelineEntry> timeline = new ArrayList<>();
  Instant first;
  Instant last;
  SparseVector termSum = SparseVector.EMPTY;
  SparseVector keyCount = SparseVector.EMPTY;
  float[] embeddingSum;
  int embedded;
  // The names its articles open with ({@link ArticleFeatures#lead}), counted, and how many
  // articles open with one.
  final Map<String, Integer> leads = new HashMap<>();
  int led;
  // Script of the first article: whose embedding background applies to the centroid.
  TextAnalysis.Script script;
  // Size at which the story is next checked for holding two events.
  int nextSplitCheck = 4;
  // Arrival number of the last article that changed the story: long unchanged stories go dormant.
  int lastChanged;

  StoryState(String id, int seq) {
    this.id = id;
    this.seq = seq;
    this.lastChanged = seq;
  }

  int size() {
    return articleIds.size();
  }

  void add(ArticleFeatures a, TermDictionary terms, TermDictionary keys) {
    if (articleIds.isEmpty()) {
      script = a.script();
    }
    articleIds.add(a.id());
    a.source().ifPresent(outlets::add);
    a.lead().ifPresent(this::addLead);
    timeline.add(new Story.TimelineEntry(a.id(), a.published(), a.title(), a.source()));
    a.published().ifPresent(this::widen);
    termSum = termSum.plus(a.terms(), 1f).prune(MAX_TERMS, terms::idf);
    keyCount = keyCount.plus(a.keys(), 1f).prune(MAX_KEYS, keys::idf);
    if (a.embedding().length > 0) {
      if (embeddingSum == null) {
        embeddingSum = new float[a.embedding().length];
      }
      for (int i = 0; i < embeddingSum.length; i++) {
        embeddingSum[i] += a.embedding()[i];
      }
      embedded++;
    }
  }

  /** Takes an article back out (its centroid share is subtracted; first/last are kept). */
  void remove(ArticleFeatures a) {
    articleIds.remove(a.id());
    timeline.removeIf(e -> e.articleId().equals(a.id()));
    a.lead()
        .ifPresent(
            lead -> {
              led--;
              leads.computeIfPresent(lead, (k, n) -> n > 1 ? n - 1 : null);
            });
    termSum = termSum.plus(a.terms(), -1f).dropNonPositive();
    keyCount = keyCount.plus(a.keys(), -1f).dropNonPositive();
    if (a.embedding().length > 0 && embeddingSum != null) {
      for (int i = 0; i < embeddingSum.length; i++) {
        embeddingSum[i] -= a.embedding()[i];
      }
      embedded--;
    }
  }

  void absorb(StoryState other, TermDictionary terms, TermDictionary keys) {
    articleIds.addAll(other.articleIds);
    outlets.addAll(other.outlets);
    other.leads.forEach((lead, n) -> leads.merge(lead, n, Integer::sum));
    led += other.led;
    timeline.addAll(other.timeline);
    if (other.first != null) {
      widen(other.first);
      widen(other.last);
    }
    termSum = termSum.plus(other.termSum, 1f).prune(MAX_TERMS, terms::idf);
    keyCount = keyCount.plus(other.keyCount, 1f).prune(MAX_KEYS, keys::idf);
    if (other.embeddingSum != null) {
      if (embeddingSum == null) {
        embeddingSum = new float[other.embeddingSum.length];
      }
      for (int i = 0; i < embeddingSum.length; i++) {
        embeddingSum[i] += other.embeddingSum[i];
      }
      embedded += other.embedded;
    }
  }

  private void addLead(String lead) {
    leads.merge(lead, 1, Integer::sum);
    led++;
  }

  private void widen(Instant t) {
    if (first == null || t.isBefore(first)) {
      first = t;
    }
    if (last == null || t.isAfter(last)) {
      last = t;
    }
  }

  Story snapshot(TermDictionary terms, TermDictionary keys) {
    List<Story.TimelineEntry> ordered = new ArrayList<>(timeline);
    // Stable sort: undated entries keep arrival order after the dated ones.
    ordered.sort(
        Comparator.comparing((Story.TimelineEntry e) -> e.published().orElse(Instant.MAX)));
    return new Story(
        id,
        articleIds,
        new ArrayList<>(outlets),
        Optional.ofNullable(first),
        Optional.ofNullable(last),
        top(termSum, terms, 10, 0),
        top(keyCount, keys, 10, size() > 1 ? 2 : 1),
        ordered);
  }

  private static List<String> top(SparseVector v, TermDictionary dict, int n, int minCount) {
    Integer[] order = new Integer[v.size()];
    double[] w = new double[v.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      w[i] = v.value(i) * dict.idf(v.id(i));
    }
    Arrays.sort(order, (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : Integer.compare(a, b));
    List<String> out = new ArrayList<>();
    for (Integer i : order) {
      if (out.size() == n) {
        break;
      }
      if (v.value(i) >= minCount) {
        out.add(dict.string(v.id(i)));
      }
    }
    return out;
  }
}
