package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import dev.lede.nlp.EntityExtractor;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Fact;
import dev.lede.nlp.FactExtractor;
import dev.lede.nlp.FactKind;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Token;
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
import java.util.regex.Matcher;
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

  /**
   * MiniLM cosine over which two sentences naming the same actor, with no conflicting figure and an
   * event word in common when both have a verb of one, tell the same fact. On ECB+ dev stories the
   * cross-outlet retellings of one event ("Tara Reid has entered a rehab program" / "Tara Reid is
   * seeking help at rehabilitation facility in California") score 0.58-0.84, sentences about
   * another fact of the same actor mostly under 0.6.
   */
  static final double SAME_FACT_COSINE = 0.6;

  private static final Pattern ATTRIBUTED =
      Pattern.compile("\\b(?:said|says|told|according to|reported|announced|confirmed)\\b");

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
   */
  public record Signature(
      Set<String> actors,
      Set<String> amounts,
      Set<String> events,
      Set<String> acts,
      Set<String> content,
      boolean attributed,
      Set<String> counts,
      Set<String> lemmas,
      Set<String> people) {
    /** How much the sentence tells: amounts first, then names, words, an attribution. */
    public double information() {
      return 2 * amounts.size() + actors.size() + content.size() / 10.0 + (attributed ? 1 : 0);
    }
  }

  /** Event words by the phrases that tell them in other words ({@code event-phrases.txt}). */
  private static final Map<String, List<Pattern>> EVENT_PHRASES = eventPhrases();

  private static Map<String, List<Pattern>> eventPhrases() {
    Map<String, List<Pattern>> out = new LinkedHashMap<>();
    for (String line : WordLists.lines(Restatements.class, "event-phrases.txt")) {
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

  public static Signature of(String sentence) {
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
    for (Fact f : FactExtractor.extract(sentence)) {
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
    return new Signature(
        actors,
        amounts,
        events,
        acts,
        new HashSet<>(Words.contentWords(sentence)),
        ATTRIBUTED.matcher(sentence).find(),
        FactKeys.counts(sentence),
        FactKeys.acts(sentence),
        people);
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

  /**
   * Whether two candidate sentences tell the same fact, as an editor reads them: the amounts-based
   * test of {@link #restates}, one figure with one value in both ({@link Figures}), an event word
   * and a number in common ({@link #sharesNumber}), or the same actor, no two values for one
   * quantity ({@link Figures}), an event word in common when both have a verb of one, and sentence
   * embeddings close enough ({@value #SAME_FACT_COSINE}); without both embeddings, a shared event
   * word and a share of content words. A quotation of someone's words is its own content, and a
   * sentence about an earlier event (a year it happened in, "previously") is no retelling of the
   * news: neither restates the other kind.
   */
  static boolean sameFact(Candidate a, Candidate b) {
    Signature sa = a.signature();
    Signature sb = b.signature();
    boolean vectors = a.hasVector() && b.hasVector();
    return sameFact(
        a.text,
        sa,
        b.text,
        sb,
        vectors ? Vectors.cosine(a.vector, b.vector) : Double.NaN,
        describedActor(a, sa, b, sb),
        a.sentence < LEAD_SENTENCES || b.sentence < LEAD_SENTENCES);
  }

  /**
   * Sentences of an article, from its first, that tell its event whole: a count there ("the 1967
   * slayings of two women") describes the event, so another sentence giving it retells that
   * sentence only with an act in common.
   */
  static final int LEAD_SENTENCES = 1;

  /**
   * MiniLM cosine over which two sentences of one actor whose verbs tell one act ({@link
   * FactKeys#acts}: "arrested" and "made an arrest", "apologized" and "offered an apology") tell
   * one fact: on ECB+ dev stories such retellings score 0.50-0.73, under {@link #SAME_FACT_COSINE}
   * for half of them.
   */
  static final double SAME_ACT_COSINE = 0.45;

  /**
   * The fact keys' test ({@link FactKeys}): the same thing counted ("60 people" / "Sixty
   * residents", "two hours"), or one actor's same act with the embeddings (or, without them, a
   * detail) agreeing.
   */
  private static boolean sameKeys(
      String a, Signature sa, String b, Signature sb, double cosine, boolean leads) {
    if (!Collections.disjoint(sa.counts, sb.counts)
        && (!leads || !Collections.disjoint(sa.lemmas, sb.lemmas))) {
      return true;
    }
    boolean otherPeople =
        !sa.people.isEmpty() && !sb.people.isEmpty() && Collections.disjoint(sa.people, sb.people);
    return !Collections.disjoint(sa.lemmas, sb.lemmas)
        && sharesActor(sa, sb)
        && !otherPeople // "placed Pierre Thomas", "placing Chris Ivory": two acts
        && (Double.isNaN(cosine) ? sharesDetail(a, sa, b, sb) : cosine >= SAME_ACT_COSINE);
  }

  /**
   * Whether two published sentences tell the same fact, by their words alone (no embeddings): what
   * {@link #sameFact(Candidate, Candidate)} finds without vectors, so a check of a written story
   * counts the paraphrases the writer itself merges ("Bush rushed for 404 yards" / "Bush finished
   * with just 404 yards"), not only sentences with the same amounts.
   */
  public static boolean sameFact(String a, String b) {
    return sameFact(a, of(a), b, of(b), Double.NaN, false, false);
  }

  /**
   * The editor's test of {@link #sameFact(Candidate, Candidate)}; {@code cosine} is NaN without
   * both embeddings, {@code described} whether one sentence describes the other's named actor.
   */
  private static boolean sameFact(
      String a,
      Signature sa,
      String b,
      Signature sb,
      double cosine,
      boolean described,
      boolean leads) {
    if (restates(sa, sb) || sameFigure(a, b)) {
      return true;
    }
    if (tellsThePast(a) == tellsThePast(b)
        && !conflicting(a, b)
        && sameKeys(a, sa, b, sb, cosine, leads)) {
      return true;
    }
    if (sharesPhrase(a, b) && !conflicting(a, b)) {
      return true; // "escorting a group of five merchant vessels" told by two outlets
    }
    if (speaks(a) != speaks(b)) {
      return false;
    }
    boolean sameTime = tellsThePast(a) == tellsThePast(b);
    if (sameTime
        && sharesAmount(sa, sb)
        && (sharesActor(sa, sb)
            || sharesCapitalised(a, b)
            || !Collections.disjoint(sa.events, sb.events))
        && !conflicting(a, b)) {
      return true; // "Bush rushed for 404 yards ..." / "Bush finished ... with just 404 yards"
    }
    if (!Collections.disjoint(sa.events, sb.events) && sharesNumber(a, b) && !conflicting(a, b)) {
      return true; // "hosted the 79th Oscars in 2007" / "served as emcee during the 2007 ceremony"
    }
    if (!sameTime) {
      return false;
    }
    if (!Collections.disjoint(sa.events, sb.events)
        && sa.amounts.equals(sb.amounts) // an amount only one gives is news of its own
        && !conflicting(a, b)
        && (sharesActor(sa, sb) && sharesDetail(a, sa, b, sb) || unnamedRetelling(a, sa, b, sb))) {
      // "Williams died early Thursday in her sleep" after "Esther Williams ... died on Thursday";
      // "The actress ... finally checked into rehab" after "Tara Reid has entered a rehab program"
      return true;
    }
    if (!sa.acts.isEmpty()
            && !sb.acts.isEmpty()
            && Collections.disjoint(sa.acts, sb.acts)
            && Collections.disjoint(sa.events, sb.events)
        || conflicting(a, b)
        || !sharesActor(sa, sb) && !described && !(Double.isFinite(cosine) && pronounFor(a, b))) {
      return false;
    }
    if (!Double.isNaN(cosine)) {
      return cosine >= SAME_FACT_COSINE;
    }
    // Without embeddings, the story's own event noun ("fire", "shooting") and its names are in
    // most of its sentences: one act told by both verbs ("hosted" / "named as host"), or most of
    // the words, makes one fact; "No one was hurt in the fire" is another fact than "a fire that
    // was deliberately set".
    double words = Vectors.jaccard(sa.content, sb.content);
    return !Collections.disjoint(sa.events, sb.events)
        && words >= SAME_ACTOR_EVENT_WORDS
        && (!Collections.disjoint(sa.acts, sb.acts) || words >= SAME_WORDS_NO_ACT);
  }

  /**
   * Content words in a row that two sentences must share, {@value #PHRASE_WORDS} or more, for one
   * to retell the other: outlets copying one wire report keep its phrases ("escorting a group of
   * five merchant vessels", "grapnels, ladders and rope-handling gloves", "pulled a gun on two
   * guards"), while two facts of one story share only its names and a word or two.
   */
  static final int PHRASE_WORDS = 4;

  /**
   * Of the shared phrase's words, how many must be plain words: not a number, not part of a name
   * (capitalised in both sentences).
   */
  static final int PHRASE_PLAIN_WORDS = 2;

  /**
   * Words of attribution, which end a shared phrase: "told a news conference", "police said" are
   * how outlets cite, not what they tell.
   */
  private static final Set<String> CITING =
      Set.of(
          "said",
          "say",
          "says",
          "told",
          "tell",
          "tells",
          "according",
          "reported",
          "report",
          "reports",
          "news",
          "conference",
          "statement",
          "police",
          "officials",
          "official");

  /**
   * Whether the two sentences share a phrase of {@value #PHRASE_WORDS} content words in a row (by
   * stem), {@value #PHRASE_PLAIN_WORDS} of them plain words rather than a name both capitalise or a
   * number: "the Los Angeles County Sheriff's Department" or "Anthony LaCalamita III, 38" are in
   * many of a story's facts, "pulled a gun on two guards" tells one.
   */
  static boolean sharesPhrase(String a, String b) {
    List<String> x = stemsInOrder(a);
    List<String> y = stemsInOrder(b);
    Set<String> named = capitalisedStems(a);
    named.retainAll(capitalisedStems(b));
    for (int i = 0; i + PHRASE_WORDS <= x.size(); i++) {
      for (int j = 0; j + PHRASE_WORDS <= y.size(); j++) {
        int n = 0;
        int plain = 0;
        while (i + n < x.size()
            && j + n < y.size()
            && !CITING.contains(x.get(i + n))
            && x.get(i + n).equals(y.get(j + n))) {
          String w = x.get(i + n);
          plain += named.contains(w) || isNumber(w) ? 0 : 1;
          n++;
        }
        if (n >= PHRASE_WORDS && plain >= PHRASE_PLAIN_WORDS) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNumber(String lowerWord) {
    return Words.NUMBER_WORDS.contains(lowerWord) || NUMBER.matcher(lowerWord).matches();
  }

  /**
   * The stems of the content words and number words ("two guards"), in order, hyphenated compounds
   * split ("rope-handling").
   */
  private static List<String> stemsInOrder(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Words.lowerWords(text.replace('-', ' '))) {
      if (Words.isContent(w) || Words.NUMBER_WORDS.contains(w)) {
        out.add(Words.stem(w));
      }
    }
    return out;
  }

  /** Stems of the words written with a capital, the sentence's first word included. */
  private static Set<String> capitalisedStems(String text) {
    Set<String> out = new HashSet<>();
    for (Token t : Tokenizer.tokenize(text.replace('-', ' '))) {
      if (t.kind() == Token.Kind.WORD && Character.isUpperCase(t.text().codePointAt(0))) {
        out.add(Words.stem(t.text().toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  /**
   * Without embeddings nor an act in common, the share of content words over which two sentences of
   * one actor and one event word tell one fact: a retelling in other words keeps most of them,
   * another fact of the same fire (the damage, that no one was hurt, where they will worship)
   * shares only the story's names and its event noun (0.20-0.33 on ECB+ dev topic 13 and 14).
   */
  static final double SAME_WORDS_NO_ACT = 0.4;

  /**
   * Besides the actor, a detail both sentences give: a day of the week, a number, or a capitalised
   * word that is not the actor's name (a place, an institution, a first name): with the same actor
   * and the same event, an editor reads one fact told twice.
   */
  private static boolean sharesDetail(String a, Signature sa, String b, Signature sb) {
    if (sharesNumber(a, b)) {
      return true;
    }
    Set<String> names = capitalised(a);
    names.retainAll(capitalised(b));
    for (String n : names) {
      String w = n.toLowerCase(Locale.ROOT);
      if (!sa.actors.contains(w) && !sb.actors.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One sentence names the actor, the other only describes its subject ("The actress ...") and
   * names no one and no amount of its own: with the same event it retells the named one's fact.
   */
  private static boolean unnamedRetelling(String a, Signature sa, String b, Signature sb) {
    return unnamed(b, sb) && !sa.actors.isEmpty() || unnamed(a, sa) && !sb.actors.isEmpty();
  }

  private static boolean unnamed(String text, Signature s) {
    return s.actors.isEmpty() && s.amounts.isEmpty() && opensWithDescription(text);
  }

  /**
   * Without embeddings, the share of content words that makes two sentences with the same actor and
   * the same event word one fact: each outlet words a retelling its own way, so a fifth in common
   * is already much ("Hugh Jackman was named on Friday as host of February's Oscars ..." / "Jackman
   * was announced Friday as the host of the 81st Academy Awards ..." share 0.21).
   */
  static final double SAME_ACTOR_EVENT_WORDS = 0.2;

  /** An earlier event: a year it happened in, "previously", "a year ago", "last year". */
  private static final Pattern PAST =
      Pattern.compile(
          "\\b(?:in|since) (?:19|20)\\d\\d\\b|\\bpreviously\\b"
              + "|\\b(?:a|one|two|three|\\d+) (?:years?|months?) ago\\b|\\blast (?:year|month)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether the sentence's own news is an earlier event: a year in a description of someone (", who
   * shot to fame in 1999 movie American Pie,") dates the person, not the news.
   */
  static boolean tellsThePast(String text) {
    return PAST.matcher(DESCRIPTION.matcher(text).replaceAll("")).find();
  }

  /** ", who shot to fame in 1999 ...," : a non-restrictive clause describing someone. */
  private static final Pattern DESCRIPTION = Pattern.compile(", (?:who|whose) [^,;]{3,120},");

  /** A number of two characters or more ("2007", "91", "5.6"); "31, 000" read as one number. */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  private static final Pattern SPACED_THOUSANDS = Pattern.compile("(?<=\\d), (?=\\d{3}\\b)");

  static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(SPACED_THOUSANDS.matcher(text).replaceAll(","));
    while (m.find()) {
      if (m.group().length() >= 2) {
        out.add(m.group());
      }
    }
    return out;
  }

  /**
   * Whether two sentences give one number (the year, the age, the score): with an event word in
   * common, on ECB+ dev stories four pairs in five that do are one fact told twice.
   */
  static boolean sharesNumber(String a, String b) {
    return !Collections.disjoint(numbers(a), numbers(b));
  }

  /**
   * A quotation of someone's words (six words or more, and half the sentence or more), not a title
   * in quotation marks nor a few quoted words inside a reporter's sentence ("Palin offered an
   * apology to the assistant pastor 'if the incident is in any way connected to ...'" tells what
   * she did).
   */
  static boolean speaks(String text) {
    Matcher m = QUOTED.matcher(text);
    int quoted = 0;
    while (m.find()) {
      String inside = m.group(1) != null ? m.group(1) : m.group(2);
      int n = Words.count(inside);
      quoted += n >= 6 ? n : 0;
    }
    return quoted > 0 && 2 * quoted >= Words.count(text);
  }

  /**
   * An amount both sentences give that tells them apart from other facts: money, a percentage, a
   * count of ten or more ("404 yards", "23 pirates"); "two women" is in too many sentences.
   */
  private static boolean sharesAmount(Signature a, Signature b) {
    for (String v : a.amounts) {
      if (b.amounts.contains(v) && distinctive(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalised content word in both sentences: a name the entity extractor may miss where it
   * opens a sentence ("Bush rushed for 404 yards ...").
   */
  private static boolean sharesCapitalised(String a, String b) {
    Set<String> names = capitalised(a);
    names.retainAll(capitalised(b));
    return !names.isEmpty();
  }

  private static Set<String> capitalised(String text) {
    Set<String> out = new HashSet<>();
    for (Token t : Tokenizer.tokenize(text)) {
      String w = t.text();
      if (t.kind() == Token.Kind.WORD
          && w.length() > 2
          && Character.isUpperCase(w.codePointAt(0))
          && Words.isContent(w.toLowerCase(Locale.ROOT))) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean distinctive(String amount) {
    try {
      return Double.parseDouble(amount) >= 10;
    } catch (NumberFormatException e) {
      return true; // money with its currency, a range
    }
  }

  /** Text between paired quotation marks: straight ones in turn, or curly opening and closing. */
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|“([^”]*)”");

  /** One value for one quantity in both ("Six people died" and "6 people were killed"). */
  private static boolean sameFigure(String a, String b) {
    for (Figures.Figure x : Figures.in(a)) {
      for (Figures.Figure y : Figures.in(b)) {
        if (x.key().equals(y.key()) && x.value().equals(y.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Two values for one quantity ({@link Figures}): a conflict to reconcile, not a retelling. */
  private static boolean conflicting(String a, String b) {
    for (Figures.Figure x : Figures.in(a)) {
      for (Figures.Figure y : Figures.in(b)) {
        if (x.key().equals(y.key()) && !x.value().equals(y.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a body sentence from another article retells the lede's opening: it tells an event of
   * the opening's kind ({@link EventKinds}: "Ram-raiders ploughed their vehicle into an upmarket
   * jewellery boutique" after "Thieves pulled off a jewellery heist"), no event of another kind and
   * no number the opening lacks, names someone or something the opening names, and is neither a
   * quotation nor about an earlier time: an editor reading it below the lede finds the news told
   * twice.
   */
  static boolean retellsOpening(Candidate c, Candidate opening) {
    if (c.doc == opening.doc || speaks(c.text) || tellsThePast(c.text)) {
      return false;
    }
    Signature sc = c.signature();
    Signature so = opening.signature();
    Set<String> kinds = EventKinds.of(c.text, sc.events);
    Set<String> told = EventKinds.of(opening.text, so.events);
    if (kinds.isEmpty()
        || !told.containsAll(kinds)
        || !numbers(opening.text).containsAll(numbers(c.text))
        || !so.amounts.containsAll(sc.amounts)
        || conflicting(c.text, opening.text)) {
      return false; // a number the lede lacks ("at 2:56", "dragging her 10 feet") is news of its
      // own
    }
    return sharesActor(sc, so) || sharesCapitalised(c.text, opening.text);
  }

  /**
   * Whether {@code c}'s verb tells an event of a kind {@code told} does not ({@link EventKinds})
   * with a figure it lacks ({@link Figures}: a toll, a count of people): "Six people died when the
   * bridge gave way" after "The collapse of the bridge closed the main route" is news of its own,
   * "Four men rammed their car into the store" after "Thieves pulled off a jewellery heist" is the
   * same news.
   */
  static boolean addsNewsWithFigure(Candidate c, Candidate told) {
    Signature sc = c.signature();
    Signature st = told.signature();
    Set<String> kinds = new HashSet<>(EventKinds.of("", sc.acts));
    kinds.removeAll(EventKinds.of(told.text, st.events));
    if (kinds.isEmpty()) {
      return false;
    }
    Set<String> keys = new HashSet<>();
    Figures.in(told.text).forEach(f -> keys.add(f.key()));
    return Figures.in(c.text).stream().anyMatch(f -> !keys.contains(f.key()));
  }

  /** Whether one of {@code chosen} tells the fact {@code c} tells; the first such, if any. */
  static java.util.Optional<Candidate> restated(Candidate c, List<Candidate> chosen) {
    for (Candidate k : chosen) {
      if (k != c && sameFact(k, c)) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Whether {@code s} tells something {@code said} does not: a name, an amount or an event word
   * none of them gives. Another outlet's sentence without one only retells what the story has. A
   * sentence that names no one the story names is not judged here (its words say whether it is
   * new).
   */
  static boolean addsFact(Signature s, List<Signature> said) {
    Set<String> actors = new HashSet<>();
    said.forEach(x -> actors.addAll(x.actors));
    if (s.actors.isEmpty() && Collections.disjoint(s.content, actors)) {
      return !retoldUnnamed(s, said);
    }
    Set<String> names = new HashSet<>();
    Set<String> amounts = new HashSet<>();
    Set<String> events = new HashSet<>();
    for (Signature x : said) {
      names.addAll(x.actors);
      names.addAll(x.content);
      amounts.addAll(x.amounts);
      events.addAll(x.events);
    }
    // Events compared by kind: "charged with criminally negligent homicide after he struck and
    // killed a woman" tells no event "died after being hit ... the driver is facing manslaughter
    // charges" does not.
    return !names.containsAll(s.actors)
        || !amounts.containsAll(s.amounts)
        || !EventKinds.of("", events).containsAll(EventKinds.of("", s.events));
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
  static boolean retoldUnnamed(Signature s, List<Signature> said) {
    if (s.events.isEmpty()) {
      return false;
    }
    Set<String> kinds = EventKinds.of("", s.events);
    Set<String> amounts = new HashSet<>();
    said.forEach(x -> amounts.addAll(x.amounts));
    if (!amounts.containsAll(s.amounts)) {
      return false;
    }
    for (Signature t : said) {
      if (Collections.disjoint(kinds, EventKinds.of("", t.events))) {
        continue;
      }
      long common = s.content.stream().filter(t.content::contains).count();
      if (common >= RETOLD_WORDS * s.content.size()) {
        return true;
      }
    }
    return false;
  }

  /** "he" or "she" outside quotation marks: a person the sentence does not name. */
  private static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)(?<![\\p{L}'’])(?:he|she)\\b");

  /**
   * One sentence names someone, the other only says "she" or "he" of its subject ("Throughout WWII,
   * she was a popular pinup for GIs" after "Williams ... became a favorite pinup of GI's in World
   * War II"): whether it is the same person only the embeddings can say.
   */
  private static boolean pronounFor(String a, String b) {
    boolean pa = PERSON_PRONOUN.matcher(Voices.outsideQuotes(a)).find();
    boolean pb = PERSON_PRONOUN.matcher(Voices.outsideQuotes(b)).find();
    return pa != pb;
  }

  /**
   * One sentence names its actor, the other describes them as its subject ("The actress, 33,
   * reportedly headed to a Malibu treatment facility" after "Tara Reid checked into Promises"): an
   * outlet's other word for the person the story is about, which only the embeddings can confirm.
   */
  private static boolean describedActor(Candidate a, Signature sa, Candidate b, Signature sb) {
    if (!a.hasVector() || !b.hasVector()) {
      return false;
    }
    boolean da = opensWithDescription(a.text);
    boolean db = opensWithDescription(b.text);
    return da != db && !(da ? sb : sa).actors.isEmpty();
  }

  /**
   * "The actress", "The 33-year-old star", "The notorious party girl": a sentence whose subject is
   * a definite description.
   */
  static boolean opensWithDescription(String text) {
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(text);
    if (toks.size() < 3 || !toks.get(0).lower().equals("the")) {
      return false;
    }
    for (int i = 1; i < toks.size(); i++) {
      EnglishTagger.Tok t = toks.get(i);
      if (t.tagIs("NNP")) {
        return false; // "The White House": a name, not a description
      }
      if (t.tagIs("NN") && (i + 1 >= toks.size() || !toks.get(i + 1).tagIs("NN"))) {
        return true; // the head noun: "The actress", "The notorious party girl"
      }
      if (t.tagIs("NN")) {
        continue; // a noun modifying the next one ("party" in "party girl")
      }
      if (!t.tagIs("JJ") && !t.tagIs("CD") && !t.tagIs("VBN") && !t.text().equals("-")) {
        return false;
      }
    }
    return false;
  }

  /** A name both sentences give (by its last word, or one's name among the other's words). */
  private static boolean sharesActor(Signature a, Signature b) {
    return !Collections.disjoint(a.actors, b.actors)
        || !Collections.disjoint(a.actors, b.content)
        || !Collections.disjoint(b.actors, a.content);
  }

  /** The pairs (i, j), i before j, of sentences that state the same fact ({@link #sameFact}). */
  public static List<int[]> pairs(List<String> sentences) {
    List<Signature> sigs = sentences.stream().map(Restatements::of).toList();
    List<int[]> out = new java.util.ArrayList<>();
    for (int j = 0; j < sigs.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (sameFact(
            sentences.get(i),
            sigs.get(i),
            sentences.get(j),
            sigs.get(j),
            Double.NaN,
            false,
            false)) {
          out.add(new int[] {i, j});
        }
      }
    }
    return out;
  }
}
