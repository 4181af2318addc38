package dev.lede.bench;

import dev.lede.related.RelatedStories;
import dev.lede.story.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@link RelatedStories#rank} over plain maps of the two legs' scores. */
final class RelatedRanking {
  private RelatedRanking() {}

  /**
   * Ranks merged candidates for a subject story; returns the picked ids, best first.
   *
   * @param bm25 BM25 score by candidate story
   * @param knn cosine by candidate story
   */
  static List<String> rank(
      String storyId,
      Set<String> entityKeys,
      Instant time,
      Map<String, Double> bm25,
      Map<String, Double> knn,
      Function<String, Optional<Story>> stories,
      Function<String, Optional<float[]>> vectorOf,
      int limit) {
    List<RelatedStories.Candidate> candidates = new ArrayList<>();
    Set<String> ids = new java.util.LinkedHashSet<>(bm25.keySet());
    ids.addAll(knn.keySet());
    for (String id : ids) {
      candidates.add(
          new RelatedStories.Candidate(
              id, bm25.getOrDefault(id, 0.0), Optional.ofNullable(knn.get(id)), stories.apply(id)));
    }
    return RelatedStories.rank(
            new RelatedStories.Subject(storyId, entityKeys, time), candidates, vectorOf, limit)
        .stream()
        .map(RelatedStories.Related::storyId)
        .toList();
  }
}
