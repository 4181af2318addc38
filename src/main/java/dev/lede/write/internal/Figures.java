package dev.lede.write.internal;

import dev.lede.nlp.EntityExtractor;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Fact;
import dev.lede.nlp.FactExtractor;
import dev.lede.nlp.FactKind;
import dev.lede.nlp.Mention;
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
 * to 24"), and the clock time the event began ({@link ClockTimes}). Two figures with the same key
 * say how much of the same thing; different values under one key are a conflict to reconcile.
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
      Set.of("least", "more", "than", "about", "nearly", "some", "around", "almost", "over", "a");

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
          || partOfLargerNumber(sentence, f.start())
          || partOfRange(sentence, f.start(), f.end())) {
        continue;
      }
      List<Token> after = Tokenizer.tokenize(sentence, f.end(), sentence.length());
      Optional<Token> predicate = Optional.empty();
      int seen = 0;
      String previous = "";
      for (Token t : after) {
        if (t.kind() != Token.Kind.WORD) {
          if (".;:!?,".contains(t.text()) && (seen >= 4 || !t.text().equals(","))) {
            break;
          }
          continue;
        }
        // "five people were injured"; further on only a passive of the people counted: "five
        // people had received treatment after being injured", never "... after police killed".
        if (AFTER.containsKey(lower(t))
            && (seen < 4 || previous.equals("being") || previous.equals("been"))) {
          predicate = Optional.of(t);
          break;
        }
        previous = lower(t);
        if (++seen >= 8) {
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
        int from = finite(sentence, f.end(), predicate.get()) ? start : 0;
        out.add(new Figure(key, f.value(), from, predicate.get().end()));
        continue;
      }
      Optional<String> measure = measureBefore(before);
      if (measure.isPresent()) {
        out.add(new Figure(f.kind() + "|" + measure.get(), f.value(), start, f.end()));
        continue;
      }
      if (f.kind() == FactKind.MONEY) {
        money(sentence, f, before, after).ifPresent(out::add);
      } else if (f.kind() == FactKind.QUANTITY) {
        counted(sentence, f, start).ifPresent(out::add);
      }
    }
    // A magnitude is read by its own pattern, under one key however it is written: "a 5.6
    // -magnitude quake" and "a magnitude-5.2 quake" are two values of one quantity.
    List<Figure> magnitudes = magnitudes(sentence);
    out.removeIf(
        x ->
            x.key().endsWith("magnitude")
                || x.value().contains(".")
                    && magnitudes.stream().anyMatch(y -> y.value().equals(x.value())));
    out.addAll(magnitudes);
    out.addAll(records(sentence));
    out.addAll(ClockTimes.in(sentence));
    return out;
  }

  /**
   * A count of what the story's event did, keyed by its counted noun and the event's verb
   * (tagger-read, by root): "captured 23 pirates" and "Eight pirates were captured" are two values
   * of "COUNT|pirat|captur", "destroyed seven villages" and "Four villages were destroyed" of
   * "COUNT|villag|destroy". A span ({@link FactKeys#SPANS}), a verb of being, saying or perceiving
   * ({@link FactKeys#isAct}) and an amount with a word between it and the verb are no such count.
   */
  private static Optional<Figure> counted(String sentence, Fact f, int start) {
    String unit = f.unit().map(u -> u.toLowerCase(Locale.ROOT)).orElse("");
    if (unit.isEmpty() || !unit.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    String noun = PEOPLE.contains(unit) ? "people" : FactKeys.root(unit);
    if (FactKeys.SPANS.contains(noun) || FactExtractor.isMeasureUnit(unit)) {
      return Optional.empty(); // a span ("four games") or a size ("fell 2,000 feet"): no count
    }
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(sentence);
    int first = -1;
    int last = -1;
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).start() >= f.start() && toks.get(k).end() <= f.end()) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    if (first < 0 || !toks.get(last).tagIs("NN") || next(toks, last, "NN")) {
      return Optional.empty(); // "150 nautical miles", "13 fully loaded": no noun counted
    }
    // "captured (at least) 23 pirates": the verb right before the amount and its qualifiers.
    int v = first - 1;
    while (v >= 0
        && (QUALIFIERS.contains(toks.get(v).lower()) || toks.get(v).lower().equals("at"))) {
      v--;
    }
    if (v >= 0 && FactKeys.isAct(toks.get(v))) {
      return Optional.of(
          new Figure(COUNT + noun + "|" + FactKeys.actRoot(toks.get(v)), f.value(), 0, f.end()));
    }
    // "Eight pirates were (later) captured": a passive of the counted noun.
    int k = last + 1;
    boolean auxiliary = false;
    while (k < toks.size()
        && (FactKeys.AUXILIARIES.contains(toks.get(k).lower())
            || toks.get(k).tagIs("RB") && auxiliary)) {
      auxiliary |= FactKeys.AUXILIARIES.contains(toks.get(k).lower());
      k++;
    }
    if (auxiliary && k < toks.size() && toks.get(k).tagIs("VBN") && FactKeys.isAct(toks.get(k))) {
      return Optional.of(
          new Figure(
              COUNT + noun + "|" + FactKeys.actRoot(toks.get(k)),
              f.value(),
              start,
              toks.get(k).end()));
    }
    return Optional.empty();
  }

  /** The key prefix of a count of what an event did ({@link #counted}). */
  static final String COUNT = "COUNT|";

  /** Whether a figure counts what an event did ("captured 23 pirates"): "COUNT|pirat|captur". */
  static boolean isCount(Figure f) {
    return f.key().startsWith(COUNT);
  }

  /** The act a count's verb tells, by root ("captur"). */
  static String countedAct(Figure f) {
    return f.key().substring(f.key().lastIndexOf('|') + 1);
  }

  /** Whether the word after {@code k} has the tag {@code tag} ("23 pirate boats"). */
  private static boolean next(List<EnglishTagger.Tok> toks, int k, String tag) {
    return k + 1 < toks.size() && toks.get(k + 1).tagIs(tag);
  }

  /** The key of every magnitude figure. */
  static final String MAGNITUDE = "QUANTITY|magnitude";

  /**
   * "magnitude 5.6", "magnitude-5.2", "5.6 -magnitude", "5.6 magnitude", "a 6.1 quake", "measuring
   * 4.4 on the Richter scale": a quake's magnitude (one decimal, under ten).
   */
  private static final java.util.regex.Pattern MAGNITUDE_PATTERN =
      java.util.regex.Pattern.compile(
          "(?i)\\bmagnitude(?:\\s+of)?\\s*-?\\s*(?<a>\\d\\.\\d)(?!\\d)"
              + "|(?<![\\d.])(?<b>\\d\\.\\d)\\s*-?\\s*(?:magnitude\\b|(?:earth)?quake\\b|tremor\\b"
              + "|on the richter\\b)"
              + "|\\bmeasuring\\s+(?<c>\\d\\.\\d)(?!\\d)");

  private static List<Figure> magnitudes(String sentence) {
    List<Figure> out = new ArrayList<>();
    java.util.regex.Matcher m = MAGNITUDE_PATTERN.matcher(sentence);
    while (m.find()) {
      String g = m.group("a") != null ? "a" : m.group("b") != null ? "b" : "c";
      List<Token> before = Tokenizer.tokenize(sentence, 0, m.start());
      out.add(new Figure(MAGNITUDE, m.group(g), clauseStart(sentence, before, m.start()), m.end()));
    }
    return out;
  }

  /**
   * A win-loss record ("is 122-147", "compiled a 162-139 record"), not a score ("an 88-72 road
   * loss") nor a date or a name ("the 9-11 attacks"): a record word after it or a verb of standing
   * before it.
   */
  private static final java.util.regex.Pattern RECORD =
      java.util.regex.Pattern.compile(
          "\\b(?<before>is|are|was|were|at|opened|finished|compiled|improved to|fell to|dropped to"
              + "|went|just|a|an|their|his|her|its)\\s+(?<value>\\d{1,3}\\s?-\\s?\\d{1,3})"
              + "(?![\\d.-])(?<after>\\s+record\\b)?");

  /** Words right after a pair of numbers that make it a score, not a record. */
  private static final java.util.regex.Pattern SCORE_AFTER =
      java.util.regex.Pattern.compile(
          "^\\s+(?:\\p{L}+\\s+)?(?:loss|losses|win|wins|victory|defeat|setback|rout|drubbing|triumph"
              + "|lead|score|scoreline|margin|vote|decision|attacks?)\\b");

  /** Whether a figure is a win-loss record ("Cheeks is 122-147"). */
  static boolean isRecord(Figure f) {
    return f.key().startsWith("RECORD|");
  }

  /** Whose record a record figure is, whatever span of games ("RECORD|cheeks"). */
  static String recordHolder(Figure f) {
    return f.key().substring(0, f.key().lastIndexOf('|'));
  }

  private static List<Figure> records(String sentence) {
    List<Figure> out = new ArrayList<>();
    java.util.regex.Matcher m = RECORD.matcher(sentence);
    while (m.find()) {
      boolean article = m.group("before").matches("a|an|their|his|her|its");
      if (article && m.group("after") == null
          || SCORE_AFTER.matcher(sentence.substring(m.end("value"))).find()) {
        continue; // "a 27-24 loss": a game's score; "a 9-14" needs "record" to be one
      }
      // Whose record: the last name before it ("..., Cheeks is 122-147", "the Sixers floundering
      // at 9-14"), a capitalised noun to the tagger; the clause starts at its first word.
      List<EnglishTagger.Tok> toks = EnglishTagger.tag(sentence);
      int who = -1;
      for (int k = 0; k < toks.size() && toks.get(k).end() <= m.start("value"); k++) {
        if (toks.get(k).tagIs("NN") && Character.isUpperCase(toks.get(k).text().charAt(0))) {
          who = k;
        }
      }
      if (who < 0) {
        continue;
      }
      String whose = toks.get(who).lower();
      int from = who;
      while (from > 0 && toks.get(from - 1).tagIs("NNP")) {
        from--;
      }
      String lower = sentence.toLowerCase(Locale.ROOT);
      String period =
          lower.contains("this season") || lower.contains("this year")
              ? "season"
              : lower.matches(".*\\b(?:seasons|career|years)\\b.*") ? "career" : "";
      String value = m.group("value").replaceAll("\\s", "");
      out.add(
          new Figure(
              "RECORD|" + whose + "|" + period,
              value,
              toks.get(from).start(),
              m.group("after") != null ? m.end("after") : m.end("value")));
    }
    return out;
  }

  /** Longest clause (sentence start to the sum) a reconciliation quotes for a sum of money. */
  private static final int MONEY_CLAUSE_WORDS = 25;

  private static long currencies(String sentence) {
    return FactExtractor.extract(sentence).stream()
        .filter(x -> x.kind() == FactKind.MONEY)
        .map(x -> x.unit().orElse(""))
        .distinct()
        .count();
  }

  /** Nouns and verbs that say what a sum of money is, by the key word they stand for. */
  private static final Map<String, String> MONEY_WHAT = new LinkedHashMap<>();

  static {
    // An offer and the deal it is for are one sum: "offered $200 million" / "a deal worth $184
    // million".
    for (String w :
        List.of(
            "offer",
            "offers",
            "offered",
            "offering",
            "bid",
            "bids",
            "deal",
            "contract",
            "extension",
            "salary")) {
      MONEY_WHAT.put(w, "deal");
    }
    for (String w : List.of("reward", "rewards", "bounty")) {
      MONEY_WHAT.put(w, "reward");
    }
    for (String w : List.of("damage", "damages", "losses")) {
      MONEY_WHAT.put(w, "damage");
    }
    for (String w : List.of("bail", "bond")) {
      MONEY_WHAT.put(w, "bail");
    }
    for (String w : List.of("fine", "fined", "penalty", "settlement", "compensation")) {
      MONEY_WHAT.put(w, "penalty");
    }
    for (String w : List.of("bailout", "loan", "loans", "aid", "rescue")) {
      MONEY_WHAT.put(w, "bailout");
    }
    for (String w : List.of("price", "paid", "pay", "sold", "bought", "acquire", "acquired")) {
      MONEY_WHAT.put(w, "price");
    }
  }

  /**
   * A sum of money with what it is, read from the six words on either side ("offered Teixeira $200
   * million", "a $35,000 reward"), and for a deal or a price who pays it: the first name in the
   * sentence (the Red Sox' offer and the Angels' are two quantities, not a conflict). Its clause
   * runs from the sentence's start to the later of the amount and that word.
   */
  private static Optional<Figure> money(
      String sentence, Fact f, List<Token> before, List<Token> after) {
    String what = null;
    int end = f.end();
    int seen = 0;
    Optional<Token> next = after.stream().filter(t -> t.kind() == Token.Kind.WORD).findFirst();
    if (next.isPresent() && MONEY_WHAT.containsKey(lower(next.get()))) {
      what = MONEY_WHAT.get(lower(next.get())); // "a $35,000 reward": the noun it qualifies
      end = next.get().end();
    }
    for (int k = before.size() - 1; k >= 0 && seen < 6 && what == null; k--) {
      Token t = before.get(k);
      if (t.kind() == Token.Kind.WORD) {
        seen++;
        what = MONEY_WHAT.get(lower(t));
      } else if (".;:!?".contains(t.text())) {
        break;
      }
    }
    seen = 0;
    for (int k = 0; k < after.size() && seen < 6 && what == null; k++) {
      Token t = after.get(k);
      if (t.kind() == Token.Kind.WORD) {
        seen++;
        what = MONEY_WHAT.get(lower(t));
        end = what == null ? end : t.end();
      } else if (".;:!?".contains(t.text())) {
        break;
      }
    }
    if (what == null
        || comparedWith(before)
        || sentence.substring(0, f.start()).stripTrailing().endsWith("(")
        || Words.count(sentence.substring(0, end)) > MONEY_CLAUSE_WORDS
        || currencies(sentence) > 1) {
      return Optional.empty(); // a conversion ("€110 billion ($158 billion)") or no clause to quote
    }
    String payer = "";
    for (Mention m : EntityExtractor.extract(sentence)) {
      if (!what.equals("deal") && !what.equals("price")) {
        break; // a reward or a damage bill has one amount, whoever names it
      }
      if (m.type() != EntityType.PLACE) { // "Boston" of "The Boston Red Sox" pays nothing
        String[] parts = m.text().split("\\s+");
        payer = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        break;
      }
    }
    if (payer.isEmpty() && (what.equals("deal") || what.equals("price"))) {
      return Optional.empty(); // whose deal? two players' contracts are no conflict
    }
    String currency = f.unit().orElse("");
    return Optional.of(
        new Figure("MONEY|" + currency + "|" + what + "|" + payer, f.value(), 0, end));
  }

  /**
   * Words that bring in another sum to measure this one against ("dwarfing the four-year, $90
   * million deal", "his previous $30 million contract"): a reference, not a version of this sum.
   */
  private static final Set<String> COMPARED =
      Set.of(
          "dwarfing",
          "dwarfs",
          "dwarfed",
          "eclipsing",
          "eclipses",
          "eclipsed",
          "surpassing",
          "surpasses",
          "surpassed",
          "topping",
          "tops",
          "topped",
          "exceeding",
          "exceeds",
          "exceeded",
          "outstripping",
          "beating",
          "compared",
          "previous",
          "former",
          "earlier");

  /**
   * Whether one of the four words before an amount compares it with another ({@link #COMPARED}).
   */
  private static boolean comparedWith(List<Token> before) {
    int seen = 0;
    for (int k = before.size() - 1; k >= 0 && seen < 4; k--) {
      Token t = before.get(k);
      if (t.kind() == Token.Kind.WORD) {
        seen++;
        if (COMPARED.contains(lower(t))) {
          return true;
        }
      } else if (".;:!?".contains(t.text())) {
        return false;
      }
    }
    return false;
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
  /** Verbs that make "AMOUNT ... VERB" a clause of its own ("11 people <b>were</b> killed"). */
  private static final Set<String> FINITE =
      Set.of("were", "was", "are", "is", "have", "has", "had", "been", "died", "perished");

  /**
   * Whether an amount and its predicate make a clause of their own: a verb between them or a
   * predicate that is one. "... had been destroyed and three people killed" borrows its verb from
   * the clause before ("three people killed" after "reported that" reads broken), so its clause
   * runs from the sentence's start.
   */
  private static boolean finite(String sentence, int from, Token predicate) {
    if (FINITE.contains(lower(predicate))) {
      return true;
    }
    for (Token t : Tokenizer.tokenize(sentence, from, predicate.start())) {
      if (t.kind() == Token.Kind.WORD && FINITE.contains(lower(t))) {
        return true;
      }
    }
    return false;
  }

  private static int clauseStart(String s, List<Token> before, int at) {
    int start = at;
    for (int k = before.size() - 1; k >= 0 && k >= before.size() - 3; k--) {
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

  /** A scale word that may follow an amount ("$140 million"). */
  private static final String SCALE = "(?:\\s*(?:thousand|million|billion|trillion|m|mm|bn|k))?";

  // "$140 - 150MM", "10 to 12 people", "from $140 million to $150 million", "between 10 and 12
  // people": one figure given as a range, not two that disagree.
  private static final java.util.regex.Pattern RANGE_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)\\d[%\\p{L}]*"
              + SCALE
              + "\\s*(?:[-\u2013\u2014]|to)\\s*\\p{Sc}?\\s*$"
              + "|\\bbetween\\s+\\p{Sc}?\\s*\\d[\\d.,]*[%\\p{L}]*"
              + SCALE
              + "\\s+and\\s+\\p{Sc}?\\s*$");

  private static final java.util.regex.Pattern RANGE_AFTER =
      java.util.regex.Pattern.compile(
          "(?i)^" + SCALE + "\\s*(?:[-\u2013\u2014]|to)\\s*\\p{Sc}?\\s*\\d");

  /** "between" right before an amount: an "and" after it closes a range. */
  private static final java.util.regex.Pattern BETWEEN_BEFORE =
      java.util.regex.Pattern.compile("(?i)\\bbetween\\s+\\p{Sc}?\\s*$");

  private static final java.util.regex.Pattern AND_AFTER =
      java.util.regex.Pattern.compile("(?i)^" + SCALE + "\\s+and\\s+\\p{Sc}?\\s*\\d");

  /** Whether the amount at {@code start..end} is one end of a range of two amounts. */
  static boolean partOfRange(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 40), start);
    String after = text.substring(end, Math.min(text.length(), end + 24));
    return RANGE_BEFORE.matcher(before).find()
        || RANGE_AFTER.matcher(after).find()
        || BETWEEN_BEFORE.matcher(before).find() && AND_AFTER.matcher(after).find();
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
