package dev.lede.write.internal;

import dev.lede.nlp.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence is about another event than the story's: its names, event words and meaning.
 */
final class OffEvent {
  private OffEvent() {}

  /**
   * A sentence about another event: it names people or places, but none that another article of the
   * story names too, and neither an event word of the lede nor a meaning close to it ("Promises is
   * the home away from home for many stars including Britney Spears" in a story on Tara Reid's
   * rehab; a boxing card's undercard bout in a story on its main fight). Only the lede, the story's
   * event, is compared: the body chosen so far may hold side facts of its own.
   */
  static boolean offEvent(Candidate c, StoryEntities entities, List<Candidate> lede) {
    if (c.entityKeys.isEmpty() || !java.util.Collections.disjoint(c.entityKeys, entities.shared)) {
      return false;
    }
    // An event word in common does not make it this event when it tells of other people: an
    // earlier one ("Earlier this year, Amy Bishop ... was charged with murder in a campus shooting"
    // in a story on another shooting), or two people the story names nowhere else (an undercard
    // bout's winner and loser in a story on the main fight).
    boolean otherPeople =
        c.role == Candidate.Role.BACKGROUND || persons(c.entityKeys, entities) >= 2;
    for (Candidate s : lede) {
      if (!otherPeople
              && !java.util.Collections.disjoint(s.signature().events(), c.signature().events())
          || Redundancy.vectorsOver(s, c, COSINE)) {
        return false;
      }
    }
    return true;
  }

  /** How many of {@code keys} are people. */
  private static int persons(Set<String> keys, StoryEntities entities) {
    int n = 0;
    for (dev.lede.nlp.Entity e : entities.entities) {
      n += e.type() == EntityType.PERSON && keys.contains(e.canonical()) ? 1 : 0;
    }
    return n;
  }

  /** Stories of fewer articles name too few things twice to tell another event by its names. */
  static final int FROM = 4;

  /** MiniLM cosine to a chosen sentence over which a sentence is about the same event. */
  static final double COSINE = 0.5;
}
