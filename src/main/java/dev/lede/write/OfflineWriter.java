package dev.lede.write;

import dev.lede.model.WrittenStory;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.write.internal.Planner;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link Writer}: selects, trims and orders source sentences, no language model. What
 * it publishes is the source text itself (trimmed of datelines, opening connectives and short
 * asides, an opening "He"/"She" replaced by the name it stands for), so every sentence carries
 * exact quotes, and the {@link GroundingChecker} confirms each one before it is kept. Source text
 * is only ever data: nothing in an article can change what the writer does beyond which sentences
 * it picks.
 *
 * <p>How sentences are chosen: centrality (embedding similarity to the story's centroid, each
 * article weighing the same), position, weight of the story entities they name, facts, keyphrase
 * words; then novelty (no two sentences saying the same thing: cosine over 0.85 or content-word
 * Jaccard over 0.5 is a duplicate) and coverage of entities, facts and outlets. Ordered for the
 * reader: lede (what happened), then sections for details, what was said, background and what comes
 * next. Deterministic for the same input and embedder. Thread-safe if the embedder is.
 */
public final class OfflineWriter implements Writer {
  private final Planner planner;

  private OfflineWriter(Embedder embedder) {
    this.planner = new Planner(embedder);
  }

  /** A writer that embeds sentences with {@code embedder} (e.g. a cached MiniLM). */
  public static OfflineWriter create(Embedder embedder) {
    return new OfflineWriter(Objects.requireNonNull(embedder, "embedder"));
  }

  /** A writer with all-MiniLM-L6-v2 on every core. */
  public static OfflineWriter withMiniLm() {
    return create(MiniLmEmbedder.create());
  }

  @Override
  public WrittenStory write(
      String storyId, List<WriterInput> articles, List<WriterInput> background, Instant now) {
    Objects.requireNonNull(now, "now");
    return Composer.compose(plan(storyId, articles, background), now);
  }

  /**
   * The selection behind {@link #write}: every sentence grounded, no headline yet. A model-backed
   * writer starts from here.
   */
  public StoryPlan plan(String storyId, List<WriterInput> articles, List<WriterInput> background) {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(background, "background");
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + storyId + " has no articles");
    }
    Set<String> ids = new HashSet<>();
    for (WriterInput in : articles) {
      Objects.requireNonNull(in, "article");
      if (!ids.add(in.id())) {
        throw new IllegalArgumentException(
            "story " + storyId + " has two articles with id " + in.id());
      }
    }
    for (WriterInput in : background) {
      Objects.requireNonNull(in, "background article");
      if (!ids.add(in.id())) {
        throw new IllegalArgumentException(
            "story " + storyId + ": background article id " + in.id() + " is used twice");
      }
    }
    return planner.plan(storyId, articles, background);
  }
}
