package dev.lede.web;

import dev.lede.model.Require;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Filters of a search, each optional.
 *
 * @param entity entity key the article must mention
 * @param outlet outlet name the article must come from
 * @param from earliest publication day (inclusive, UTC)
 * @param to latest publication day (inclusive, UTC)
 */
public record SearchFilters(
    Optional<String> entity,
    Optional<String> outlet,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  public SearchFilters {
    Require.nonNull("entity outlet from to", entity, outlet, from, to);
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException(
          "search dates: from " + from.get() + " is after to " + to.get());
    }
  }

  /** No filter. */
  public static SearchFilters none() {
    return new SearchFilters(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether no filter is set. */
  public boolean isEmpty() {
    return entity.isEmpty() && outlet.isEmpty() && from.isEmpty() && to.isEmpty();
  }
}
