package dev.lede.queue.inprocess;

import dev.lede.queue.WorkQueue;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The in-process {@link WorkQueue}: prepares items on a pool of worker threads and commits them on
 * the caller's thread, one at a time, in the order they were submitted: the independent, costly
 * part of the work (analysis, embeddings) runs ahead in parallel while the part that must stay
 * serial and ordered (story assignment) sees exactly the sequence it would see without the pool. At
 * most {@code window} items are prepared ahead of the last commit, which bounds memory and how far
 * commits lag behind. With 0 threads everything runs on the caller's thread.
 *
 * <p>An exception thrown while preparing an item is thrown by the call that would commit it. Used
 * by one thread at a time.
 *
 * @param <T> submitted item
 * @param <R> prepared item
 */
public final class Pipeline<T, R> implements WorkQueue<T> {
  private final Function<T, R> prepare;
  private final Commit<R> commit;
  private final int window;
  private final ExecutorService pool;
  private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();

  /**
   * @param threads worker threads preparing items; 0 prepares and commits on the caller's thread
   * @param window most items prepared ahead of the last commit
   * @param prepare the independent, costly step (run on the workers)
   * @param commit the serial step (run on the caller's thread, in submission order)
   */
  public Pipeline(int threads, int window, Function<T, R> prepare, Commit<R> commit) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must not be negative, was " + threads);
    }
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, was " + window);
    }
    this.prepare = Objects.requireNonNull(prepare, "prepare");
    this.commit = Objects.requireNonNull(commit, "commit");
    this.window = window;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        threads == 0
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "lede-prepare-" + n.incrementAndGet());
                  t.setDaemon(true);
                  return t;
                });
  }

  /** Queues an item, then commits every prepared item at the head of the queue. */
  @Override
  public void submit(T item) throws IOException {
    Objects.requireNonNull(item, "item");
    if (pool == null) {
      commit.accept(prepare.apply(item));
      return;
    }
    pending.add(pool.submit(() -> prepare.apply(item)));
    while (!pending.isEmpty() && (pending.size() > window || pending.peek().isDone())) {
      commitHead();
    }
  }

  /** Commits everything submitted, waiting for what is still being prepared. */
  @Override
  public void finish() throws IOException {
    while (!pending.isEmpty()) {
      commitHead();
    }
  }

  /** Items submitted and not yet committed. */
  int pending() {
    return pending.size();
  }

  private void commitHead() throws IOException {
    Future<R> head = pending.poll();
    R prepared;
    try {
      prepared = head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a prepared item", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("preparing an item failed: " + cause, cause);
    }
    commit.accept(prepared);
  }

  /** Stops the workers; items not committed are dropped. */
  @Override
  public void close() {
    if (pool != null) {
      for (Future<R> f : pending) {
        f.cancel(true);
      }
      pending.clear();
      pool.shutdownNow();
    }
  }
}
