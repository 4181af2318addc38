package dev.lede.story;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one story: the articles covering one real-world event.
 *
 * @param id stable story id ({@code s-} and a hash of its first article's id)
 * @param articleIds member articles in arrival order
 * @param outlets distinct outlet names, sorted
 * @param firstSeen earliest publication time among members, when any has one
 * @param lastSeen latest publication time among members
 * @param topTerms the most characteristic analysed terms (stems), best first
 * @param entityKeys the entity keys most members share, best first
 * @param timeline members by publication time (undated ones last, in arrival order)
 */
public record Story(
    String id,
    List<String> articleIds,
    List<String> outlets,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    List<String> topTerms,
    List<String> entityKeys,
    List<TimelineEntry> timeline) {

  public Story {
    Objects.requireNonNull(id, "id");
    articleIds = List.copyOf(articleIds);
    outlets = List.copyOf(outlets);
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    topTerms = List.copyOf(topTerms);
    entityKeys = List.copyOf(entityKeys);
    timeline = List.copyOf(timeline);
  }

  /** Number of member articles. */
  public int size() {
    return articleIds.size();
  }

  /**
   * One member article on the story's timeline.
   *
   * @param articleId the article
   * @param published its publication time
   * @param title its headline
   * @param source its outlet
   */
  public record TimelineEntry(
      String articleId, Optional<Instant> published, String title, Optional<String> source) {}
}
