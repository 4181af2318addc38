package dev.lede.write.internal;

import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.StoryPlan.NewsSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The lede: a one-source story's own lead in order; a multi-source story's best opening (of the
 * latest day's sources when they span days) and a second sentence that adds news. Every pick passes
 * the grounding checker.
 */
final class LedeSelection {
  private LedeSelection() {}

  static final int LEDE_MAX_WORDS = 60;

  /** How far past the opening a one-source lede may reach for its other sentences. */
  static final int SINGLE_LEDE_WINDOW = 6;

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
    Candidate best = bestOpening(cands, kpWords, checker, latestOnly ? chron : null, true);
    if (best == null && latestOnly) {
      best = bestOpening(cands, kpWords, checker, null, true);
    }
    if (best == null) {
      best = bestOpening(cands, kpWords, checker, null, false);
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
    return withSecond(best, cands, kpWords, checker, latestOnly ? chron : null);
  }

  /**
   * The lede opening on {@code best}, with a second sentence that adds news when one fits (of the
   * latest day's sources when {@code latest} is given).
   */
  private static List<Candidate> withSecond(
      Candidate best,
      List<Candidate> cands,
      Set<String> kpWords,
      GroundingChecker checker,
      Chronology latest) {
    List<Candidate> out = new ArrayList<>();
    double bestScore = openingScore(best, kpWords);
    out.add(best);
    int words = best.words;
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
          || latest != null && !latest.latest(c) // the lede tells one day's news, undated
          || (c.dangling && !follows)
          || words + c.words > LEDE_MAX_WORDS
          || startsWithQuote(c.text)
          || Redundancy.redundant(c, out)
          || Restatements.sameFact(best, c)
          || !Novelty.addsEnough(c, new HashSet<>(best.content))) {
        continue;
      }
      double gain = c.score + 0.05 * Novelty.newEntities(c, out) + (follows ? 0.05 : 0);
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
   * The lede of a multi-source story told so that it holds what the headline will tell: judges and
   * readers read the headline against the lede's opening, and a headline made from another
   * article's opening ("Bloomington man charged with third-degree murder" over a lede telling the
   * crash) reads as a fact the story never tells up front. The headline the composer would make
   * from this lede and the articles' openings ({@link HeadlineNews}, {@link Headlines#news}) is
   * worked out here; when its words are not all in the lede and its sentence may open one (as
   * {@link #bestOpening} asks: early in its article, whole, of the latest day's sources when they
   * span days, no caption) and it tells no incident apart from the lede's ({@code apart}: "One
   * Australian and one English climber have fallen" over one climber's fall), the lede opens on
   * that sentence instead.
   */
  static List<Candidate> tellingHeadline(
      List<Doc> docs,
      List<Candidate> lede,
      List<Candidate> cands,
      Set<String> kpWords,
      String keyphrase,
      GroundingChecker checker,
      Chronology chron,
      Predicate<Candidate> apart) {
    if (docs.size() < 2 || lede.isEmpty()) {
      return lede;
    }
    List<WrittenSentence> ledeText = lede.stream().map(Candidate::toSentence).toList();
    List<NewsSentence> news = HeadlineNews.of(ledeText, lede, cands, docs.size(), chron, checker);
    List<WrittenSentence> story = new ArrayList<>(ledeText);
    news.stream().map(NewsSentence::sentence).filter(w -> !story.contains(w)).forEach(story::add);
    Headlines.Headline h = Headlines.news(story, news, keyphrase);
    Set<String> told = new HashSet<>();
    ledeText.forEach(w -> told.addAll(Words.stems(w.text())));
    if (h.from().isEmpty() || told.containsAll(Words.stems(h.text()))) {
      return lede;
    }
    String from = h.from().get().text();
    boolean latestOnly = chron.spansDays() && cands.stream().anyMatch(chron::latest);
    for (Candidate c : cands) {
      if (c.toSentence().text().equals(from)
          && !lede.contains(c)
          && opens(c, true, latestOnly ? chron : null)
          && !Captions.caption(c.text)
          && !apart.test(c)
          && checker.supports(c.toSentence())) {
        return withSecond(c, cands, kpWords, checker, latestOnly ? chron : null);
      }
    }
    return lede;
  }

  /**
   * Words under which a sentence is a brief's fragment rather than a news lede ("U.S. Geological
   * Survey puts the magnitude at 6.1.", "Ten people are killed and about 50 hurt."): it tells a
   * figure without the event, its place or its day. A multi-source lede opens with such a sentence
   * only when no article opens with a longer one.
   */
  static final int MIN_OPENING_WORDS = 12;

  /**
   * The best-scoring sentence to open a multi-source lede: among the first three of an article, no
   * pronoun or description of someone unnamed at its start, no quotation; of the latest day's
   * sources when {@code latest} is given; of {@value #MIN_OPENING_WORDS} words or more when {@code
   * whole}.
   */
  private static Candidate bestOpening(
      List<Candidate> cands,
      Set<String> kpWords,
      GroundingChecker checker,
      Chronology latest,
      boolean whole) {
    Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : cands) {
      if (!opens(c, whole, latest)) {
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

  /** Whether the candidate may open a multi-source lede, as {@link #bestOpening} asks. */
  private static boolean opens(Candidate c, boolean whole, Chronology latest) {
    return c.sentence <= 2
        && !c.dangling
        && c.words <= 45
        && !(whole && c.words < MIN_OPENING_WORDS)
        && !startsWithQuote(c.text)
        && (latest == null || latest.latest(c))
        && !UnnamedOpenings.opensUnnamed(c.text);
  }

  private static double openingScore(Candidate c, Set<String> kpWords) {
    return c.score + (Scoring.kpShare(c, kpWords) == 1 ? 0.1 : 0) + (c.facts > 0 ? 0.03 : 0);
  }

  static boolean startsWithQuote(String s) {
    return !s.isEmpty() && "\"“'‘«".indexOf(s.charAt(0)) >= 0;
  }
}
