package dev.lede.write.internal;

import dev.lede.nlp.Fact;
import dev.lede.nlp.FactExtractor;
import dev.lede.nlp.FactKind;
import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The figures a sentence states about the story's event: an amount (from {@link FactExtractor})
 * with what it counts, read from the predicate right after it ("11 people <b>were killed</b>", "30
 * <b>injured</b>") or the measure right before it ("<b>magnitude</b> 6.1", "death <b>toll</b> rose
 * to 24"). Two figures with the same key say how much of the same thing; different values under one
 * key are a conflict to reconcile.
 */
public final class Figures {
  private Figures() {}

  /**
   * One figure.
   *
   * @param key what is counted: kind, unit and predicate ("QUANTITY|people|killed")
   * @param value the normalised amount
   * @param start where the figure's clause starts in the text (a qualifier such as "at least"
   *     included)
   * @param end where it ends (after the predicate)
   */
  public record Figure(String key, String value, int start, int end) {}

  /** Predicates after an amount, by the key word they stand for. */
  static final Map<String, String> AFTER = new LinkedHashMap<>();

  /** Measures right before an amount ("magnitude 6.1", "toll rose to 24"). */
  private static final Map<String, String> BEFORE =
      Map.of("magnitude", "magnitude", "toll", "killed");

  /** Verbs right before an amount that say what it counts ("killing at least 7 people"). */
  private static final Map<String, String> VERB_BEFORE = new LinkedHashMap<>();

  /** Nouns that count people: "two villagers injured" and "five people injured" are one count. */
  private static final Set<String> PEOPLE =
      Set.of("people", "persons", "villagers", "residents", "civilians", "others", "person");

  /** Words that belong to an amount's clause when they stand right before it. */
  private static final Set<String> QUALIFIERS =
      Set.of("least", "more", "than", "about", "nearly", "some", "around", "almost", "over");

  static {
    for (String w : List.of("killed", "died", "dead", "deaths", "death", "dying", "perished")) {
      AFTER.put(w, "killed");
    }
    for (String w : List.of("injured", "wounded", "hurt", "injuries")) {
      AFTER.put(w, "injured");
    }
    for (String w : List.of("missing", "arrested", "evacuated", "rescued", "displaced")) {
      AFTER.put(w, w);
    }
    AFTER.put("magnitude", "magnitude");
    for (String w : List.of("killed", "killing", "kills", "kill")) {
      VERB_BEFORE.put(w, "killed");
    }
    for (String w : List.of("injured", "injuring", "injures", "wounded", "wounding", "wounds")) {
      VERB_BEFORE.put(w, "injured");
    }
  }

  /** The figures in a sentence, in order. */
  public static List<Figure> in(String sentence) {
    List<Figure> out = new ArrayList<>();
    // "Six people died": a number word opening the sentence is read as it is written elsewhere.
    String read =
        sentence.isEmpty()
            ? sentence
            : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    for (Fact f : FactExtractor.extract(read)) {
      if (f.kind() != FactKind.QUANTITY && f.kind() != FactKind.MONEY
          || partOfLargerNumber(sentence, f.start())) {
        continue;
      }
      List<Token> after = Tokenizer.tokenize(sentence, f.end(), sentence.length());
      Optional<Token> predicate = Optional.empty();
      int seen = 0;
      for (Token t : after) {
        if (t.kind() != Token.Kind.WORD) {
          if (".;:!?".contains(t.text())) {
            break;
          }
          continue;
        }
        if (AFTER.containsKey(lower(t))) {
          predicate = Optional.of(t);
          break;
        }
        if (++seen >= 4) {
          break;
        }
      }
      List<Token> before = Tokenizer.tokenize(sentence, 0, f.start());
      int start = clauseStart(sentence, before, f.start());
      String unit =
          f.unit().map(u -> PEOPLE.contains(u.toLowerCase(Locale.ROOT)) ? "people" : u).orElse("");
      Optional<String> verb = verbBefore(before);
      if (verb.isPresent() && !after.isEmpty()) {
        // "... killed 11 people": the clause is the sentence up to what the amount counts.
        int end = f.end();
        Token next = after.get(0);
        if (next.kind() == Token.Kind.WORD
            && next.start() <= f.end() + 1
            && (PEOPLE.contains(lower(next))
                || f.unit().isEmpty() && Words.isContent(lower(next)))) {
          end = next.end();
        }
        out.add(new Figure(f.kind() + "|" + unit + "|" + verb.get(), f.value(), 0, end));
        continue;
      }
      if (predicate.isPresent()) {
        String key = f.kind() + "|" + unit + "|" + AFTER.get(lower(predicate.get()));
        out.add(new Figure(key, f.value(), start, predicate.get().end()));
        continue;
      }
      Optional<String> measure = measureBefore(before);
      measure.ifPresent(m -> out.add(new Figure(f.kind() + "|" + m, f.value(), start, f.end())));
    }
    return out;
  }

  /** A counting verb right before an amount, past its qualifiers ("killing at least"). */
  private static Optional<String> verbBefore(List<Token> before) {
    for (int k = before.size() - 1; k >= 0 && k >= before.size() - 4; k--) {
      Token t = before.get(k);
      if (t.kind() != Token.Kind.WORD) {
        return Optional.empty();
      }
      String w = lower(t);
      if (VERB_BEFORE.containsKey(w)) {
        return Optional.of(VERB_BEFORE.get(w));
      }
      if (!QUALIFIERS.contains(w) && !w.equals("at")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A measure word among the four words before an amount. */
  private static Optional<String> measureBefore(List<Token> before) {
    int seen = 0;
    for (int k = before.size() - 1; k >= 0 && seen < 4; k--) {
      Token t = before.get(k);
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      seen++;
      String m = BEFORE.get(lower(t));
      if (m != null) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The amount's start, moved back over a qualifier ("at least 11", "more than 20"). */
  private static int clauseStart(String s, List<Token> before, int at) {
    int start = at;
    for (int k = before.size() - 1; k >= 0 && k >= before.size() - 2; k--) {
      Token t = before.get(k);
      if (t.kind() != Token.Kind.WORD || !QUALIFIERS.contains(lower(t))) {
        break;
      }
      start = t.start();
      if (lower(t).equals("least") && k > 0 && lower(before.get(k - 1)).equals("at")) {
        start = before.get(k - 1).start();
        break;
      }
    }
    return start;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  /** "31, 000" written with a stray space: the "000" is no amount of its own. */
  static boolean partOfLargerNumber(String text, int start) {
    int k = start - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k >= 1 && text.charAt(k) == ',' && Character.isDigit(text.charAt(k - 1));
  }
}
