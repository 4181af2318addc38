package dev.lede.web;

import java.util.List;
import java.util.Objects;

/**
 * An entity page: the entity and its stories.
 *
 * @param entity the entity
 * @param aliases other spellings merged into it, e.g. "Lee Jae Myung"
 * @param stories its stories, newest first (shown as a timeline)
 */
public record EntityPage(EntityRef entity, List<String> aliases, List<StoryView> stories) {
  public EntityPage {
    Objects.requireNonNull(entity, "entity");
    aliases = List.copyOf(aliases);
    stories = List.copyOf(stories);
  }
}
