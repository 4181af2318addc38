package dev.lede.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Pruning and query-term selection against reference sorts of every entry. */
class SparseVectorPropertiesTest {

  @Property(tries = 300)
  void pruneKeepsTheLargestWeightedEntriesAndTheSmallerIdsOnTies(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int max) {
    Random r = new Random(seed);
    SparseVector v = randomVector(r);
    // Few distinct weights, so ties are common.
    float[] weightOf = new float[200];
    for (int i = 0; i < weightOf.length; i++) {
      weightOf[i] = 1 + r.nextInt(3);
    }
    SparseVector pruned = v.prune(max, id -> weightOf[id]);

    Integer[] order = new Integer[v.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparingDouble((Integer i) -> -Math.abs(v.value(i)) * weightOf[v.id(i)])
            .thenComparingInt(i -> i));
    int[] expectedIds = Arrays.stream(order).limit(max).mapToInt(i -> v.id(i)).sorted().toArray();
    int[] gotIds = new int[pruned.size()];
    for (int i = 0; i < gotIds.length; i++) {
      gotIds[i] = pruned.id(i);
      int at = Arrays.binarySearch(idsOf(v), pruned.id(i));
      assertThat(pruned.value(i)).isEqualTo(v.value(at));
    }
    assertThat(gotIds).containsExactly(expectedIds);
  }

  @Property(tries = 300)
  void topIdsAreTheLargestIdfWeightedEntriesBestFirstEarlierOnTies(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 20) int n) {
    Random r = new Random(seed);
    TermDictionary dict = new TermDictionary();
    for (int i = 0; i < 200; i++) {
      dict.id("w" + i);
    }
    for (int d = 0; d < 30; d++) {
      int[] ids = r.ints(5, 0, 150).distinct().toArray(); // ids 150+ are never seen: df 0
      dict.addDocument(ids);
    }
    SparseVector v = randomVector(r);
    var got = ClusterEngine.topIds(v, dict, n);

    Integer[] order = new Integer[v.size()];
    float[] w = new float[v.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      w[i] = dict.df(v.id(i)) == 0 ? 0 : v.value(i) * dict.idf(v.id(i));
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -w[i]).thenComparingInt(i -> i));
    assertThat(got.keySet())
        .containsExactlyElementsOf(
            Arrays.stream(order).filter(i -> w[i] > 0).limit(n).map(v::id).toList());
    got.forEach((id, weight) -> assertThat(weight).isEqualTo(w[Arrays.binarySearch(idsOf(v), id)]));
  }

  private static SparseVector randomVector(Random r) {
    TreeMap<Integer, Float> entries = new TreeMap<>();
    for (int i = r.nextInt(60); i > 0; i--) {
      // Values from a small set: equal weighted values (ties) happen often.
      entries.put(r.nextInt(200), (1 + r.nextInt(4)) / 4f);
    }
    return SparseVector.of(entries);
  }

  private static int[] idsOf(SparseVector v) {
    int[] ids = new int[v.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = v.id(i);
    }
    return ids;
  }
}
