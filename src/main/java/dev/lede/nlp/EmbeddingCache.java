package dev.lede.nlp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory cache of embeddings keyed by the SHA-256 of the text (hex), so the same sentence is
 * embedded once: a Caffeine cache bounded by size (Window TinyLFU: a text asked for often outlives
 * one seen once). The key methods let a persistent store (e.g. SQLite) load and save entries.
 * Vectors are copied in and out. Thread-safe.
 */
public final class EmbeddingCache {
  private final Cache<String, float[]> cache;

  private EmbeddingCache(int capacity) {
    // Eviction runs on the calling thread, so the bound holds without a background pool.
    this.cache =
        Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).recordStats().build();
  }

  /** A cache holding at most {@code capacity} vectors. */
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
  public Optional<float[]> getByKey(String key) {
    Objects.requireNonNull(key, "key");
    float[] v = cache.getIfPresent(key);
    return v == null ? Optional.empty() : Optional.of(v.clone());
  }

  /** Stores a vector under a {@link #keyOf} key (64 hex chars). */
  public void putByKey(String key, float[] vector) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(vector, "vector");
    if (key.length() != 64
        || !key.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException("key \"" + key + "\" is not a lower-case hex SHA-256");
    }
    cache.put(key, vector.clone());
  }

  /** The number of vectors held, after any pending eviction. */
  public int size() {
    cache.cleanUp();
    return Math.toIntExact(cache.estimatedSize());
  }

  public long hits() {
    return cache.stats().hitCount();
  }

  public long misses() {
    return cache.stats().missCount();
  }
}
