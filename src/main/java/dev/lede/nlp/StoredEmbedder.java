package dev.lede.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Embeds through a {@link VectorStore}: texts embedded before are read back, the rest are embedded
 * in one batch (each distinct text once) and stored under {@link #key}. Thread-safe if the delegate
 * and the store are.
 *
 * <p>Anyone holding the same store can look a vector up without this class: {@code
 * store.get(StoredEmbedder.key(text))}, with {@code text} exactly as it was embedded.
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

  /**
   * The key a text's vector is stored under: lower-case hex SHA-256 of its UTF-8 bytes, the text
   * taken exactly as given (no trimming or normalisation).
   */
  public static String key(String text) {
    return EmbeddingCache.keyOf(text);
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  /** Blank texts get the zero vector and are neither embedded nor stored. */
  @Override
  public float[][] embed(List<String> texts) {
    return Blanks.embed(texts, dimension(), this::embedNonBlank);
  }

  private float[][] embedNonBlank(List<String> texts) {
    List<String> keys = new ArrayList<>(texts.size());
    for (String t : texts) {
      keys.add(key(t));
    }
    Map<String, float[]> found = new HashMap<>(store.getAll(keys));
    Map<String, String> missing = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!found.containsKey(keys.get(i))) {
        missing.putIfAbsent(keys.get(i), texts.get(i));
      }
    }
    if (!missing.isEmpty()) {
      List<String> todo = new ArrayList<>(missing.values());
      float[][] fresh = delegate.embed(todo);
      if (fresh.length != todo.size()) {
        throw new IllegalStateException(
            "embedder returned " + fresh.length + " vectors for " + todo.size() + " texts");
      }
      Map<String, float[]> computed = new LinkedHashMap<>();
      int j = 0;
      for (String k : missing.keySet()) {
        computed.put(k, fresh[j++]);
      }
      store.putAll(computed);
      found.putAll(computed);
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = found.get(keys.get(i)).clone();
    }
    return out;
  }
}
