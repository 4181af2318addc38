package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link VectorIndex} does, whatever engine stands behind it (Lucene HNSW in-process, an
 * OpenSearch k-NN index): each adapter's test extends this with a way to open a new, empty index.
 */
public abstract class VectorIndexContract {
  /** A new, empty index (closed by the test). */
  protected abstract VectorIndex newIndex() throws Exception;

  @Test
  void nearestReturnsStoriesByCosineBestFirstAndLeavesOutExcludedIds() throws Exception {
    try (VectorIndex v = newIndex()) {
      v.put("s-quake", new float[] {1, 0, 0});
      v.put("s-tremor", new float[] {0.9f, 0.1f, 0});
      v.put("s-library", new float[] {0, 0, 1});
      v.commit();

      List<VectorIndex.Neighbour> near = v.nearest(new float[] {2, 0, 0}, 3, Set.of("s-quake"));

      assertThat(near)
          .extracting(VectorIndex.Neighbour::storyId)
          .containsExactly("s-tremor", "s-library");
      assertThat(near.get(0).cosine()).isCloseTo(0.9 / Math.sqrt(0.82), within(1e-5));
      assertThat(near.get(1).cosine()).isCloseTo(0.0, within(1e-5));
    }
  }

  @Test
  void putNormalisesAndReplacesAndRemoveForgets() throws Exception {
    try (VectorIndex v = newIndex()) {
      v.put("s-1", new float[] {3, 4});
      v.commit();
      assertThat(v.vectorOf("s-1"))
          .hasValueSatisfying(x -> assertThat(x).containsExactly(0.6f, 0.8f));

      v.put("s-1", new float[] {0, 5});
      v.put("s-2", new float[] {1, 0});
      v.commit();
      assertThat(v.count()).isEqualTo(2);
      assertThat(v.vectorOf("s-1")).hasValueSatisfying(x -> assertThat(x).containsExactly(0f, 1f));

      v.remove("s-1");
      v.commit();
      assertThat(v.count()).isEqualTo(1);
      assertThat(v.vectorOf("s-1")).isEmpty();
    }
  }

  @Test
  void articleCountsTellWhichStoriesChangedSinceTheirVectorWasPut() throws Exception {
    try (VectorIndex v = newIndex()) {
      v.put("s-1", new float[] {1, 0}, 3);
      v.put("s-2", new float[] {0, 1});
      v.commit();
      assertThat(v.articleCounts()).containsExactlyInAnyOrderEntriesOf(Map.of("s-1", 3, "s-2", 0));

      v.put("s-1", new float[] {1, 1}, 4);
      v.remove("s-2");
      v.commit();
      assertThat(v.articleCounts()).containsExactlyInAnyOrderEntriesOf(Map.of("s-1", 4));
      assertThatThrownBy(() -> v.put("s-3", new float[] {1}, -1))
          .hasMessage("story s-3: article count must not be negative, was -1");
    }
  }

  @Test
  void changesBecomeVisibleAtCommitAndClearEmptiesTheIndex() throws Exception {
    try (VectorIndex v = newIndex()) {
      assertThat(v.count()).isZero();
      assertThat(v.nearest(new float[] {1, 0}, 3, Set.of())).isEmpty();
      v.put("s-1", new float[] {1, 0}, 1);
      v.put("s-2", new float[] {0, 1}, 2);
      assertThat(v.count()).isZero();
      v.commit();
      assertThat(v.count()).isEqualTo(2);

      v.clear();
      v.put("s-3", new float[] {1, 1}, 3);
      assertThat(v.count()).isEqualTo(2);
      v.commit();
      assertThat(v.articleCounts()).containsExactlyInAnyOrderEntriesOf(Map.of("s-3", 3));
      assertThat(v.nearest(new float[] {1, 0}, 3, Set.of()))
          .extracting(VectorIndex.Neighbour::storyId)
          .containsExactly("s-3");
    }
  }

  @Test
  void badVectorsAreRejectedWithTheStoryAndTheProblem() throws Exception {
    try (VectorIndex v = newIndex()) {
      assertThatThrownBy(() -> v.put("s-1", new float[] {0, 0}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("story s-1: vector is zero: it has no direction");
      assertThatThrownBy(() -> v.put("s-2", new float[] {1, Float.NaN}))
          .hasMessage("story s-2: vector has a non-finite value at 1: NaN");
      assertThatThrownBy(() -> v.put(" ", new float[] {1})).hasMessage("story id is blank");
      assertThatThrownBy(() -> v.nearest(new float[] {1}, 0, Set.of()))
          .hasMessage("k must be at least 1, was 0");
    }
  }
}
