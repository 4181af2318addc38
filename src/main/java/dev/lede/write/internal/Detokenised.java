package dev.lede.write.internal;

import dev.lede.model.Section;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.TokenisedText;
import dev.lede.write.GroundingChecker;
import dev.lede.write.StoryPlan;
import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plan as a reader sees it: what a {@link TokenisedText tokenised} source spaces ("2, 000ft",
 * "magnitude 6. 1", "U. S. Geological Survey") written joined ("2,000ft", "6.1", "U.S.") in the
 * sentences that cite it, the keyphrase and the subheadings. Each sentence keeps its spans, the
 * exact source text, and is joined only when the {@link GroundingChecker} accepts the joined text
 * against them; pull quotes stay verbatim. The writer's last planning step, so the headline and
 * meta description are made from the joined text and never cut at "6.".
 */
public final class Detokenised {
  private final Set<String> tokenised;
  private final GroundingChecker articles;
  private final GroundingChecker background;
  private final Map<WrittenSentence, WrittenSentence> shown = new HashMap<>();

  private Detokenised(
      Set<String> tokenised, List<WriterInput> articles, List<WriterInput> background) {
    this.tokenised = tokenised;
    this.articles = GroundingChecker.forInputs(articles);
    this.background = GroundingChecker.forInputs(background);
  }

  /** {@code plan} with the spaced figures and initials of its tokenised sources joined. */
  public static StoryPlan of(
      StoryPlan plan, List<WriterInput> articles, List<WriterInput> background) {
    // Most stories cite no tokenised source: they are returned before any checker is built.
    Set<String> tokenised =
        Stream.concat(articles.stream(), background.stream())
            .filter(in -> TokenisedText.isTokenised(in.text()))
            .map(WriterInput::id)
            .collect(Collectors.toUnmodifiableSet());
    if (tokenised.isEmpty()) {
      return plan;
    }
    Detokenised d = new Detokenised(tokenised, articles, background);
    List<Section> sections = new ArrayList<>();
    for (Section s : plan.sections()) {
      List<List<WrittenSentence>> paragraphs = new ArrayList<>();
      s.paragraphs().forEach(p -> paragraphs.add(d.shown(p, d.articles)));
      sections.add(new Section(TokenisedText.joined(s.heading()), paragraphs));
    }
    List<StoryPlan.NewsSentence> news = new ArrayList<>();
    for (StoryPlan.NewsSentence n : plan.news()) {
      news.add(
          new StoryPlan.NewsSentence(
              d.shown(n.sentence(), d.articles), n.centrality(), n.position(), n.lede()));
    }
    return new StoryPlan(
        plan.story(),
        TokenisedText.joined(plan.keyphrase()),
        d.shown(plan.lede(), d.articles),
        sections,
        plan.quotes(),
        d.shown(plan.background(), d.background),
        plan.disagreements(),
        plan.sources(),
        plan.backgroundSources(),
        news);
  }

  private List<WrittenSentence> shown(List<WrittenSentence> sentences, GroundingChecker checker) {
    return sentences.stream().map(ws -> shown(ws, checker)).toList();
  }

  /** The sentence joined, when it cites a tokenised source and its quotes support the result. */
  private WrittenSentence shown(WrittenSentence ws, GroundingChecker checker) {
    return shown.computeIfAbsent(
        ws,
        w -> {
          if (w.sources().stream().map(SourceSpan::article).noneMatch(tokenised::contains)) {
            return w;
          }
          WrittenSentence joined = new WrittenSentence(TokenisedText.joined(w.text()), w.sources());
          return !joined.text().equals(w.text()) && checker.supports(joined) ? joined : w;
        });
  }
}
