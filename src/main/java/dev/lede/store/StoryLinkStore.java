package dev.lede.store;

import dev.lede.model.Require;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Stories told in other languages that report the same event: each story written from one
 * language's sources is an edition, and the editions of one event form a group named by its
 * earliest story. Derived from the stories (re-linked after each ingest), kept so that serving
 * processes read it.
 *
 * <p>Beside the links it keeps each story's {@link Summary}: its span in time and the linker's
 * evidence, so re-linking after an ingest reads only the stories near the changed ones in time, not
 * every article.
 */
public interface StoryLinkStore {
  /** Every linked story and its group id (stories in no group are absent). */
  Map<String, String> groups();

  /** The stories of {@code storyId}'s group, itself included, in id order; just it when alone. */
  List<String> editionsOf(String storyId);

  /**
   * Replaces the links of {@code stories} by {@code groups} (story -> group id) in one transaction:
   * a story of {@code stories} absent from {@code groups}, or its own group alone, ends linked to
   * nothing; links of other stories stay.
   */
  void relink(Collection<String> stories, Map<String, String> groups);

  /**
   * What linking needs of one story, kept between runs.
   *
   * @param storyId the story
   * @param first its earliest article's time
   * @param last its latest article's time (not before {@code first})
   * @param evidence the linker's evidence, opaque to the store
   */
  record Summary(String storyId, Instant first, Instant last, String evidence) {
    public Summary {
      Require.nonNull("storyId first last evidence", storyId, first, last, evidence);
      if (last.isBefore(first)) {
        throw new IllegalArgumentException(
            "story " + storyId + ": last " + last + " is before first " + first);
      }
    }
  }

  /**
   * Stores {@code put} (replacing summaries of the same stories) and removes the summaries and
   * links of {@code gone}, in one transaction.
   */
  void putSummaries(Collection<Summary> put, Collection<String> gone);

  /** The summaries of the stories whose span meets [{@code from}, {@code to}]. */
  List<Summary> summariesBetween(Instant from, Instant to);

  /** The summaries of {@code storyIds} that are kept (others are absent). */
  List<Summary> summaries(Collection<String> storyIds);

  /** How many story summaries are kept. */
  long summaryCount();
}
