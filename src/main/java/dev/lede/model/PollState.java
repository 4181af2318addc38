package dev.lede.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where one source stands in the poll schedule; kept in SQLite beside its fetch state so a restart
 * keeps the schedule, the back-off and the last error.
 *
 * @param ref the source, as in the sources list
 * @param nextPoll when it is due next
 * @param lastPoll when it was last polled
 * @param status {@code new}, {@code ok}, {@code not_modified} or {@code failed}
 * @param lastError the last failure, kept until a poll succeeds
 * @param errors failures in a row (drives the back-off)
 * @param paused true when an operator paused it: never polled until resumed
 * @param updateGap observed time between polls that found new articles (moving average)
 * @param lastNewAt when a poll last found new articles
 * @param lastNew articles the last poll stored
 */
public record PollState(
    String ref,
    Instant nextPoll,
    Optional<Instant> lastPoll,
    String status,
    Optional<String> lastError,
    int errors,
    boolean paused,
    Optional<Duration> updateGap,
    Optional<Instant> lastNewAt,
    int lastNew) {

  public PollState {
    Require.nonNull("ref nextPoll lastPoll status", ref, nextPoll, lastPoll, status);
    Require.nonNull("lastError updateGap lastNewAt", lastError, updateGap, lastNewAt);
    if (errors < 0) {
      throw new IllegalArgumentException("errors " + errors + " is negative");
    }
  }

  /** A source never polled: due at {@code now}. */
  public static PollState fresh(String ref, Instant now) {
    return new PollState(
        ref,
        now,
        Optional.empty(),
        "new",
        Optional.empty(),
        0,
        false,
        Optional.empty(),
        Optional.empty(),
        0);
  }

  public PollState withPaused(boolean p) {
    return new PollState(
        ref, nextPoll, lastPoll, status, lastError, errors, p, updateGap, lastNewAt, lastNew);
  }

  public PollState withNextPoll(Instant next) {
    return new PollState(
        ref, next, lastPoll, status, lastError, errors, paused, updateGap, lastNewAt, lastNew);
  }
}
