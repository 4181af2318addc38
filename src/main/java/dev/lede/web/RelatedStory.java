package dev.lede.web;

import java.util.Objects;

/**
 * A story related to another one.
 *
 * @param story the related story
 * @param reason why it is related, for readers, e.g. "Earlier: same people, Lee Jae-myung and Xi
 *     Jinping"
 */
public record RelatedStory(StoryView story, String reason) {
  public RelatedStory {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(reason, "reason");
  }
}
