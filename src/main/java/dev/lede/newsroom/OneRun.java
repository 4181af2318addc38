package dev.lede.newsroom;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs at most one task at a time in the background and queues none behind it: {@link #start}
 * refuses while a task waits or runs, so repeated {@code POST /api/ingest} calls cannot pile up
 * ingest runs.
 */
public final class OneRun {
  private final ExecutorService executor;
  private final AtomicBoolean busy = new AtomicBoolean();

  public OneRun(ExecutorService executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** Starts {@code task} and returns true, or returns false when one is waiting or running. */
  public boolean start(Runnable task) {
    if (!busy.compareAndSet(false, true)) {
      return false;
    }
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } finally {
              busy.set(false);
            }
          });
      return true;
    } catch (RejectedExecutionException e) {
      busy.set(false);
      throw e;
    }
  }

  /** Whether a task is waiting or running. */
  public boolean busy() {
    return busy.get();
  }
}
