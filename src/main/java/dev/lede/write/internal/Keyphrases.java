package dev.lede.write.internal;

import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the story's keyphrase: its heaviest entity (a person's name variants counted as one), a
 * second one when both fit in three words, and the event word: the known event noun that the most
 * articles use as the head of a phrase in their title and first sentences, next to the main entity
 * and before the circumstances ("Lindsay Lohan rehab", "Bettie Page death", never "heart attack"'s
 * "attack"). The names and their ranking are {@link KeyphraseNames}', the event word {@link
 * KeyphraseEvents}'; how one occurrence is read is {@link EventWords}' job.
 */
public final class Keyphrases {
  private Keyphrases() {}

  /**
   * A keyphrase and its names-only variant (the entities without the event word), which the planner
   * prefers when only it lets the lede give a natural headline.
   *
   * @param full the keyphrase: names plus the event word
   * @param names the names alone; equal to {@code full} when there is no event word, empty when
   *     there are no names
   * @param shorter the first name and the event word, for a headline that has no room for both
   *     names; equal to {@code full} when it has one name
   */
  public record Choice(String full, String names, String shorter) {
    /** A choice whose keyphrase has at most one name. */
    public Choice(String full, String names) {
      this(full, names, full);
    }
  }

  /** The keyphrase, its words as written in the sources. */
  public static String pick(List<Doc> docs, StoryEntities entities) {
    return choose(docs, entities).full();
  }

  /** The keyphrase and its names-only variant. */
  public static Choice choose(List<Doc> docs, StoryEntities entities) {
    if (isKorean(docs)) {
      return KoreanKeyphrase.choose(docs, entities);
    }
    List<KeyphraseNames.Named> named = KeyphraseNames.rankedNames(docs, entities);
    List<Entity> ranked = new ArrayList<>();
    Map<Entity, Double> prominence = new HashMap<>();
    Map<Entity, String> display = new HashMap<>();
    for (KeyphraseNames.Named n : named) {
      ranked.add(n.entity());
      prominence.put(n.entity(), n.prominence());
      display.put(n.entity(), n.display());
    }
    List<String> parts = new ArrayList<>();
    Entity first = ranked.isEmpty() ? null : ranked.get(0);
    if (first != null) {
      String n1 = display.get(first);
      parts.add(n1);
      int words1 = n1.split("\\s+").length;
      for (int k = 1; k < ranked.size() && k < 4; k++) {
        Entity e = ranked.get(k);
        String n = display.get(e);
        int words = n.split("\\s+").length;
        // Two actors ("Lee Jae-myung Xi Jinping summit"), never a place and a person.
        boolean actors =
            first.type() != EntityType.PLACE
                && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION);
        if (actors
            && prominence.get(e) >= 0.6 * prominence.get(first)
            && words1 + words <= 3
            && !KeyphraseNames.overlaps(n1, n)) {
          parts.add(n);
          break;
        }
      }
    }
    String names = String.join(" ", parts);
    List<String> event = KeyphraseEvents.eventWords(docs, entities, first, parts.isEmpty() ? 2 : 1);
    String shorter =
        parts.size() > 1 && !event.isEmpty() ? parts.get(0) + " " + String.join(" ", event) : "";
    parts.addAll(event);
    if (parts.isEmpty()) {
      return new Choice("news", "");
    }
    String full = String.join(" ", parts);
    return new Choice(full, names, shorter.isEmpty() ? full : shorter);
  }

  static boolean isKorean(List<Doc> docs) {
    int ko = 0;
    for (Doc d : docs) {
      String t = d.text();
      ko += Korean.isKorean(t.length() > 2_000 ? t.substring(0, 2_000) : t) ? 1 : 0;
    }
    return ko * 2 > docs.size();
  }
}
