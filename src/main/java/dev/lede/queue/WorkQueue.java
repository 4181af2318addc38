package dev.lede.queue;

import java.io.IOException;

/**
 * The hand-over between two stages (stored articles -> story assignment): items go in in order, are
 * prepared in any order, and are committed by the next stage in submission order, one at a time.
 * {@code queue.inprocess.Pipeline} is the in-process one (a thread pool and a bounded window); a
 * log such as Kafka, partitioned so that one consumer commits in order, can stand behind the same
 * contract. Used by one thread at a time.
 *
 * @param <T> submitted item
 */
public interface WorkQueue<T> extends AutoCloseable {
  /** The serial step that commits a prepared item (story assignment). */
  @FunctionalInterface
  interface Commit<R> {
    void accept(R prepared) throws IOException;
  }

  /**
   * Hands one item over. May commit earlier items (and throw what committing or preparing them
   * threw); blocks while too many are in flight.
   *
   * @throws NullPointerException when {@code item} is null
   */
  void submit(T item) throws IOException;

  /** Commits everything submitted, in order; throws the first failure. */
  void finish() throws IOException;

  /** Drops what is still in flight (after a failure); committed items stay committed. */
  @Override
  void close();
}
