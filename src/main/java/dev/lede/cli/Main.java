package dev.lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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

  @Option(
      names = Failures.DEBUG,
      scope = ScopeType.INHERIT,
      description = "On an error, print its Java stack trace too.")
  boolean debug;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line; tests call {@code execute} on it. Errors are reported in one line
   * (see {@link Failures}).
   */
  public static CommandLine commandLine() {
    Failures failures = new Failures();
    // Enum values such as --log-format json or --progress lines read in any case.
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(failures)
        .setExecutionExceptionHandler(failures);
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}
