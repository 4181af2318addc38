package dev.lede.cli;

import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code lede run}: the main job on the embedded default. Ingests the bundled demo sources
 * (offline: feed summaries stand in for pages that would need the network) and reports what is
 * stored.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Ingest the bundled demo sources (demo/sources.txt), group them into stories, write"
            + " them, and serve the site on http://localhost:8080, polling the sources list"
            + " (lede sources add) on its schedule unless --no-poll.")
final class RunCommand implements Callable<Integer> {
  @Mixin DataDir data;

  @Mixin LlmOptions llm;

  @Mixin EngineOptions engines;

  @picocli.CommandLine.Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port of the site. Default: ${DEFAULT-VALUE}")
  int port;

  @picocli.CommandLine.Option(
      names = "--no-serve",
      description = "Stop after ingesting and writing instead of serving the site.")
  boolean noServe;

  @Mixin ServiceOptions service;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ServeCommand.requirePort(spec, port);
    Path demo = Home.dir().resolve("demo");
    Path list = demo.resolve("sources.txt");
    if (!Files.isRegularFile(list)) {
      System.err.println("lede run: demo sources not found: " + list);
      return 2;
    }
    List<String> refs =
        Files.readAllLines(list).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .map(l -> demo.resolve(l).toString())
            .toList();
    try {
      llm.validate();
      service.policy();
      service.fetcher.check();
      Newsroom.checkLog(engines.log());
    } catch (IllegalArgumentException e) {
      System.err.println("lede run: " + e.getMessage());
      return 2;
    }
    dev.lede.newsroom.Engines where = engines.where.engines(spec);
    RunReport r;
    try (Newsroom room = Newsroom.open(data.toWrite(), where).withLlm(llm.config())) {
      room.withLog(engines.log());
      r =
          room.ingest(
              refs,
              service.fetcher.fetcher(),
              false,
              true,
              new ProgressPrinter(System.err, IngestCommand.progressMode(null)));
      System.out.printf(
          "lede run: %d articles in %d stories stored in %s (%d new this run)%n",
          room.articles().count(),
          room.stories().storySizes().size(),
          data.dir.toAbsolutePath(),
          r.ingest().stored());
    }
    if (noServe) {
      return r.ok() ? 0 : 1;
    }
    // Served as by lede serve, so other processes can ingest into the folder meanwhile.
    try (Newsroom room = Newsroom.openForServing(data.dir, where)) {
      ServeCommand.serve(
          spec, room, llm, "127.0.0.1", port, ServeCommand.DEFAULT_RATE_LIMIT, service);
    }
    return 0;
  }
}
