package dev.lede.bench;

import dev.lede.newsroom.Newsroom;
import dev.lede.related.RelatedStories;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link RelatedStories#find} on a real data folder, opened as {@code lede related} does, whole or
 * with each {@link RelatedStories.Stage} timed (through {@link RelatedStories.Laps}).
 */
final class RelatedProbe implements AutoCloseable {
  /** Stages of {@link RelatedStories#find}, in order. */
  static final List<RelatedStories.Stage> STAGES = List.of(RelatedStories.Stage.values());

  private final Newsroom room;
  private final RelatedStories related;
  private final String openTimes;

  private RelatedProbe(Newsroom room, String openTimes) {
    this.room = room;
    this.related = room.relatedStories();
    this.openTimes = openTimes;
  }

  /**
   * Opens the data folder as {@code lede related} does, and readies the clusterer and the story
   * vectors (which the first query would otherwise do).
   */
  static RelatedProbe open(Path dir) throws IOException {
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
  String openTimes() {
    return openTimes;
  }

  /** Live story ids, most recently assigned first. */
  List<String> liveStories() {
    return new ArrayList<>(room.stories().storySizes().keySet());
  }

  /** Stories the clusterer holds on the heap; the others are dormant in a file. */
  int storiesOnHeap() throws IOException {
    return room.clusterer().storiesOnHeap();
  }

  /** {@code find(storyId, limit)}, each related story as {@code id reason score}. */
  List<String> find(String storyId, int limit) throws IOException {
    return lines(related.find(storyId, limit));
  }

  /**
   * The stages of {@code find(storyId, limit)} one by one, adding each one's wall time to {@code
   * wall} and this thread's CPU time to {@code cpu} (both indexed by {@link
   * RelatedStories.Stage#ordinal()}).
   */
  List<String> staged(String storyId, int limit, long[] wall, long[] cpu) throws IOException {
    Clock c = new Clock(wall, cpu);
    return lines(related.find(storyId, limit, c::lap));
  }

  /** This thread's CPU time in nanoseconds. */
  static long cpuNow() {
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

    void lap(RelatedStories.Stage stage) {
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
