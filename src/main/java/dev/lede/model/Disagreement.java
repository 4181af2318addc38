package dev.lede.model;

import java.util.List;

/**
 * Sources that disagree on a number, name or date.
 *
 * @param kind {@code number}, {@code name} or {@code date}
 * @param about what the value describes, e.g. "people killed"
 * @param versions each version with the outlets that report it
 */
public record Disagreement(String kind, String about, List<Version> versions) {
  /**
   * One version of the disputed value.
   *
   * @param value the value as reported
   * @param outlets outlets reporting it
   * @param sources supporting spans
   */
  public record Version(String value, List<String> outlets, List<SourceSpan> sources) {}
}
