package dev.lede.write.internal;

import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.StoryPlan.NewsSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sentences a headline may be made from, beside the lede: each article's opening sentences,
 * where outlets put who did what, with their centrality to the story (how close each is to what all
 * the sources say), so the headline tells the news the sources share rather than a detail the lede
 * happens to open with or a feature opening ("It was a day like any other").
 */
final class HeadlineNews {
  private HeadlineNews() {}

  /**
   * Opening sentences per article a single-source headline may come from: a feature opening's
   * scene, quotation or question may hold back the news to the fifth or sixth.
   */
  static final int SINGLE_SOURCE_OPENING = 6;

  /** Opening sentences per article a multi-source headline may come from. */
  static final int MULTI_SOURCE_OPENING = 2;

  /**
   * The lede's sentences as published (with the centrality of the candidates they came from), then
   * the opening candidates of every article that the checker supports; in a story of several days
   * only the latest day's, as the lede tells the latest development.
   */
  static List<NewsSentence> of(
      List<WrittenSentence> lede,
      List<Candidate> ledeCandidates,
      List<Candidate> cands,
      int articles,
      Chronology chron,
      GroundingChecker checker) {
    List<NewsSentence> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lede.size() && i < ledeCandidates.size(); i++) {
      Candidate c = ledeCandidates.get(i);
      out.add(new NewsSentence(lede.get(i), c.centrality, c.sentence, i));
      seen.add(lede.get(i).text());
      seen.add(c.text);
    }
    int opening = articles == 1 ? SINGLE_SOURCE_OPENING : MULTI_SOURCE_OPENING;
    boolean latestOnly = chron.spansDays() && cands.stream().anyMatch(chron::latest);
    for (Candidate c : cands) {
      // An opening that leans on what came before ("It was a milestone in aviation history: the
      // first Airbus A380 landed ...") may still hold the news: the compression keeps no clause
      // whose subject is a pronoun, so it may give the headline.
      if (c.sentence >= opening
          || c.dangling && c.sentence > 0
          || (latestOnly && !chron.latest(c))
          || !seen.add(c.text)) {
        continue;
      }
      WrittenSentence ws = c.toSentence();
      if (checker.supports(ws)) {
        out.add(new NewsSentence(ws, c.centrality, c.sentence, -1));
      }
    }
    return out;
  }
}
