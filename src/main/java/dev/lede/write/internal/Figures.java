package dev.lede.write.internal;

import dev.lede.nlp.EntityExtractor;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Fact;
import dev.lede.nlp.FactExtractor;
import dev.lede.nlp.FactKind;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.time.LocalDate;
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
 * say how much of the same thing; values under one key that cannot both be true ({@link
 * #compatible}: "24" and "30", not "at least 20" and "24"), each read with the day its source came
 * out ({@link Reported}), are a conflict to reconcile.
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
  public record Figure(String key, String value, int start, int end, Bound bound) {
    public Figure {
      java.util.Objects.requireNonNull(bound, "a figure's bound (Bound.EXACT when none)");
    }

    /** An exact figure. */
    public Figure(String key, String value, int start, int end) {
      this(key, value, start, end, Bound.EXACT);
    }
  }

  /**
   * How exact a figure is, by the words before it ({@code figure-bounds.txt}): "24" is exact, "at
   * least 20" a lower bound, "as many as 20,000" an upper one, "nearly 300" just under, "about 300"
   * near it, "dozens" a vague count standing for a range.
   */
  public enum Bound {
    EXACT,
    AT_LEAST,
    AT_MOST,
    NEARLY,
    ABOUT,
    VAGUE
  }

  private static final Map<String, Set<String>> BOUNDS =
      dev.lede.lang.WordLists.sections(Figures.class, "figure-bounds.txt");

  /** The bounding phrases before an amount, longest first, with the bound each gives. */
  private static final List<Map.Entry<String, Bound>> BOUNDING = bounding();

  /** Vague counts ("dozens", "tens of thousands") and the range each stands for. */
  private static final Map<String, double[]> VAGUE = vague();

  private static List<Map.Entry<String, Bound>> bounding() {
    List<Map.Entry<String, Bound>> out = new ArrayList<>();
    Map<String, Bound> sections =
        Map.of(
            "at least", Bound.AT_LEAST,
            "at most", Bound.AT_MOST,
            "nearly", Bound.NEARLY,
            "about", Bound.ABOUT);
    sections.forEach((name, b) -> BOUNDS.get(name).forEach(w -> out.add(Map.entry(w, b))));
    out.sort((x, y) -> y.getKey().length() - x.getKey().length());
    return List.copyOf(out);
  }

  private static Map<String, double[]> vague() {
    Map<String, double[]> out = new LinkedHashMap<>();
    List<String> entries = new ArrayList<>(BOUNDS.get("vague"));
    entries.sort((x, y) -> y.length() - x.length());
    for (String e : entries) {
      String[] w = e.split("\\s+");
      int n = w.length;
      out.put(
          String.join(" ", List.of(w).subList(0, n - 2)),
          new double[] {Double.parseDouble(w[n - 2]), Double.parseDouble(w[n - 1])});
    }
    return out;
  }

  /** A vague count and what it counts: "dozens of people", "tens of thousands of protesters". */
  private static final java.util.regex.Pattern VAGUE_COUNT =
      java.util.regex.Pattern.compile(
          "(?i)(?<!\\p{N}\\s?)\\b(?<count>"
              + String.join("|", VAGUE.keySet().stream().map(k -> k.replace(" ", "\\s+")).toList())
              + ")\\b(?:\\s+of\\s+(?:the\\s+)?(?<unit>[a-z][a-z-]{2,})\\b"
              + "|(?=\\s+(?:more|other|others|were|are|have|had|died|dead|injured|wounded|killed"
              + "|missing|arrested|evacuated|displaced)\\b)|(?=\\s*[.,;]))");

  /**
   * The bound the words right before {@code at} put on an amount ("at least 20", "nearly 300");
   * {@link Bound#EXACT} when none does.
   */
  public static Bound boundBefore(String text, int at) {
    java.util.regex.Matcher m =
        BOUND_BEFORE
            .matcher(text)
            .region(Math.max(0, at - 30), at)
            .useTransparentBounds(true)
            .useAnchoringBounds(true);
    if (!m.find()) {
      return Bound.EXACT;
    }
    String phrase = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (Map.Entry<String, Bound> e : BOUNDING) {
      if (e.getKey().equals(phrase)) {
        return e.getValue();
      }
    }
    return Bound.EXACT;
  }

  /**
   * A bounding phrase ending right before an amount, the leftmost (so the longest: "no fewer than",
   * not "fewer than"), with an article between it and the amount ("more than a dozen").
   */
  private static final java.util.regex.Pattern BOUND_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)(?<!\\p{L})("
              + String.join(
                  "|",
                  BOUNDING.stream()
                      .map(
                          e -> java.util.regex.Pattern.quote(e.getKey()).replace(" ", "\\E\\s+\\Q"))
                      .toList())
              + ")(?:\\s+an?)?\\s*$");

  /**
   * The range of counts a figure allows, or null when its value is no number (a clock time, a
   * record): "at least 20" is [20, infinity), "nearly 300" [240, 300], "dozens" [24, 99].
   */
  static double[] range(Figure f) {
    if (f.bound() == Bound.VAGUE) {
      double[] r = VAGUE.get(f.value());
      return r == null ? null : r.clone(); // the shared range stays as it is
    }
    double v;
    try {
      v = Double.parseDouble(f.value());
    } catch (NumberFormatException e) {
      return null;
    }
    return switch (f.bound()) {
      case EXACT -> new double[] {v, v};
      case AT_LEAST -> new double[] {v, Double.POSITIVE_INFINITY};
      case AT_MOST -> new double[] {0, v};
      case NEARLY -> new double[] {0.8 * v, v};
      case ABOUT -> new double[] {0.8 * v, 1.2 * v};
      case VAGUE -> null;
    };
  }

  /**
   * Whether two figures of one quantity can both be true, so that they tell one fact: the same
   * value, or ranges that meet ("at least 20" and "24", "dozens" and "30"). Two figures of one kind
   * with different values never are: "24" and "30" conflict, and so do "at least 3" and "at least
   * 10", two reports of a rising toll to attribute.
   */
  public static boolean compatible(Figure a, Figure b) {
    if (!a.key().equals(b.key())) {
      return false;
    }
    if (a.value().equals(b.value())) {
      return true;
    }
    if (a.bound() == b.bound()) {
      return false;
    }
    double[] x = range(a);
    double[] y = range(b);
    return x != null && y != null && x[0] <= y[1] && y[0] <= x[1];
  }

  /**
   * A figure with the day its source came out (empty when the source is undated): a bound is read
   * with its day.
   */
  public record Reported(Figure figure, Optional<LocalDate> day) {
    public Reported {
      java.util.Objects.requireNonNull(figure, "figure");
      java.util.Objects.requireNonNull(day, "day (Optional.empty() when undated)");
    }

    /**
     * Whether this and {@code other} tell one fact: reported on one day, figures that may both be
     * true ({@link #compatible}: "at least 20 died" and "24 died", a fact restated); reported on
     * two days, only one value: "at least 11 people were killed" on Monday and "24 people died" on
     * Tuesday is a rising toll, two reports to reconcile with who said what and when.
     */
    public boolean oneFactWith(Reported other) {
      return sameDay(day, other.day)
          ? compatible(figure, other.figure)
          : figure.key().equals(other.figure.key()) && figure.value().equals(other.figure.value());
    }
  }

  /** Whether two reports came out on one day, or either has no date to set them apart. */
  public static boolean sameDay(Optional<LocalDate> a, Optional<LocalDate> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** Whether reports of one quantity all tell one fact, each with every other. */
  public static boolean oneValue(List<Reported> reports) {
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        if (!reports.get(i).oneFactWith(reports.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

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

  /**
   * Phrases that belong to an amount's clause when they stand right before it, longest first: the
   * bounding phrases of {@code figure-bounds.txt} ("as many as", "an estimated") and single words
   * that qualify an amount ("more than a dozen").
   */
  private static final List<List<String>> QUALIFIERS = qualifiers();

  private static List<List<String>> qualifiers() {
    Set<String> phrases = new java.util.LinkedHashSet<>();
    BOUNDING.forEach(e -> phrases.add(e.getKey()));
    phrases.addAll(
        List.of(
            "at", "least", "more", "than", "about", "nearly", "some", "around", "almost", "over",
            "a"));
    List<List<String>> out = new ArrayList<>();
    for (String p : phrases) {
      out.add(List.of(p.split(" ")));
    }
    out.sort((x, y) -> y.size() - x.size());
    return List.copyOf(out);
  }

  /**
   * The index of the first word of the qualifiers ending right before {@code end} in {@code words}
   * (lower case; null for a token that is no word), {@code end} when none does.
   */
  private static int qualifiersStart(List<String> words, int end) {
    for (int steps = 0; steps < 3; steps++) {
      int back = end;
      for (List<String> q : QUALIFIERS) {
        int from = end - q.size();
        if (from >= 0 && q.equals(words.subList(from, end))) {
          back = from;
          break;
        }
      }
      if (back == end) {
        break;
      }
      end = back;
    }
    return end;
  }

  private static List<String> lowerWords(List<Token> toks) {
    List<String> out = new ArrayList<>();
    for (Token t : toks) {
      out.add(t.kind() == Token.Kind.WORD ? lower(t) : null);
    }
    return out;
  }

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
    List<Fact> facts = new ArrayList<>(FactExtractor.extract(read));
    facts.addAll(vagueCounts(read, facts));
    for (Fact f : facts) {
      boolean vague = VAGUE.containsKey(f.value());
      if (f.kind() != FactKind.QUANTITY && f.kind() != FactKind.MONEY
          || !vague && partOfLargerNumber(sentence, f.start())
          || !vague && partOfRange(sentence, f.start(), f.end())) {
        continue;
      }
      Bound bound = vague ? Bound.VAGUE : boundBefore(sentence, f.start());
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
      int start = clauseStart(before, f.start());
      String unit =
          f.unit().map(u -> PEOPLE.contains(u.toLowerCase(Locale.ROOT)) ? "people" : u).orElse("");
      // "killing 10, injuring dozens more", "Ten dead": a toll with no noun of its own (or the
      // predicate read as its noun) counts people, as "ten people dead" does.
      String toll =
          unit.isEmpty() || AFTER.containsKey(unit.toLowerCase(Locale.ROOT)) ? "people" : unit;
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
        out.add(new Figure(f.kind() + "|" + toll + "|" + verb.get(), f.value(), 0, end, bound));
        continue;
      }
      String own = AFTER.get(f.unit().orElse("").toLowerCase(Locale.ROOT));
      if (own != null && !own.equals("magnitude")) {
        // "at least 50 injured", "Ten dead": the predicate read as the amount's noun. "... were
        // killed and at least 50 injured" borrows its verb: the clause runs from the sentence's
        // start.
        int from = FINITE.contains(f.unit().orElse("").toLowerCase(Locale.ROOT)) ? start : 0;
        out.add(new Figure(f.kind() + "|people|" + own, f.value(), from, f.end(), bound));
        continue;
      }
      if (predicate.isPresent()) {
        String key = f.kind() + "|" + toll + "|" + AFTER.get(lower(predicate.get()));
        int from = finite(sentence, f.end(), predicate.get()) ? start : 0;
        out.add(new Figure(key, f.value(), from, predicate.get().end(), bound));
        continue;
      }
      Optional<String> measure = measureBefore(before);
      if (measure.isPresent()) {
        out.add(new Figure(f.kind() + "|" + measure.get(), f.value(), start, f.end(), bound));
        continue;
      }
      if (f.kind() == FactKind.MONEY) {
        money(sentence, f, before, after).ifPresent(out::add);
      } else if (f.kind() == FactKind.QUANTITY) {
        counted(sentence, f, start, bound).ifPresent(out::add);
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
   * The vague counts of a sentence ({@link #VAGUE_COUNT}) as quantities whose value is the vague
   * word ("dozens"), none where another extracted amount stands; an amount {@code found} read from
   * a plural number word ("dozens more people" as 12) is dropped from it for the vague count.
   */
  private static List<Fact> vagueCounts(String text, List<Fact> found) {
    List<Fact> out = new ArrayList<>();
    java.util.regex.Matcher m = VAGUE_COUNT.matcher(text);
    while (m.find()) {
      int end = m.group("unit") != null ? m.end("unit") : m.end("count");
      int start = m.start("count");
      String count = m.group("count").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (count.equals("scores") && m.group("unit") == null) {
        continue; // "he scores": a verb, no count
      }
      List<Fact> over = found.stream().filter(f -> f.start() < end && start < f.end()).toList();
      if (!over.stream().allMatch(Figures::readFromPluralWord)) {
        continue;
      }
      // "injuring dozens more people", "tens of thousands displaced": the extractor's reading of
      // the plural as an exact 12 or 1,000 gives way to the vague count, with the noun it found.
      found.removeAll(over);
      Optional<String> unit = Optional.ofNullable(m.group("unit"));
      int to = end;
      for (Fact f : over) {
        unit = unit.or(f::unit);
        to = Math.max(to, f.end());
      }
      out.add(new Fact(FactKind.QUANTITY, text.substring(start, to), start, to, count, unit));
    }
    return out;
  }

  /**
   * Whether a fact opens with a plural number word a vague count is made of ("dozens more people",
   * "thousands displaced" of "tens of thousands displaced").
   */
  static boolean readFromPluralWord(Fact f) {
    String first = f.text().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return !first.equals("of")
        && VAGUE.keySet().stream().anyMatch(v -> List.of(v.split(" ")).contains(first));
  }

  /**
   * A count of what the story's event did, keyed by its counted noun and the event's verb
   * (tagger-read, by root): "captured 23 pirates" and "Eight pirates were captured" are two values
   * of "COUNT|pirat|captur", "destroyed seven villages" and "Four villages were destroyed" of
   * "COUNT|villag|destroy". A span ({@link FactKeys#SPANS}), a verb of being, saying or perceiving
   * ({@link FactKeys#isAct}) and an amount with a word between it and the verb are no such count.
   */
  private static Optional<Figure> counted(String sentence, Fact f, int start, Bound bound) {
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
    List<String> lowered = new ArrayList<>();
    for (int k = 0; k < first; k++) {
      lowered.add(toks.get(k).lower());
    }
    int v = qualifiersStart(lowered, first) - 1;
    if (v >= 0 && FactKeys.isAct(toks.get(v))) {
      return Optional.of(
          new Figure(
              COUNT + noun + "|" + FactKeys.actRoot(toks.get(v)), f.value(), 0, f.end(), bound));
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
              toks.get(k).end(),
              bound));
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
      out.add(new Figure(MAGNITUDE, m.group(g), clauseStart(before, m.start()), m.end()));
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
        new Figure(
            "MONEY|" + currency + "|" + what + "|" + payer,
            f.value(),
            0,
            end,
            boundBefore(sentence, f.start())));
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
    int k = qualifiersStart(lowerWords(before), before.size()) - 1;
    if (k < 0 || before.get(k).kind() != Token.Kind.WORD) {
      return Optional.empty();
    }
    return Optional.ofNullable(VERB_BEFORE.get(lower(before.get(k))));
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

  /** The amount's start, moved back over a qualifier ("at least 11", "more than 20"). */
  private static int clauseStart(List<Token> before, int at) {
    int k = qualifiersStart(lowerWords(before), before.size());
    return k < before.size() ? before.get(k).start() : at;
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
