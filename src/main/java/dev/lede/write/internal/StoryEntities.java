package dev.lede.write.internal;

import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityResolver;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The story's entities resolved across all its articles, each weighted by how many articles name it
 * (document frequency first), how often, and whether the titles name it.
 */
public final class StoryEntities {
  public final List<Entity> entities;
  public final Map<String, Double> weight = new LinkedHashMap<>();
  private final Map<Mention, String> keyOf = new IdentityHashMap<>();

  /**
   * Canonical names of the entities that two or more articles name (or name by one of its words):
   * what the story is about.
   */
  public final Set<String> shared = new HashSet<>();

  /** Lower-cased words of every alias, so that the event word is never part of a name. */
  public final Set<String> nameWords = new HashSet<>();

  public StoryEntities(List<Doc> docs) {
    List<Mention> all = new ArrayList<>();
    Map<String, Set<String>> docsOfWord = new java.util.HashMap<>();
    for (Doc d : docs) {
      all.addAll(d.mentions);
      for (Mention m : d.mentions) {
        for (String w : Words.lowerWords(m.text())) {
          docsOfWord.computeIfAbsent(w, k -> new HashSet<>()).add(d.id());
        }
      }
    }
    entities = EntityResolver.resolve(all);
    for (Entity e : entities) {
      Set<String> inDocs = new LinkedHashSet<>();
      for (Mention m : e.mentions()) {
        keyOf.put(m, e.canonical());
        inDocs.add(m.docId());
      }
      int titles = 0;
      for (Doc d : docs) {
        String t = d.input.title().orElse("");
        for (String alias : e.aliases()) {
          if (alias.length() > 2 && t.contains(alias)) {
            titles++;
            break;
          }
        }
      }
      double w = inDocs.size() + 0.5 * Math.log(1 + e.mentions().size()) + 0.5 * titles;
      if (e.type() == EntityType.OTHER) {
        w *= 0.6;
      }
      weight.put(e.canonical(), w);
      // Shared when two articles name it, or name something else by one of its words
      // ("Riverside County" and "Riverside").
      boolean sharedWord = false;
      for (String alias : e.aliases()) {
        for (String word : Words.lowerWords(alias)) {
          sharedWord |=
              word.length() > 3
                  && Words.isContent(word)
                  && docsOfWord.getOrDefault(word, Set.of()).size() >= 2;
        }
      }
      if (inDocs.size() >= 2 || sharedWord) {
        shared.add(e.canonical());
      }
      for (String alias : e.aliases()) {
        nameWords.addAll(Words.lowerWords(alias));
      }
    }
  }

  /** Canonical names of the story entities mentioned in a sentence of a document. */
  public Set<String> in(Doc doc, Sentence s) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : doc.mentions) {
      if (s.contains(m.start())) {
        String k = keyOf.get(m);
        if (k != null) {
          out.add(k);
        }
      }
    }
    return out;
  }

  /** The heaviest entities first, ties in resolver order. */
  public List<Entity> ranked() {
    List<Entity> out = new ArrayList<>(entities);
    out.sort((a, b) -> Double.compare(weight.get(b.canonical()), weight.get(a.canonical())));
    return out;
  }

  public double maxWeight() {
    return weight.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
