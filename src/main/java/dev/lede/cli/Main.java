package dev.lede.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Entry point of the {@code lede} command. */
@Command(
    name = "lede",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lede: a self-hostable AI newsroom.")
public final class Main implements Runnable {

  /**
   * The subcommands by name, in help order. Lambdas rather than class literals: a command's class
   * (and what its fields name) is loaded only when that command is built, so {@code lede extract}
   * starts without the newsroom's classes.
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("run", () -> new RunCommand());
    SUBCOMMANDS.put("ingest", () -> new IngestCommand());
    SUBCOMMANDS.put("sources", () -> new SourcesCommand());
    SUBCOMMANDS.put("articles", () -> new ArticlesCommand());
    SUBCOMMANDS.put("extract", () -> new ExtractCommand());
    SUBCOMMANDS.put("reindex", () -> new ReindexCommand());
    SUBCOMMANDS.put("write", () -> new WriteCommand());
    SUBCOMMANDS.put("cluster", () -> new ClusterCommand());
    SUBCOMMANDS.put("related", () -> new RelatedCommand());
    SUBCOMMANDS.put("serve", () -> new ServeCommand());
    SUBCOMMANDS.put("export", () -> new ExportCommand());
    SUBCOMMANDS.put("help", () -> new CommandLine.HelpCommand());
  }

  @Option(
      names = Failures.DEBUG,
      scope = ScopeType.INHERIT,
      description = "On an error, print its Java stack trace too.")
  boolean debug;

  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }

  /**
   * The configured command line with every subcommand; tests call {@code execute} on it. Errors are
   * reported in one line (see {@link Failures}).
   */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for {@code args}: when they name a subcommand, only that one is built (the
   * others' classes stay unloaded, for start-up time); otherwise all, so help lists them.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cmd = new CommandLine(new Main());
    String named = firstWord(args);
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (named == null || named.equals(name)) cmd.addSubcommand(name, command.get());
        });
    // After the subcommands are added: picocli applies these only to those present at the call.
    // Enum values such as --log-format json or --progress lines read in any case.
    Failures failures = new Failures();
    return cmd.setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(failures)
        .setExecutionExceptionHandler(failures);
  }

  /** The first argument that is not an option, when it names a subcommand; else null. */
  private static String firstWord(String[] args) {
    for (String a : args) {
      if (a.startsWith("-")) continue;
      return SUBCOMMANDS.containsKey(a) && !a.equals("help") ? a : null;
    }
    return null;
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}
