package dev.lede.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which story each article belongs to, kept beside the articles (the source of truth; the
 * clusterer's own index is derived from these rows). Assignments and the merges they cause commit
 * together.
 */
public interface StoryStore {

  /**
   * One article's place in a story.
   *
   * @param articleId the article
   * @param storyId the story it belongs to now
   * @param assignedAt when
   */
  record Assignment(String articleId, String storyId, Instant assignedAt) {}

  /**
   * A change to earlier assignments that placing one article caused.
   *
   * @param from the story articles leave
   * @param to the story they join
   * @param articleIds the articles that move; empty means all of {@code from} (a merge, after which
   *     {@code from} is retired and resolves to {@code to})
   */
  record Move(String from, String to, List<String> articleIds) {
    public Move {
      articleIds = List.copyOf(articleIds);
    }

    public boolean isMerge() {
      return articleIds.isEmpty();
    }
  }

  /**
   * Records an assignment and the moves it caused, in one transaction, in order. The same
   * transaction marks every story whose articles changed as owing a write ({@link
   * WrittenStoryStore#owed()}); a story merged away owes none.
   */
  void assign(Assignment a, List<Move> moves);

  /** Article ids of a story, in assignment order. */
  List<String> articlesOf(String storyId);

  /** Live story ids with their article counts, most recently assigned first. */
  Map<String, Integer> storySizes();

  /** Every assignment, in the order made. */
  List<Assignment> assignments();

  /** Retired story ids mapped to the story that absorbed them (one hop). */
  Map<String, String> merges();

  /**
   * The live story an id now belongs to, following merges (a chain too long to be real is taken as
   * a cycle). One indexed look-up per merge followed: an id never merged costs one.
   */
  String resolve(String storyId);

  /**
   * {@link #resolve} of many ids at once: each id mapped to its live story, in the order given
   * (duplicates once). A few statements in all, one per merge hop (and per batch of ids).
   */
  Map<String, String> resolveAll(Collection<String> storyIds);

  /**
   * The live story of each assigned article among {@code articleIds} ({@link #storyOf} then {@link
   * #resolve}), in the order given; unassigned articles are left out.
   */
  Map<String, String> liveStoriesOf(Collection<String> articleIds);

  /** Articles stored but not yet assigned to a story, in storage order. */
  List<String> unassignedArticleIds();

  /** The story an article belongs to now. */
  Optional<String> storyOf(String articleId);
}
