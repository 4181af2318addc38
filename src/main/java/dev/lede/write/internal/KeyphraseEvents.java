package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event word of a keyphrase ({@link Keyphrases}): the known event noun that the most articles
 * use as the head of a phrase in their title and first sentences, next to the main entity and
 * before the circumstances ("rehab", "death", never "heart attack"'s "attack"). How one occurrence
 * is read is {@link EventWords}' job.
 */
final class KeyphraseEvents {
  private KeyphraseEvents() {}

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

  /** {@code words} with the lexicon's weekday names. */
  private static Set<String> withWeekdays(List<String> words) {
    Set<String> out = new HashSet<>(words);
    out.addAll(EnglishWords.weekdayNames());
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
  static List<String> eventWords(List<Doc> docs, StoryEntities entities, Entity main, int howMany) {
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
