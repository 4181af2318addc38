package dev.lede.poll;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a source said about when to come back.
 *
 * @param ttl RSS {@code <ttl>} (minutes in the feed)
 * @param skipHours RSS {@code <skipHours>}: hours of the day (0-23, UTC) not to poll
 * @param maxAge {@code Cache-Control: max-age} of the response
 * @param retryAfter {@code Retry-After} of a refused or failed response
 */
public record Signals(
    Optional<Duration> ttl,
    Set<Integer> skipHours,
    Optional<Duration> maxAge,
    Optional<Duration> retryAfter) {

  public static final Signals NONE =
      new Signals(Optional.empty(), Set.of(), Optional.empty(), Optional.empty());

  public Signals {
    Objects.requireNonNull(ttl, "ttl");
    skipHours = Set.copyOf(skipHours);
    Objects.requireNonNull(maxAge, "maxAge");
    Objects.requireNonNull(retryAfter, "retryAfter");
    for (int h : skipHours) {
      if (h < 0 || h > 23) {
        throw new IllegalArgumentException("skip hour " + h + " is not in 0-23");
      }
    }
  }

  /** These signals with the feed's own ({@code ttl}, {@code skipHours}) from {@code feed}. */
  public Signals withFeed(Signals feed) {
    return new Signals(feed.ttl, feed.skipHours, maxAge, retryAfter);
  }
}
