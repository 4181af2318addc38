package dev.lede.story.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One analysed article, as the clusterer compares and stores it.
 *
 * @param id article id
 * @param seq arrival number, from 0
 * @param title headline
 * @param source outlet
 * @param published publication time
 * @param termCounts analysed term frequencies (kept for the index and for rebuilding state)
 * @param termIds dictionary ids of the terms of {@code termCounts}, in its order
 * @param terms {@code 1 + ln tf} per term id, scaled to unit length, pruned to the most specific
 * @param keyStrings entity keys
 * @param keys 1 per entity-key id
 * @param lead the key of the name the text opens with ({@link dev.lede.story.EntityKeys#lead})
 * @param embedding unit-length embedding, empty without an embedder
 * @param script script family of the text, whose embedding background applies
 * @param sentenceKeys the outlet's keys of its sentences ({@link Boilerplate#keys}), for the index
 */
public record ArticleFeatures(
    String id,
    int seq,
    String title,
    Optional<String> source,
    Optional<Instant> published,
    Map<String, Integer> termCounts,
    int[] termIds,
    SparseVector terms,
    List<String> keyStrings,
    SparseVector keys,
    Optional<String> lead,
    float[] embedding,
    TextAnalysis.Script script,
    long[] sentenceKeys) {

  /**
   * This without the term counts, term ids and sentence keys, which only the index needs; what
   * caches keep.
   */
  public ArticleFeatures withoutTermCounts() {
    return termCounts.isEmpty() && sentenceKeys.length == 0
        ? this
        : new ArticleFeatures(
            id,
            seq,
            title,
            source,
            published,
            Map.of(),
            new int[0],
            terms,
            keyStrings,
            keys,
            lead,
            embedding,
            script,
            new long[0]);
  }
}
