package dev.lede.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The story clusterer's candidate retrieval and log: one entry per assigned article (its specific
 * terms, entity keys, embedding, publication time and the story it joined) and one per merge or
 * split, so that candidate stories are found by query instead of by scanning, and the clusterer's
 * state is replayed on open. The port a distributed engine can stand behind; {@code
 * dev.lede.index.lucene.LuceneCandidateIndex} is the Lucene one. Derived data: the owner rebuilds
 * it from the stored assignments when it is lost.
 *
 * <p>Searches are reproducible for a given input order: a hit scores the summed weights of the
 * query terms and keys it holds (weights rounded to 1/1024), ties go to the earlier article, and
 * only what {@link #refresh()} made searchable is found. One writer at a time.
 */
public interface CandidateIndex extends AutoCloseable {
  /** Kind of a {@link Change} that merged story {@code from} into {@code to}. */
  String MERGE = "merge";

  /** Kind of a {@link Change} that moved articles from story {@code from} to a new one. */
  String SPLIT = "split";

  /**
   * An assigned article as the clusterer compares it; arrays are handed over, not copied (one per
   * article on the assignment path).
   *
   * @param seq arrival number, from 0
   * @param id article id
   * @param story the story it joined
   * @param title headline
   * @param source outlet
   * @param published publication time; undated articles pass every time window
   * @param termCounts analysed term frequencies
   * @param keys entity keys, searchable
   * @param embedding unit-length embedding, empty without one (may come back slightly rounded)
   * @param script name of the text's script family, as the clusterer gave it (empty for entries
   *     written before scripts were kept)
   * @param sentences the outlet's sentence keys, for template detection on replay
   * @param lead the key of the name the text opens with, its subject (empty when none, and for
   *     entries written before leads were kept)
   */
  record Entry(
      int seq,
      String id,
      String story,
      String title,
      Optional<String> source,
      Optional<Instant> published,
      Map<String, Integer> termCounts,
      List<String> keys,
      float[] embedding,
      Optional<String> script,
      long[] sentences,
      Optional<String> lead) {}

  /** A merge ({@link #MERGE}) or split ({@link #SPLIT}) after article {@code seq}. */
  record Change(int seq, String kind, String from, String to, List<String> articles) {
    public Change {
      articles = List.copyOf(articles);
    }
  }

  /**
   * A matching article and the story it joined when it was indexed (it may have moved or merged
   * since).
   */
  record Hit(String article, String story) {}

  /** Opens candidate indexes: the clusterer asks for one when it starts. */
  interface Factory {
    /**
     * An index in memory, gone on close.
     *
     * @param vectors whether embeddings are searched by nearest neighbour too
     */
    CandidateIndex inMemory(boolean vectors) throws IOException;

    /** An index kept in {@code dir}, created when missing; what it holds is read back. */
    CandidateIndex open(Path dir, boolean vectors) throws IOException;
  }

  /** Adds an article, searchable by {@code indexedTerms} and its keys after {@link #refresh()}. */
  void addArticle(Entry article, Collection<String> indexedTerms) throws IOException;

  /** Records a merge or split, so that state can be replayed on open. */
  void addChange(Change change) throws IOException;

  /** Makes added articles searchable. */
  void refresh() throws IOException;

  /**
   * The best-matching articles, best first, without repeats: the {@code hits} best of the window
   * (or undated) sharing a term or key with the query, then up to {@code neighbours} nearest by
   * embedding (when the index keeps vectors).
   */
  List<Hit> search(
      Map<String, Float> terms,
      Map<String, Float> keys,
      float[] embedding,
      Optional<Instant> from,
      Optional<Instant> to,
      int hits,
      int neighbours)
      throws IOException;

  /** The story an article joined when it was indexed, when it is searchable. */
  Optional<String> storyOf(String articleId) throws IOException;

  /** One article, when it is searchable. */
  Optional<Entry> load(String articleId) throws IOException;

  /**
   * Whether {@link #forEachArticle} gives the articles in arrival order; else {@link #readAll} must
   * be sorted.
   */
  boolean inArrivalOrder() throws IOException;

  /** Receives stored articles one at a time. */
  @FunctionalInterface
  interface EntrySink {
    void accept(Entry article) throws IOException;
  }

  /**
   * Every stored article, without holding them all (arrival order when {@link #inArrivalOrder}).
   */
  void forEachArticle(EntrySink sink) throws IOException;

  /** Every stored merge and split, unordered. */
  List<Change> changes() throws IOException;

  /** Every stored article and change, unordered. */
  void readAll(List<Entry> articles, List<Change> changes) throws IOException;

  /** Makes everything added durable. */
  void commit() throws IOException;

  @Override
  void close() throws IOException;
}
