package dev.lede.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --data DIR} option shared by every command that reads or writes the data folder, with
 * the checks that turn a wrong folder into a one-line error naming it: {@link #toRead()} for
 * commands that only read (never create a folder), {@link #toWrite()} for those that write.
 */
final class DataDir {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder (SQLite database and Lucene index). Default: ${DEFAULT-VALUE}",
      defaultValue = "lede-data")
  Path dir;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  Path index() {
    return dir.resolve("index");
  }

  /** The folder for a command that only reads it: it must exist and hold a database. */
  Path toRead() {
    requireFolderIfPresent();
    if (!Files.exists(dir)) {
      throw problem("no such folder");
    }
    if (!Files.isRegularFile(dir.resolve("lede.db"))) {
      throw problem("holds no Lede data (no lede.db; 'lede ingest --data " + dir + "' makes it)");
    }
    return dir;
  }

  /**
   * The folder for a command that writes it: an existing folder this process can write, or a
   * missing one it can create.
   */
  Path toWrite() {
    requireFolderIfPresent();
    if (Files.isDirectory(dir)) {
      if (!Files.isWritable(dir)) {
        throw problem("is read-only; this command writes to it");
      }
      return dir;
    }
    Path parent = dir.toAbsolutePath().getParent();
    while (parent != null && !Files.exists(parent)) {
      parent = parent.getParent();
    }
    if (parent != null && !Files.isDirectory(parent)) {
      throw problem("cannot be created: " + parent + " is not a folder");
    }
    if (parent != null && !Files.isWritable(parent)) {
      throw problem("cannot be created: " + parent + " is read-only");
    }
    return dir;
  }

  /**
   * The folder for {@code lede serve}: an existing folder is served as it is, read-only ones too; a
   * missing one is created (to be filled through the API or by {@code lede ingest}).
   */
  Path toServe() {
    requireFolderIfPresent();
    return Files.isDirectory(dir) ? dir : toWrite();
  }

  private void requireFolderIfPresent() {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw problem("not a folder");
    }
  }

  private ParameterException problem(String what) {
    return new ParameterException(command.commandLine(), "--data " + dir + ": " + what);
  }
}
