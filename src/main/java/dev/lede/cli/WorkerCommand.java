package dev.lede.cli;

import dev.lede.ingest.fetch.HttpFetcher;
import dev.lede.newsroom.Engines;
import dev.lede.newsroom.Worker;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lede worker ROLE}: one worker of the distributed newsroom, until stopped (SIGTERM/Ctrl-C
 * finish the record in hand and leave the group). {@code lede worker submit SOURCE...} hands
 * sources to the fetch workers.
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Run one worker of the distributed newsroom (PostgreSQL, OpenSearch, Kafka): ROLE is fetch"
          + " (fetch, extract, store, index, analyse), assign (stories, by language partition) or"
          + " write (story versions). Workers of one role share its work by Kafka partition; a"
          + " killed worker's partitions go to the others.",
      "'lede worker submit SOURCE...' appends sources for the fetch workers and exits."
    })
final class WorkerCommand implements Callable<Integer> {
  @Mixin DataDir data;

  @Mixin StoreOptions where;

  @Mixin FetchOptions fetch;

  @Parameters(index = "0", paramLabel = "ROLE", description = "fetch, assign, write or submit.")
  String role;

  @Parameters(
      index = "1..*",
      paramLabel = "SOURCE",
      arity = "0..*",
      description = "With submit: feeds, pages, files or folders to ingest.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--log",
      required = true,
      paramLabel = "kafka://HOST:PORT/PREFIX",
      description =
          "The Kafka log the roles share: topics PREFIX.fetch, PREFIX.articles, PREFIX.stories"
              + " (created with ?partitions=P partitions, default 6; ?replication=N&timeout=S).")
  String log;

  @Option(
      names = "--progress",
      paramLabel = "MODE",
      description = "LINES or ARTICLES (a line per stored article, assignment and written story).")
  ProgressPrinter.Mode progress;

  @Option(
      names = "--stall-after-assignments",
      hidden = true,
      paramLabel = "N",
      description = "Crash tests: block for good after the Nth assignment, before announcing it.")
  int stallAfter = -1;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    try {
      Worker.checkLog(log);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--log: " + e.getMessage());
    }
    if (role.equals("submit")) {
      if (sources.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "submit: no SOURCE given");
      }
      Worker.submit(log, sources);
      err.printf("lede worker: %d sources submitted%n", sources.size());
      return 0;
    }
    Worker.Role r;
    try {
      r = Worker.Role.parse(role);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!sources.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "SOURCE is for 'submit' only");
    }
    Engines engines = where.engines(spec);
    if (engines.store().isEmpty() || engines.index().isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "a worker needs --store postgres://... and --index opensearch://...");
    }
    HttpFetcher fetcher = fetch.fetcher.fetcher(spec);
    ProgressPrinter printer =
        new ProgressPrinter(err, progress == null ? ProgressPrinter.Mode.LINES : progress)
            .printingEachWriteFailure();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread main = Thread.currentThread();
    var stopping = new java.util.concurrent.atomic.AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopping.set(true);
                  try {
                    stopped.await();
                  } catch (InterruptedException e) {
                    main.interrupt();
                  }
                }));
    try (Worker w =
        Worker.open(r, data.toWrite(), engines, log, fetcher, !fetch.noFetch, printer)) {
      w.stallAfterAssignments(stallAfter);
      err.printf("lede worker %s: started%n", role);
      while (!stopping.get()) {
        try {
          w.poll(Duration.ofSeconds(1));
        } catch (IOException | RuntimeException e) {
          // The record stays unhandled and comes back; say why, then go on.
          err.printf("lede worker %s: %s%n", role, e.getMessage());
        }
      }
    } finally {
      stopped.countDown();
    }
    return 0;
  }
}
