package dev.lede.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An outlet the site reads.
 *
 * @param outlet outlet name
 * @param refs the feeds, pages or files it is read from
 * @param articles number of stored articles from it
 * @param latest newest article's publication time
 */
public record SourceInfo(
    String outlet, List<String> refs, long articles, Optional<Instant> latest) {
  public SourceInfo {
    Objects.requireNonNull(outlet, "outlet");
    refs = List.copyOf(refs);
    Objects.requireNonNull(latest, "latest");
  }
}
