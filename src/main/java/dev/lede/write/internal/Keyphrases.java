package dev.lede.write.internal;

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
 * Picks the story's keyphrase: its heaviest entity, a second one when both fit in three words, and
 * the event word, the lower-case content word that the most articles use in their title and first
 * sentences next to the main entity ("Lindsay Lohan rehab").
 */
public final class Keyphrases {
  private static final int LEAD_SENTENCES = 3;

  /** Sentences read for how often a word recurs. */
  private static final int REPEAT_SENTENCES = 10;

  private static final Set<String> GENERIC =
      Set.copyOf(
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
              "monday",
              "tuesday",
              "wednesday",
              "thursday",
              "friday",
              "saturday",
              "sunday",
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

  /** Nouns that name what happens in news: the best event words. */
  private static final Set<String> EVENT_NOUNS =
      stems(
          List.of(
              "fire",
              "blaze",
              "earthquake",
              "quake",
              "tsunami",
              "storm",
              "hurricane",
              "typhoon",
              "flood",
              "floods",
              "flooding",
              "crash",
              "collision",
              "derailment",
              "explosion",
              "blast",
              "bombing",
              "bomb",
              "attack",
              "attacks",
              "shooting",
              "shootout",
              "stabbing",
              "murder",
              "homicide",
              "death",
              "deaths",
              "arrest",
              "arrests",
              "raid",
              "robbery",
              "heist",
              "theft",
              "hijacking",
              "kidnapping",
              "rescue",
              "riot",
              "riots",
              "protest",
              "protests",
              "strike",
              "strikes",
              "rehab",
              "overdose",
              "trial",
              "verdict",
              "sentence",
              "sentencing",
              "conviction",
              "lawsuit",
              "indictment",
              "charges",
              "resignation",
              "dismissal",
              "firing",
              "appointment",
              "nomination",
              "election",
              "elections",
              "vote",
              "referendum",
              "summit",
              "talks",
              "deal",
              "agreement",
              "treaty",
              "merger",
              "acquisition",
              "takeover",
              "bankruptcy",
              "layoffs",
              "recall",
              "outage",
              "breach",
              "hack",
              "leak",
              "scandal",
              "investigation",
              "probe",
              "inquiry",
              "ban",
              "sanctions",
              "ceasefire",
              "invasion",
              "war",
              "coup",
              "escape",
              "manhunt",
              "outbreak",
              "epidemic",
              "pandemic",
              "injury",
              "surgery",
              "retirement",
              "transfer",
              "signing",
              "contract",
              "launch",
              "landing",
              "eruption",
              "landslide",
              "avalanche",
              "drought",
              "wildfire",
              "evacuation",
              "collapse",
              "sinking",
              "shipwreck",
              "piracy",
              "pirates",
              "hostage",
              "hostages",
              "execution",
              "funeral",
              "wedding",
              "divorce",
              "award",
              "awards",
              "victory",
              "defeat",
              "budget",
              "tax",
              "tariffs",
              "cuts",
              "reform",
              "bill",
              "law",
              "ruling",
              "verdict",
              "appeal",
              "pardon",
              "meeting",
              "speech",
              "debate",
              "interview",
              "announcement",
              "study",
              "survey",
              "vulnerability",
              "patch",
              "cable",
              "spill",
              "leak"));

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
   */
  public record Choice(String full, String names) {}

  /** The keyphrase, its words as written in the sources. */
  public static String pick(List<Doc> docs, StoryEntities entities) {
    return choose(docs, entities).full();
  }

  /** The keyphrase and its names-only variant. */
  public static Choice choose(List<Doc> docs, StoryEntities entities) {
    if (isKorean(docs)) {
      return KoreanKeyphrase.choose(docs, entities);
    }
    List<Entity> ranked = new ArrayList<>();
    Map<Entity, Double> prominence = new HashMap<>();
    Map<Entity, String> display = new HashMap<>();
    for (Entity e : entities.ranked()) {
      Optional<String> name = display(e, docs);
      if (name.isEmpty()) {
        continue;
      }
      display.put(e, name.get());
      double p = entities.weight.get(e.canonical()) + leadDocs(e, docs);
      prominence.put(e, e.type() == EntityType.PLACE ? 0.75 * p : p);
      ranked.add(e);
    }
    ranked.sort((x, y) -> Double.compare(prominence.get(y), prominence.get(x)));
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
    parts.addAll(event);
    if (parts.isEmpty()) {
      return new Choice("news", "");
    }
    return new Choice(String.join(" ", parts), names);
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

  /**
   * The event words: lower-case content words (by stem, so "attack" and "attacks" are one) that the
   * most articles use in their title and lead, next to the main entity counting more, weighted by
   * how noun-like they are, and by how often the first paragraphs repeat them. A word that is most
   * likely a verb, adjective or a role ("checked", "federal", "actress") is never the event word:
   * the entities alone make a better keyphrase than a wrong event.
   */
  private static List<String> eventWords(
      List<Doc> docs, StoryEntities entities, Entity main, int howMany) {
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, String> surface = new HashMap<>();
    for (Doc d : docs) {
      Map<String, Double> inDoc = new LinkedHashMap<>();
      String title = d.input.title().orElse("");
      for (String w : candidates(title, entities, surface)) {
        inDoc.merge(w, 1.5, Math::max);
      }
      Map<String, Integer> repeats = new HashMap<>();
      for (int n = 0; n < Math.min(d.sentences.size(), REPEAT_SENTENCES); n++) {
        Sentence s = d.sentences.get(n);
        List<String> found = candidates(s.text(), entities, surface);
        for (String w : found) {
          repeats.merge(w, 1, Integer::sum);
        }
        if (n < LEAD_SENTENCES) {
          boolean withMain = main != null && entities.in(d, s).contains(main.canonical());
          for (String w : found) {
            inDoc.merge(w, withMain ? 1.25 : 1.0, Math::max);
          }
        }
      }
      inDoc.forEach(
          (w, v) ->
              score.merge(
                  w,
                  (v + 0.2 * Math.log(repeats.getOrDefault(w, 1))) * nounLikeness(w),
                  Double::sum));
    }
    List<String> words = new ArrayList<>(score.keySet());
    words.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (out.size() >= howMany) {
        break;
      }
      if (nounLikeness(w) < 0.6 && main != null) {
        continue;
      }
      out.add(surface.get(w));
    }
    return out;
  }

  /**
   * Event words are best as nouns that name what happened ("rehab", "summit", "earthquake"): those
   * weigh double; words that describe who ("actress", "coach") and likely adjectives, adverbs,
   * participles and verbs weigh less.
   */
  private static double nounLikeness(String w) {
    if (EVENT_NOUNS.contains(w)) {
      return 1.6;
    }
    if (DESCRIPTORS.contains(w)) {
      return 0.5;
    }
    if (w.endsWith("ly")) {
      return 0.3;
    }
    if (w.endsWith("ed") || w.endsWith("ing")) {
      return 0.5;
    }
    for (String suffix : List.of("al", "ive", "ous", "ful", "less", "ic", "able", "ible", "ary")) {
      if (w.endsWith(suffix)) {
        return 0.6;
      }
    }
    return 1.0;
  }

  /** Lower-case content words of a text that are not names, numbers or generic news words. */
  private static List<String> candidates(
      String text, StoryEntities entities, Map<String, String> surface) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.kind() != Token.Kind.WORD || t.isCapitalized()) {
        continue;
      }
      String w = t.text();
      String lw = w.toLowerCase(Locale.ROOT);
      if (lw.length() < 4
          || !lw.chars().allMatch(Character::isLetter) && !lw.contains("-")
          || lw.chars().anyMatch(Character::isDigit)
          || !Words.isContent(lw)
          || GENERIC.contains(lw)
          || Words.NUMBER_WORDS.contains(lw)
          || entities.nameWords.contains(lw)) {
        continue;
      }
      String stem = Words.stem(lw);
      surface.putIfAbsent(stem, w);
      out.add(stem);
    }
    return out;
  }
}
