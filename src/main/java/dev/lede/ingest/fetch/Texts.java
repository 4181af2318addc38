package dev.lede.ingest.fetch;

import java.time.Duration;

/** Wording shared by the stages' messages. */
final class Texts {
  private Texts() {}

  /** {@code "2s"} for whole seconds, else {@code "500ms"}. */
  static String duration(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }
}
