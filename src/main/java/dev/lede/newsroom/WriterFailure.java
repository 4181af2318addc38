package dev.lede.newsroom;

import java.util.Objects;

/**
 * The writer itself threw while writing a story, past its own fallbacks: a fault of the writer on
 * this story's text, not of the store, index or log, so writing it again at once would throw alike.
 * The story stays owed and the others are written; a later change of the story, a later run or a
 * fixed writer writes it. A storage fault while writing is a {@code StoreException} instead, which
 * is worth retrying.
 */
public final class WriterFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The story that could not be written. */
  private final String story;

  WriterFailure(String story, Throwable cause) {
    super(
        "story "
            + Objects.requireNonNull(story, "story")
            + " could not be written, the writer threw "
            + Objects.requireNonNull(cause, "cause").getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
            + " (it stays owed)",
        cause);
    this.story = story;
  }

  /** The story that could not be written. */
  public String story() {
    return story;
  }
}
