package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import dev.lede.nlp.EntityExtractor;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Fact;
import dev.lede.nlp.FactExtractor;
import dev.lede.nlp.FactKind;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Token;
import dev.lede.nlp.TokenisedText;
import dev.lede.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence states, for comparing facts.
 *
 * @param actors last words of the names in it, lower case
 * @param amounts normalised amounts (money, quantities, percentages)
 * @param events event words of its verbs and nouns
 * @param acts the event words of its verbs alone ("sentenced", "died")
 * @param content its content words
 * @param attributed whether it says who said it
 * @param counts the things it counts ({@link FactKeys#counts})
 * @param lemmas the acts its verbs tell, by root ({@link FactKeys#acts})
 * @param people last words of the people it names, lower case
 * @param deeds who did what to whom ({@link FactKeys#deeds})
 */
public record FactSignature(
    Set<String> actors,
    Set<String> amounts,
    Set<String> events,
    Set<String> acts,
    Set<String> content,
    boolean attributed,
    Set<String> counts,
    Set<String> lemmas,
    Set<String> people,
    Set<String> deeds) {
  /** How much the sentence tells: amounts first, then names, words, an attribution. */
  public double information() {
    return 2 * amounts.size() + actors.size() + content.size() / 10.0 + (attributed ? 1 : 0);
  }

  static final Pattern ATTRIBUTED =
      Pattern.compile("\\b(?:said|says|told|according to|reported|announced|confirmed)\\b");

  /** Event words by the phrases that tell them in other words ({@code event-phrases.txt}). */
  static final Map<String, List<Pattern>> EVENT_PHRASES = eventPhrases();

  static Map<String, List<Pattern>> eventPhrases() {
    Map<String, List<Pattern>> out = new LinkedHashMap<>();
    for (String line : WordLists.lines(FactSignature.class, "event-phrases.txt")) {
      String[] kv = line.split(" = ", 2);
      if (kv.length != 2) {
        throw new IllegalStateException(
            "event-phrases.txt: not an 'event = phrase | ...' line: " + line);
      }
      List<Pattern> ps = new ArrayList<>();
      for (String phrase : kv[1].split("\\|")) {
        String words = Pattern.quote(phrase.strip()).replace("*", "\\E\\S+\\Q");
        ps.add(Pattern.compile(" " + words + " "));
      }
      out.put(kv[0].strip(), ps);
    }
    return out;
  }

  /**
   * "a two million - euro heist", "a 2 million-euro haul": the amount an adjective, read as "two
   * million euro" so it meets "€2 million" of another outlet.
   */
  private static final Pattern MILLION_CURRENCY =
      Pattern.compile("(?i)\\b(million|billion)\\s*-\\s*(euros?|dollars?|pounds?|yen|yuan|won)\\b");

  /**
   * Event words that name one event: "the earthquake" and "the quake", "the blaze" and "the fire".
   */
  private static final Map<String, String> SAME_EVENT =
      Map.of("earthquake", "quake", "earthquakes", "quake", "blaze", "fire");

  public static FactSignature of(String sentence) {
    Set<String> actors = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    for (Mention m : EntityExtractor.extract(sentence)) {
      String[] parts = m.text().split("\\s+");
      String last = parts[parts.length - 1].replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
      actors.add(last);
      if (m.type() == EntityType.PERSON) {
        people.add(last);
      }
    }
    Set<String> amounts = new LinkedHashSet<>();
    // "fallen 2, 000ft" in a tokenised source tells the amount of another's "fell around 2000ft".
    String figures =
        TokenisedText.isTokenised(sentence) ? TokenisedText.joined(sentence) : sentence;
    for (Fact f : FactExtractor.extract(MILLION_CURRENCY.matcher(figures).replaceAll("$1 $2"))) {
      if (f.kind() == FactKind.MONEY
          || f.kind() == FactKind.QUANTITY
          || f.kind() == FactKind.PERCENT) {
        amounts.add(f.value());
      }
    }
    Set<String> events = new LinkedHashSet<>();
    Set<String> acts = new LinkedHashSet<>();
    List<Token> tokens = new ArrayList<>();
    Tokenizer.tokenize(sentence).forEach(tokens::add);
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      boolean toInfinitive =
          k + 1 < tokens.size() && tokens.get(k + 1).text().equalsIgnoreCase("to");
      if (!toInfinitive) {
        // "tried to board", "tries to": an attempt at the next verb's act, no trial of its own
        EventWords.eventOfVerb(w).ifPresent(events::add);
        EventWords.eventOfVerb(w).ifPresent(acts::add);
      }
      String stem = Words.stem(w);
      if (EventWords.isEventNoun(stem)) {
        events.add(stem);
      }
    }
    String lower = " " + String.join(" ", Words.lowerWords(sentence)) + " ";
    for (Map.Entry<String, List<Pattern>> e : EVENT_PHRASES.entrySet()) {
      for (Pattern p : e.getValue()) {
        if (p.matcher(lower).find()) {
          events.add(e.getKey());
          acts.add(e.getKey());
        }
      }
    }
    for (Map.Entry<String, String> e : SAME_EVENT.entrySet()) {
      if (events.remove(e.getKey())) {
        events.add(e.getValue());
      }
    }
    return new FactSignature(
        actors,
        amounts,
        events,
        acts,
        new HashSet<>(Words.contentWords(sentence)),
        ATTRIBUTED.matcher(sentence).find(),
        FactKeys.counts(sentence),
        FactKeys.acts(sentence),
        people,
        FactKeys.deeds(sentence));
  }

  /** The same signature with other deeds ({@link Descriptions#named}). */
  FactSignature withDeeds(Set<String> other) {
    return other.equals(deeds)
        ? this
        : new FactSignature(
            actors, amounts, events, acts, content, attributed, counts, lemmas, people, other);
  }

  /** A name both sentences give (by its last word, or one's name among the other's words). */
  static boolean sharesActor(FactSignature a, FactSignature b) {
    return !Collections.disjoint(a.actors(), b.actors())
        || !Collections.disjoint(a.actors(), b.content())
        || !Collections.disjoint(b.actors(), a.content());
  }
}
