package dev.lede.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lede extract FILE...}: main text and metadata of HTML files, one JSON line each, in the
 * order given, on every core at once ({@link ExtractFiles}). A plain command line is run by {@link
 * Lede} without picocli; this command parses the others and gives the help.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Extract article text and metadata from HTML files; prints one JSON line per file, in"
            + " order: {file, url, title, byline, published, language, text}.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<Path> files;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Pages extracted at once (default: one per core, ${DEFAULT-VALUE} here).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    return ExtractFiles.run(
        files, threads, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
