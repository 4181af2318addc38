package dev.lede.write.internal;

import dev.lede.nlp.EntityExtractor;
import dev.lede.nlp.Fact;
import dev.lede.nlp.FactExtractor;
import dev.lede.nlp.FactKind;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The same fact told twice: two sentences with the same actor (a name the entity extractor finds,
 * compared by its last word, so "Barack Obama" and "Obama" are one actor; or no actor in either),
 * the same amounts (the less detailed one's amounts all in the other's, from the fact extractor)
 * and the same event (the event word its verb or noun stands for, {@link EventWords}; with none in
 * either, a share of their content words).
 */
public final class Restatements {
  private Restatements() {}

  /** With no event word in either sentence, the share of content words that makes them one fact. */
  private static final double SAME_WORDS = 0.3;

  private static final Pattern ATTRIBUTED =
      Pattern.compile("\\b(?:said|says|told|according to|reported|announced|confirmed)\\b");

  /**
   * What a sentence states, for comparing facts.
   *
   * @param actors last words of the names in it, lower case
   * @param amounts normalised amounts (money, quantities, percentages)
   * @param events event words of its verbs and nouns
   * @param content its content words
   * @param attributed whether it says who said it
   */
  public record Signature(
      Set<String> actors,
      Set<String> amounts,
      Set<String> events,
      Set<String> content,
      boolean attributed) {
    /** How much the sentence tells: amounts first, then names, words, an attribution. */
    public double information() {
      return 2 * amounts.size() + actors.size() + content.size() / 10.0 + (attributed ? 1 : 0);
    }
  }

  public static Signature of(String sentence) {
    Set<String> actors = new LinkedHashSet<>();
    for (Mention m : EntityExtractor.extract(sentence)) {
      String[] parts = m.text().split("\\s+");
      actors.add(parts[parts.length - 1].replaceAll("['’]s$", "").toLowerCase(Locale.ROOT));
    }
    Set<String> amounts = new LinkedHashSet<>();
    for (Fact f : FactExtractor.extract(sentence)) {
      if (f.kind() == FactKind.MONEY
          || f.kind() == FactKind.QUANTITY
          || f.kind() == FactKind.PERCENT) {
        amounts.add(f.value());
      }
    }
    Set<String> events = new LinkedHashSet<>();
    for (Token t : Tokenizer.tokenize(sentence)) {
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      EventWords.eventOfVerb(w).ifPresent(events::add);
      String stem = Words.stem(w);
      if (EventWords.isEventNoun(stem)) {
        events.add(stem);
      }
    }
    return new Signature(
        actors,
        amounts,
        events,
        new HashSet<>(Words.contentWords(sentence)),
        ATTRIBUTED.matcher(sentence).find());
  }

  /** Whether the two sentences state the same fact. */
  public static boolean restates(Signature a, Signature b) {
    if (a.amounts.isEmpty() || b.amounts.isEmpty()) {
      return false;
    }
    Signature less = a.information() <= b.information() ? a : b;
    Signature more = less == a ? b : a;
    if (!more.amounts.containsAll(less.amounts)) {
      return false;
    }
    // A name opening a sentence is not always found as one: its word among the other's counts.
    boolean sameActor =
        a.actors.isEmpty() && b.actors.isEmpty()
            || !Collections.disjoint(a.actors, b.actors)
            || !Collections.disjoint(a.actors, b.content)
            || !Collections.disjoint(b.actors, a.content);
    if (!sameActor) {
      return false;
    }
    if (!a.events.isEmpty() || !b.events.isEmpty()) {
      return !Collections.disjoint(a.events, b.events);
    }
    return Vectors.jaccard(a.content, b.content) >= SAME_WORDS;
  }

  /** The pairs (i, j), i before j, of sentences that state the same fact. */
  public static List<int[]> pairs(List<String> sentences) {
    List<Signature> sigs = sentences.stream().map(Restatements::of).toList();
    List<int[]> out = new java.util.ArrayList<>();
    for (int j = 0; j < sigs.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (restates(sigs.get(i), sigs.get(j))) {
          out.add(new int[] {i, j});
        }
      }
    }
    return out;
  }
}
