package dev.lede.model;

import java.util.List;

/**
 * One published sentence with the source spans that support it. A sentence with no support is never
 * published.
 *
 * @param text the sentence as published
 * @param sources supporting spans, at least one
 */
public record WrittenSentence(String text, List<SourceSpan> sources) {
  public WrittenSentence {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("sentence has no source: " + text);
    }
  }
}
