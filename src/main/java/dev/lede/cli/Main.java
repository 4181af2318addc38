package dev.lede.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Entry point of the {@code lede} command. */
@Command(
    name = "lede",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lede: a self-hostable AI newsroom.")
public final class Main implements Runnable {

  @Option(
      names = Failures.DEBUG,
      scope = ScopeType.INHERIT,
      description = "On an error, print its Java stack trace too.")
  boolean debug;

  /**
   * Runs a command line through picocli. The jar's entry point is {@link Lede}, which answers help
   * and version without picocli before coming here.
   */
  public static void main(String[] args) {
    CommandLine cmd = isTopLevelHelp(args) ? topLevelHelp() : commandLine(args);
    System.exit(cmd.execute(args));
  }

  /** {@code lede}, {@code lede -h} or {@code lede --help}: only the list of commands is printed. */
  static boolean isTopLevelHelp(String[] args) {
    return Lede.isTopLevelHelp(args);
  }

  /**
   * The command line for the top-level help only: each subcommand is a bare spec with its name and
   * its {@code @Command} description, read from the annotation without building the command (which
   * makes picocli reflect over every option and mixin of every command: most of {@code lede
   * --help}'s start-up). The help printed is the same as with the full command line.
   */
  static CommandLine topLevelHelp() {
    // Plain text, as pre-rendered: the same on a terminal as in a pipe.
    CommandLine cmd =
        new CommandLine(new Main())
            .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    Subcommands.ALL.forEach(
        (name, command) -> {
          if (name.equals("help")) {
            cmd.addSubcommand(name, command.get());
            return;
          }
          Command c = commandClass(name).getAnnotation(Command.class);
          CommandSpec spec = CommandSpec.create().name(name);
          spec.usageMessage().description(c.description());
          cmd.addSubcommand(name, spec);
        });
    return cmd;
  }

  private static Class<?> commandClass(String name) {
    String simple = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Command";
    try {
      return Class.forName(
          Main.class.getPackageName() + "." + simple, false, Main.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no command class for " + name, e);
    }
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
    Subcommands.ALL.forEach(
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
      return Subcommands.ALL.containsKey(a) && !a.equals("help") ? a : null;
    }
    return null;
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /**
   * The subcommands by name, in help order. Lambdas rather than class literals: a command's class
   * (and what its fields name) is loaded only when that command is built, so {@code lede extract}
   * starts without the newsroom's classes. In a holder class, so {@code lede --help} and {@code
   * lede --version}, which print without picocli, start no lambda machinery either.
   */
  private static final class Subcommands {
    static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
      ALL.put("run", () -> new RunCommand());
      ALL.put("ingest", () -> new IngestCommand());
      ALL.put("sources", () -> new SourcesCommand());
      ALL.put("articles", () -> new ArticlesCommand());
      ALL.put("extract", () -> new ExtractCommand());
      ALL.put("reindex", () -> new ReindexCommand());
      ALL.put("write", () -> new WriteCommand());
      ALL.put("cluster", () -> new ClusterCommand());
      ALL.put("related", () -> new RelatedCommand());
      ALL.put("serve", () -> new ServeCommand());
      ALL.put("export", () -> new ExportCommand());
      ALL.put("worker", () -> new WorkerCommand());
      ALL.put("help", () -> new CommandLine.HelpCommand());
    }
  }
}
