package dev.lede.nlp;

import java.util.Optional;

/** Durable vectors by key (the SHA-256 of the embedded text), so embeddings are computed once. */
public interface VectorStore {
  Optional<float[]> get(String key);

  void put(String key, float[] vector);
}
