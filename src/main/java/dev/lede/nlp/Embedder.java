package dev.lede.nlp;

import java.util.List;

/** Turns texts into dense vectors for similarity search and clustering. */
@FunctionalInterface
public interface Embedder {
  /**
   * One L2-normalised vector per text, in the same order. Implementations reject blank texts with
   * an {@link IllegalArgumentException} naming the index.
   */
  float[][] embed(List<String> texts);
}
