package dev.lede.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.index.VectorIndex;
import dev.lede.index.VectorIndexContract;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneVectorIndexTest extends VectorIndexContract {
  @TempDir Path tmp;

  @Override
  protected VectorIndex newIndex() {
    return LuceneVectorIndex.inMemory();
  }

  @Test
  void vectorsSurviveReopeningTheDirectory() throws Exception {
    try (VectorIndex v = LuceneVectorIndex.open(tmp)) {
      v.put("s-1", new float[] {1, 1});
      v.commit();
    }
    try (VectorIndex v = LuceneVectorIndex.open(tmp)) {
      assertThat(v.count()).isEqualTo(1);
      assertThat(v.nearest(new float[] {1, 0}, 5, Set.of()))
          .extracting(VectorIndex.Neighbour::storyId)
          .containsExactly("s-1");
    }
  }

  @Test
  void meanIsTheNormalisedAverage() {
    assertThat(VectorIndex.mean(List.of(new float[] {1, 0}, new float[] {0, 1})))
        .containsExactly((float) Math.sqrt(0.5), (float) Math.sqrt(0.5));
  }

  @Test
  void meanRejectsNoVectorsAndMixedLengths() {
    assertThatThrownBy(() -> VectorIndex.mean(List.of(new float[] {1}, new float[] {1, 2})))
        .hasMessage("vector 1 has 2 dimensions, vector 0 has 1");
    assertThatThrownBy(() -> VectorIndex.mean(List.of()))
        .hasMessage("mean of no vectors: a story needs at least one");
  }
}
