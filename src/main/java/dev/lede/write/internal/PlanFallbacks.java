package dev.lede.write.internal;

import dev.lede.model.Section;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.Sentence;
import dev.lede.write.GroundingChecker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the planner's required steps fall back to when they throw, each costing the story that step
 * only: a focus keyphrase from the newest article's opening instead of the chosen one, an article
 * whose sentences cannot be drafted left out, scores by position alone, the newest article's
 * opening as the lede, one plain section in time order. Each uses nothing of the step it stands in
 * for, and every sentence it keeps is a candidate's own grounded text; the writer checks the
 * grounding of a degraded plan once more.
 */
final class PlanFallbacks {
  /** Sentences a paragraph of the plain section holds, at most. */
  static final int PARAGRAPH = 3;

  private PlanFallbacks() {}

  /**
   * A keyphrase when choosing one threw: the first capitalised words of the newest article's
   * opening sentence ({@link LeadPlan#keyphrase}), as the lead plan's.
   *
   * @throws IllegalStateException when no article has a sentence to take one from
   */
  static Keyphrases.Choice focus(List<Doc> docs) {
    for (Doc d : newestFirst(docs)) {
      for (Sentence s : d.sentences) {
        String k = s.text().isBlank() ? "" : LeadPlan.keyphrase(s.text());
        if (!k.isBlank()) {
          return new Keyphrases.Choice(k, k);
        }
      }
    }
    throw new IllegalStateException("no sentence to take a keyphrase from");
  }

  /**
   * The candidate sentences of each article ({@link Scoring#candidates}), an article whose drafting
   * throws left out (reported as stage {@code candidates}).
   *
   * @throws IllegalStateException when drafting threw on every article
   */
  static List<Candidate> candidates(
      List<Doc> docs, StoryEntities entities, boolean strict, Stages stages) {
    List<Candidate> out = new ArrayList<>();
    boolean[] drafted = {docs.isEmpty()};
    for (Doc d : docs) {
      out.addAll(
          stages.optional(
              "candidates",
              () -> {
                List<Candidate> c = Scoring.candidates(List.of(d), entities, strict);
                drafted[0] = true;
                return c;
              },
              List::of));
    }
    if (!drafted[0]) {
      throw new IllegalStateException("drafting failed on every article of the story");
    }
    return out;
  }

  /** Scores by position alone (the opening first), when scoring threw. */
  static void scoreByPosition(List<Candidate> cands) {
    for (Candidate c : cands) {
      c.score = Math.exp(-c.sentence / 5.0);
    }
  }

  /**
   * The lede when choosing it threw: the first sentence of the newest article that fits a lede and
   * that the checker accepts (an older article's when none of the newest does); empty when none.
   */
  static List<Candidate> newestOpening(
      List<Candidate> cands, GroundingChecker checker, StoryEntities entities) {
    List<Doc> docs = docsOf(cands);
    List<Doc> newest = newestFirst(docs);
    List<Candidate> ordered = new ArrayList<>(cands);
    ordered.sort(
        Comparator.comparingInt((Candidate c) -> newest.indexOf(c.doc))
            .thenComparingInt(c -> c.sentence));
    return LedeSelection.anyFitting(ordered, checker, entities);
  }

  /**
   * The body as one section when laying it out threw: its sentences in time order (oldest article
   * first, each article's in its order), a sentence that leans on the one before kept only right
   * after it, in paragraphs of at most {@value #PARAGRAPH} sentences, under the edition's plain
   * "more details" heading.
   */
  static List<Section> oneSection(List<Candidate> body) {
    if (body.isEmpty()) {
      return List.of();
    }
    List<Doc> docs = newestFirst(docsOf(body));
    List<Candidate> ordered = new ArrayList<>(body);
    ordered.sort(
        Comparator.comparingInt((Candidate c) -> -docs.indexOf(c.doc))
            .thenComparingInt(c -> c.sentence));
    List<List<WrittenSentence>> paragraphs = new ArrayList<>();
    List<WrittenSentence> cur = new ArrayList<>();
    Candidate previous = null;
    for (Candidate c : ordered) {
      boolean host =
          previous != null && previous.doc == c.doc && previous.sentence == c.sentence - 1;
      if (c.dangling && !host) {
        continue; // its antecedent is not right before it
      }
      if (cur.size() >= PARAGRAPH && !c.dangling) {
        paragraphs.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(c.toSentence());
      previous = c;
    }
    if (!cur.isEmpty()) {
      paragraphs.add(cur);
    }
    if (paragraphs.isEmpty()) {
      return List.of();
    }
    String heading = SectionLayout.heading(null, false, "", SectionLayout.languageOf(body));
    return List.of(new Section(heading, paragraphs));
  }

  /** The articles of {@code cands}, in the order they first appear. */
  private static List<Doc> docsOf(List<Candidate> cands) {
    Map<Doc, Boolean> seen = new IdentityHashMap<>();
    List<Doc> out = new ArrayList<>();
    for (Candidate c : cands) {
      if (seen.put(c.doc, Boolean.TRUE) == null) {
        out.add(c.doc);
      }
    }
    return out;
  }

  /**
   * {@code docs} newest first by published time; an undated article counts as older than every
   * dated one, the later given first among equals (as {@link LeadPlan} orders them).
   */
  private static List<Doc> newestFirst(List<Doc> docs) {
    List<Doc> out = new ArrayList<>(docs);
    java.util.Collections.reverse(out);
    out.sort(Comparator.comparing((Doc d) -> d.input.published().orElse(Instant.MIN)).reversed());
    return out;
  }
}
