package dev.lede.cli;

import dev.lede.newsroom.Engines;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the store and the search index are, when not in the data folder. */
final class StoreOptions {
  @Option(
      names = "--store",
      paramLabel = "postgres://[USER[:PASSWORD]@]HOST[:PORT]/DB",
      description =
          "Keep every table (articles, fetch state, sources, stories, written versions, vectors,"
              + " links, poll state) in this PostgreSQL database instead of lede.db in the data"
              + " folder.")
  String store;

  @Option(
      names = "--index",
      paramLabel = "opensearch://HOST:PORT/INDEX",
      description =
          "Keep the article search index in this OpenSearch index (?replicas=N&timeout=S) instead"
              + " of Lucene in the data folder; rebuilt from the store when out of step.")
  String index;

  /**
   * The engines named, checked before anything opens.
   *
   * @throws ParameterException naming the option and what is wrong with its URL
   */
  Engines engines(CommandSpec spec) {
    try {
      new Engines(Optional.ofNullable(store), Optional.empty());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--store: " + e.getMessage());
    }
    try {
      return new Engines(Optional.ofNullable(store), Optional.ofNullable(index));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--index: " + e.getMessage());
    }
  }
}
