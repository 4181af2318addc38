package dev.lede.web;

import java.time.Instant;
import java.util.Objects;

/**
 * One source article on the coverage chart.
 *
 * @param article article id
 * @param outlet outlet name
 * @param at publication time (or fetch time when unknown)
 */
public record CoveragePoint(String article, String outlet, Instant at) {
  public CoveragePoint {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(at, "at");
  }
}
