package dev.lede.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Embeds through a {@link VectorStore}: texts embedded before are read back, the rest are embedded
 * in one batch and stored.
 */
public final class StoredEmbedder implements Embedder {
  private final Embedder delegate;
  private final VectorStore store;

  private StoredEmbedder(Embedder delegate, VectorStore store) {
    this.delegate = delegate;
    this.store = store;
  }

  public static StoredEmbedder of(Embedder delegate, VectorStore store) {
    return new StoredEmbedder(
        Objects.requireNonNull(delegate, "delegate"), Objects.requireNonNull(store, "store"));
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<Integer> missing = new ArrayList<>();
    List<String> missingTexts = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Optional<float[]> v = store.get(EmbeddingCache.keyOf(texts.get(i)));
      if (v.isPresent()) {
        out[i] = v.get();
      } else {
        missing.add(i);
        missingTexts.add(texts.get(i));
      }
    }
    if (!missing.isEmpty()) {
      float[][] fresh = delegate.embed(missingTexts);
      for (int j = 0; j < missing.size(); j++) {
        out[missing.get(j)] = fresh[j];
        store.put(EmbeddingCache.keyOf(missingTexts.get(j)), fresh[j]);
      }
    }
    return out;
  }
}
