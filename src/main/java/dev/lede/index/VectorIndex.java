package dev.lede.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One vector per story, searched by cosine: the kNN leg of related stories. The port a distributed
 * engine (an OpenSearch k-NN index, pgvector) can stand behind; {@code
 * dev.lede.index.lucene.LuceneVectorIndex} is the Lucene HNSW one. Vectors are L2-normalised on the
 * way in ({@link #unit}); writes are visible to reads after {@link #commit()}. Derived data:
 * whoever owns the stories can rebuild it ({@link #clear()} then {@link #put} each story).
 */
public interface VectorIndex extends AutoCloseable {
  /**
   * A story near the query.
   *
   * @param storyId the story
   * @param cosine cosine similarity to the query, in [-1, 1]
   */
  record Neighbour(String storyId, double cosine) {}

  /**
   * Adds or replaces the vector of one story, noting how many articles it was computed from, so
   * that the owner can tell which stories changed since ({@link #articleCounts()}).
   *
   * @throws IllegalArgumentException when the vector is empty, holds a non-finite value or is zero,
   *     or {@code articles} is negative
   */
  void put(String storyId, float[] vector, int articles) throws IOException;

  /** {@link #put(String, float[], int)} with no article count (0). */
  default void put(String storyId, float[] vector) throws IOException {
    put(storyId, vector, 0);
  }

  /** Removes a story (merged away or emptied). Absent ids are ignored. */
  void remove(String storyId) throws IOException;

  /** Removes every story (before a rebuild). */
  void clear() throws IOException;

  /** Makes all changes durable and visible to reads. */
  void commit() throws IOException;

  /** Number of stories with a vector, as of the last commit. */
  int count() throws IOException;

  /** Every story with a vector, mapped to the article count noted when it was put. */
  Map<String, Integer> articleCounts() throws IOException;

  /** The (normalised) vector of a story, as of the last commit. */
  Optional<float[]> vectorOf(String storyId) throws IOException;

  /**
   * The {@code k} stories nearest {@code query} by cosine (may be approximate), best first, leaving
   * out {@code exclude} (e.g. the story itself).
   *
   * @throws IllegalArgumentException when {@code k} is less than 1 or the query is zero
   */
  List<Neighbour> nearest(float[] query, int k, Set<String> exclude) throws IOException;

  @Override
  void close() throws IOException;

  /**
   * The L2-normalised mean of {@code vectors}: a story's direction in embedding space.
   *
   * @throws IllegalArgumentException when there are no vectors, their lengths differ, or they sum
   *     to zero (no direction)
   */
  static float[] mean(List<float[]> vectors) {
    Objects.requireNonNull(vectors, "vectors");
    if (vectors.isEmpty()) {
      throw new IllegalArgumentException("mean of no vectors: a story needs at least one");
    }
    int dim = vectors.get(0).length;
    double[] sum = new double[dim];
    for (int i = 0; i < vectors.size(); i++) {
      float[] v = vectors.get(i);
      if (v.length != dim) {
        throw new IllegalArgumentException(
            "vector " + i + " has " + v.length + " dimensions, vector 0 has " + dim);
      }
      for (int d = 0; d < dim; d++) {
        sum[d] += v[d];
      }
    }
    float[] out = new float[dim];
    for (int d = 0; d < dim; d++) {
      out[d] = (float) sum[d];
    }
    return unit(out);
  }

  /**
   * What {@link #put(String, float[], int)} takes, checked: a copy of {@code vector} scaled to
   * length 1.
   *
   * @throws IllegalArgumentException naming the story, when the id is blank, the vector empty,
   *     non-finite or zero, or {@code articles} negative
   */
  static float[] checkedUnit(String storyId, float[] vector, int articles) {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(vector, "vector");
    if (articles < 0) {
      throw new IllegalArgumentException(
          "story " + storyId + ": article count must not be negative, was " + articles);
    }
    if (storyId.isBlank()) {
      throw new IllegalArgumentException("story id is blank");
    }
    try {
      return unit(vector.clone());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("story " + storyId + ": " + e.getMessage(), e);
    }
  }

  /**
   * What {@link #nearest} takes, checked: a copy of {@code query} scaled to length 1.
   *
   * @throws IllegalArgumentException when {@code k} is less than 1 or the query is zero
   */
  static float[] checkedQuery(float[] query, int k, Set<String> exclude) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(exclude, "exclude");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    return unit(query.clone());
  }

  /**
   * {@code v} scaled to length 1, in place.
   *
   * @throws IllegalArgumentException when it is empty, holds a non-finite value or is zero
   */
  static float[] unit(float[] v) {
    if (v.length == 0) {
      throw new IllegalArgumentException("vector is empty");
    }
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      if (!Float.isFinite(v[i])) {
        throw new IllegalArgumentException("vector has a non-finite value at " + i + ": " + v[i]);
      }
      norm += (double) v[i] * v[i];
    }
    if (norm == 0) {
      throw new IllegalArgumentException("vector is zero: it has no direction");
    }
    double inv = 1.0 / Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (v[i] * inv);
    }
    return v;
  }
}
