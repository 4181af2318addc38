package dev.lede.write.internal;

import dev.lede.model.PullQuote;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import dev.lede.nlp.Sentence;
import dev.lede.write.GroundingChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which candidates the story publishes: the lede, the body (greedy gain of new entities, facts and
 * outlets minus similarity to what is chosen), corroboration and coverage of outlets, background
 * sentences and pull quotes. Every pick passes the grounding checker.
 */
final class Selection {
  private Selection() {}

  static final int LEDE_MAX_WORDS = 60;

  /** How far past the opening a one-source lede may reach for its other sentences. */
  static final int SINGLE_LEDE_WINDOW = 6;

  /** Lexical cosine over which another outlet's sentence is tried as corroboration. */
  static final double CORROBORATE_LEXICAL = 0.5;

  /** The candidate itself when it fits in {@code budget} words, else its tail cut to fit. */
  static Optional<Candidate> fit(Candidate c, int budget, StoryEntities entities) {
    if (c.words <= budget) {
      return Optional.of(c);
    }
    return Trimmer.draft(c.doc, c.sentence, true, budget)
        .filter(d -> !d.dangling() || c.dangling)
        .map(
            d -> {
              Candidate cut = Scoring.candidate(c.doc, c.sentence, d, entities);
              cut.vector = c.vector;
              cut.lex = c.lex;
              cut.lexCentrality = c.lexCentrality;
              cut.centrality = c.centrality;
              cut.score = c.score;
              return cut;
            });
  }

  /** The last resort for a lede: the first sentence anywhere that fits, cut if need be. */
  static List<Candidate> anyFitting(
      List<Candidate> cands, GroundingChecker checker, StoryEntities entities) {
    for (Candidate c : cands) {
      if (c.dangling) {
        continue;
      }
      Optional<Candidate> f = fit(c, LEDE_MAX_WORDS, entities);
      if (f.isPresent() && checker.supports(f.get().toSentence())) {
        return new ArrayList<>(List.of(f.get()));
      }
    }
    return new ArrayList<>();
  }

