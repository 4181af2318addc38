package dev.lede.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.model.PollState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PollPolicyTest {
  static final Duration MIN = Duration.ofMinutes(5);
  static final Duration MAX = Duration.ofHours(24);
  final PollPolicy policy = PollPolicy.between(MIN, MAX);
  final Instant t0 = Instant.parse("2026-12-07T10:00:00Z");

  static PollResult ok(int fresh, Signals s) {
    return new PollResult(PollResult.Outcome.OK, fresh, Optional.empty(), s);
  }

  @Test
  void failuresDoubleTheWaitUpToTheMaximumAndTheErrorIsKeptUntilASuccess() {
    PollState s = PollState.fresh("f", t0);
    Duration[] expected = {MIN, MIN.multipliedBy(2), MIN.multipliedBy(4), MIN.multipliedBy(8)};
    for (Duration d : expected) {
      s = policy.next(s, PollResult.failed("status 500", Signals.NONE), t0);
      assertThat(s.nextPoll()).isEqualTo(t0.plus(d));
      assertThat(s.lastError()).contains("status 500");
    }
    assertThat(s.errors()).isEqualTo(4);
    assertThat(policy.backoff(30)).isEqualTo(MAX);
    s = policy.next(s, ok(0, Signals.NONE), t0);
    assertThat(s.errors()).isZero();
    assertThat(s.lastError()).isEmpty();
  }

  @Test
  void retryAfterTtlAndMaxAgeLengthenTheWaitButNeverPastTheMaximum() {
    PollState s = PollState.fresh("f", t0);
    Signals retry =
        new Signals(Optional.empty(), Set.of(), Optional.empty(), Optional.of(Duration.ofHours(2)));
    assertThat(policy.next(s, PollResult.failed("503", retry), t0).nextPoll())
        .isEqualTo(t0.plus(Duration.ofHours(2)));
    Signals ttl =
        new Signals(Optional.of(Duration.ofHours(3)), Set.of(), Optional.empty(), Optional.empty());
    assertThat(policy.next(s, ok(1, ttl), t0).nextPoll()).isEqualTo(t0.plus(Duration.ofHours(3)));
    Signals maxAge =
        new Signals(Optional.empty(), Set.of(), Optional.of(Duration.ofDays(9)), Optional.empty());
    assertThat(policy.next(s, ok(0, maxAge), t0).nextPoll()).isEqualTo(t0.plus(MAX));
  }

  @Test
  void theObservedUpdateRateSetsTheIntervalAndAQuietFeedIsPolledLessOften() {
    PollState s = PollState.fresh("f", t0);
    s = policy.next(s, ok(2, Signals.NONE), t0);
    Instant t1 = t0.plus(Duration.ofHours(2));
    s = policy.next(s, ok(1, Signals.NONE), t1);
    assertThat(s.updateGap()).contains(Duration.ofHours(2));
    assertThat(s.nextPoll()).as("half the gap").isEqualTo(t1.plus(Duration.ofHours(1)));
    Instant t2 = t1.plus(Duration.ofHours(6));
    s = policy.next(s, ok(0, Signals.NONE), t2);
    assertThat(s.nextPoll()).as("quiet for 6 h: wait 3 h").isEqualTo(t2.plus(Duration.ofHours(3)));
  }

  @Test
  void aPollInASkippedHourMovesToTheNextHourNotSkipped() {
    Signals skip =
        new Signals(Optional.empty(), Set.of(10, 11), Optional.empty(), Optional.empty());
    PollState s = policy.next(PollState.fresh("f", t0), ok(0, skip), t0);
    assertThat(s.nextPoll()).isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
  }

  @Test
  void badBoundsAreRefusedNamingTheOption() {
    assertThatThrownBy(() -> PollPolicy.between(Duration.ZERO, MAX))
        .hasMessageContaining("poll-min");
    assertThatThrownBy(() -> PollPolicy.between(MAX, MIN)).hasMessageContaining("poll-max");
  }
}
