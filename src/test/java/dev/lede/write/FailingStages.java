package dev.lede.write;

import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/** Offline writers with a stage that throws, for the tests of what writes around it. */
public final class FailingStages {
  private FailingStages() {}

  /**
   * {@code writer} with its {@code stage} throwing a {@link NumberFormatException} (as a fact key
   * too long for an int once did) for the stories {@code when} accepts, given story and stage.
   */
  public static OfflineWriter throwing(OfflineWriter writer, BiPredicate<String, String> when) {
    return throwing(
        writer, when, () -> new NumberFormatException("For input string: \"4294967296\""));
  }

  /** {@code writer} with its {@code stage} throwing what {@code fault} makes when {@code when}. */
  public static OfflineWriter throwing(
      OfflineWriter writer,
      BiPredicate<String, String> when,
      Supplier<? extends RuntimeException> fault) {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(fault, "fault");
    return writer.withProbe(
        (story, stage) -> {
          if (when.test(story, stage)) {
            throw fault.get();
          }
        });
  }
}
