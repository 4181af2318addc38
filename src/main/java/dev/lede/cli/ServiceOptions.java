package dev.lede.cli;

import dev.lede.ops.EventLog;
import dev.lede.poll.PollPolicy;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options of a running newsroom ({@code lede serve}, {@code lede run}): polling, its fetcher and
 * logs.
 */
final class ServiceOptions {
  @Option(
      names = "--no-poll",
      description = "Do not poll the sources list; only serve (what other processes write shows).")
  boolean noPoll;

  @Option(
      names = "--poll-min",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description = "Shortest interval between two polls of one source. Default: ${DEFAULT-VALUE}")
  long pollMinSeconds = 300;

  @Option(
      names = "--poll-max",
      paramLabel = "SECONDS",
      defaultValue = "86400",
      description =
          "Longest interval between two polls of one source (also caps the error back-off)."
              + " Default: ${DEFAULT-VALUE}")
  long pollMaxSeconds = 86400;

  @Mixin FetcherOptions fetcher = new FetcherOptions();

  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      defaultValue = "TEXT",
      description = "Event log lines on stderr: TEXT or JSON (one object a line). Default: TEXT")
  EventLog.Format logFormat = EventLog.Format.TEXT;

  /**
   * Where LEDE_WRITE_TOKEN, LEDE_READER_USER and LEDE_READER_PASSWORD come from (tests swap it).
   */
  java.util.Map<String, String> env = System.getenv();

  /** Fails as an operator mistake (exit 2, one line) on bad poll bounds. */
  void validate(picocli.CommandLine.Model.CommandSpec spec) {
    try {
      policy();
      fetcher.check();
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The poll policy; throws IllegalArgumentException naming the bad option. */
  PollPolicy policy() {
    if (pollMinSeconds < 1) {
      throw new IllegalArgumentException("--poll-min " + pollMinSeconds + " is below 1 second");
    }
    if (pollMaxSeconds < pollMinSeconds) {
      throw new IllegalArgumentException(
          "--poll-max " + pollMaxSeconds + " is below --poll-min " + pollMinSeconds);
    }
    return PollPolicy.between(
        Duration.ofSeconds(pollMinSeconds), Duration.ofSeconds(pollMaxSeconds));
  }
}
