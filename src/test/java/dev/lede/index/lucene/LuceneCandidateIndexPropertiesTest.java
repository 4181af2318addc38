package dev.lede.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.index.CandidateIndex;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The candidate search against a brute-force reference: the articles of the window (or undated)
 * sharing a query term or key, by summed query weight of what they share, ties to the earlier
 * article, whatever segments the articles fell into.
 */
class LuceneCandidateIndexPropertiesTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private record Indexed(
      String id, Optional<Instant> published, Set<String> terms, Set<String> keys) {}

  @Property(tries = 40)
  void searchReturnsTheBestSharedWeightHitsOfTheWindowInArrivalOrderOnTies(@ForAll long seed)
      throws IOException {
    Random r = new Random(seed);
    try (CandidateIndex index = LuceneCandidateIndex.inMemory(false)) {
      List<Indexed> searchable = new ArrayList<>();
      List<Indexed> pending = new ArrayList<>();
      int articles = 100 + r.nextInt(400);
      for (int i = 0; i < articles; i++) {
        Indexed a = article(r, i);
        index.addArticle(entry(a, i, "s-" + (i % 37)), a.terms());
        pending.add(a);
        if (r.nextInt(40) == 0) {
          index.refresh(); // a new segment; several of them merge as they add up
          searchable.addAll(pending);
          pending.clear();
        }
      }
      for (int q = 0; q < 20; q++) {
        Map<String, Float> terms = weights(r, "t", 60, 1 + r.nextInt(10));
        Map<String, Float> keys = weights(r, "k", 20, r.nextInt(5));
        Optional<Instant> from = Optional.empty();
        Optional<Instant> to = Optional.empty();
        if (r.nextInt(4) > 0) {
          Instant centre = T0.plusSeconds(3600L * r.nextInt(24 * 60));
          from = Optional.of(centre.minusSeconds(3600L * 24 * (1 + r.nextInt(10))));
          to = Optional.of(centre.plusSeconds(3600L * 24 * (1 + r.nextInt(10))));
        }
        int hits = 1 + r.nextInt(30);
        List<String> got =
            index.search(terms, keys, new float[0], from, to, hits, 0).stream()
                .map(CandidateIndex.Hit::article)
                .toList();
        assertThat(got)
            .as("seed %d, query %d", seed, q)
            .isEqualTo(reference(searchable, terms, keys, from, to, hits));
      }
    }
  }

  @Property(tries = 20)
  void articlesStreamBackInArrivalOrderWithEveryChangeFoundByType(@ForAll long seed)
      throws IOException {
    Random r = new Random(seed);
    try (CandidateIndex index = LuceneCandidateIndex.inMemory(false)) {
      int articles = 50 + r.nextInt(300);
      List<String> changes = new ArrayList<>();
      for (int i = 0; i < articles; i++) {
        index.addArticle(entry(article(r, i), i, "s-" + i), Set.of("t" + i));
        if (r.nextInt(10) == 0) {
          String kind = r.nextBoolean() ? CandidateIndex.MERGE : CandidateIndex.SPLIT;
          index.addChange(
              new CandidateIndex.Change(i, kind, "s-" + i, "s-" + (i + 1), List.of("a" + i)));
          changes.add(kind + " " + i);
        }
        if (r.nextInt(30) == 0) {
          index.refresh();
        }
      }
      index.refresh();
      assertThat(index.inArrivalOrder()).isTrue();
      List<Integer> seqs = new ArrayList<>();
      index.forEachArticle(a -> seqs.add(a.seq()));
      assertThat(seqs)
          .containsExactlyElementsOf(
              java.util.stream.IntStream.range(0, articles).boxed().toList());
      assertThat(index.changes())
          .extracting(c -> c.kind() + " " + c.seq())
          .containsExactlyInAnyOrderElementsOf(changes);
    }
  }

  private static List<String> reference(
      List<Indexed> docs,
      Map<String, Float> terms,
      Map<String, Float> keys,
      Optional<Instant> from,
      Optional<Instant> to,
      int hits) {
    record Scored(int arrival, String id, float score) {}
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Indexed d = docs.get(i);
      if (from.isPresent()
          && d.published().isPresent()
          && (d.published().get().isBefore(from.get()) || d.published().get().isAfter(to.get()))) {
        continue;
      }
      float s = 0;
      for (Map.Entry<String, Float> t : terms.entrySet()) {
        s += d.terms().contains(t.getKey()) ? t.getValue() : 0;
      }
      for (Map.Entry<String, Float> k : keys.entrySet()) {
        s += d.keys().contains(k.getKey()) ? k.getValue() : 0;
      }
      if (s > 0) {
        scored.add(new Scored(i, d.id(), s));
      }
    }
    scored.sort(
        Comparator.comparingDouble((Scored x) -> -x.score()).thenComparingInt(Scored::arrival));
    return scored.stream().limit(hits).map(Scored::id).toList();
  }

  private static Indexed article(Random r, int i) {
    Optional<Instant> published =
        r.nextInt(10) == 0
            ? Optional.empty()
            : Optional.of(T0.plusSeconds(3600L * (i * 2L + r.nextInt(48))));
    Set<String> terms = new LinkedHashSet<>();
    for (int n = 1 + r.nextInt(12); n > 0; n--) {
      terms.add("t" + r.nextInt(60));
    }
    Set<String> keys = new LinkedHashSet<>();
    for (int n = r.nextInt(4); n > 0; n--) {
      keys.add("k" + r.nextInt(20));
    }
    return new Indexed("a" + i, published, terms, keys);
  }

  /** Weights that are multiples of 1/64, so every sum is exact and ties are real ties. */
  private static Map<String, Float> weights(Random r, String prefix, int vocabulary, int n) {
    Map<String, Float> w = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      w.put(prefix + r.nextInt(vocabulary), (1 + r.nextInt(64)) / 64f);
    }
    return w;
  }

  private static CandidateIndex.Entry entry(Indexed a, int seq, String story) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    a.terms().forEach(t -> counts.put(t, 1));
    return new CandidateIndex.Entry(
        seq,
        a.id(),
        story,
        "title " + a.id(),
        Optional.empty(),
        a.published(),
        counts,
        List.copyOf(a.keys()),
        new float[0],
        Optional.of("LATIN"),
        new long[0],
        Optional.empty());
  }
}
