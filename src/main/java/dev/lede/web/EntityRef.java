package dev.lede.web;

import java.util.Objects;

/**
 * A link to an entity page.
 *
 * @param key the entity's key in URLs, e.g. {@code xi-jinping}
 * @param name display name, e.g. "Xi Jinping"
 * @param kind person, organisation or place
 */
public record EntityRef(String key, String name, EntityKind kind) {
  public EntityRef {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** The entity page's path. */
  public String path() {
    return SitePaths.entity(key);
  }
}
