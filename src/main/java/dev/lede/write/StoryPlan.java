package dev.lede.write;

import dev.lede.model.Disagreement;
import dev.lede.model.PullQuote;
import dev.lede.model.Section;
import dev.lede.model.SourceRef;
import dev.lede.model.WrittenSentence;
import java.util.List;
import java.util.Objects;

/**
 * What the offline writer selected for a story, before headline, meta description and checks are
 * added by {@link Composer}. Every sentence here already passed the {@link GroundingChecker}. A
 * model-backed writer takes a plan, rewrites its sentences (keeping or narrowing their spans),
 * re-checks them and composes the result.
 *
 * @param story the story id
 * @param keyphrase the story's focus: main entities plus the event word
 * @param lede 1-3 opening sentences, at most 60 words
 * @param sections the body under subheadings
 * @param quotes pull quotes
 * @param background sentences from earlier related articles
 * @param disagreements where outlets disagree
 * @param sources the story's articles
 * @param backgroundSources the earlier articles that {@code background} cites
 * @param news the sentences a headline may be made from, each with its centrality to the story: the
 *     lede's and the opening ones of each article (empty: the headline comes from the lede)
 */
public record StoryPlan(
    String story,
    String keyphrase,
    List<WrittenSentence> lede,
    List<Section> sections,
    List<PullQuote> quotes,
    List<WrittenSentence> background,
    List<Disagreement> disagreements,
    List<SourceRef> sources,
    List<SourceRef> backgroundSources,
    List<NewsSentence> news) {
  /**
   * A sentence that may carry the story's main news in its headline.
   *
   * @param sentence the sentence as it would be published, with its grounded spans
   * @param centrality how close it is to the story's centre (cosine of sentence embeddings, or
   *     lexical similarity put on that scale): the news the sources share, not a side detail
   * @param position its index among its article's sentences (0: the article's lead)
   * @param lede its index in the lede, or -1 when the lede does not hold it
   */
  public record NewsSentence(WrittenSentence sentence, double centrality, int position, int lede) {
    public NewsSentence {
      Objects.requireNonNull(sentence, "sentence");
    }
  }

  /**
   * This plan with another writer's {@code lede} and {@code sections} (a model's rewrite, checked
   * again): its headline comes from the new lede, so it keeps no {@link NewsSentence}s.
   */
  public StoryPlan withText(List<WrittenSentence> lede, List<Section> sections) {
    return new StoryPlan(
        story,
        keyphrase,
        lede,
        sections,
        quotes,
        background,
        disagreements,
        sources,
        backgroundSources,
        List.of());
  }

  public StoryPlan {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(keyphrase, "keyphrase");
    lede = List.copyOf(lede);
    sections = List.copyOf(sections);
    quotes = List.copyOf(quotes);
    background = List.copyOf(background);
    disagreements = List.copyOf(disagreements);
    sources = List.copyOf(sources);
    backgroundSources = List.copyOf(backgroundSources);
    news = List.copyOf(news);
  }
}
