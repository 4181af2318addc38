package dev.lede.write;

import java.util.Objects;

/**
 * A stage of the writer that threw while writing a story, which was then written without it (or
 * from its lead article alone): a fault to fix, never a story left unwritten.
 *
 * @param story the story being written
 * @param stage the stage that threw, e.g. {@code restatements}, {@code planner} or {@code composer}
 * @param cause what it threw: an exception, or a stack overflow (a regular expression too deep for
 *     the stack on one odd text)
 */
public record StageFailure(String story, String stage, Throwable cause) {
  public StageFailure {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(cause, "cause");
  }

  /**
   * One line for a log: {@code story "s1": restatements failed at FactKeys.counts
   * (NumberFormatException: ...), written without it}.
   */
  public String describe() {
    return "story \""
        + story
        + "\": "
        + stage
        + " failed"
        + origin().map(o -> " at " + o).orElse("")
        + " ("
        + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
        + "), written without it";
  }

  /** Where in Lede it was thrown: the first of its frames in a {@code dev.lede} class. */
  public java.util.Optional<String> origin() {
    for (StackTraceElement e : cause.getStackTrace()) {
      String c = e.getClassName();
      if (c.startsWith("dev.lede.")) {
        String simple = c.substring(c.lastIndexOf('.') + 1);
        return java.util.Optional.of(simple + "." + e.getMethodName());
      }
    }
    return java.util.Optional.empty();
  }
}
