package dev.lede.write.internal;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence tells something the chosen sentences do not: a name, an amount or a kind of
 * event they lack; a sentence naming no one is new unless it retells a told sentence in its words.
 */
final class NewFacts {
  private NewFacts() {}

  /**
   * Whether {@code s} tells something {@code said} does not: a name, an amount or an event word
   * none of them gives. Another outlet's sentence without one only retells what the story has. A
   * sentence that names no one the story names is not judged here (its words say whether it is
   * new).
   */
  static boolean addsFact(FactSignature s, List<FactSignature> said) {
    Set<String> actors = new HashSet<>();
    said.forEach(x -> actors.addAll(x.actors()));
    if (s.actors().isEmpty() && Collections.disjoint(s.content(), actors)) {
      return !retoldUnnamed(s, said);
    }
    Set<String> names = new HashSet<>();
    Set<String> amounts = new HashSet<>();
    Set<String> events = new HashSet<>();
    for (FactSignature x : said) {
      names.addAll(x.actors());
      names.addAll(x.content());
      amounts.addAll(x.amounts());
      events.addAll(x.events());
    }
    // Events compared by kind: "charged with criminally negligent homicide after he struck and
    // killed a woman" tells no event "died after being hit ... the driver is facing manslaughter
    // charges" does not.
    return !names.containsAll(s.actors())
        || !amounts.containsAll(s.amounts())
        || !EventKinds.of("", events).containsAll(EventKinds.of("", s.events()));
  }

  /**
   * The share of an unnamed sentence's content words that one told sentence of the same kind of
   * event has, from which it retells that sentence: "Police say a recently laid off employee opened
   * fire shortly after entering the party, killing one male employee" after "... the recently fired
   * man opened fire at a Vancouver office Friday, killing Benjamin David Banky" (5 of 12).
   */
  static final double RETOLD_WORDS = 0.3;

  /**
   * Whether a sentence that names no one retells a told one: an event of a kind told ({@link
   * EventKinds}: "opened fire" and "shot", "thieves stole" and "the heist"), no amount the story
   * lacks, and {@value #RETOLD_WORDS} of its content words in one told sentence of that kind.
   */
  static boolean retoldUnnamed(FactSignature s, List<FactSignature> said) {
    if (s.events().isEmpty()) {
      return false;
    }
    Set<String> kinds = EventKinds.of("", s.events());
    Set<String> amounts = new HashSet<>();
    said.forEach(x -> amounts.addAll(x.amounts()));
    if (!amounts.containsAll(s.amounts())) {
      return false;
    }
    for (FactSignature t : said) {
      if (Collections.disjoint(kinds, EventKinds.of("", t.events()))) {
        continue;
      }
      long common = s.content().stream().filter(t.content()::contains).count();
      if (common >= RETOLD_WORDS * s.content().size()) {
        return true;
      }
    }
    return false;
  }
}