  static List<Candidate> lede(
      List<Doc> docs,
      List<Candidate> cands,
      Set<String> kpWords,
      GroundingChecker checker,
      StoryEntities entities,
      Chronology chron) {
    List<Candidate> out = new ArrayList<>();
    int words = 0;
    if (docs.size() == 1) {
      // One source: its own lead is the best lede; take it in order, cutting a tail to fit. An
      // opening that describes someone it does not name ("The 23-year-old earned ...") waits for
      // the first sentence that does not, and follows it.
      List<Candidate> waiting = new ArrayList<>();
      for (Candidate c : cands) {
        if (out.size() >= 3 || c.sentence > SINGLE_LEDE_WINDOW || LEDE_MAX_WORDS - words < 8) {
          break;
        }
        boolean follows = !out.isEmpty() && out.get(out.size() - 1).sentence == c.sentence - 1;
        if ((c.dangling && !follows) || Redundancy.redundant(c, out)) {
          continue;
        }
        if (out.isEmpty() && waiting.isEmpty() && UnnamedOpenings.opensUnnamed(c.text)) {
          waiting.add(c);
          continue;
        }
        Optional<Candidate> fitted = fit(c, LEDE_MAX_WORDS - words, entities);
        if (fitted.isEmpty() || !checker.supports(fitted.get().toSentence())) {
          continue;
        }
        out.add(fitted.get());
        words += fitted.get().words;
        for (Candidate w : waiting) {
          Optional<Candidate> f = fit(w, LEDE_MAX_WORDS - words, entities);
          if (f.isPresent() && checker.supports(f.get().toSentence())) {
            out.add(f.get());
            words += f.get().words;
          }
        }
        waiting.clear();
      }
      if (out.isEmpty() && !waiting.isEmpty()) {
        fit(waiting.get(0), LEDE_MAX_WORDS, entities)
            .filter(f -> checker.supports(f.toSentence()))
            .ifPresent(out::add);
      }
      return out;
    }
    // Sources of several days: the lede tells the latest development when that day has one
    // opening fit to lead; else the best opening of any day.
    boolean latestOnly = chron.spansDays() && cands.stream().anyMatch(chron::latest);
    Candidate best = bestOpening(cands, kpWords, checker, latestOnly ? chron : null);
    if (best == null && latestOnly) {
      best = bestOpening(cands, kpWords, checker, null);
    }
    if (best == null) {
      for (Candidate c : cands) {
        if (!c.dangling
            && c.words <= LEDE_MAX_WORDS
            && !UnnamedOpenings.opensUnnamed(c.text)
            && checker.supports(c.toSentence())) {
          best = c;
          break;
        }
      }
    }
    if (best == null) {
      return out;
    }
    double bestScore = openingScore(best, kpWords);
    out.add(best);
    words = best.words;
    // A second lede sentence: the best lead sentence that adds something and still fits, of the
    // opening's own article unless it tells news of another kind with its figure ("Six people
    // died" after "The collapse of the bridge closed the main route"). Another outlet's lead
    // mostly tells the same news in its own words (the heist as "Four men rammed their car into
    // the Casty store", the injury as "Bush will miss the team's final two games"): a lede that
    // tells it twice, whatever new detail it brings.
    Candidate second = null;
    double secondScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : cands) {
      boolean follows = c.doc == best.doc && c.sentence == best.sentence + 1;
      if (c.doc != best.doc && !OpeningRetellings.addsNewsWithFigure(c, best)
          || c.sentence > 3
          || latestOnly && !chron.latest(c) // the lede tells one day's news, undated
          || (c.dangling && !follows)
          || words + c.words > LEDE_MAX_WORDS
          || startsWithQuote(c.text)
          || Redundancy.redundant(c, out)
          || Restatements.sameFact(best, c)
          || !addsEnough(c, new HashSet<>(best.content))) {
        continue;
      }
      double gain = c.score + 0.05 * newEntities(c, out) + (follows ? 0.05 : 0);
      if (gain > secondScore && checker.supports(c.toSentence())) {
        second = c;
        secondScore = gain;
      }
    }
    if (second != null && secondScore > 0.6 * bestScore) {
      out.add(second);
    }
    return out;
  }

  /**
   * The best-scoring sentence to open a multi-source lede: among the first three of an article, no
   * pronoun or description of someone unnamed at its start, no quotation; of the latest day's
   * sources when {@code latest} is given.
   */
  private static Candidate bestOpening(
      List<Candidate> cands, Set<String> kpWords, GroundingChecker checker, Chronology latest) {
    Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : cands) {
      if (c.sentence > 2
          || c.dangling
          || c.words > 45
          || startsWithQuote(c.text)
          || latest != null && !latest.latest(c)
          || UnnamedOpenings.opensUnnamed(c.text)) {
        continue;
      }
      double s = openingScore(c, kpWords);
      if (s > bestScore && checker.supports(c.toSentence())) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  private static double openingScore(Candidate c, Set<String> kpWords) {
    return c.score + (Scoring.kpShare(c, kpWords) == 1 ? 0.1 : 0) + (c.facts > 0 ? 0.03 : 0);
  }

  static List<Candidate> body(
      List<Doc> docs,
      List<Candidate> cands,
      List<Candidate> chosen,
      GroundingChecker checker,
      Calibration cal,
      SentenceVectors vectors,
      StoryEntities entities) {
    int n = docs.size();
    int maxSentences;
    int maxWords;
    if (n == 1) {
      int usable = (int) cands.stream().filter(c -> c.doc == docs.get(0)).count();
      maxSentences = Math.min(8, Math.max(2, usable / 3));
      maxWords = 230;
    } else {
      maxSentences = Math.min(12, 4 + 2 * n);
      maxWords = 400;
    }
    List<Candidate> body = new ArrayList<>();
    List<Candidate> lede = List.copyOf(chosen);
    Set<Candidate> taken = new HashSet<>(chosen);
    // Tries each candidate once: redundancy and refusals only grow.
    Set<String> citedDocs = new HashSet<>();
    for (Candidate c : chosen) {
      citedDocs.add(c.doc.id());
    }
    double[] maxSim = new double[cands.size()];
    boolean[] blocked = new boolean[cands.size()];
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      for (Candidate s : chosen) {
        maxSim[i] = Math.max(maxSim[i], Redundancy.similarity(c, s, cal));
      }
      blocked[i] = taken.contains(c) || Redundancy.redundant(c, chosen);
    }
    int words = 0;
    List<Candidate> spare = new ArrayList<>();
    List<Candidate> retold = new ArrayList<>();
    Set<String> said = new HashSet<>();
    for (Candidate c : chosen) {
      said.addAll(c.content);
    }
    while (body.size() < maxSentences) {
      Candidate best = null;
      int bestIdx = -1;
      double bestGain = Double.NEGATIVE_INFINITY;
      Set<String> seenEntities = new HashSet<>();
      for (Candidate s : chosen) {
        seenEntities.addAll(s.entityKeys);
      }
      for (int i = 0; i < cands.size(); i++) {
        Candidate c = cands.get(i);
        if (blocked[i] || words + c.words > maxWords) {
          continue;
        }
        if (!addsEnough(c, said)) {
          blocked[i] = true; // what is said only grows
          continue;
        }
        if (c.dangling && !predecessorTaken(c, chosen)) {
          continue;
        }
        if (n >= OFF_EVENT_FROM && offEvent(c, entities, lede)) {
          blocked[i] = true;
          continue;
        }
        int fresh = 0;
        for (String e : c.entityKeys) {
          fresh += seenEntities.contains(e) ? 0 : 1;
        }
        double gain =
            c.score
                + 0.06 * Math.min(fresh, 3)
                + 0.04 * Math.min(c.facts, 2)
                + (n > 1 && !citedDocs.contains(c.doc.id()) ? 0.10 : 0)
                - 0.30 * maxSim[i];
        if (gain > bestGain) {
          best = c;
          bestIdx = i;
          bestGain = gain;
        }
      }
      if (best == null) {
        break;
      }
      blocked[bestIdx] = true;
      if (!checker.supports(best.toSentence())) {
        continue;
      }
      if (n > 1) {
        // One fact once: another outlet's retelling of a chosen fact only adds to its citation,
        // and a sentence with no name, amount or event word the story lacks tells nothing new.
        vectors.complete(List.of(best));
        Optional<Candidate> told = Restatements.restated(best, chosen);
        if (told.isPresent()) {
          Redundancy.cite(told.get(), best, checker);
          retold.add(best);
          continue;
        }
        if (!best.hasQuote
            && !NewFacts.addsFact(
                best.signature(), chosen.stream().map(Candidate::signature).toList())) {
          spare.add(best);
          continue;
        }
      }
      body.add(best);
      chosen.add(best);
      said.addAll(best.content);
      citedDocs.add(best.doc.id());
      words += best.words;
      for (int i = 0; i < cands.size(); i++) {
        if (blocked[i]) {
          continue;
        }
        Candidate c = cands.get(i);
        maxSim[i] = Math.max(maxSim[i], Redundancy.similarity(c, best, cal));
        blocked[i] = Redundancy.redundant(c, List.of(best));
      }
    }
    if (n >= TWO_SECTIONS_FROM) {
      int room = fill(body, chosen, spare, maxWords - words);
      fillWithRetellings(body, chosen, retold, said, room);
    }
    return body;
  }

  /**
   * A story of many outlets that all tell one fact (each a sentence: "Staunton Police arrested
   * Sharron Diane Crawford Smith ...") can still have a body of fewer than two sentences: it takes
   * the retellings that add the most the story has not said ("A co-worker has been charged ..., but
   * authorities say the suspect is near death with a terminal illness"), the more informative
   * version of the fact, rather than leaving it out.
   */
  static void fillWithRetellings(
      List<Candidate> body,
      List<Candidate> chosen,
      List<Candidate> retold,
      Set<String> said,
      int room) {
    List<Candidate> byNews = new ArrayList<>(retold);
    byNews.sort((a, b) -> Integer.compare(fresh(b, said), fresh(a, said)));
    for (Candidate c : byNews) {
      if (body.size() >= 2) {
        return;
      }
      if (c.words > room
          || !addsEnough(c, said)
          || Redundancy.redundant(c, body)
          || Restatements.restated(c, body).isPresent()) {
        continue;
      }
      body.add(c);
      chosen.add(c);
      said.addAll(c.content);
      room -= c.words;
    }
  }

  /** How many of the sentence's content words the story has not said. */
  private static int fresh(Candidate c, Set<String> said) {
    int n = 0;
    for (String w : c.content) {
      n += said.contains(w) ? 0 : 1;
    }
    return n;
  }

  /** Articles from which a story needs two sections, so a body of two sentences or more. */
  static final int TWO_SECTIONS_FROM = 3;

  /**
   * Many outlets telling one fact (each article a sentence or two) can leave a body of one
   * sentence: the sentences held back only because they name no new name, amount or event word (a
   * reaction, a circumstance) fill it to two, best first, when they retell nothing chosen. Returns
   * the words left.
   */
  static int fill(List<Candidate> body, List<Candidate> chosen, List<Candidate> spare, int room) {
    for (Candidate c : spare) {
      if (body.size() >= 2) {
        return room;
      }
      if (c.words > room
          || Redundancy.redundant(c, body)
          || Restatements.restated(c, chosen).isPresent()) {
        continue;
      }
      body.add(c);
      chosen.add(c);
      room -= c.words;
    }
    return room;
  }

  /**
   * A sentence about another event: it names people or places, but none that another article of the
   * story names too, and neither an event word of the lede nor a meaning close to it ("Promises is
   * the home away from home for many stars including Britney Spears" in a story on Tara Reid's
   * rehab; a boxing card's undercard bout in a story on its main fight). Only the lede, the story's
   * event, is compared: the body chosen so far may hold side facts of its own.
   */
  static boolean offEvent(Candidate c, StoryEntities entities, List<Candidate> lede) {
    if (c.entityKeys.isEmpty() || !java.util.Collections.disjoint(c.entityKeys, entities.shared)) {
      return false;
    }
    // An event word in common does not make it this event when it tells of other people: an
    // earlier one ("Earlier this year, Amy Bishop ... was charged with murder in a campus shooting"
    // in a story on another shooting), or two people the story names nowhere else (an undercard
    // bout's winner and loser in a story on the main fight).
    boolean otherPeople =
        c.role == Candidate.Role.BACKGROUND || persons(c.entityKeys, entities) >= 2;
    for (Candidate s : lede) {
      if (!otherPeople
              && !java.util.Collections.disjoint(s.signature().events(), c.signature().events())
          || Redundancy.vectorsOver(s, c, OFF_EVENT_COSINE)) {
        return false;
      }
    }
    return true;
  }

  /** How many of {@code keys} are people. */
  private static int persons(Set<String> keys, StoryEntities entities) {
    int n = 0;
    for (dev.lede.nlp.Entity e : entities.entities) {
      n += e.type() == EntityType.PERSON && keys.contains(e.canonical()) ? 1 : 0;
    }
    return n;
  }

  /** Stories of fewer articles name too few things twice to tell another event by its names. */
  static final int OFF_EVENT_FROM = 4;

  /** MiniLM cosine to a chosen sentence over which a sentence is about the same event. */
  static final double OFF_EVENT_COSINE = 0.5;

  /** Novelty: a sentence must add at least three content words, and 40% of its own. */
  static boolean addsEnough(Candidate c, Set<String> said) {
    int fresh = 0;
    for (String w : c.content) {
      fresh += said.contains(w) ? 0 : 1;
    }
    return fresh >= 3 && fresh * 5 >= c.content.size() * 2;
  }

  static boolean predecessorTaken(Candidate c, List<Candidate> chosen) {
    for (Candidate s : chosen) {
      if (s.doc == c.doc && s.sentence == c.sentence - 1) {
        return true;
      }
    }
    return false;
  }

  static int newEntities(Candidate c, List<Candidate> chosen) {
    Set<String> seen = new HashSet<>();
    for (Candidate s : chosen) {
      seen.addAll(s.entityKeys);
    }
    int n = 0;
    for (String e : c.entityKeys) {
      n += seen.contains(e) ? 0 : 1;
    }
    return n;
  }

  /**
   * Makes the story cite at least min(3, n) of its n articles: an uncited article adds its best
   * sentence that is not a near-duplicate of one already chosen (cosine over 0.9 or word Jaccard
   * over 0.6), so every outlet that reported the event can be seen and checked.
   */
  static void cover(
      List<Doc> docs,
      List<Candidate> cands,
      List<Candidate> lede,
      List<Candidate> body,
      GroundingChecker checker,
      StoryEntities entities) {
    Set<String> cited = new HashSet<>();
    List<Candidate> chosen = new ArrayList<>(lede);
    chosen.addAll(body);
    for (Candidate c : chosen) {
      c.toSentence().sources().forEach(sp -> cited.add(sp.article()));
    }
    int wanted = Math.min(3, docs.size());
    for (Doc d : docs) {
      if (cited.size() >= wanted) {
        return;
      }
      if (cited.contains(d.id())) {
        continue;
      }
      Candidate best = null;
      for (Candidate c : cands) {
        if (c.doc != d
            || c.dangling
            || Redundancy.nearDuplicate(c, chosen)
            || docs.size() >= OFF_EVENT_FROM && offEvent(c, entities, lede)) {
          continue;
        }
        if ((best == null || c.score > best.score) && checker.supports(c.toSentence())) {
          best = c;
        }
      }
      if (best == null) {
        continue;
      }
      Optional<Candidate> told = Restatements.restated(best, chosen);
      if (told.isPresent()) {
        // Its best sentence retells a chosen fact: the outlet joins that sentence's citation.
        if (Redundancy.cite(told.get(), best, checker)) {
          cited.add(d.id());
        }
        continue;
      }
      body.add(best);
      chosen.add(best);
      cited.add(d.id());
    }
  }

  /** Adds up to two other outlets' sentences that support a chosen sentence on their own. */
  static void corroborate(List<Candidate> chosen, List<Candidate> cands, GroundingChecker checker) {
    for (Candidate c : chosen) {
      Set<String> outlets = new LinkedHashSet<>();
      outlets.add(c.doc.outlet());
      Map<Candidate, Double> close = new LinkedHashMap<>(); // candidate order breaks ties
      for (Candidate o : cands) {
        if (o.doc == c.doc || outlets.contains(o.doc.outlet())) {
          continue;
        }
        boolean both = o.hasVector() && c.hasVector();
        double sim = both ? Vectors.cosine(o.vector, c.vector) : o.lex.cosine(c.lex);
        if (sim >= (both ? 0.8 : CORROBORATE_LEXICAL)) {
          close.put(o, sim + (both ? 1 : 0));
        }
      }
      List<Candidate> others = new ArrayList<>(close.keySet());
      others.sort((a, b) -> Double.compare(close.get(b), close.get(a)));
      for (Candidate o : others) {
        if (outlets.size() >= 3 || outlets.contains(o.doc.outlet())) {
          continue;
        }
        List<SourceSpan> own = o.spans;
        if (checker.check(c.text, own).supported()) {
          c.corroboration.addAll(own);
          outlets.add(o.doc.outlet());
        }
      }
    }
  }

  static List<WrittenSentence> background(
      List<Candidate> bg, List<Candidate> chosen, GroundingChecker checker) {
    List<Candidate> sorted = new ArrayList<>(bg);
    Map<Candidate, Double> s = new HashMap<>();
    for (Candidate c : bg) {
      s.put(c, c.centrality + 0.1 * Math.exp(-c.sentence / 3.0));
    }
    sorted.sort((a, b) -> Double.compare(s.get(b), s.get(a)));
    List<Candidate> picked = new ArrayList<>();
    List<Candidate> against = new ArrayList<>(chosen);
    for (Candidate c : sorted) {
      if (picked.size() >= 3 || s.get(c) < 0.3) {
        break;
      }
      if (Redundancy.redundant(c, against) || !checker.supports(c.toSentence())) {
        continue;
      }
      picked.add(c);
      against.add(c);
    }
    return picked.stream().map(Candidate::toSentence).toList();
  }

  static List<PullQuote> pullQuotes(List<Doc> docs, List<Candidate> cands, StoryEntities entities) {
    Map<String, Double> sentenceScore = new HashMap<>();
    for (Candidate c : cands) {
      sentenceScore.put(c.doc.id() + "#" + c.sentence, c.score);
    }
    record Scored(Quote q, Doc d, double score) {}
    List<Scored> all = new ArrayList<>();
    for (Doc d : docs) {
      for (Quote q : d.quotes) {
        int words = Words.count(q.text());
        if (q.speaker().isEmpty()
            || words < 6
            || words > 40
            || q.text().contains("\n")
            || namesSpeaker(q)
            || !saidBySomeoneNamedThere(q, d)
            || docs.size() >= OFF_EVENT_FROM && !namedByOthers(q.speaker().get(), entities)) {
          continue;
        }
        int idx = -1;
        for (int k = 0; k < d.sentences.size(); k++) {
          if (d.sentences.get(k).contains(q.start())) {
            idx = k;
          }
        }
        double base = sentenceScore.getOrDefault(d.id() + "#" + idx, 0.0);
        double sp = entities.weight.getOrDefault(q.speaker().get(), 0.0) / entities.maxWeight();
        all.add(new Scored(q, d, base + 0.2 * sp));
      }
    }
    all.sort((a, b) -> Double.compare(b.score, a.score));
    List<PullQuote> out = new ArrayList<>();
    Set<String> speakers = new HashSet<>();
    List<Set<String>> seen = new ArrayList<>();
    for (Scored s : all) {
      if (out.size() >= 3) {
        break;
      }
      Set<String> words = new HashSet<>(Words.contentWords(s.q.text()));
      boolean dup = seen.stream().anyMatch(w -> Vectors.jaccard(w, words) > 0.5);
      String speaker = s.q.speaker().get();
      if (dup || speakers.contains(speaker.toLowerCase(Locale.ROOT))) {
        continue;
      }
      speakers.add(speaker.toLowerCase(Locale.ROOT));
      seen.add(words);
      out.add(new PullQuote(s.q.text(), speaker, s.d.outlet(), s.d.id()));
    }
    return out;
  }

  /**
   * Whether the speaker is one of the story's people: named (by the last word of the name) in two
   * articles or more. In a story of many outlets, a line only one article's speaker says is mostly
   * about something else (a team doctor on the owner's cancer in a story on a player's injury, a
   * rival club's president on the market in a story on one club's offer).
   */
  static boolean namedByOthers(String speaker, StoryEntities entities) {
    String last = lastWord(speaker);
    for (String name : entities.shared) {
      if (lastWord(name).equals(last)) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String name) {
    String[] parts = name.strip().split("\\s+");
    return parts[parts.length - 1].replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a pull quote can carry its speaker's name: it opens a sentence of its own (a capital
   * letter, not a phrase taken from the middle of one), and its sentence names that speaker, as a
   * person, outside the quotation marks ("..., said Paul Lee, president, ABC Entertainment Group"
   * is Paul Lee's; a line whose speaker was guessed from an earlier sentence is left out), by a
   * full name: a pull quote stands apart from the text that introduces its speaker.
   */
  static boolean saidBySomeoneNamedThere(Quote q, Doc d) {
    if (q.text().isEmpty() || !Character.isUpperCase(q.text().codePointAt(0))) {
      return false;
    }
    String[] parts = q.speaker().get().split("\\s+");
    if (parts.length < 2) {
      return false; // a surname alone, a title ("Lt") or a place taken for a name
    }
    String last = parts[parts.length - 1];
    Sentence s = q.sentence();
    String text = d.text();
    for (Mention m : d.mentions) {
      boolean inSentence = m.start() >= s.start() && m.end() <= s.end();
      if (!inSentence || m.type() != EntityType.PERSON || !m.text().endsWith(last)) {
        continue;
      }
      if (m.start() >= q.end()
          && SAID_THEN_NAME.matcher(text.substring(q.end(), m.start())).matches()
          && NAME_ENDS_ATTRIBUTION.matcher(text.substring(m.end(), s.end())).lookingAt()) {
        return true; // "…," said Paul Lee, president ... / "…," Lee said.
      }
      if (m.end() <= q.start()
          && NAME_THEN_SAID.matcher(text.substring(m.end(), q.start())).matches()) {
        return true; // Nichols said: "…"
      }
    }
    return false;
  }

  /**
   * Between a quotation's end and its speaker's name: closing marks and a few words, no other
   * quotation ("…," said Oregon State Police Lt. Gregg Hastings; "…," her agent Mark Roesler said).
   */
  private static final Pattern SAID_THEN_NAME = Pattern.compile("[\\s,.!?\"”’']*[^\"“”]{0,60}");

  /** After the speaker's name: the end of the attribution, not more of a longer name. */
  private static final Pattern NAME_ENDS_ATTRIBUTION =
      Pattern.compile(
          "(?:['’]s\\b)?(?:\\s*[,.;:!?]|\\s*$|\\s+(?:said|says|added|adds|told|tells|asked"
              + "|explained|recalled|continued|insisted|wrote|declared|noted|argued)\\b)");

  /**
   * Between a speaker's name and the quotation: an aside between commas at most, then a speech verb
   * ("Nichols said: ", "Howard, the district attorney, told reporters: ").
   */
  private static final Pattern NAME_THEN_SAID =
      Pattern.compile(
          "(?:,[^,\"“”]{1,80},)?\\s+(?:\\w+ly\\s+)?(?:said|says|added|adds|told|tells|asked"
              + "|explained|recalled|continued|insisted|wrote|declared|noted|argued)\\b"
              + "[^\"“”.]{0,40}?[:,]?\\s*[\"“‘']?\\s*");

  /** A quote that names its own speaker was most likely said about them, by someone else. */
  static boolean namesSpeaker(Quote q) {
    for (String part : q.speaker().get().split("\\s+")) {
      if (part.length() > 2 && q.text().contains(part)) {
        return true;
      }
    }
    return false;
  }

  static boolean startsWithQuote(String s) {
    return !s.isEmpty() && "\"“'‘«".indexOf(s.charAt(0)) >= 0;
  }
}
