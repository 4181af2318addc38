package dev.lede.cli;

import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where a command's engines are, when not the embedded default. */
final class EngineOptions {
  @Mixin StoreOptions where;

  @Option(
      names = "--log",
      paramLabel = "kafka://HOST:PORT/TOPIC",
      description =
          "Hand stored articles to story assignment through this Kafka topic (created with one"
              + " partition when absent; ?group=G&replication=N&timeout=S) instead of in process:"
              + " what a killed run handed over is assigned by the next one.")
  String log;

  Optional<String> log() {
    return Optional.ofNullable(log);
  }
}
