package dev.lede.write;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an editor flags ({@link StoryChecks}) over every development story ({@link
 * MetaLedeCopies#devStories}): the stories with two values for one quantity stated without saying
 * who reported which, and the pairs of sentences telling one fact, each with its samples, so a
 * change to redundancy or reconciliation is counted over all dev stories rather than the judged
 * few. Usage: {@code bench/run-java dev.lede.write.DevStoryChecks OUT.txt [DATA_DIR] [--minilm]};
 * diff two runs' files.
 */
public final class DevStoryChecks {
  private DevStoryChecks() {}

  public static void main(String[] args) throws Exception {
    DevStoryTexts.Args a = DevStoryTexts.Args.of(args);
    Path out = a.out();
    OfflineWriter writer = a.writer();
    Map<String, List<WriterInput>> stories = MetaLedeCopies.devStories(a.data());
    int conflictStories = 0;
    int conflicts = 0;
    int restatedStories = 0;
    int restated = 0;
    try (PrintStream p = new PrintStream(Files.newOutputStream(out), true, "UTF-8")) {
      for (var e : stories.entrySet()) {
        StoryChecks.Counts c =
            StoryChecks.count(
                writer.write(e.getKey(), e.getValue(), List.of(), Instant.EPOCH), e.getValue());
        conflicts += c.unattributedConflicts();
        conflictStories += c.unattributedConflicts() > 0 ? 1 : 0;
        restated += c.restatedPairs();
        restatedStories += c.restatedPairs() > 0 ? 1 : 0;
        for (String s : c.samples()) {
          if (s.startsWith("unattributed conflict") || s.startsWith("restated")) {
            p.println(e.getKey() + " " + s);
          }
        }
      }
    }
    System.out.printf(
        "dev stories %d: %d with an unattributed conflict (%d quantities), %d with a restated"
            + " pair (%d pairs); samples in %s%n",
        stories.size(), conflictStories, conflicts, restatedStories, restated, out);
  }
}
