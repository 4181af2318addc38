package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the story's keyphrase: its heaviest entity (a person's name variants counted as one), a
 * second one when both fit in three words, and the event word: the known event noun that the most
 * articles use as the head of a phrase in their title and first sentences, next to the main entity
 * and before the circumstances ("Lindsay Lohan rehab", "Bettie Page death", never "heart attack"'s
 * "attack"). How one occurrence is read is {@link EventWords}' job.
 */
public final class Keyphrases {
  private static final int LEAD_SENTENCES = 3;

  /** Sentences read for how often a word recurs. */
  private static final int REPEAT_SENTENCES = 10;

  private static final Set<String> GENERIC =
      withWeekdays(
          List.of(
              "after",
              "before",
              "week",
              "weeks",
              "month",
              "months",
              "today",
              "yesterday",
              "tomorrow",
              "news",
              "report",
              "reports",
              "reported",
              "reporting",
              "including",
              "include",
              "includes",
              "percent",
              "million",
              "billion",
              "thousand",
              "hundred",
              "later",
              "early",
              "earlier",
              "least",
              "local",
              "officials",
              "official",
              "spokesman",
              "spokeswoman",
              "statement",
              "according",
              "told",
              "says",
              "said",
              "saying",
              "added",
              "asked",
              "believed",
              "known",
              "called",
              "took",
              "take",
              "taken",
              "went",
              "came",
              "come",
              "comes",
              "going",
              "gave",
              "give",
              "given",
              "found",
              "left",
              "back",
              "days",
              "hours",
              "while",
              "where",
              "there",
              "their",
              "than",
              "then",
              "this",
              "that",
              "these",
              "those",
              "what",
              "which",
              "with",
              "would",
              "could",
              "should",
              "also",
              "into",
              "from",
              "have",
              "were",
              "been",
              "being",
              "about",
              "over",
              "under",
              "more",
              "most",
              "many",
              "much",
              "some",
              "such",
              "only",
              "other",
              "another",
              "against",
              "during",
              "because",
              "since",
              "until",
              "year-old",
              "former",
              "latest",
              "recent",
              "recently",
              "second",
              "third",
              "next",
              "previous",
              "morning",
              "afternoon",
              "evening",
              "night",
              "weekend",
              "last",
              "first",
              "show",
              "shows",
              "well",
              "like",
              "just",
              "even",
              "still",
              "very",
              "here",
              "year",
              "years",
              "time",
              "people",
              "make",
              "made",
              "makes",
              "part",
              "place",
              "says",
              "magazine",
              "website",
              "doing",
              "does",
              "done",
              "works",
              "work",
              "call",
              "calls",
              "want",
              "wants",
              "think",
              "need",
              "needs",
              "used",
              "uses",
              "seen",
              "help",
              "around",
              "across",
              "among",
              "within",
              "without",
              "whether",
              "every",
              "each",
              "both",
              "either",
              "though",
              "although",
              "already",
              "always",
              "never",
              "often",
              "away",
              "once",
              "twice",
              "long",
              "high",
              "good",
              "great",
              "best",
              "better",
              "little",
              "large",
              "small",
              "big",
              "major",
              "likely",
              "able",
              "important",
              "insisted",
              "faced",
              "finished",
              "admitted",
              "suffered",
              "revealed",
              "claimed",
              "claims",
              "single",
              "whole",
              "late",
              "possible",
              "straight",
              "sometimes",
              "free",
              "permanent",
              "expect",
              "expected",
              "type",
              "fallen",
              "full",
              "total",
              "several",
              "various",
              "certain",
              "real",
              "days",
              "herself",
              "himself",
              "themselves",
              "itself",
              "yourself",
              "ourselves",
              "southern",
              "northern",
              "eastern",
              "western",
              "central",
              "became",
              "become",
              "becomes",
              "held",
              "made",
              "took",
              "went",
              "came",
              "gave",
              "brought",
              "thought",
              "sent",
              "kept",
              "lost",
              "won",
              "broke",
              "breaks",
              "began",
              "begins",
              "stood",
              "fell",
              "sold",
              "spent",
              "struck",
              "seventh",
              "eighth",
              "ninth",
              "tenth",
              "fourth",
              "fifth",
              "sixth",
              "piece",
              "pieces"));

