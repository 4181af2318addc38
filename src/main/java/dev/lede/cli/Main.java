package dev.lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code lede} command. */
@Command(
    name = "lede",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lede: a self-hostable AI newsroom.",
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      SourcesCommand.class,
      ArticlesCommand.class,
      ExtractCommand.class,
      ReindexCommand.class,
      WriteCommand.class,
      ClusterCommand.class,
      RelatedCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it. */
  public static CommandLine commandLine() {
    // Enum values such as --log-format json or --progress lines read in any case.
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}
