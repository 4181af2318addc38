package dev.lede.nlp;

import java.util.Optional;

/**
 * A name found by one of the passes, before the extractor filters and sorts them.
 *
 * @param sentenceInitial whether it starts its sentence (a lone such word needs a cue)
 * @param firstTokenLength length of its first token
 */
record NameCandidate(
    int start,
    int end,
    EntityType type,
    Optional<String> title,
    double confidence,
    boolean sentenceInitial,
    int firstTokenLength) {

  String text(String source) {
    return source.substring(start, end);
  }
}
