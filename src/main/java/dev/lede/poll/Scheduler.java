package dev.lede.poll;

import dev.lede.model.PollState;
import dev.lede.ops.EventLog;
import dev.lede.store.PollStateStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Polls every source in the sources list on its own schedule ({@link PollPolicy}), keeping each
 * source's {@link PollState} in SQLite so a restart keeps the schedule, back-off and errors.
 *
 * <p>Polls run one at a time on one thread ({@link #start()}), so no host ever gets two requests
 * from polling at once; the fetcher it polls through keeps one request per host across all other
 * work too. {@link #runDue()} does one round synchronously and is what tests drive, with a clock
 * they move. {@link #close()} lets the poll in progress finish (its articles and stories are
 * committed as by any ingest), then stops.
 */
public final class Scheduler implements AutoCloseable {
  /** Shortest wait between two rounds when a poll could not start (e.g. the folder was busy). */
  static final Duration RETRY_BUSY = Duration.ofSeconds(30);

  /** Shortest sleep of the polling thread after a round that polled nothing. */
  private static final long IDLE_MS = 250;

  private final Supplier<List<String>> sources;
  private final PollStateStore states;
  private final SourcePoller poller;
  private final PollPolicy policy;
  private final Clock clock;
  private final EventLog log;
  private final Object wake = new Object();
  private volatile boolean stopping;

  /** A poll of every source was asked for and has not finished yet. */
  private final AtomicBoolean forced = new AtomicBoolean();

  private Thread thread;
  private Instant busyUntil = Instant.MIN;

  public Scheduler(
      Supplier<List<String>> sources,
      PollStateStore states,
      SourcePoller poller,
      PollPolicy policy,
      Clock clock,
      EventLog log) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.states = Objects.requireNonNull(states, "states");
    this.poller = Objects.requireNonNull(poller, "poller");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.log = Objects.requireNonNull(log, "log");
  }

  public PollPolicy policy() {
    return policy;
  }

  /** The schedule of every listed source, due first (new sources are due now). */
  public List<PollState> schedule() {
    return schedule(clock.instant());
  }

  private List<PollState> schedule(Instant now) {
    Map<String, PollState> known = states.all();
    List<PollState> out = new ArrayList<>();
    for (String ref : sources.get()) {
      out.add(known.getOrDefault(ref, PollState.fresh(ref, now)));
    }
    out.sort(Comparator.comparing(PollState::nextPoll).thenComparing(PollState::ref));
    return out;
  }

  /**
   * Polls every unpaused source that is due (all of them after {@link #pollAllNow()}), in order of
   * due time; returns how many were polled. Stops between sources once {@link #close()} began.
   */
  public int runDue() {
    Instant now = clock.instant();
    boolean all = forced.get();
    try {
      return runDue(now, all);
    } finally {
      if (all) {
        forced.set(false); // the forced round is over: a new one may be asked for
      }
    }
  }

  private int runDue(Instant now, boolean all) {
    List<PollState> due =
        schedule(now).stream()
            .filter(s -> !s.paused() && (all || !s.nextPoll().isAfter(now)))
            .toList();
    if (due.isEmpty()) {
      return 0;
    }
    int polled = 0;
    try (SourcePoller.Round round = poller.open()) {
      for (PollState s : due) {
        if (stopping) {
          break;
        }
        pollOne(round, s);
        polled++;
      }
    } catch (IOException | RuntimeException e) {
      busyUntil = clock.instant().plus(RETRY_BUSY);
      log.warn("poll_round_failed", "error", String.valueOf(e.getMessage()), "polled", polled);
    }
    return polled;
  }

  private void pollOne(SourcePoller.Round round, PollState prev) {
    String ref = prev.ref();
    PollResult r;
    try {
      r = round.poll(ref);
    } catch (RuntimeException e) {
      r = PollResult.failed(ref + ": " + e, Signals.NONE);
    }
    Instant after = clock.instant();
    // Re-read: an operator may have paused it meanwhile.
    PollState current = states.get(ref).orElse(prev);
    PollState next = policy.next(current, r, after);
    if (!sources.get().contains(ref)) {
      return; // removed while it was polled: keep no state for it
    }
    states.put(next);
    Object[] fields = {
      "ref", ref,
      "status", r.outcome().label(),
      "new", r.newArticles(),
      "errors", next.errors(),
      "next_poll", next.nextPoll().toString()
    };
    if (r.outcome() == PollResult.Outcome.FAILED) {
      List<Object> f = new ArrayList<>(List.of(fields));
      f.add("error");
      f.add(r.error().orElse(""));
      log.warn("poll", f.toArray());
    } else {
      log.info("poll", fields);
    }
  }

  /** Pauses or resumes a source; false when it is not in the sources list. */
  public boolean setPaused(String ref, boolean paused) {
    if (!sources.get().contains(ref)) {
      return false;
    }
    Instant now = clock.instant();
    PollState s = states.get(ref).orElse(PollState.fresh(ref, now)).withPaused(paused);
    if (!paused && s.nextPoll().isBefore(now)) {
      s = s.withNextPoll(now);
    }
    states.put(s);
    wake();
    return true;
  }

  /** Forgets the schedule of a source removed from the list. */
  public void forget(String ref) {
    states.remove(ref);
  }

  /**
   * Makes the next round poll every unpaused source, due or not, and starts it soon; it runs on the
   * polling thread like every poll, so never beside another ingest of this scheduler.
   *
   * @return false, asking nothing, while an earlier such round waits or runs
   */
  public boolean pollAllNow() {
    if (!forced.compareAndSet(false, true)) {
      return false;
    }
    wake();
    return true;
  }

  /** Wakes the polling thread to look at the schedule again (e.g. a source was added). */
  public void wake() {
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  /**
   * Prepares the poller (loads its model) on the caller's thread, then polls on a background thread
   * until {@link #close()}.
   */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    // On the caller's thread, before `lede serve` announces the site: loading the model beside the
    // first readers' requests made them wait (bench/web's first 1,000 after start).
    try {
      poller.prepare();
    } catch (RuntimeException e) {
      log.warn("poll_prepare_failed", "error", String.valueOf(e));
    }
    thread = new Thread(this::loop, "lede-poll");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    log.info(
        "poll_started",
        "poll_min_s",
        policy.min().toSeconds(),
        "poll_max_s",
        policy.max().toSeconds());
    while (!stopping) {
      int polled = 0;
      try {
        if (!clock.instant().isBefore(busyUntil)) {
          polled = runDue();
        }
      } catch (RuntimeException e) {
        log.error("poll_loop", "error", String.valueOf(e));
      }
      long waitMs = untilNextDue().toMillis();
      if (polled == 0 && waitMs < IDLE_MS) {
        waitMs = IDLE_MS; // nothing was due after all: never spin
      }
      synchronized (wake) {
        if (stopping || (forced.get() && !clock.instant().isBefore(busyUntil))) {
          continue; // a forced round waits out a busy folder like any other
        }
        try {
          if (waitMs > 0) {
            wake.wait(waitMs);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Time until the earliest unpaused source is due (at most a minute, to see list changes). */
  Duration untilNextDue() {
    Instant now = clock.instant();
    Optional<Instant> next =
        schedule(now).stream().filter(s -> !s.paused()).map(PollState::nextPoll).findFirst();
    Instant at = next.orElse(now.plus(Duration.ofMinutes(1)));
    if (at.isBefore(busyUntil)) {
      at = busyUntil;
    }
    Duration d = Duration.between(now, at);
    Duration cap = Duration.ofMinutes(1);
    return d.isNegative() ? Duration.ZERO : d.compareTo(cap) > 0 ? cap : d;
  }

  /** Stops: the poll in progress finishes and is committed; no new one starts. */
  @Override
  public void close() {
    stopping = true;
    wake();
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
