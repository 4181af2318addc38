package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.model.WrittenStory;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.EmbeddingCache;
import dev.lede.nlp.HashingEmbedder;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.SentenceSplitter;
import dev.lede.nlp.VectorStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the offline writer's sentence vectors come from: a store, a capped model, or nowhere. */
class SentenceVectorsTest {
  private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");

  /** A store that remembers every key it was asked for. */
  private static final class RecordingStore implements VectorStore {
    final Map<String, float[]> map = new HashMap<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public Optional<float[]> get(String key) {
      asked.add(key);
      return Optional.ofNullable(map.get(key));
    }

    @Override
    public void put(String key, float[] vector) {
      map.put(key, vector);
    }
  }

  /** An embedder that counts what it embeds and refuses when told to. */
  private static final class CountingEmbedder implements Embedder {
    final HashingEmbedder inner = new HashingEmbedder();
    final List<String> embedded = new ArrayList<>();

    @Override
    public int dimension() {
      return inner.dimension();
    }

    @Override
    public float[][] embed(List<String> texts) {
      embedded.addAll(texts);
      return inner.embed(texts);
    }
  }

  private static Set<String> splitterSentences(List<WriterInput> in) {
    Set<String> out = new HashSet<>();
    for (WriterInput w : in) {
      for (Sentence s : SentenceSplitter.split(w.text())) {
        out.add(s.text());
      }
    }
    return out;
  }

  @Test
  void storedVectorsAreLookedUpByTheExactSourceSentenceAndTitleNeverByADraft() {
    List<WriterInput> in = new ArrayList<>();
    for (WriterInput w : Stories.harbor()) {
      in.add(
          new WriterInput(
              w.id(),
              Optional.of("Title of " + w.id()),
              w.text(),
              w.outlet(),
              w.url(),
              w.published()));
    }
    Set<String> keys = new HashSet<>();
    for (String s : splitterSentences(in)) {
      keys.add(EmbeddingCache.keyOf(s));
    }
    for (WriterInput w : in) {
      keys.add(EmbeddingCache.keyOf(w.title().orElseThrow()));
    }
    RecordingStore store = new RecordingStore();
    OfflineWriter.withVectors(store).write("harbor", in, List.of(), NOW);
    assertThat(store.asked).isNotEmpty();
    assertThat(keys).containsAll(store.asked);
    assertThat(store.asked).contains(EmbeddingCache.keyOf("Title of tribune-1"));
  }

  @Test
  void storedVectorsChangeTheChoiceButNeverTheGrounding() {
    RecordingStore store = new RecordingStore();
    HashingEmbedder h = new HashingEmbedder();
    List<String> sentences = new ArrayList<>(splitterSentences(Stories.harbor()));
    sentences.sort(null);
    float[][] vs = h.embed(sentences);
    for (int i = 0; i < vs.length; i++) {
      store.put(EmbeddingCache.keyOf(sentences.get(i)), vs[i]);
    }
    WrittenStory s =
        OfflineWriter.withVectors(store).write("harbor", Stories.harbor(), List.of(), NOW);
    GroundingChecker checker = GroundingChecker.forInputs(Stories.harbor());
    assertThat(StructureLimits.sentences(s)).isNotEmpty().allMatch(checker::supports);
    assertThat(StructureLimits.violations(s, 3)).isEmpty();
  }

  @Test
  void anEmptyStoreWritesWhatTheLexicalWriterWrites() {
    WrittenStory stored =
        OfflineWriter.withVectors(new RecordingStore())
            .write("harbor", Stories.harbor(), Stories.harborBackground(), NOW);
    WrittenStory lexical =
        OfflineWriter.lexical().write("harbor", Stories.harbor(), Stories.harborBackground(), NOW);
    assertThat(stored).isEqualTo(lexical);
  }

  @Test
  void createEmbedsAtMostItsCapOfExactSourceSentencesBesidesTheOnesItWeighsPublishing() {
    CountingEmbedder e = new CountingEmbedder();
    List<WriterInput> in = new ArrayList<>(Stories.harbor());
    in.addAll(Stories.harborBackground());
    WrittenStory s =
        OfflineWriter.create(e, 4)
            .write("harbor", Stories.harbor(), Stories.harborBackground(), NOW);
    // Besides the capped pool: the sentences it publishes, and those it weighed and left out.
    int considered = StructureLimits.sentences(s).size() * 2;
    assertThat(e.embedded).hasSizeBetween(1, 4 + considered).doesNotHaveDuplicates();
    assertThat(splitterSentences(in)).containsAll(e.embedded);
  }

  @Test
  void createTakesTheLeadsOfEveryArticleFirst() {
    CountingEmbedder e = new CountingEmbedder();
    OfflineWriter.create(e, 3).write("harbor", Stories.harbor(), List.of(), NOW);
    Set<String> articlesEmbedded = new HashSet<>();
    for (String t : e.embedded) {
      for (WriterInput w : Stories.harbor()) {
        if (w.text().contains(t)) {
          articlesEmbedded.add(w.id());
        }
      }
    }
    assertThat(articlesEmbedded).hasSize(3);
  }

  @Test
  void writingTwiceWithTheSameStoreGivesTheSameStory() {
    RecordingStore store = new RecordingStore();
    List<String> sentences = new ArrayList<>(splitterSentences(Stories.harbor()));
    float[][] vs = new HashingEmbedder().embed(sentences);
    for (int i = 0; i < vs.length; i += 2) { // half the sentences have a vector
      store.put(EmbeddingCache.keyOf(sentences.get(i)), vs[i]);
    }
    OfflineWriter w = OfflineWriter.withVectors(store);
    WrittenStory a = w.write("harbor", Stories.harbor(), List.of(), NOW);
    WrittenStory b = w.write("harbor", Stories.harbor(), List.of(), NOW);
    WrittenStory c =
        OfflineWriter.withVectors(store).write("harbor", Stories.harbor(), List.of(), NOW);
    assertThat(b).isEqualTo(a);
    assertThat(c).isEqualTo(a);
  }

  @Test
  void badArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> OfflineWriter.create(new HashingEmbedder(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTexts must be at least 1, was 0");
    assertThatThrownBy(() -> OfflineWriter.withVectors(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("stored");
    assertThatThrownBy(() -> OfflineWriter.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("embedder");
  }
}