  /** News agencies: they file the story, they are not what it is about. */
  private static final Set<String> AGENCIES =
      Set.of(
          "AP",
          "AFP",
          "UPI",
          "PA",
          "dpa",
          "DPA",
          "Reuters",
          "Associated Press",
          "Press Association",
          "Agence France-Presse",
          "Xinhua",
          "Yonhap",
          "Kyodo",
          "EFE",
          "ANSA",
          "TASS");

  /** Holidays, months and days: when it happened, not who. */
  private static final Set<String> TIMES =
      withMonthsAndDays(
          "Christmas",
          "Christmas Eve",
          "Christmas Day",
          "Easter",
          "Thanksgiving",
          "Halloween",
          "New Year",
          "New Year's Eve",
          "New Year's Day",
          "Ramadan",
          "Boxing Day",
          "Independence Day");

  /** {@code words} with the lexicon's weekday names. */
  private static Set<String> withWeekdays(List<String> words) {
    Set<String> out = new HashSet<>(words);
    out.addAll(EnglishWords.weekdayNames());
    return Set.copyOf(out);
  }

  /** {@code holidays} with the lexicon's month and weekday names, capitalised as written. */
  private static Set<String> withMonthsAndDays(String... holidays) {
    Set<String> out = new HashSet<>(List.of(holidays));
    for (String n : EnglishWords.fullMonthNames()) {
      out.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
    }
    for (String n : EnglishWords.weekdayNames()) {
      out.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
    }
    return Set.copyOf(out);
  }

  /** People's roles and other words that describe who, not what happened. */
  private static final Set<String> DESCRIPTORS =
      stems(
          List.of(
              "actress",
              "actor",
              "singer",
              "star",
              "stars",
              "coach",
              "player",
              "players",
              "manager",
              "director",
              "president",
              "minister",
              "chief",
              "leader",
              "officer",
              "officers",
              "police",
              "team",
              "club",
              "company",
              "firm",
              "season",
              "game",
              "games",
              "match",
              "city",
              "state",
              "country",
              "group",
              "member",
              "members",
              "fans",
              "family",
              "mother",
              "father",
              "wife",
              "husband",
              "son",
              "daughter",
              "brother",
              "sister",
              "man",
              "woman",
              "men",
              "women",
              "children",
              "child",
              "girl",
              "boy",
              "friend",
              "home",
              "house",
              "building",
              "area",
              "side",
              "points",
              "round",
              "goal",
              "goals",
              "money",
              "deputy",
              "suspect",
              "suspects",
              "victim",
              "victims",
              "workers",
              "staff",
              "researchers",
              "scientists",
              "experts",
              "statement",
              "spokesperson",
              "head",
              "lawyer",
              "attorney",
              "respect",
              "career",
              "outside",
              "basis",
              "evidence",
              "quality",
              "problems",
              "problem"));

