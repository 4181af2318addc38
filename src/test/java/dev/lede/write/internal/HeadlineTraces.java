package dev.lede.write.internal;

import dev.lede.model.Section;
import dev.lede.model.WrittenSentence;
import dev.lede.write.StoryPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** For reading while developing: each headline candidate of a plan with its score. */
public final class HeadlineTraces {
  private HeadlineTraces() {}

  public static List<String> trace(StoryPlan plan) {
    List<WrittenSentence> order = new ArrayList<>(plan.lede());
    for (Section s : plan.sections()) {
      s.paragraphs().forEach(order::addAll);
    }
    List<StoryPlan.NewsSentence> news = plan.news();
    double top = news.stream().mapToDouble(StoryPlan.NewsSentence::centrality).max().orElse(0);
    java.util.Set<String> known = Headlines.knownNames(order, news);
    List<String> out = new ArrayList<>();
    out.add("   keyphrase(plan): " + plan.keyphrase());
    java.util.Map<StoryPlan.NewsSentence, Integer> places = Headlines.newsPlaces(news);
    for (StoryPlan.NewsSentence n : news) {
      int place = places.get(n);
      double prior =
          -Headlines.POSITION_COST_SINGLE * Math.max(place, 0)
              - (place < 0 ? Headlines.FEATURE_COST : 0)
              + Headlines.CENTRALITY_WEIGHT * (n.centrality() - top)
              + (n.lede() == 0 ? Headlines.LEDE_FIRST : 0);
      out.add(
          String.format(
              Locale.ROOT,
              "   [pos %d place %d lede %d cen %.3f prior %.2f] %s",
              n.position(),
              place,
              n.lede(),
              n.centrality(),
              prior,
              n.sentence().text()));
      String text = n.sentence().text();
      List<ClauseCompression.Compressed> cs =
          new ArrayList<>(ClauseCompression.candidates(text, Headlines.HEADLINE_MAX, known));
      cs.addAll(ClaimHeadlines.headed(text, Headlines.HEADLINE_MAX, known));
      for (ClauseCompression.Compressed c : cs) {
        double s =
            prior + Headlines.newsScore(c, 0, plan.keyphrase()) - Headlines.readingCost(text, c);
        out.add(
            String.format(
                Locale.ROOT,
                "      %6.2f %s%s (verb %s, named %s)",
                s,
                c.cut() ? "CUT " : "",
                c.text(),
                c.verb(),
                c.named()));
      }
    }
    return out;
  }
}
