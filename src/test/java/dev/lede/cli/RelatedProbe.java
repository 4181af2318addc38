package dev.lede.cli;

import dev.lede.index.SearchIndex;
import dev.lede.story.StoryVectors;
import java.io.IOException;
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

  private RelatedProbe(Newsroom room) {
    this.room = room;
    this.related = new RelatedStories(room);
  }

  /**
   * Opens the data folder as {@code lede related} does, and readies the clusterer and the story
   * vectors (which the first query would otherwise do).
   */
  public static RelatedProbe open(Path dir) throws IOException {
    Newsroom room = Newsroom.open(dir);
    try {
      room.clusterer();
      room.related().vectors();
      return new RelatedProbe(room);
    } catch (IOException | RuntimeException e) {
      room.close();
      throw e;
    }
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
   * nanos} (indexed by {@link Stage#ordinal()}).
   */
  public List<String> staged(String storyId, int limit, long[] nanos) throws IOException {
    long t = System.nanoTime();
    Optional<RelatedStories.Query> q = related.query(storyId);
    t = lap(nanos, Stage.SUBJECT, t);
    if (q.isEmpty()) {
      return List.of();
    }
    List<SearchIndex.Hit> hits = related.textHits(q.get());
    t = lap(nanos, Stage.BM25, t);
    List<StoryVectors.Neighbour> near = related.meaningHits(q.get());
    t = lap(nanos, Stage.KNN, t);
    Map<String, Double> bm25 = related.textScores(q.get(), hits);
    Map<String, Double> knn = related.meaningScores(q.get(), near);
    t = lap(nanos, Stage.LOOKUPS, t);
    List<RelatedStories.Candidate> candidates = related.candidates(bm25, knn);
    t = lap(nanos, Stage.SNAPSHOTS, t);
    List<RelatedStories.Related> out =
        RelatedStories.rank(q.get().subject(), candidates, related::vectorOf, limit);
    lap(nanos, Stage.RANK, t);
    return lines(out);
  }

  private static long lap(long[] nanos, Stage stage, long since) {
    long now = System.nanoTime();
    nanos[stage.ordinal()] += now - since;
    return now;
  }

  private static List<String> lines(List<RelatedStories.Related> related) {
    return related.stream().map(r -> r.storyId() + " " + r.reason() + " " + r.score()).toList();
  }

  @Override
  public void close() throws IOException {
    room.close();
  }
}
