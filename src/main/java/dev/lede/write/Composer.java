package dev.lede.write;

import dev.lede.model.Section;
import dev.lede.model.SeoReport;
import dev.lede.model.SourceRef;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.write.internal.Attribution;
import dev.lede.write.internal.Headlines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a {@link StoryPlan} into the published {@link WrittenStory}: headline (at most 70 chars,
 * carrying the keyphrase: a lede clause that holds it, or the keyphrase and a colon before a lede
 * clause that shares no word with it; Korean clauses in the noun-ending headline style), meta
 * description (121-156 chars, the keyphrase once), disclaimer, the source list (story articles,
 * then background articles) and the {@link SeoAnalyzer} report. Adds no words of its own beyond the
 * keyphrase, a colon, a surname given in full, the fixed disclaimer and, when no source clause fits
 * a headline, the fixed label "{@value Headlines#FALLBACK_LABEL}", so nothing it writes can
 * introduce a fact.
 */
public final class Composer {
  private Composer() {}

  /** The published story for a plan, first written at {@code now} (version 1). */
  public static WrittenStory compose(StoryPlan plan, Instant now) {
    return compose(plan, now, now, 1);
  }

  /** The published story for a plan, with explicit dates and version (for re-writes). */
  public static WrittenStory compose(
      StoryPlan plan, Instant datePublished, Instant dateModified, int version) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(datePublished, "datePublished");
    Objects.requireNonNull(dateModified, "dateModified");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
    List<WrittenSentence> order = new ArrayList<>(plan.lede());
    for (Section s : plan.sections()) {
      for (List<WrittenSentence> p : s.paragraphs()) {
        order.addAll(p);
      }
    }
    // Attributions (outlet names, dates) come from metadata: no headline or summary material.
    order.removeIf(ws -> Attribution.carriesAny(ws.text(), plan.sources()));
    String headline = Headlines.headline(plan.keyphrase(), order);
    String meta = Headlines.metaDescription(plan.keyphrase(), order);
    SeoReport seo =
        SeoAnalyzer.analyze(plan.keyphrase(), headline, meta, plan.lede(), plan.sections());
    List<SourceRef> sources = new ArrayList<>(plan.sources());
    plan.backgroundSources().forEach(r -> sources.add(r.asBackground()));
    return new WrittenStory(
        plan.story(),
        version,
        headline,
        plan.keyphrase(),
        meta,
        plan.lede(),
        plan.sections(),
        plan.quotes(),
        plan.background(),
        plan.disagreements(),
        disclaimer(plan),
        sources,
        seo,
        datePublished,
        dateModified);
  }

  static String disclaimer(StoryPlan plan) {
    Set<String> outlets = new LinkedHashSet<>();
    for (SourceRef r : plan.sources()) {
      outlets.add(r.outlet());
    }
    int n = plan.sources().size();
    StringBuilder b = new StringBuilder();
    b.append("This story was generated automatically by Lede from ")
        .append(n)
        .append(n == 1 ? " source article" : " source articles")
        .append(" (")
        .append(String.join(", ", outlets))
        .append(
            "), listed below. Every sentence is taken from those articles and cites the"
                + " passages that support it; no reporter checked it.");
    if (!plan.backgroundSources().isEmpty()) {
      int m = plan.backgroundSources().size();
      b.append(" The background section draws on ")
          .append(m)
          .append(m == 1 ? " earlier related article." : " earlier related articles.");
    }
    return b.toString();
  }
}
