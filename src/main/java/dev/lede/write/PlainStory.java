package dev.lede.write;

import dev.lede.model.SeoReport;
import dev.lede.model.SourceRef;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The story for a plan when {@link Composer} throws: the headline is the lede's first sentence (up
 * to its first comma, or cut at a word, when longer than a headline may be), citing that sentence's
 * spans; the meta description is the lede's opening, cut at a word; the keyphrase is the plan's.
 * Uses none of the headline, keyphrase or meta description stages, so a fault in them cannot reach
 * it.
 */
final class PlainStory {
  static final int HEADLINE = 70;
  static final int META = 156;

  private PlainStory() {}

  static WrittenStory of(StoryPlan plan, Instant now) {
    if (plan.lede().isEmpty()) {
      throw new IllegalStateException("story " + plan.story() + " has no lede to write from");
    }
    WrittenSentence first = plan.lede().get(0);
    String headline = headline(first.text());
    StringBuilder opening = new StringBuilder();
    for (WrittenSentence ws : plan.lede()) {
      opening.append(opening.length() == 0 ? "" : " ").append(ws.text());
    }
    String meta = cut(opening.toString(), META);
    SeoReport seo;
    try {
      seo = SeoAnalyzer.analyze(plan.keyphrase(), headline, meta, plan.lede(), plan.sections());
    } catch (RuntimeException e) {
      seo = new SeoReport(0, List.of()); // the checks are a stage too
    }
    List<SourceRef> sources = new ArrayList<>(plan.sources());
    plan.backgroundSources().forEach(r -> sources.add(r.asBackground()));
    return new WrittenStory(
        plan.story(),
        1,
        headline,
        plan.keyphrase(),
        meta,
        plan.lede(),
        plan.sections(),
        plan.quotes(),
        plan.background(),
        plan.disagreements(),
        Composer.disclaimer(plan),
        sources,
        seo,
        now,
        now,
        first.sources());
  }

  /** The sentence without its closing stop; its first clause, or cut, when too long. */
  static String headline(String sentence) {
    String s = sentence.strip().replaceAll("[.。!?！？]+$", "");
    if (s.length() <= HEADLINE) {
      return s;
    }
    int comma = s.indexOf(", ");
    if (comma >= 20 && comma <= HEADLINE) {
      return s.substring(0, comma);
    }
    return cut(s, HEADLINE);
  }

  /** {@code s}, or its words that fit in {@code max} characters ending in an ellipsis. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int space = s.lastIndexOf(' ', max - 1);
    // Text without spaces (Chinese, Japanese) is cut at a character.
    String head = space > max / 2 ? s.substring(0, space) : s.substring(0, max - 1);
    return head.strip() + "…";
  }
}
