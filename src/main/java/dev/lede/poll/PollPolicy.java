package dev.lede.poll;

import dev.lede.model.PollState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When to poll a source next, from what its last poll said. Pure: no clock, no I/O.
 *
 * <ul>
 *   <li>Success: the longest of what the source asks ({@code ttl}, {@code Cache-Control: max-age})
 *       and half its observed update gap (a moving average of the time between polls that found new
 *       articles, growing while it stays quiet), never below {@code min} nor above {@code max}. A
 *       source not yet seen updating is polled every {@code min}.
 *   <li>Failure: {@code min} doubled per failure in a row ({@code min}, 2{@code min}, 4{@code
 *       min}...), at least {@code Retry-After}, at most {@code max}; the error is kept.
 *   <li>{@code skipHours}: a poll falling in a skipped UTC hour moves to the next hour not skipped.
 * </ul>
 */
public final class PollPolicy {
  private final Duration min;
  private final Duration max;

  private PollPolicy(Duration min, Duration max) {
    this.min = min;
    this.max = max;
  }

  /** Intervals between {@code min} and {@code max}; {@code min} must be at least 1 s. */
  public static PollPolicy between(Duration min, Duration max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("poll-min " + min.toSeconds() + " s is below 1 s");
    }
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException(
          "poll-max " + max.toSeconds() + " s is below poll-min " + min.toSeconds() + " s");
    }
    return new PollPolicy(min, max);
  }

  public Duration min() {
    return min;
  }

  public Duration max() {
    return max;
  }

  /** The state after {@code result}, polled at {@code now}. */
  public PollState next(PollState prev, PollResult result, Instant now) {
    Signals sig = result.signals();
    if (result.outcome() == PollResult.Outcome.FAILED) {
      int errors = prev.errors() + 1;
      Duration wait = clamp(longest(backoff(errors), retryAfter(sig)));
      return new PollState(
          prev.ref(),
          skip(now.plus(wait), sig),
          Optional.of(now),
          result.outcome().label(),
          result.error(),
          errors,
          prev.paused(),
          prev.updateGap(),
          prev.lastNewAt(),
          0);
    }
    Optional<Duration> gap = prev.updateGap();
    Optional<Instant> lastNewAt = prev.lastNewAt();
    if (result.newArticles() > 0) {
      if (lastNewAt.isPresent()) {
        Duration seen = Duration.between(lastNewAt.get(), now);
        gap = Optional.of(gap.map(g -> g.plus(seen).dividedBy(2)).orElse(seen));
      }
      lastNewAt = Optional.of(now);
    }
    Duration wait = min;
    if (gap.isPresent()) {
      Duration expected = gap.get();
      // Quiet for longer than usual: the source slowed down, so poll it less often.
      Duration quiet = lastNewAt.map(t -> Duration.between(t, now)).orElse(Duration.ZERO);
      wait = longest(wait, (quiet.compareTo(expected) > 0 ? quiet : expected).dividedBy(2));
    }
    wait = longest(wait, sig.ttl().orElse(Duration.ZERO));
    wait = longest(wait, sig.maxAge().orElse(Duration.ZERO));
    wait = longest(wait, retryAfter(sig));
    return new PollState(
        prev.ref(),
        skip(now.plus(clamp(wait)), sig),
        Optional.of(now),
        result.outcome().label(),
        result.error().filter(e -> !e.isBlank()),
        0,
        prev.paused(),
        gap,
        lastNewAt,
        result.newArticles());
  }

  /** The wait after {@code errors} failures in a row: min, 2 min, 4 min... up to max. */
  public Duration backoff(int errors) {
    int doublings = Math.min(Math.max(errors - 1, 0), 40);
    Duration d = min;
    for (int i = 0; i < doublings && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return clamp(d);
  }

  private static Duration retryAfter(Signals s) {
    return s.retryAfter().orElse(Duration.ZERO);
  }

  private Duration clamp(Duration d) {
    return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
  }

  private static Duration longest(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** {@code at}, or the start of the first following UTC hour the feed does not skip. */
  static Instant skip(Instant at, Signals s) {
    if (s.skipHours().isEmpty() || s.skipHours().size() >= 24) {
      return at;
    }
    ZonedDateTime t = at.atZone(ZoneOffset.UTC);
    if (!s.skipHours().contains(t.getHour())) {
      return at;
    }
    ZonedDateTime h = t.truncatedTo(ChronoUnit.HOURS);
    while (s.skipHours().contains(h.getHour())) {
      h = h.plusHours(1);
    }
    return h.toInstant();
  }
}
