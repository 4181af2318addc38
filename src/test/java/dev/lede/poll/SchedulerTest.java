package dev.lede.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Source;
import dev.lede.ops.EventLog;
import dev.lede.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTest {
  @TempDir Path dir;

  /** A clock that moves 1 ms each time it is read, as a real one does between two reads. */
  static final class TickingClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @Override
    public synchronized Instant instant() {
      now = now.plusMillis(1);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  static Scheduler scheduler(SqliteStore store, SourcePoller poller) {
    return new Scheduler(
        () -> store.sources().stream().map(Source::ref).toList(),
        dev.lede.store.jdbc.JdbcPollStates.of(store),
        poller,
        PollPolicy.between(Duration.ofSeconds(300), Duration.ofDays(1)),
        new TickingClock(),
        EventLog.none());
  }

  @Test
  void newSourcesAreDueAtOnceEvenThoughTheClockMovesDuringTheRound() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.addSource(new Source("https://a.example/feed", Instant.EPOCH));
      store.addSource(new Source("https://b.example/feed", Instant.EPOCH));
      List<String> polled = new ArrayList<>();
      SourcePoller poller =
          () ->
              new SourcePoller.Round() {
                @Override
                public PollResult poll(String ref) {
                  polled.add(ref);
                  return new PollResult(PollResult.Outcome.OK, 0, Optional.empty(), Signals.NONE);
                }

                @Override
                public void close() {}
              };
      Scheduler s = scheduler(store, poller);

      assertThat(s.runDue()).isEqualTo(2);
      assertThat(polled).containsExactly("https://a.example/feed", "https://b.example/feed");
      assertThat(s.runDue()).as("not due again for 300 s").isZero();
      assertThat(s.untilNextDue()).isPositive();
    }
  }

  @Test
  void aRoundOfEverySourceIsAskedForOnceAndRefusedWhileItWaitsOrRuns() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.addSource(new Source("https://a.example/feed", Instant.EPOCH));
      List<Boolean> askedDuringThePoll = new ArrayList<>();
      Scheduler[] self = new Scheduler[1];
      boolean[] asking = {false};
      SourcePoller poller =
          () ->
              new SourcePoller.Round() {
                @Override
                public PollResult poll(String ref) {
                  if (asking[0]) {
                    askedDuringThePoll.add(self[0].pollAllNow());
                  }
                  return new PollResult(PollResult.Outcome.OK, 0, Optional.empty(), Signals.NONE);
                }

                @Override
                public void close() {}
              };
      Scheduler s = scheduler(store, poller);
      self[0] = s;
      assertThat(s.runDue()).as("the new source's first poll").isEqualTo(1);
      assertThat(s.runDue()).as("not due again yet").isZero();

      asking[0] = true;
      assertThat(s.pollAllNow()).as("asked for").isTrue();
      assertThat(s.pollAllNow()).as("while it waits").isFalse();
      assertThat(s.runDue()).as("the forced round polls the source though it is not due").isOne();
      assertThat(askedDuringThePoll).as("while it runs").containsExactly(false);
      assertThat(s.runDue()).as("one round only").isZero();
      assertThat(s.pollAllNow()).as("free again once it ended").isTrue();
    }
  }

  @Test
  void thePollerIsPreparedBeforeStartReturnsSoItsModelNeverLoadsBesideTheFirstReaders() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      List<Thread> preparedOn = new ArrayList<>();
      SourcePoller poller =
          new SourcePoller() {
            @Override
            public Round open() {
              throw new AssertionError("no source is due");
            }

            @Override
            public void prepare() {
              preparedOn.add(Thread.currentThread());
            }
          };
      try (Scheduler s = scheduler(store, poller)) {
        s.start();
        assertThat(preparedOn).containsExactly(Thread.currentThread());
      }
    }
  }
}
