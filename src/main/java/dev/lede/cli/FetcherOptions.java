package dev.lede.cli;

import dev.lede.ingest.fetch.HttpFetcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How the HTTP fetcher behaves, the same options for every command that fetches ({@code lede
 * ingest}, {@code run}, {@code serve}, {@code worker}): private hosts allowed, politeness delay,
 * time limit.
 */
final class FetcherOptions {
  @Option(
      names = "--allow-host",
      paramLabel = "HOST",
      description =
          "Allow fetching from this host even though it resolves to a loopback or private address"
              + " (repeatable).")
  List<String> allowHosts = new ArrayList<>();

  @Option(
      names = "--delay",
      paramLabel = "MILLIS",
      defaultValue = "1000",
      description =
          "Minimum delay between two requests to the same host. Default: ${DEFAULT-VALUE}")
  long delayMillis = 1000;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Total time allowed for one HTTP request. Default: ${DEFAULT-VALUE}")
  long timeoutSeconds = 30;

  /** Throws IllegalArgumentException naming a bad option. */
  void check() {
    if (delayMillis < 0) {
      throw new IllegalArgumentException("--delay must be 0 or more milliseconds: " + delayMillis);
    }
    if (timeoutSeconds < 1) {
      throw new IllegalArgumentException("--timeout must be at least 1 second: " + timeoutSeconds);
    }
  }

  /** The fetcher; throws IllegalArgumentException naming a bad option. */
  HttpFetcher fetcher() {
    check();
    return Fetchers.create(
        allowHosts, Duration.ofMillis(delayMillis), Duration.ofSeconds(timeoutSeconds));
  }

  /** The fetcher, a bad option failing as an operator mistake (exit 2, one line). */
  HttpFetcher fetcher(CommandSpec spec) {
    try {
      return fetcher();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
