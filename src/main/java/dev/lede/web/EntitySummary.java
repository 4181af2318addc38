package dev.lede.web;

import java.util.Objects;

/**
 * An entity as listed on the entity index.
 *
 * @param entity the entity
 * @param stories number of stories about it
 */
public record EntitySummary(EntityRef entity, int stories) {
  public EntitySummary {
    Objects.requireNonNull(entity, "entity");
  }
}
