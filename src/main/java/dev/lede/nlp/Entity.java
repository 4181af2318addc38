package dev.lede.nlp;

import dev.lede.nlp.internal.Names;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person, organisation or place with every name it was mentioned by merged into one.
 *
 * @param canonical the fullest name seen ("Lee Jae-myung", "European Commission", "United States")
 * @param type the type most mentions agree on
 * @param aliases every distinct surface form, the canonical name included
 * @param mentions the mentions, in document order
 */
public record Entity(
    String canonical, EntityType type, Set<String> aliases, List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    aliases = Set.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }

  /**
   * A normalised key usable as an index term: lower case, no accents, spaces, hyphens or corporate
   * suffixes ({@code "Lee Jae-myung"} gives {@code "leejaemyung"}, {@code "Apple Inc."} gives
   * {@code "apple"}). Two entities with the same key were judged the same name.
   */
  public String key() {
    return EntityResolver.nameKey(canonical, type);
  }

  /** {@link Names#fold} of the canonical name, with spaces: for display-independent matching. */
  public String foldedName() {
    return Names.fold(canonical);
  }
}
