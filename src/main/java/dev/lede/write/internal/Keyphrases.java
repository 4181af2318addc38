package dev.lede.write.internal;

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
 * Picks the story's keyphrase: its heaviest entity, a second one when both fit in three words, and
 * the event word, the lower-case content word that the most articles use in their title and first
 * sentences next to the main entity ("Lindsay Lohan rehab").
 */
public final class Keyphrases {
  private static final int LEAD_SENTENCES = 3;
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
              "claims"));

  private Keyphrases() {}

  /** The keyphrase, its words as written in the sources. */
  public static String pick(List<Doc> docs, StoryEntities entities) {
    List<Entity> ranked = entities.ranked();
    List<String> parts = new ArrayList<>();
    Entity first = ranked.isEmpty() ? null : ranked.get(0);
    if (first != null) {
      parts.add(first.canonical());
      double w1 = entities.weight.get(first.canonical());
      int words1 = first.canonical().split("\\s+").length;
      for (int k = 1; k < ranked.size() && k < 4; k++) {
        Entity e = ranked.get(k);
        double w = entities.weight.get(e.canonical());
        int words = e.canonical().split("\\s+").length;
        if (w >= 0.6 * w1 && words1 + words <= 3 && !overlaps(first.canonical(), e.canonical())) {
          parts.add(e.canonical());
          break;
        }
      }
    }
    List<String> event = eventWords(docs, entities, first, parts.isEmpty() ? 2 : 1);
    parts.addAll(event);
    if (parts.isEmpty()) {
      return "news";
    }
    return String.join(" ", parts);
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
      int n = 0;
      for (Sentence s : d.sentences) {
        if (n++ >= LEAD_SENTENCES) {
          break;
        }
        boolean withMain = main != null && entities.in(d, s).contains(main.canonical());
        for (String w : candidates(s.text(), entities, surface)) {
          inDoc.merge(w, withMain ? 1.25 : 1.0, Math::max);
        }
      }
      inDoc.forEach((w, v) -> score.merge(w, v * nounLikeness(w), Double::sum));
    }
    List<String> words = new ArrayList<>(score.keySet());
    words.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (out.size() >= howMany) {
        break;
      }
      out.add(surface.get(w));
    }
    return out;
  }

  /** Event words are best as nouns ("rehab", "summit"); participles and verbs weigh half. */
  private static double nounLikeness(String w) {
    return w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly") ? 0.5 : 1.0;
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
      surface.putIfAbsent(lw, w);
      out.add(lw);
    }
    return out;
  }
}
