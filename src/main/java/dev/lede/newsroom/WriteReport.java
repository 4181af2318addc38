package dev.lede.newsroom;

import java.util.Optional;

/**
 * The story writing of one {@link Newsroom#ingest} run.
 *
 * @param written stories written or re-written (a story written twice in one run counts once)
 * @param notWritten stories still owing a write after the run wrote: their write failed, or was not
 *     tried after a storage failure (e.g. a full disk); the next run writes them
 * @param firstFailure what went wrong first, naming the story
 */
public record WriteReport(int written, int notWritten, Optional<String> firstFailure) {
  /** A run that did not write. */
  public static final WriteReport NONE = new WriteReport(0, 0, Optional.empty());

  /** True when every story owing a write was written. */
  public boolean ok() {
    return notWritten == 0;
  }
}
