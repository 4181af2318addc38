package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lede.testing.Slow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@Slow
class EmbeddingTest {
  private static MiniLmEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = MiniLmEmbedder.create(2);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void vectorsAreNormalisedAndSimilarTextsAreCloser() {
    float[][] v =
        embedder.embed(
            List.of(
                "General Motors files for bankruptcy protection.",
                "GM seeks Chapter 11 bankruptcy.",
                "Apple unveils a new iPhone with a retina display."));
    assertThat(v).hasNumberOfRows(3);
    for (float[] x : v) {
      assertThat(x).hasSize(MiniLmEmbedder.DIMENSION);
      assertThat(dot(x, x)).isCloseTo(1.0, within(1e-4));
    }
    assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]) + 0.2);
    assertThat(MiniLmEmbedder.modelLoadTime()).isPresent();
  }

  @Test
  void batchedAndSingleEmbeddingsAgree() {
    List<String> texts = List.of("Seoul is the capital of South Korea.", "Stocks fell sharply.");
    float[][] batch = embedder.embed(texts);
    float[][] one = embedder.embed(List.of(texts.get(1)));
    assertThat(dot(batch[1], one[0])).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void aBlankTextEmbedsAsTheZeroVectorWithoutTheModelAndANullTextIsRejectedWithItsIndex() {
    long before = MiniLmEmbedder.textsEmbedded();
    float[][] v = embedder.embed(List.of("fine", " ", ""));
    assertThat(MiniLmEmbedder.textsEmbedded() - before).isEqualTo(1);
    assertThat(dot(v[0], v[0])).isCloseTo(1.0, within(1e-4));
    assertThat(v[1]).hasSize(MiniLmEmbedder.DIMENSION).containsOnly(0f);
    assertThat(v[2]).hasSize(MiniLmEmbedder.DIMENSION).containsOnly(0f);
    assertThatThrownBy(() -> embedder.embed(java.util.Arrays.asList("fine", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("texts[1] is null");
    assertThat(embedder.embed(List.of())).isEmpty();
  }

  @Test
  void everyEmbedderTreatsBlankTextsAlikeAndNeverHandsThemOn() {
    List<String> seen = new ArrayList<>();
    Embedder counting =
        Embedder.of(
            2,
            texts -> {
              seen.addAll(texts);
              float[][] out = new float[texts.size()][];
              for (int i = 0; i < out.length; i++) {
                out[i] = new float[] {1, texts.get(i).length()};
              }
              return out;
            });
    java.util.Map<String, float[]> memory = new java.util.HashMap<>();
    VectorStore store = inMemory(memory);
    List<Embedder> all =
        List.of(
            counting,
            new CachingEmbedder(counting, EmbeddingCache.create(4)),
            StoredEmbedder.of(counting, store),
            new HashingEmbedder());
    for (Embedder e : all) {
      float[][] v = e.embed(List.of("  ", "words here", "\n"));
      assertThat(v[0]).as(e.getClass().getSimpleName()).hasSize(e.dimension()).containsOnly(0f);
      assertThat(v[2]).as(e.getClass().getSimpleName()).hasSize(e.dimension()).containsOnly(0f);
      assertThat(v[1]).hasSize(e.dimension()).isNotEqualTo(new float[e.dimension()]);
      assertThatThrownBy(() -> e.embed(java.util.Arrays.asList("x", "y", null)))
          .as(e.getClass().getSimpleName())
          .hasMessage("texts[2] is null");
    }
    assertThat(seen).containsOnly("words here");
    assertThat(memory).hasSize(1);
    float[][] none = Embedder.none().embed(List.of("a", " "));
    assertThat(none).hasNumberOfRows(2);
    assertThat(none[0]).isEmpty();
    assertThat(none[1]).isEmpty();
  }

  @Test
  void anEmbedderGivingTheWrongNumberOrLengthOfVectorsIsCaught() {
    assertThatThrownBy(() -> Embedder.of(3, texts -> new float[0][]).embed(List.of("a")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("embedder returned 0 vectors for 1 texts");
    assertThatThrownBy(() -> Embedder.of(3, texts -> new float[][] {{1}}).embed(List.of("a")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("embedder returned a vector of 1 floats for a text, expected 3");
  }

  @Test
  void threadCountMustBePositive() {
    assertThatThrownBy(() -> MiniLmEmbedder.create(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1, was 0");
  }

  @Test
  void cacheHoldsNoMoreVectorsThanItsCapacityHoweverManyArePut() {
    EmbeddingCache cache = EmbeddingCache.create(100);
    for (int i = 0; i < 5_000; i++) {
      cache.put("sentence " + i, new float[] {i});
    }
    assertThat(cache.size()).isBetween(1, 100);
    int kept = 0;
    for (int i = 0; i < 5_000; i++) {
      kept += cache.get("sentence " + i).map(v -> 1).orElse(0);
    }
    assertThat(kept).isEqualTo(cache.size());
    assertThat(cache.hits()).isEqualTo(kept);
    assertThat(cache.misses()).isEqualTo(5_000 - kept);
  }

  @Test
  void cacheIsKeyedBySha256OfTheText() {
    EmbeddingCache cache = EmbeddingCache.create(2);
    cache.put("abc", new float[] {7});
    assertThat(EmbeddingCache.keyOf("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(cache.getByKey(EmbeddingCache.keyOf("abc")).orElseThrow()).containsExactly(7f);
  }

  @Test
  void cacheCopiesVectorsInAndOut() {
    EmbeddingCache cache = EmbeddingCache.create(4);
    float[] v = {1, 2};
    cache.put("x", v);
    v[0] = 99;
    float[] out = cache.get("x").orElseThrow();
    out[1] = 99;
    assertThat(cache.get("x").orElseThrow()).containsExactly(1f, 2f);
  }

  @Test
  void cacheRejectsMalformedKeys() {
    assertThatThrownBy(() -> EmbeddingCache.create(1).putByKey("XYZ", new float[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key \"XYZ\" is not a lower-case hex SHA-256");
    assertThatThrownBy(() -> EmbeddingCache.create(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be at least 1, was 0");
  }

  @Test
  void cachingEmbedderAsksOnlyForMissesAndDeduplicates() {
    List<List<String>> calls = new ArrayList<>();
    Embedder fake =
        Embedder.of(
            1,
            texts -> {
              calls.add(List.copyOf(texts));
              float[][] out = new float[texts.size()][];
              for (int i = 0; i < out.length; i++) {
                out[i] = new float[] {texts.get(i).length()};
              }
              return out;
            });
    CachingEmbedder caching = new CachingEmbedder(fake, EmbeddingCache.create(10));
    float[][] first = caching.embed(List.of("aa", "bbb", "aa"));
    float[][] second = caching.embed(List.of("bbb", "c"));
    assertThat(first[0]).containsExactly(2f);
    assertThat(first[2]).containsExactly(2f);
    assertThat(second[0]).containsExactly(3f);
    assertThat(second[1]).containsExactly(1f);
    assertThat(calls).containsExactly(List.of("aa", "bbb"), List.of("c"));
  }

  @Test
  void embeddingTextIsTitlePlusKeySentencesInOrder() {
    String text =
        "General Motors filed for bankruptcy on June 1, 2009. The company employs 91,000 people"
            + " in the U.S. alone. Some said nothing. It was a sunny day in Detroit, as it often"
            + " is. President Barack Obama said the government would take a 60% stake.";
    Analysis a = Nlp.analyze("GM files for bankruptcy", text, Optional.empty());
    List<Sentence> key = EmbeddingText.keySentences(a, 2);
    assertThat(key).hasSize(2);
    assertThat(key.get(0).start()).isLessThan(key.get(1).start());
    assertThat(key.get(0).text()).startsWith("General Motors filed");
    String input = EmbeddingText.of("GM files for bankruptcy", a, 2);
    assertThat(input).startsWith("GM files for bankruptcy\nGeneral Motors filed");
    assertThat(input).doesNotContain("Some said nothing");
    assertThat(input.length()).isLessThanOrEqualTo(EmbeddingText.MAX_CHARS);
  }

  @Test
  void ingestTextsAreTheArticleTextTheTitleAndTheKeySentencesEachOnce() {
    String text =
        "General Motors filed for bankruptcy on June 1, 2009. The company employs 91,000 people"
            + " in the U.S. alone. Some said nothing. It was a sunny day in Detroit, as it often"
            + " is. President Barack Obama said the government would take a 60% stake.";
    Analysis a = Nlp.analyze("GM files for bankruptcy", text, Optional.empty());
    List<String> texts = EmbeddingText.ingestTexts("GM files for bankruptcy", a);
    List<String> expected = new ArrayList<>();
    expected.add(EmbeddingText.of("GM files for bankruptcy", a));
    expected.add("GM files for bankruptcy");
    for (Sentence s : EmbeddingText.keySentences(a, EmbeddingText.WRITER_SENTENCES)) {
      expected.add(s.text());
    }
    assertThat(texts).isEqualTo(expected).doesNotHaveDuplicates().hasSize(7);
    assertThat(text).contains(texts.subList(2, 7));

    Analysis untitled = Nlp.analyze("", "Only this.", Optional.empty());
    assertThat(EmbeddingText.ingestTexts("", untitled)).containsExactly("Only this.");
  }

  @Test
  void headIsTitleNewlineAndTheStartOfTheText() {
    assertThat(EmbeddingText.head("Title", "Body.")).isEqualTo("Title\nBody.");
    assertThat(EmbeddingText.head(" ", "Body.")).isEqualTo("Body.");
    assertThat(EmbeddingText.head("T", "x".repeat(5000))).hasSize(EmbeddingText.HEAD_CHARS);
  }

  @Test
  void storedEmbedderKeyIsTheSha256OfTheExactTextAndEachDistinctTextIsEmbeddedOnce() {
    assertThat(StoredEmbedder.key("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(StoredEmbedder.key("abc ")).isNotEqualTo(StoredEmbedder.key("abc"));
    List<List<String>> calls = new ArrayList<>();
    java.util.Map<String, float[]> store = new java.util.HashMap<>();
    VectorStore memory = inMemory(store);
    Embedder fake =
        Embedder.of(
            1,
            texts -> {
              calls.add(List.copyOf(texts));
              float[][] out = new float[texts.size()][];
              for (int i = 0; i < out.length; i++) {
                out[i] = new float[] {texts.get(i).length()};
              }
              return out;
            });
    StoredEmbedder e = StoredEmbedder.of(fake, memory);
    float[][] v = e.embed(List.of("aa", "bbb", "aa"));
    assertThat(v[2]).containsExactly(2f);
    e.embed(List.of("bbb", "c"));
    assertThat(calls).containsExactly(List.of("aa", "bbb"), List.of("c"));
    assertThat(store).containsKey(StoredEmbedder.key("c"));
  }

  private static VectorStore inMemory(java.util.Map<String, float[]> map) {
    return new VectorStore() {
      @Override
      public Optional<float[]> get(String key) {
        return Optional.ofNullable(map.get(key));
      }

      @Override
      public void put(String key, float[] vector) {
        map.put(key, vector);
      }
    };
  }
}
