package dev.lede.poll;

import java.io.IOException;

/** The port the {@link Scheduler} polls through (in Lede, the newsroom's ingest path). */
@FunctionalInterface
public interface SourcePoller {

  /**
   * Opens a round of polls, e.g. the data folder for writing.
   *
   * @throws IOException when polling cannot happen now (e.g. another process writes the folder);
   *     the scheduler tries again later without counting it against any source
   */
  Round open() throws IOException;

  /**
   * Called once by {@link Scheduler#start()} on its caller's thread, before the first round, e.g.
   * to load models: so nothing loads lazily while the process is shutting down (libraries that
   * register shutdown hooks then fail), nor while the site answers its first readers.
   */
  default void prepare() {}

  /** Polls made while the data folder is open; closed after the round. */
  interface Round extends AutoCloseable {
    /** Polls one source: fetch, store new articles, assign and write stories. Never throws. */
    PollResult poll(String ref);

    @Override
    void close() throws IOException;
  }
}
