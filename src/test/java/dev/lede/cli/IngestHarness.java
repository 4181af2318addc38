package dev.lede.cli;

import dev.lede.ingest.IngestReport;
import dev.lede.ingest.StageTimes;
import dev.lede.ingest.fetch.FetchResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** The newsroom's real ingest path, opened to benchmarks outside this package. */
public final class IngestHarness {
  private IngestHarness() {}

  /** What one ingest left in its data folder. */
  public record Outcome(IngestReport report, int stories, int vectors) {}

  /**
   * Ingests {@code refs} into {@code data} as {@code lede ingest} does (store, index, stories,
   * related vectors, and written stories when {@code write}), offline: every HTTP fetch fails at
   * once, as with no network.
   */
  public static Outcome ingest(
      Path data, List<String> refs, boolean write, StageTimes times, PrintStream err)
      throws Exception {
    try (Newsroom room = Newsroom.open(data).withStageTimes(times)) {
      IngestReport r =
          room.ingest(
              refs,
              req -> new FetchResult.Failed(req.uri(), "offline benchmark", false),
              true,
              ProgressPrinter.Mode.LINES,
              write,
              err);
      return new Outcome(r, room.stories.storySizes().size(), room.vectors.count());
    }
  }
}
