package dev.lede.bench;

import dev.lede.ingest.IngestReport;
import dev.lede.ingest.StageTimes;
import dev.lede.ingest.fetch.FetchResult;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomListener;
import java.nio.file.Path;
import java.util.List;

/** The newsroom's real ingest path, through its public API. */
final class IngestHarness {
  private IngestHarness() {}

  /** What one ingest left in its data folder. */
  record Outcome(IngestReport report, int stories, int vectors) {}

  /**
   * Ingests {@code refs} into {@code data} as {@code lede ingest} does (store, index, stories,
   * related vectors, and written stories when {@code write}), offline: every HTTP fetch fails at
   * once, as with no network.
   */
  static Outcome ingest(Path data, List<String> refs, boolean write, StageTimes times)
      throws Exception {
    try (Newsroom room = Newsroom.open(data).withStageTimes(times)) {
      IngestReport r =
          room.ingest(
                  refs,
                  req -> new FetchResult.Failed(req.uri(), "offline benchmark", false),
                  true,
                  write,
                  NewsroomListener.NONE)
              .ingest();
      return new Outcome(r, room.stories().storySizes().size(), room.vectorCount());
    }
  }
}
