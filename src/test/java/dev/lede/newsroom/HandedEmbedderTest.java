package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.nlp.Embedder;
import dev.lede.story.StoryInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandedEmbedderTest {
  final List<String> fallbackTexts = new ArrayList<>();
  final Embedder fallback =
      new Embedder() {
        @Override
        public int dimension() {
          return 3;
        }

        @Override
        public float[][] embed(List<String> texts) {
          fallbackTexts.addAll(texts);
          float[][] out = new float[texts.size()][];
          for (int i = 0; i < out.length; i++) {
            out[i] = new float[] {0, 0, texts.get(i).length()};
          }
          return out;
        }
      };

  static final StoryInput QUAKE =
      StoryInput.of("a1", "Quake hits Crete", "A magnitude 6.4 earthquake struck Crete.");

  @Test
  void theClusterersTextOfTheHandedArticleGetsTheHandedVector() {
    HandedEmbedder e = new HandedEmbedder(fallback);
    e.hand(QUAKE, Optional.of(new float[] {1, 0, 0}));
    float[][] v =
        e.embed(List.of("Quake hits Crete\nA magnitude 6.4", "Quake hits Crete\nA magnitude"));
    assertThat(v[0]).containsExactly(1, 0, 0);
    assertThat(v[1]).containsExactly(1, 0, 0);
    assertThat(fallbackTexts).isEmpty();
  }

  @Test
  void anyOtherTextIsEmbeddedByTheFallback() {
    HandedEmbedder e = new HandedEmbedder(fallback);
    e.hand(QUAKE, Optional.of(new float[] {1, 0, 0}));
    float[][] v = e.embed(List.of("Storm in Texas", "Quake hits Crete\nA magnitude"));
    assertThat(v[0]).containsExactly(0, 0, 14);
    assertThat(v[1]).containsExactly(1, 0, 0);
    assertThat(fallbackTexts).containsExactly("Storm in Texas");
  }

  @Test
  void anArticleWithoutAVectorGetsZerosAndTheVectorIsNotShared() {
    HandedEmbedder e = new HandedEmbedder(fallback);
    e.hand(QUAKE, Optional.empty());
    assertThat(e.embed(List.of("Quake hits Crete"))[0]).containsExactly(0, 0, 0);

    float[] handed = {1, 2, 3};
    e.hand(QUAKE, Optional.of(handed));
    handed[0] = 99;
    float[] out = e.embed(List.of("Quake hits Crete"))[0];
    out[1] = 99;
    assertThat(e.embed(List.of("Quake hits Crete"))[0]).containsExactly(1, 2, 3);
  }

  @Test
  void aVectorOfTheWrongLengthIsRefusedNamingTheArticle() {
    HandedEmbedder e = new HandedEmbedder(fallback);
    assertThatThrownBy(() -> e.hand(QUAKE, Optional.of(new float[] {1, 2})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article a1: vector has 2 dimensions, the clusterer expects 3");
  }
}
