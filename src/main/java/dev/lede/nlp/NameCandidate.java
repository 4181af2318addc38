package dev.lede.nlp;

import java.util.Optional;

/** A name found by one of the passes, before the extractor filters and sorts them. */
final class NameCandidate {
  final int start;
  final int end;
  final EntityType type;
  final Optional<String> title;
  final double confidence;
  final boolean sentenceInitial;
  final int firstTokenLength;

  NameCandidate(
      int start,
      int end,
      EntityType type,
      Optional<String> title,
      double confidence,
      boolean sentenceInitial,
      int firstTokenLength) {
    this.start = start;
    this.end = end;
    this.type = type;
    this.title = title;
    this.confidence = confidence;
    this.sentenceInitial = sentenceInitial;
    this.firstTokenLength = firstTokenLength;
  }

  String text(String source) {
    return source.substring(start, end);
  }
}
