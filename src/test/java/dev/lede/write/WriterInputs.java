package dev.lede.write;

import java.time.Instant;
import java.util.Optional;

/** Dated articles for the writer's tests, the one copy of the factory several tests had. */
public final class WriterInputs {
  private WriterInputs() {}

  /** An article of {@code outlet} published at {@code time}, an ISO instant. */
  public static WriterInput at(String id, String outlet, String text, String time) {
    return new WriterInput(
        id, Optional.empty(), text, outlet, Optional.empty(), Optional.of(Instant.parse(time)));
  }

  /** An article of {@code outlet} published on {@code day} (an ISO date) at 10:00 UTC. */
  public static WriterInput on(String id, String outlet, String text, String day) {
    return at(id, outlet, text, day + "T10:00:00Z");
  }
}
