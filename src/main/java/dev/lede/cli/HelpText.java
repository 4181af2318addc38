package dev.lede.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The top-level help ({@code lede --help}) pre-rendered at build time: {@code mvn} runs {@link
 * #main} after compiling (exec-maven-plugin, process-classes) to write what picocli renders into
 * the jar's resources, and {@link Lede} prints it without loading picocli.
 */
final class HelpText {
  static final String RESOURCE = "top-level-help.txt";

  private HelpText() {}

  /** The top-level help as picocli renders it, plain text. */
  static String render() {
    return Main.topLevelHelp().getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  /** Writes the rendered help to the file named by the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) throw new IllegalArgumentException("usage: HelpText OUTPUT_FILE");
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    Files.writeString(out, render(), StandardCharsets.UTF_8);
  }
}