  private static Set<String> stems(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(Words.stem(w));
    }
    return Set.copyOf(out);
  }

  /** Longest name, and name word, a keyphrase takes: longer ones are scraping debris. */
  private static final int MAX_NAME = 40;

  private static final int MAX_NAME_WORD = 20;

  /** How many of a document's first sentences count as its lead. */
  private static final int LEAD = 2;

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
    List<Named> named = rankedNames(docs, entities);
    List<Entity> ranked = new ArrayList<>();
    Map<Entity, Double> prominence = new HashMap<>();
    Map<Entity, String> display = new HashMap<>();
    for (Named n : named) {
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
            && !overlaps(n1, n)) {
          parts.add(n);
          break;
        }
      }
    }
    String names = String.join(" ", parts);
    List<String> event = eventWords(docs, entities, first, parts.isEmpty() ? 2 : 1);
    String shorter =
        parts.size() > 1 && !event.isEmpty() ? parts.get(0) + " " + String.join(" ", event) : "";
    parts.addAll(event);
    if (parts.isEmpty()) {
      return new Choice("news", "");
    }
    String full = String.join(" ", parts);
    return new Choice(full, names, shorter.isEmpty() ? full : shorter);
  }

  /** An entity, how the keyphrase writes it, and how prominent it is in the story. */
  record Named(Entity entity, String display, double prominence) {}

  /**
   * The story's usable names, most prominent first: weight across the story plus the articles that
   * name it in their lead, a place counting three quarters.
   */
  static List<Named> rankedNames(List<Doc> docs, StoryEntities entities) {
    List<Named> out = new ArrayList<>();
    for (Entity e : entities.ranked()) {
      Optional<String> name = display(e, docs);
      if (name.isEmpty()) {
        continue;
      }
      double p = entities.weight.get(e.canonical()) + leadDocs(e, docs);
      out.add(new Named(e, name.get(), e.type() == EntityType.PLACE ? 0.75 * p : p));
    }
    out = mergeVariants(out);
    out.sort((x, y) -> Double.compare(y.prominence(), x.prominence()));
    return out;
  }

  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /**
   * One person written several ways counts once, under the full name: "The Notorious Bettie Page"
   * (a film title) and "Lindsay Lohan Checks" (a title-case headline's debris) count for the
   * two-word name they hold at their start or end, a lone surname ("Comeaux") for the one full name
   * of a person that ends on it ("Arcade Joseph Comeaux Jr").
   */
  static List<Named> mergeVariants(List<Named> names) {
    List<Named> out = new ArrayList<>(names);
    for (int i = 0; i < out.size(); i++) {
      Named a = out.get(i);
      for (int j = 0; j < out.size(); j++) {
        Named b = out.get(j);
        if (i == j || a == null || b == null) {
          continue;
        }
        if (a.entity().type() == EntityType.PERSON && holdsAtEdge(b.display(), a.display())
            || surnameOf(a, b, out)) {
          Named into = holdsAtEdge(b.display(), a.display()) ? a : b;
          Named from = into == a ? b : a;
          Named merged =
              new Named(into.entity(), into.display(), into.prominence() + from.prominence());
          out.set(into == a ? i : j, merged);
          out.set(into == a ? j : i, null);
          a = out.get(i);
        }
      }
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /** Whether {@code longer} is {@code core} (two words or more) plus words at one end. */
  private static boolean holdsAtEdge(String longer, String core) {
    return core.contains(" ")
        && longer.length() > core.length()
        && (longer.startsWith(core + " ") || longer.endsWith(" " + core));
  }

  /** Whether one-word {@code a} is the surname of person {@code b}, and of no other name. */
  private static boolean surnameOf(Named a, Named b, List<Named> all) {
    if (a.display().contains(" ")
        || b.entity().type() != EntityType.PERSON
        || a.entity().type() == EntityType.PLACE
        || !a.display().equals(surname(b.display()))) {
      return false;
    }
    for (Named c : all) {
      if (c != null && c != b && c != a && a.display().equals(surname(c.display()))) {
        return false; // "Bush": George W. Bush or Laura Bush
      }
    }
    return true;
  }

  private static String surname(String name) {
    List<String> w = new ArrayList<>(List.of(name.split("\\s+")));
    while (w.size() > 1
        && NAME_SUFFIXES.contains(w.get(w.size() - 1).replace(".", "").toLowerCase(Locale.ROOT))) {
      w.remove(w.size() - 1);
    }
    return w.size() > 1 ? w.get(w.size() - 1) : "";
  }

  static boolean isKorean(List<Doc> docs) {
    int ko = 0;
    for (Doc d : docs) {
      String t = d.text();
      ko += Korean.isKorean(t.length() > 2_000 ? t.substring(0, 2_000) : t) ? 1 : 0;
    }
    return ko * 2 > docs.size();
  }

  /** Documents naming the entity in their lead. */
  private static int leadDocs(Entity e, List<Doc> docs) {
    int n = 0;
    for (Doc d : docs) {
      if (d.sentences.isEmpty()) {
        continue;
      }
      int end = d.sentences.get(Math.min(LEAD, d.sentences.size()) - 1).end();
      for (Mention m : e.mentions()) {
        if (m.docId().equals(d.id()) && m.start() < end) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /**
   * How the keyphrase names an entity: its canonical name when a source writes it, else its most
   * frequent written form; empty for what is not a usable name (an agency, a contraction, a single
   * capitalised word seen only where any word is capitalised, at a sentence start).
   */
  static Optional<String> display(Entity e, List<Doc> docs) {
    String c = e.canonical();
    if (c.codePointCount(0, c.length()) < 2
        || c.length() > MAX_NAME
        || Arrays.stream(c.split("\\s+")).anyMatch(w -> w.length() > MAX_NAME_WORD)
        || AGENCIES.contains(c)
        || TIMES.contains(c)
        || c.matches("(?s).*['’](?:ve|ll|re|m|d|s|t)\\b.*")) {
      return Optional.empty();
    }
    Map<String, Integer> written = new LinkedHashMap<>();
    boolean midSentence = false;
    for (Mention m : e.mentions()) {
      written.merge(m.text(), 1, Integer::sum);
      midSentence |= !atSentenceStart(m, docs);
    }
    if (!midSentence) {
      if (!c.contains(" ")) {
        return Optional.empty();
      }
      // "Iconic Arsenal": a sentence-start word glued to a name; the name alone is safer.
      for (String alias : e.aliases()) {
        if (c.endsWith(" " + alias) && written.containsKey(alias)) {
          return Optional.of(alias);
        }
      }
    }
    if (written.containsKey(c)) {
      return Optional.of(c);
    }
    return written.entrySet().stream()
        .max(
            Comparator.comparingInt((Map.Entry<String, Integer> x) -> x.getValue())
                .thenComparingInt(x -> x.getKey().length()))
        .map(Map.Entry::getKey);
  }

  private static boolean atSentenceStart(Mention m, List<Doc> docs) {
    for (Doc d : docs) {
      if (!d.id().equals(m.docId())) {
        continue;
      }
      for (Sentence s : d.sentences) {
        if (s.contains(m.start())) {
          String before = d.text().substring(s.start(), m.start());
          return before.chars().noneMatch(Character::isLetterOrDigit);
        }
      }
    }
    return false;
  }

  private static boolean overlaps(String a, String b) {
    Set<String> wa = new HashSet<>(Words.lowerWords(a));
    for (String w : Words.lowerWords(b)) {
      if (wa.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** A scored event word: its stem, the form the sources write, and its score. */
  record EventWord(String stem, String written, double score) {}

  /**
   * The event words: nouns (by stem, so "attack" and "attacks" are one) that head their phrase in
   * the title and lead of the most articles, next to the main entity counting more, earlier in a
   * sentence counting more, weighted by how surely they name an event, and by how often the first
   * paragraphs repeat them. A verb counts for the event noun it stands for ("died" for "death")
   * where the sources write that noun. A word that names no event ("supermarket", "history"), a
   * role ("actress"), a verb or an adjective is never the event word: the entities alone make a
   * better keyphrase than a wrong event.
   */
  private static List<String> eventWords(
      List<Doc> docs, StoryEntities entities, Entity main, int howMany) {
    List<String> out = new ArrayList<>();
    for (EventWord w : eventCandidates(docs, entities, main)) {
      if (out.size() >= howMany) {
        break;
      }
      if (eventness(w.stem()) < 0.6 && main != null) {
        continue;
      }
      out.add(w.written());
    }
    return out;
  }

  /** Every event-word candidate of the story, best first. */
  static List<EventWord> eventCandidates(List<Doc> docs, StoryEntities entities, Entity main) {
    Map<String, String> written = nounsWritten(docs);
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, String> surface = new HashMap<>();
    for (Doc d : docs) {
      Map<String, Double> inDoc = new LinkedHashMap<>();
      String title = d.input.title().orElse("");
      for (EventWords.Occurrence o : candidates(title, entities, written)) {
        surface.putIfAbsent(o.stem(), o.written());
        inDoc.merge(o.stem(), 1.5, Math::max);
      }
      Map<String, Integer> repeats = new HashMap<>();
      for (int n = 0; n < Math.min(d.sentences.size(), REPEAT_SENTENCES); n++) {
        Sentence s = d.sentences.get(n);
        List<EventWords.Occurrence> found = candidates(s.text(), entities, written);
        for (EventWords.Occurrence o : found) {
          repeats.merge(o.stem(), 1, Integer::sum);
        }
        if (n < LEAD_SENTENCES) {
          boolean withMain = main != null && entities.in(d, s).contains(main.canonical());
          for (EventWords.Occurrence o : found) {
            surface.putIfAbsent(o.stem(), o.written());
            // What happened comes first: the lead's opening words over its trailing context.
            double at = o.position() < 0.5 ? 1.0 : 0.85;
            // The sources' own noun is surer evidence than a verb read as one ("killed").
            at *= o.fromVerb() ? 0.8 : 1.0;
            at *= o.context() ? 0.6 : 1.0;
            inDoc.merge(o.stem(), (withMain ? 1.25 : 1.0) * at, Math::max);
          }
        }
      }
      inDoc.forEach(
          (w, v) ->
              score.merge(
                  w, (v + 0.2 * Math.log(repeats.getOrDefault(w, 1))) * eventness(w), Double::sum));
    }
    List<String> words = new ArrayList<>(score.keySet());
    words.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
    List<EventWord> out = new ArrayList<>();
    for (String w : words) {
      out.add(new EventWord(w, surface.get(w), score.get(w)));
    }
    return out;
  }

  /**
   * How surely a word names an event: the known event nouns ("rehab", "summit", "earthquake") weigh
   * most; any other noun too little to be chosen ("supermarket", "party", "history" name where or
   * who, not what happened), roles and likely adjectives, adverbs and participles less.
   */
  private static double eventness(String w) {
    if (EventWords.isEventNoun(w)) {
      return 1.6;
    }
    if (DESCRIPTORS.contains(w)) {
      return 0.4;
    }
    return 0.5;
  }

  /**
   * Lower-case forms of the nouns the story's sources write, by stem: a verb's event noun is a
   * candidate only where they write it ("died" counts for "death" only when "death" is written).
   */
  private static Map<String, String> nounsWritten(List<Doc> docs) {
    Map<String, String> out = new HashMap<>();
    for (Doc d : docs) {
      for (Token t : Tokenizer.tokenize(d.text())) {
        if (t.kind() == Token.Kind.WORD && !t.isCapitalized()) {
          String w = t.text();
          out.putIfAbsent(Words.stem(w.toLowerCase(Locale.ROOT)), w);
        }
      }
    }
    return out;
  }

  /**
   * The event-word readings of a text ({@link EventWords}) that are not names, numbers or generic
   * news words; a verb's reading only where the sources write its noun.
   */
  private static List<EventWords.Occurrence> candidates(
      String text, StoryEntities entities, Map<String, String> written) {
    List<EventWords.Occurrence> out = new ArrayList<>();
    for (EventWords.Occurrence o :
        EventWords.read(
            text,
            lw -> usable(lw, entities),
            lw -> written.containsKey(Words.stem(lw)) && !entities.nameWords.contains(lw))) {
      if (!o.fromVerb()) {
        String w = written.getOrDefault(o.stem(), o.written().toLowerCase(Locale.ROOT));
        out.add(
            Character.isUpperCase(o.written().charAt(0))
                ? new EventWords.Occurrence(o.stem(), w, o.position(), false, o.context())
                : o);
      } else if (written.containsKey(o.stem())) {
        out.add(
            new EventWords.Occurrence(
                o.stem(), written.get(o.stem()), o.position(), true, o.context()));
      }
    }
    return out;
  }

  private static boolean usable(String lw, StoryEntities entities) {
    return lw.length() >= 4
        && (lw.chars().allMatch(Character::isLetter) || lw.contains("-"))
        && lw.chars().noneMatch(Character::isDigit)
        && Words.isContent(lw)
        && !GENERIC.contains(lw)
        && !Words.NUMBER_WORDS.contains(lw)
        // A word of a name ("Fire" of "Fire and Rescue") is still an event word where it is
        // written in lower case and names an event.
        && (!entities.nameWords.contains(lw) || EventWords.isEventNoun(Words.stem(lw)));
  }
}
