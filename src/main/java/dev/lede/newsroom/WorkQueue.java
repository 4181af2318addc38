package dev.lede.newsroom;

import java.io.IOException;

/**
 * The hand-over between two stages (stored articles -> story assignment): items go in in order, are
 * prepared in any order, and are committed by the next stage in submission order. {@link Pipeline}
 * is the in-process one (a thread pool and a bounded window); a log such as Kafka, partitioned so
 * that one consumer commits in order, can stand behind the same contract.
 *
 * @param <T> submitted item
 */
public interface WorkQueue<T> extends AutoCloseable {
  /**
   * Hands one item over. May commit earlier items (and throw what committing or preparing them
   * threw); blocks while too many are in flight.
   */
  void submit(T item) throws IOException;

  /** Commits everything submitted, in order; throws the first failure. */
  void finish() throws IOException;

  /** Drops what is still in flight (after a failure); committed items stay committed. */
  @Override
  void close();
}
