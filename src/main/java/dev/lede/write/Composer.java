package dev.lede.write;

import dev.lede.model.Section;
import dev.lede.model.SeoReport;
import dev.lede.model.SourceRef;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.write.internal.Attribution;
import dev.lede.write.internal.HeadlineKeyphrase;
import dev.lede.write.internal.Headlines;
import dev.lede.write.internal.MetaDescriptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a {@link StoryPlan} into the published {@link WrittenStory}: headline (the lede's main news
 * in headline style, at most 70 chars, citing the spans it came from; {@link Headlines}), meta
 * description (a one-sentence summary of 121-156 chars; {@link MetaDescriptions}), the focus
 * keyphrase taken from what the headline says ({@link HeadlineKeyphrase}; subheadings that led with
 * the planner's keyphrase lead with it), disclaimer, the source list (story articles, then
 * background articles) and the {@link SeoAnalyzer} report. The only words it adds beyond the
 * sources' are verb endings of headline tense, a "to" for "will", a possessive "'s" on a speaker's
 * name standing for "its" and the fixed disclaimer, so nothing it writes can introduce a fact.
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
    List<WrittenSentence> order = headlineOrder(plan);
    // A story with no publishable sentence (e.g. a feed item of a few words) keeps the labelled
    // form.
    Headlines.Headline headline =
        order.isEmpty()
            ? new Headlines.Headline(Headlines.headline(plan.keyphrase(), order), List.of(), 0)
            : Headlines.news(order, news(plan), plan.keyphrase());
    if (headline.sentence() < 0 && headline.from().isPresent()) {
      // The headline tells an article's opening the story does not publish: the summary starts
      // from it too.
      order.add(0, headline.from().get());
      headline = new Headlines.Headline(headline.text(), headline.sources(), 0, headline.from());
    }
    // A Korean headline is news too, never "keyphrase: clause": its keyphrase comes from its own
    // nouns below, as an English one's from its noun phrases.
    Summary summary = summary(order, headline, plan);
    if (!order.isEmpty() && SeoAnalyzer.phraseCount(summary.meta(), summary.keyphrase()) != 1) {
      // No summary with phrase-keeping cuts names the keyphrase once (a structure limit): the
      // cuts of before, rather than a summary without the keyphrase.
      Headlines.Headline h = headline;
      Summary loose = MetaDescriptions.withLooseCuts(() -> summary(order, h, plan));
      if (SeoAnalyzer.phraseCount(loose.meta(), loose.keyphrase()) == 1) {
        summary = loose;
      }
    }
    String meta = summary.meta();
    String keyphrase = summary.keyphrase();
    // A plan may come without a keyphrase (its stage failed): no subheading led with it.
    List<Section> sections =
        plan.keyphrase().isBlank() || keyphrase.isBlank()
            ? plan.sections()
            : HeadlineKeyphrase.relabel(
                plan.sections(),
                plan.keyphrase(),
                HeadlineKeyphrase.headingPhrase(headline.text(), keyphrase),
                headline.text(),
                plan.lede());
    SeoReport seo = SeoAnalyzer.analyze(keyphrase, headline.text(), meta, plan.lede(), sections);
    List<SourceRef> sources = new ArrayList<>(plan.sources());
    plan.backgroundSources().forEach(r -> sources.add(r.asBackground()));
    return new WrittenStory(
        plan.story(),
        version,
        headline.text(),
        keyphrase,
        meta,
        plan.lede(),
        sections,
        plan.quotes(),
        plan.background(),
        plan.disagreements(),
        disclaimer(plan),
        sources,
        seo,
        datePublished,
        dateModified,
        headline.sources());
  }

  /** A meta description and the keyphrase it shares with the headline. */
  private record Summary(String meta, String keyphrase) {}

  private static Summary summary(
      List<WrittenSentence> order, Headlines.Headline headline, StoryPlan plan) {
    boolean holds = SeoAnalyzer.containsKeyphrase(headline.text(), plan.keyphrase());
    String h0 = headline.text();
    String meta =
        order.isEmpty()
            ? headline.text()
            : MetaDescriptions.of(
                order, headline.sentence(), holds ? plan.keyphrase() : "", headline.text());
    if (!order.isEmpty()
        && MetaDescriptions.news(order, headline.sentence(), holds ? plan.keyphrase() : "", h0)
            .isEmpty()) {
      // No summary of the news names the planner's keyphrase: one that names another phrase of
      // the headline, rather than a side sentence that names it.
      for (String p : HeadlineKeyphrase.phrases(h0)) {
        java.util.Optional<String> m = MetaDescriptions.news(order, headline.sentence(), p, h0);
        if (m.isPresent() && SeoAnalyzer.containsKeyphrase(h0, p)) {
          meta = m.get();
          break;
        }
      }
    }
    String keyphrase = HeadlineKeyphrase.choose(plan.keyphrase(), headline.text(), meta);
    if (!order.isEmpty()
        && (!SeoAnalyzer.containsKeyphrase(headline.text(), keyphrase)
            || SeoAnalyzer.phraseCount(meta, keyphrase) != 1)) {
      // No phrase shared yet: a summary made around one of the headline's noun phrases.
      for (String p : HeadlineKeyphrase.phrases(headline.text())) {
        String m = MetaDescriptions.of(order, headline.sentence(), p, headline.text());
        if (SeoAnalyzer.phraseCount(m, p) == 1
            && SeoAnalyzer.containsKeyphrase(headline.text(), p)) {
          meta = m;
          keyphrase = p;
          break;
        }
      }
    }
    if (!order.isEmpty()
        && (!SeoAnalyzer.containsKeyphrase(headline.text(), keyphrase)
            || SeoAnalyzer.phraseCount(meta, keyphrase) != 1)) {
      // No opening sentence names a phrase of the headline: a later one that does, rather than a
      // summary that never says the keyphrase.
      List<String> tries = new ArrayList<>();
      if (SeoAnalyzer.containsKeyphrase(headline.text(), plan.keyphrase())) {
        tries.add(plan.keyphrase());
      }
      tries.addAll(HeadlineKeyphrase.phrases(headline.text()));
      // One sentence naming a phrase before sentences joined; a part of a longer name ("Ellen" of
      // "Ellen DeGeneres") only when no summary names a whole one.
      String h = headline.text();
      search:
      for (boolean part : new boolean[] {false, true}) {
        for (boolean joined : new boolean[] {false, true}) {
          for (String p : tries) {
            if (HeadlineKeyphrase.partOfName(h, p) != part) {
              continue;
            }
            java.util.Optional<String> m =
                MetaDescriptions.naming(order, headline.sentence(), p, h, joined);
            if (m.isPresent() && SeoAnalyzer.containsKeyphrase(h, p)) {
              meta = m.get();
              keyphrase = p;
              break search;
            }
          }
        }
      }
    }
    List<String> phrases = HeadlineKeyphrase.phrases(headline.text());
    if ((!SeoAnalyzer.containsKeyphrase(headline.text(), keyphrase)
            || SeoAnalyzer.phraseCount(meta, keyphrase) != 1)
        && !phrases.isEmpty()
        && !order.isEmpty()) {
      // Last resort: the headline's subject leads the summary sentence.
      keyphrase = phrases.get(0);
      meta = MetaDescriptions.led(order, headline.sentence(), keyphrase);
    }
    if (!order.isEmpty() && SeoAnalyzer.phraseCount(meta, keyphrase) != 1) {
      // The summary names every noun phrase of the headline twice or not at all (a source
      // sentence run into the next): the headline's words that it names once.
      keyphrase = HeadlineKeyphrase.namedOnce(headline.text(), meta).orElse(keyphrase);
    }
    return new Summary(meta, keyphrase);
  }

  /**
   * The story's sentences in reading order that a headline and summary may come from: attributions
   * (outlet names, dates) come from metadata, unless nothing else is left (a story told only in
   * attributed sentences still needs a headline).
   */
  private static List<WrittenSentence> headlineOrder(StoryPlan plan) {
    List<WrittenSentence> order = new ArrayList<>();
    plan.lede().forEach(ws -> order.add(unattributed(ws, plan)));
    for (Section s : plan.sections()) {
      for (List<WrittenSentence> p : s.paragraphs()) {
        order.addAll(p);
      }
    }
    if (order.stream().anyMatch(ws -> !Attribution.carriesAny(ws.text(), plan.sources()))) {
      order.removeIf(ws -> Attribution.carriesAny(ws.text(), plan.sources()));
    }
    return order;
  }

  /**
   * The grounded candidates the headline of an English story is chosen among, with their features
   * ({@link Headlines#candidates}): for the dev tools that fit and check the headline ranking.
   */
  public static List<Headlines.Candidate> headlineCandidates(StoryPlan plan) {
    List<WrittenSentence> order = headlineOrder(plan);
    return order.isEmpty() ? List.of() : Headlines.candidates(order, news(plan), plan.keyphrase());
  }

  /** The plan's headline sentences, but those that carry an attribution (see above). */
  private static List<StoryPlan.NewsSentence> news(StoryPlan plan) {
    List<StoryPlan.NewsSentence> out = new ArrayList<>();
    List<String> lede = plan.lede().stream().map(WrittenSentence::text).toList();
    for (StoryPlan.NewsSentence n : plan.news()) {
      if (lede.contains(n.sentence().text())) {
        WrittenSentence plain = unattributed(n.sentence(), plan);
        out.add(new StoryPlan.NewsSentence(plain, n.centrality(), n.position(), n.lede()));
      } else if (!Attribution.carriesAny(n.sentence().text(), plan.sources())) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * A lede sentence without the day its source reported it (a lede's "today" in a story of several
   * days says it, {@code Chronology.lede}): the news it tells is still the headline's material.
   */
  private static WrittenSentence unattributed(WrittenSentence ws, StoryPlan plan) {
    String plain = Attribution.strip(ws.text(), plan.sources());
    return plain.equals(ws.text()) ? ws : new WrittenSentence(plain, ws.sources());
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
