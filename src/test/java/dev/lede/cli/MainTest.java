package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as {@link Main} builds it for one named subcommand or for all. */
class MainTest {
  static final List<String> COMMANDS =
      List.of(
          "run",
          "ingest",
          "sources",
          "articles",
          "extract",
          "reindex",
          "write",
          "cluster",
          "related",
          "serve",
          "export");

  @Test
  void aSubcommandBuiltAloneReadsEnumValuesInAnyCaseAndReportsMistakesLikeTheRoot() {
    for (String name : COMMANDS) {
      CommandLine root = Main.commandLine(new String[] {name});
      CommandLine sub = root.getSubcommands().get(name);
      assertThat(sub).as(name).isNotNull();
      assertThat(sub.isCaseInsensitiveEnumValuesAllowed()).as(name).isTrue();
      assertThat(sub.getParameterExceptionHandler())
          .as(name)
          .isSameAs(root.getParameterExceptionHandler());
      assertThat(sub.getExecutionExceptionHandler())
          .as(name)
          .isSameAs(root.getExecutionExceptionHandler());
    }
  }

  @Test
  void serveAcceptsTheLogFormatInLowerCaseAsDocumented() {
    assertThatCode(
            () ->
                Main.commandLine(new String[] {"serve"}).parseArgs("serve", "--log-format", "json"))
        .doesNotThrowAnyException();
  }

  @Test
  void withoutASubcommandEveryCommandIsListed() {
    assertThat(Main.commandLine(new String[0]).getSubcommands().keySet()).containsAll(COMMANDS);
  }

  @Test
  void theTopLevelHelpBuiltFromBareSpecsReadsExactlyAsTheFullOne() {
    String full = Main.commandLine(new String[0]).getUsageMessage(CommandLine.Help.Ansi.OFF);
    String light = Main.topLevelHelp().getUsageMessage(CommandLine.Help.Ansi.OFF);

    assertThat(light).isEqualTo(full);
    for (String command : COMMANDS) assertThat(light).contains("  " + command + " ");
  }

  @Test
  void onlyABareOrHelpOnlyCommandLineIsTheTopLevelHelp() {
    assertThat(Main.isTopLevelHelp(new String[0])).isTrue();
    assertThat(Main.isTopLevelHelp(new String[] {"--help"})).isTrue();
    assertThat(Main.isTopLevelHelp(new String[] {"-h"})).isTrue();
    assertThat(Main.isTopLevelHelp(new String[] {"extract", "--help"})).isFalse();
    assertThat(Main.isTopLevelHelp(new String[] {"--version"})).isFalse();
    assertThat(Main.isTopLevelHelp(new String[] {"help", "run"})).isFalse();
  }

  @Test
  void theHelpPrintedWithoutPicocliIsTheOnePicocliRenders() {
    String full = Main.commandLine(new String[0]).getUsageMessage(CommandLine.Help.Ansi.OFF);

    assertThat(Lede.prerenderedHelp()).as("pre-rendered by the build").isEqualTo(full);
    assertThat(Lede.quickAnswer(new String[0])).isEqualTo(full);
    assertThat(Lede.quickAnswer(new String[] {"--help"})).isEqualTo(full);
    assertThat(Lede.quickAnswer(new String[] {"-h"})).isEqualTo(full);
  }

  @Test
  void theVersionPrintedWithoutPicocliIsTheOnePicocliPrints() {
    java.io.StringWriter picocli = new java.io.StringWriter();
    Main.commandLine(new String[] {"--version"})
        .setOut(new java.io.PrintWriter(picocli))
        .execute("--version");

    assertThat(Lede.quickAnswer(new String[] {"--version"})).isEqualTo(picocli.toString());
    assertThat(Lede.quickAnswer(new String[] {"-V"})).isEqualTo(picocli.toString());
  }

  @Test
  void anyOtherCommandLineIsLeftToPicocli() {
    assertThat(Lede.quickAnswer(new String[] {"extract", "--help"})).isNull();
    assertThat(Lede.quickAnswer(new String[] {"--version", "extract"})).isNull();
    assertThat(Lede.quickAnswer(new String[] {"help"})).isNull();
  }
}
