package dev.lede.nlp;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Durable vectors by key (the SHA-256 of the embedded text, {@link StoredEmbedder#key}), so
 * embeddings are computed once.
 */
public interface VectorStore {
  Optional<float[]> get(String key);

  void put(String key, float[] vector);

  /** The stored vectors of those {@code keys} that have one. Stores may read them in one go. */
  default Map<String, float[]> getAll(Collection<String> keys) {
    Map<String, float[]> out = new LinkedHashMap<>();
    for (String k : keys) {
      get(k).ifPresent(v -> out.put(k, v));
    }
    return out;
  }

  /** Stores every entry; stores may write them in one transaction. */
  default void putAll(Map<String, float[]> vectors) {
    vectors.forEach(this::put);
  }
}
