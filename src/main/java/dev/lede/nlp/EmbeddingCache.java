package dev.lede.nlp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory LRU cache of embeddings keyed by the SHA-256 of the text (hex), so the same sentence is
 * embedded once. The key methods let a persistent store (e.g. SQLite) load and save entries.
 * Vectors are copied in and out. Thread-safe.
 */
public final class EmbeddingCache {
  private final int capacity;
  private final Map<String, float[]> map;
  private long hits;
  private long misses;

  private EmbeddingCache(int capacity) {
    this.capacity = capacity;
    this.map =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > EmbeddingCache.this.capacity;
          }
        };
  }

  /** A cache holding at most {@code capacity} vectors, evicting the least recently used. */
  public static EmbeddingCache create(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    return new EmbeddingCache(capacity);
  }

  /** The cache key of {@code text}: lower-case hex SHA-256 of its UTF-8 bytes. */
  public static String keyOf(String text) {
    Objects.requireNonNull(text, "text");
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public Optional<float[]> get(String text) {
    return getByKey(keyOf(text));
  }

  public void put(String text, float[] vector) {
    putByKey(keyOf(text), vector);
  }

  /** The vector stored under a {@link #keyOf} key. */
  public synchronized Optional<float[]> getByKey(String key) {
    Objects.requireNonNull(key, "key");
    float[] v = map.get(key);
    if (v == null) {
      misses++;
      return Optional.empty();
    }
    hits++;
    return Optional.of(v.clone());
  }

  /** Stores a vector under a {@link #keyOf} key (64 hex chars). */
  public synchronized void putByKey(String key, float[] vector) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(vector, "vector");
    if (key.length() != 64
        || !key.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException("key \"" + key + "\" is not a lower-case hex SHA-256");
    }
    map.put(key, vector.clone());
  }

  public synchronized int size() {
    return map.size();
  }

  public synchronized long hits() {
    return hits;
  }

  public synchronized long misses() {
    return misses;
  }
}
