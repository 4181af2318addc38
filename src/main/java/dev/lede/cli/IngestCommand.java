package dev.lede.cli;

import dev.lede.dedup.CanonicalTrust;
import dev.lede.ingest.fetch.HttpFetcher;
import dev.lede.model.Source;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.RunReport;
import dev.lede.write.llm.LlmConfig;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede ingest}: reads sources and stores their articles. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch and store articles from sources: feed URLs or files (RSS, Atom, JSON Feed), article"
          + " URLs or HTML files, folders of them, or JSON Lines files of articles"
          + " ({id,url,title,text,published,source}).",
      "With no SOURCE, polls the sources added with 'lede sources add'.",
      "Stories left unwritten by an earlier run (killed, or a full disk) are written first.",
      "Exits 1 naming each source that failed or was refused, or when a story could not be"
          + " written (it stays owed and the next run writes it)."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin DataDir data;

  @Mixin LlmOptions llm;

  @Mixin EngineOptions engines;

  @Mixin FetchOptions fetch;

  @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Feed, page, file or folder.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--trust-canonical",
      paramLabel = "HOST",
      description =
          "Trust the canonical URL declared by pages on this host or its subdomains, even on"
              + " another site (repeatable; by default only a page's own registrable domain).")
  List<String> trustCanonical = new ArrayList<>();

  @Option(names = "--no-write", description = "Assign stories but do not write or re-write them.")
  boolean noWrite;

  @Option(
      names = "--progress",
      paramLabel = "MODE",
      description =
          "How progress is shown on stderr: BAR, LINES or ARTICLES (one line per stored article)."
              + " Default: BAR on a terminal, LINES otherwise.")
  ProgressPrinter.Mode progress;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    // Every bad option fails the same way: one line naming it, exit 2 (Failures).
    HttpFetcher fetcher = fetch.fetcher.fetcher(spec);
    Optional<LlmConfig> llmConfig = llm.config(spec);
    CanonicalTrust trust;
    try {
      trust = CanonicalTrust.sameSiteOr(trustCanonical);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--trust-canonical: " + e.getMessage());
    }
    try {
      Newsroom.checkLog(engines.log());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--log: " + e.getMessage());
    }
    dev.lede.newsroom.Engines where = engines.where.engines(spec);
    try (Newsroom room =
        Newsroom.open(data.toWrite(), where).withLlm(llmConfig).withCanonicalTrust(trust)) {
      room.withLog(engines.log());
      List<String> refs = sources;
      if (refs.isEmpty()) {
        refs = room.articles().sources().stream().map(Source::ref).toList();
        if (refs.isEmpty()) {
          err.println("lede ingest: no SOURCE given and no sources added (see 'lede sources add')");
          return 2;
        }
      }
      RunReport report =
          room.ingest(
              refs,
              fetcher,
              !fetch.noFetch,
              !noWrite,
              new ProgressPrinter(err, progressMode(progress)));
      return report.ok() ? 0 : 1;
    }
  }

  static ProgressPrinter.Mode progressMode(ProgressPrinter.Mode chosen) {
    if (chosen != null) {
      return chosen;
    }
    return System.console() != null ? ProgressPrinter.Mode.BAR : ProgressPrinter.Mode.LINES;
  }
}
