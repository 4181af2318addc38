package dev.lede.story.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clusterer's split check: two-means over a story's members, seeded by its least typical member
 * and the member least like that one, keeping a division only when the two parts would not have
 * merged.
 */
final class StorySplit {
  private static final int ITERATIONS = 6;

  private final Similarity similarity;
  private final TermDictionary terms;
  private final TermDictionary keys;

  StorySplit(Similarity similarity, TermDictionary terms, TermDictionary keys) {
    this.similarity = similarity;
    this.terms = terms;
    this.keys = keys;
  }

  /**
   * The part of {@code members} (a sample of {@code story}'s) that leaves the story: the one
   * without {@code firstArticle}, or the newer one when the sample leaves the first article out;
   * empty when the story is not divided.
   */
  Optional<List<ArticleFeatures>> partLeaving(
      List<ArticleFeatures> members, StoryState story, String firstArticle) {
    ArticleFeatures seedA = leastLike(members, story, null);
    StoryState a = group(List.of(seedA));
    ArticleFeatures seedB = leastLike(members, a, seedA);
    StoryState b = group(List.of(seedB));
    List<ArticleFeatures> inA = new ArrayList<>();
    List<ArticleFeatures> inB = new ArrayList<>();
    for (int it = 0; it < ITERATIONS; it++) {
      List<ArticleFeatures> nextA = new ArrayList<>();
      List<ArticleFeatures> nextB = new ArrayList<>();
      for (ArticleFeatures m : members) {
        (similarity.score(m, a) >= similarity.score(m, b) ? nextA : nextB).add(m);
      }
      if (nextA.equals(inA) || nextA.isEmpty() || nextB.isEmpty()) {
        inA = nextA;
        inB = nextB;
        break;
      }
      inA = nextA;
      inB = nextB;
      a = group(inA);
      b = group(inB);
    }
    if (inA.size() < 2 || inB.size() < 2) {
      return Optional.empty();
    }
    if (similarity.score(a, b) >= similarity.splitThreshold(inA.size(), inB.size())) {
      return Optional.empty();
    }
    boolean firstInA = inA.stream().anyMatch(m -> m.id().equals(firstArticle));
    boolean firstInB = inB.stream().anyMatch(m -> m.id().equals(firstArticle));
    // When the first article is outside the sample, the older part stays.
    if (!firstInA && !firstInB) {
      return Optional.of(inA.get(0).seq() > inB.get(0).seq() ? inA : inB);
    }
    return Optional.of(firstInA ? inB : inA);
  }

  private ArticleFeatures leastLike(
      List<ArticleFeatures> members, StoryState reference, ArticleFeatures skip) {
    ArticleFeatures pick = null;
    double lowest = Double.MAX_VALUE;
    for (ArticleFeatures m : members) {
      if (m == skip) {
        continue;
      }
      double s = similarity.score(m, reference);
      if (s < lowest) {
        lowest = s;
        pick = m;
      }
    }
    return pick;
  }

  private StoryState group(List<ArticleFeatures> members) {
    StoryState g = new StoryState("", 0);
    for (ArticleFeatures m : members) {
      g.add(m, terms, keys);
    }
    return g;
  }
}
