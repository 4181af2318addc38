package dev.lede.cli;

import dev.lede.index.SearchIndex;
import dev.lede.story.StoryVectors;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens {@link RelatedStories#find} on a real data folder to the benchmarks (which live in another
 * package), whole or stage by stage. {@link #staged} calls the same stage methods {@code find}
 * composes, in the same order, timing each; its result must equal {@link #find}'s.
 */
public final class RelatedProbe implements AutoCloseable {
  /** Stages of {@link RelatedStories#find}, in order. */
  public enum Stage {
    /** Resolving the id, its articles, the lead article and the story's snapshot. */
    SUBJECT,
    /** BM25 more-like-this over the article index. */
    BM25,
    /** The story's vector and its HNSW nearest neighbours. */
    KNN,
    /** SQLite: the BM25 hits' stories and every candidate's live id. */
    LOOKUPS,
    /** Clusterer snapshots of the candidates (dormant ones read back from a file). */
    SNAPSHOTS,
    /** Scoring, ordering and the diversity check. */
    RANK
  }

  private final Newsroom room;
  private final RelatedStories related;
  private final String openTimes;

  private RelatedProbe(Newsroom room, String openTimes) {
    this.room = room;
    this.related = new RelatedStories(room);
    this.openTimes = openTimes;
  }

  /**
   * Opens the data folder as {@code lede related} does, and readies the clusterer and the story
   * vectors (which the first query would otherwise do).
   */
  public static RelatedProbe open(Path dir) throws IOException {
    long t0 = System.nanoTime();
    Newsroom room = Newsroom.open(dir);
    try {
      long t1 = System.nanoTime();
      room.clusterer();
      long t2 = System.nanoTime();
      room.related().vectors();
      long t3 = System.nanoTime();
      return new RelatedProbe(
          room,
          String.format(
              java.util.Locale.ROOT,
              "store and article index %.1f s, clusterer %.1f s, story vectors %.1f s",
              (t1 - t0) / 1e9,
              (t2 - t1) / 1e9,
              (t3 - t2) / 1e9));
    } catch (IOException | RuntimeException e) {
      room.close();
      throw e;
    }
  }

  /** Where the time to {@link #open} went. */
  public String openTimes() {
    return openTimes;
  }

  /** Live story ids, most recently assigned first. */
  public List<String> liveStories() {
    return new ArrayList<>(room.stories.storySizes().keySet());
  }

  /** Stories the clusterer holds on the heap; the others are dormant in a file. */
  public int storiesOnHeap() throws IOException {
    return room.clusterer().storiesOnHeap();
  }

  /** {@code find(storyId, limit)}, each related story as {@code id reason score}. */
  public List<String> find(String storyId, int limit) throws IOException {
    return lines(related.find(storyId, limit));
  }

  /**
   * The stages of {@code find(storyId, limit)} one by one, adding each one's wall time to {@code
   * wall} and this thread's CPU time to {@code cpu} (both indexed by {@link Stage#ordinal()}).
   */
  public List<String> staged(String storyId, int limit, long[] wall, long[] cpu)
      throws IOException {
    Clock c = new Clock(wall, cpu);
    Optional<RelatedStories.Query> q = related.query(storyId);
    c.lap(Stage.SUBJECT);
    if (q.isEmpty()) {
      return List.of();
    }
    List<SearchIndex.Hit> hits = related.textHits(q.get());
    c.lap(Stage.BM25);
    List<StoryVectors.Neighbour> near = related.meaningHits(q.get());
    c.lap(Stage.KNN);
    Map<String, Double> bm25 = related.textScores(q.get(), hits);
    Map<String, Double> knn = related.meaningScores(q.get(), near);
    c.lap(Stage.LOOKUPS);
    List<RelatedStories.Candidate> candidates = related.candidates(bm25, knn);
    c.lap(Stage.SNAPSHOTS);
    List<RelatedStories.Related> out =
        RelatedStories.rank(q.get().subject(), candidates, related::vectorOf, limit);
    c.lap(Stage.RANK);
    return lines(out);
  }

  /** This thread's CPU time in nanoseconds. */
  public static long cpuNow() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Wall and CPU time since the last lap, added to a stage's slot. */
  private static final class Clock {
    private final long[] wall;
    private final long[] cpu;
    private long wallAt = System.nanoTime();
    private long cpuAt = cpuNow();

    Clock(long[] wall, long[] cpu) {
      this.wall = wall;
      this.cpu = cpu;
    }

    void lap(Stage stage) {
      long w = System.nanoTime();
      long c = cpuNow();
      wall[stage.ordinal()] += w - wallAt;
      cpu[stage.ordinal()] += c - cpuAt;
      wallAt = w;
      cpuAt = c;
    }
  }

  private static List<String> lines(List<RelatedStories.Related> related) {
    return related.stream().map(r -> r.storyId() + " " + r.reason() + " " + r.score()).toList();
  }

  @Override
  public void close() throws IOException {
    room.close();
  }
}
