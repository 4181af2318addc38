package dev.lede.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that reads or writes the data folder. */
final class DataDir {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder (SQLite database and Lucene index). Default: ${DEFAULT-VALUE}",
      defaultValue = "lede-data")
  Path dir;

  Path index() {
    return dir.resolve("index");
  }
}
