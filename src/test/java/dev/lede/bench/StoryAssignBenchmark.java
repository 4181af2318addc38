package dev.lede.bench;

import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.story.Assignment;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import dev.lede.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state cost of assigning one article to a story, against archives of 10k and 100k stories
 * on disk: the JMH counterpart of {@code bench/cluster --scale}, so the clusterer's cost per
 * article is also shown by a harness that forks a JVM and discards its warm-up. Wall-clock time of
 * the assigning thread (background index merges run alongside on the second core); embedding is a
 * 384-dimension hashing stand-in for MiniLM that costs about 0.02 ms.
 *
 * <p>Run: {@code bench/jmh StoryAssignBenchmark} (about 6 minutes; {@code -p stories=10000} for one
 * size). Reads {@code ../shared/data/corpus}.
 *
 * <p>Probes alternate as in {@code bench/cluster --scale}: a new article of an archived story in
 * the latter half of the archive's time span, and a new story grown from a seed that archived
 * stories also grew from. Each probe is made before the clock starts and assigned once, so the
 * archive grows by the probes run (about 10k articles at 10k stories).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
public class StoryAssignBenchmark {
  private static final int PROBES = 40_000;

  @Param({"10000", "100000"})
  int stories;

  private Path dir;
  private StoryClusterer clusterer;
  private StoryInput[] probes;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path corpus =
        SharedData.root()
            .map(r -> r.resolve("data").resolve("corpus"))
            .orElseThrow(() -> new IllegalStateException("../shared/data is not present"));
    SyntheticArchive archive = SyntheticArchive.fromCorpus(corpus, 7);
    dir = Files.createTempDirectory("lede-jmh-");
    clusterer =
        StoryClusterer.open(
            dir,
            StoryClusterer.Config.builder()
                .embedder(new ClusterScaleBench.HashingEmbedder384())
                .build(),
            LuceneCandidateIndex.FACTORY);
    for (int s = 0; s < stories; s++) {
      for (int v = 0; v < 1 + (s % 2); v++) {
        clusterer.restore(archive.article(s, v), "syn-" + s);
      }
    }
    Random r = new Random(11);
    probes = new StoryInput[PROBES];
    for (int p = 0; p < PROBES; p++) {
      int story = stories / 2 + r.nextInt(stories / 2);
      if (p % 2 == 0) {
        // Variants 7 and up were never archived; p / 2 keeps follow-ups of one story apart.
        probes[p] = archive.article(story, 7 + (p / 2) % 50);
      } else {
        StoryInput twin = archive.article(stories + p, 0);
        probes[p] =
            new StoryInput(
                twin.id(),
                twin.title(),
                twin.text(),
                archive.article(story, 0).published(),
                twin.url(),
                twin.source());
      }
    }
  }

  @Benchmark
  public Assignment assign() throws IOException {
    if (next == probes.length) {
      throw new IllegalStateException("ran out of the " + PROBES + " probe articles made up front");
    }
    return clusterer.assign(probes[next++]);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    clusterer.close();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
