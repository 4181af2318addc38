package dev.lede.model;

import java.util.List;

/**
 * Yoast-style readability and keyphrase checks of a written story.
 *
 * @param score 0-100
 * @param checks the individual checks
 */
public record SeoReport(int score, List<Check> checks) {
  /**
   * One check.
   *
   * @param name e.g. {@code keyphraseInHeadline}
   * @param rating {@code good}, {@code ok} or {@code bad}
   * @param detail what was measured, e.g. "density 1.4%"
   */
  public record Check(String name, String rating, String detail) {}
}
