package dev.lede.write;

import dev.lede.model.Section;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.VectorStore;
import dev.lede.write.internal.Detokenised;
import dev.lede.write.internal.LeadPlan;
import dev.lede.write.internal.Planner;
import dev.lede.write.internal.SentenceVectors;
import dev.lede.write.internal.Stages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The default {@link Writer}: selects, trims and orders source sentences, no language model. What
 * it publishes is the source text itself (trimmed of datelines, opening connectives and short
 * asides, an opening "He"/"She" replaced by the name it stands for), so every sentence carries
 * exact quotes, and the {@link GroundingChecker} confirms each one before it is kept. Source text
 * is only ever data: nothing in an article can change what the writer does beyond which sentences
 * it picks. What a tokenised source spaces ("2, 000ft", "6. 1", "U. S.") is shown joined, its quote
 * still the exact source span ({@link Detokenised}).
 *
 * <p>How sentences are chosen: centrality (similarity to the story's centre, each article weighing
 * the same), position, weight of the story entities they name, facts, keyphrase words; then novelty
 * (no two sentences saying the same thing) and coverage of entities, facts and outlets. Ordered for
 * the reader: lede (what happened), then sections for details, what was said, background and what
 * comes next. Deterministic for the same input and vectors. Thread-safe if the embedder or vector
 * store is.
 *
 * <p>Similarity uses sentence embeddings where a sentence has one and TF-IDF features where it does
 * not, put on one scale per story. Where the embeddings come from decides the cost:
 *
 * <ul>
 *   <li>{@link #withVectors(VectorStore)}: vectors stored at ingest, looked up by the exact text of
 *       each source sentence (and title); never runs a model. The newsroom's path.
 *   <li>{@link #create(Embedder)}: a model embeds at most {@value #DEFAULT_MAX_EMBEDDED} source
 *       sentences per story to score them, the lexically best of each article in turn, and then the
 *       few a multi-outlet story is about to publish, to tell one fact once. For stateless use.
 *   <li>{@link #lexical()}: no embeddings at all.
 * </ul>
 *
 * <p>A stage that throws never leaves a story unwritten: the story is planned without it, or when
 * the planner itself fails, from the opening sentences of its newest article ({@link LeadPlan});
 * when the headline, keyphrase or meta description stages fail, the headline is the lede's first
 * sentence ({@link PlainStory}). Each such fault is handed to {@link #onFallback} (logged as a
 * warning by default). A plan that lost a stage is checked for grounding once more, and one that
 * fails the check is an error: the fallback never publishes an unsupported sentence.
 */
public final class OfflineWriter implements Writer {
  /** Most sentences {@link #create(Embedder)} embeds for one story. */
  public static final int DEFAULT_MAX_EMBEDDED = 32;

  private static final System.Logger LOG = System.getLogger(OfflineWriter.class.getName());

  /** The default for {@link #onFallback}: a warning naming the story, the stage and the cause. */
  private static final Consumer<StageFailure> LOGGED =
      f -> LOG.log(System.Logger.Level.WARNING, f.describe(), f.cause());

  private final Planner planner;
  private final Consumer<StageFailure> fallbacks;
  private final Stages.Probe probe;

  private OfflineWriter(SentenceVectors vectors) {
    this(new Planner(vectors), LOGGED, Stages.Probe.NONE);
  }

  private OfflineWriter(Planner planner, Consumer<StageFailure> fallbacks, Stages.Probe probe) {
    this.planner = planner;
    this.fallbacks = fallbacks;
    this.probe = probe;
  }

  /**
   * This writer (sharing its analyses), handing each stage that threw, and was written around, to
   * {@code fallbacks} instead of logging it. Called on the writing thread.
   */
  public OfflineWriter onFallback(Consumer<StageFailure> fallbacks) {
    return new OfflineWriter(planner, Objects.requireNonNull(fallbacks, "fallbacks"), probe);
  }

  /** This writer with {@code probe} called before each stage: tests make stages throw with it. */
  OfflineWriter withProbe(Stages.Probe probe) {
    return new OfflineWriter(planner, fallbacks, Objects.requireNonNull(probe, "probe"));
  }

  /**
   * A writer that embeds with {@code embedder} (e.g. MiniLM) at most {@value #DEFAULT_MAX_EMBEDDED}
   * source sentences per story for scoring, besides the sentences it considers publishing.
   */
  public static OfflineWriter create(Embedder embedder) {
    return create(embedder, DEFAULT_MAX_EMBEDDED);
  }

  /**
   * A writer that embeds with {@code embedder} at most {@code maxEmbedded} sentences per story for
   * scoring, besides the sentences it considers publishing.
   */
  public static OfflineWriter create(Embedder embedder, int maxEmbedded) {
    return new OfflineWriter(
        new SentenceVectors.Computed(Objects.requireNonNull(embedder, "embedder"), maxEmbedded));
  }

  /**
   * A writer that reads sentence vectors from {@code stored}, keyed by {@link
   * dev.lede.nlp.EmbeddingCache#keyOf} of a source sentence's exact text as {@link
   * dev.lede.nlp.SentenceSplitter} gives it (or of the title); sentences without one are scored
   * lexically. Never calls a model.
   */
  public static OfflineWriter withVectors(VectorStore stored) {
    return new OfflineWriter(new SentenceVectors.Stored(Objects.requireNonNull(stored, "stored")));
  }

  /** A writer that uses no embeddings: TF-IDF features only. */
  public static OfflineWriter lexical() {
    return new OfflineWriter(new SentenceVectors.None());
  }

  /** A writer with all-MiniLM-L6-v2 on every core. */
  public static OfflineWriter withMiniLm() {
    return create(MiniLmEmbedder.create());
  }

  @Override
  public WrittenStory write(
      String storyId, List<WriterInput> articles, List<WriterInput> background, Instant now) {
    Objects.requireNonNull(now, "now");
    return compose(plan(storyId, articles, background), now);
  }

  /**
   * The published story for {@code plan} ({@link Composer}); when composing throws, the plain one
   * whose headline is the lede's first sentence ({@link PlainStory}).
   */
  public WrittenStory compose(StoryPlan plan, Instant now) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(now, "now");
    Stages stages = new Stages(plan.story(), fallbacks, probe);
    try {
      return stages.required("composer", () -> Composer.compose(plan, now));
    } catch (RuntimeException | StackOverflowError e) {
      stages.failed("composer", e);
      // A stage as well, so that a test can fail the fallback too (the whole write then throws).
      return stages.required("plain story", () -> PlainStory.of(plan, now));
    }
  }

  /**
   * The selection behind {@link #write}: every sentence grounded, no headline yet. A model-backed
   * writer starts from here.
   */
  public StoryPlan plan(String storyId, List<WriterInput> articles, List<WriterInput> background) {
    requireValid(storyId, articles, background);
    Stages stages = new Stages(storyId, fallbacks, probe);
    StoryPlan plan = planned(storyId, articles, background, stages);
    // Last, so that the headline and meta description are made from what the reader sees.
    return stages.optional(
        "joined figures", () -> Detokenised.of(plan, articles, background), () -> plan);
  }

  private StoryPlan planned(
      String storyId, List<WriterInput> articles, List<WriterInput> background, Stages stages) {
    try {
      StoryPlan plan =
          stages.required("planner", () -> planner.plan(storyId, articles, background, stages));
      if (stages.degraded()) {
        Optional<String> problem = ungrounded(plan, articles, background);
        if (problem.isPresent()) {
          throw new IllegalStateException(
              "planned without a stage that failed, but not grounded: " + problem.get());
        }
      }
      return plan;
    } catch (RuntimeException | StackOverflowError e) {
      stages.failed("planner", e);
      return stages.required("lead plan", () -> LeadPlan.of(storyId, articles));
    }
  }

  /** The first sentence of {@code plan} that its sources do not support, and why. */
  static Optional<String> ungrounded(
      StoryPlan plan, List<WriterInput> articles, List<WriterInput> background) {
    List<WrittenSentence> story = new ArrayList<>(plan.lede());
    for (Section s : plan.sections()) {
      s.paragraphs().forEach(story::addAll);
    }
    Optional<String> problem = ungrounded(story, GroundingChecker.forInputs(articles));
    return problem.isPresent()
        ? problem
        : ungrounded(plan.background(), GroundingChecker.forInputs(background));
  }

  private static Optional<String> ungrounded(
      List<WrittenSentence> sentences, GroundingChecker checker) {
    for (WrittenSentence ws : sentences) {
      GroundingChecker.Verdict v = checker.check(ws);
      if (!v.supported()) {
        return Optional.of("\"" + ws.text() + "\": " + String.join("; ", v.problems()));
      }
    }
    return Optional.empty();
  }

  private static void requireValid(
      String storyId, List<WriterInput> articles, List<WriterInput> background) {
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
  }
}
