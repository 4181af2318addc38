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

  /**
   * A stray: a sentence whose embedding is far from both the story's centre (the mean of its
   * outlets' sentences, {@link Scoring#vectorCentre}) and every lede sentence, so it tells a side
   * matter or another event, whatever names it shares ("Scholz lives across the hall from LuAnn and
   * her husband Leroy" in the story of LuAnn Johnson's death in a Sam's Club parking lot, "Kraft
   * ... also makes Oreo cookies" in the story of a shooting at its plant, "Bowe is most remembered
   * for his three fights with Evander Holyfield" in the story of Klitschko's win). Only a sentence
   * with a vector is judged: the lexical estimate of its centrality is too rough for it.
   */
  static boolean stray(Candidate c, float[] centre, List<Candidate> lede) {
    if (!c.hasVector() || centre.length != c.vector.length) {
      return false;
    }
    if (Vectors.cosine(c.vector, centre) >= STRAY_CENTRALITY) {
      return false;
    }
    boolean eventCentre = false;
    for (Candidate s : lede) {
      eventCentre |=
          s.hasVector()
              && s.vector.length == centre.length
              && Vectors.cosine(s.vector, centre) >= EVENT_CENTRE;
    }
    if (!eventCentre) {
      return false; // a centre no lede sentence is close to tells no event to stray from
    }
    for (Candidate s : lede) {
      if (Redundancy.vectorsOver(s, c, STRAY_LEDE)) {
        return false; // a detail of the lede's own fact ("Mr Pitman ... entered a not guilty plea")
      }
    }
    return true;
  }

  /**
   * MiniLM cosine to the story's centre under which a body sentence may be a stray: on the 143 dev
   * stories the body sentences the selection picked lie at 0.06-0.93 (a tenth under 0.34), and
   * those under 0.30 are mostly side matters ("May 2, 2013 1: 35 pm.", a neighbour, a wedding, the
   * company's other products, an earlier fight of another boxer).
   */
  static final double STRAY_CENTRALITY = 0.30;

  /**
   * Candidates with a vector from which their mean is the story's centre: the MiniLM writer embeds
   * 32 of each story's sentences; a writer capped at a few embeds little more than the leads.
   */
  static final int CENTRE_FROM = 8;

  /**
   * MiniLM cosine of a lede sentence to the story's centre from which the centre is the story's
   * event: on the 143 dev stories the multi-outlet ledes lie at 0.57-0.93.
   */
  static final double EVENT_CENTRE = 0.5;

  /**
   * MiniLM cosine to a lede sentence from which a sentence far from the story's centre still tells
   * the lede's news: the accused's plea in a story of the fire he is charged with (0.52), the
   * driver's arraignment in a story of the crash he is charged with (0.36).
   */
  static final double STRAY_LEDE = 0.35;

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
