package dev.lede.story;

import java.util.List;
import java.util.Objects;

/**
 * Where one article went, and what else changed because of it.
 *
 * @param articleId the article
 * @param storyId the story it belongs to once {@code changes} are applied
 * @param newStory whether the article started a story
 * @param score similarity to the story it joined, in [0, 1]; 0 for a new story
 * @param changes merges and splits this article set off, in the order they happened; empty for most
 *     articles
 */
public record Assignment(
    String articleId, String storyId, boolean newStory, double score, List<StoryChange> changes) {

  public Assignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    changes = List.copyOf(changes);
  }
}
