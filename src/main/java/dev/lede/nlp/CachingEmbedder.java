package dev.lede.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An {@link Embedder} that asks its delegate only for texts not already in the cache. */
public final class CachingEmbedder implements Embedder {
  private final Embedder delegate;
  private final EmbeddingCache cache;

  public CachingEmbedder(Embedder delegate, EmbeddingCache cache) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public float[][] embed(List<String> texts) {
    return Blanks.embed(texts, dimension(), this::embedNonBlank);
  }

  private float[][] embedNonBlank(List<String> texts) {
    float[][] out = new float[texts.size()][];
    Map<String, List<Integer>> missing = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      Optional<float[]> hit = cache.get(t);
      if (hit.isPresent()) {
        out[i] = hit.get();
      } else {
        missing.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    if (!missing.isEmpty()) {
      List<String> todo = new ArrayList<>(missing.keySet());
      float[][] fresh = delegate.embed(todo);
      if (fresh.length != todo.size()) {
        throw new IllegalStateException(
            "delegate returned " + fresh.length + " vectors for " + todo.size() + " texts");
      }
      for (int k = 0; k < todo.size(); k++) {
        cache.put(todo.get(k), fresh[k]);
        for (int i : missing.get(todo.get(k))) {
          out[i] = fresh[k].clone();
        }
      }
    }
    return out;
  }
}
