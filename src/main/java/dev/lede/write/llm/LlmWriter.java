package dev.lede.write.llm;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.write.Composer;
import dev.lede.write.GroundingChecker;
import dev.lede.write.OfflineWriter;
import dev.lede.write.SeoAnalyzer;
import dev.lede.write.StoryPlan;
import dev.lede.write.Writer;
import dev.lede.write.WriterInput;
import dev.lede.write.internal.Headlines;
import dev.lede.write.llm.internal.InjectionScreen;
import dev.lede.write.llm.internal.Merger;
import dev.lede.write.llm.internal.Prompt;
import dev.lede.write.llm.internal.Reply;
import dev.lede.write.llm.internal.Text;
import dev.lede.write.llm.internal.Vetter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link Writer} that has a language model rewrite the offline writer's selection, and publishes
 * only what the {@link GroundingChecker} can still support. The model proposes; the checker
 * decides.
 *
 * <p>How a story is written:
 *
 * <ol>
 *   <li>{@link OfflineWriter#plan} selects the source sentences (all already grounded);
 *   <li>the model gets a system message with the rules and a user message holding those sentences,
 *       numbered, as JSON data (see {@link #SYSTEM_PROMPT}); source text is never placed where it
 *       could read as an instruction;
 *   <li>the reply, {@code {headline?, lede, sections}} with quotes for every sentence, is parsed
 *       and every sentence vetted: its quotes must lie inside the sentences given, it must not read
 *       as an instruction to a model, and the checker must support it. Unsupported sentences are
 *       dropped;
 *   <li>a part (the lede, or one section) where fewer than half of the model's sentences survive is
 *       replaced by the plan's version of that part; if fewer than half of all the model's
 *       sentences survive, or the call or parse fails, the whole story is the offline writer's;
 *   <li>{@link Composer} adds headline, meta description, disclaimer, sources and SEO report: the
 *       model can change none of these except the headline, and its headline is used only when it
 *       fits (70 chars, holds the keyphrase) and the checker supports it against the lede's quotes
 *       (so every name and number in it is in the sources).
 * </ol>
 *
 * Deterministic for the same input and the same model replies. Every fallback and every dropped
 * sentence is reported as a note: in {@link Result#notes()}, and to the notes sink given at
 * creation. Thread-safe.
 */
public final class LlmWriter implements Writer {
  /** The rules the model is given (the system message). */
  public static final String SYSTEM_PROMPT = Prompt.SYSTEM;

  private final ChatClient client;
  private final OfflineWriter fallback;
  private final Consumer<String> notes;

  private LlmWriter(ChatClient client, OfflineWriter fallback, Consumer<String> notes) {
    this.client = client;
    this.fallback = fallback;
    this.notes = notes;
  }

  /** A writer whose notes go to the {@code System.Logger} named after this class. */
  public static LlmWriter create(LlmConfig config, OfflineWriter fallback) {
    System.Logger log = System.getLogger(LlmWriter.class.getName());
    return create(config, fallback, note -> log.log(System.Logger.Level.INFO, note));
  }

  /**
   * A writer calling the server of {@code config}, falling back to {@code fallback}.
   *
   * @param notes receives one line per fallback or dropped sentence, e.g. {@code story "s1":
   *     dropped lede sentence 2 "...": number 120 is not in its quotes}
   */
  public static LlmWriter create(LlmConfig config, OfflineWriter fallback, Consumer<String> notes) {
    return new LlmWriter(
        ChatClient.create(Objects.requireNonNull(config, "config")),
        Objects.requireNonNull(fallback, "fallback"),
        Objects.requireNonNull(notes, "notes"));
  }

  /** Where the story came from. */
  public enum Outcome {
    /** The lede and every section are the model's rewrite. */
    MODEL,
    /** Some parts are the model's, the others the offline selection. */
    MIXED,
    /** The offline writer's story: the model failed, or too little of its reply held up. */
    OFFLINE
  }

  /**
   * A written story and how it came about.
   *
   * @param story the story
   * @param outcome where its sentences came from
   * @param notes each fallback and dropped sentence, with the reason
   */
  public record Result(WrittenStory story, Outcome outcome, List<String> notes) {
    public Result {
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(outcome, "outcome");
      notes = List.copyOf(notes);
    }
  }

  @Override
  public WrittenStory write(
      String storyId, List<WriterInput> articles, List<WriterInput> background, Instant now) {
    Result r = writeWithReport(storyId, articles, background, now);
    for (String n : r.notes()) {
      notes.accept("story \"" + storyId + "\": " + n);
    }
    return r.story();
  }

  /** Like {@link #write}, returning the notes instead of sending them to the sink. */
  public Result writeWithReport(
      String storyId, List<WriterInput> articles, List<WriterInput> background, Instant now) {
    Objects.requireNonNull(now, "now");
    StoryPlan plan = fallback.plan(storyId, articles, background);
    return rewrite(plan, articles, now);
  }

  /**
   * Has the model rewrite an existing plan's lede and sections.
   *
   * @param articles the story's articles, the only texts a sentence may quote
   */
  public Result rewrite(StoryPlan plan, List<WriterInput> articles, Instant now) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(now, "now");
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + plan.story() + " has no articles");
    }
    WrittenStory offline = Composer.compose(plan, now);
    Map<String, String> outlets = new LinkedHashMap<>();
    plan.sources().forEach(s -> outlets.put(s.article(), s.outlet()));
    articles.forEach(a -> outlets.put(a.id(), a.outlet()));
    Prompt prompt = Prompt.build(plan, outlets);
    if (prompt.snippets().isEmpty()) {
      return offline(offline, "the plan has no sentences to rewrite");
    }
    ChatResult answer = client.complete(prompt.messages());
    if (answer instanceof ChatResult.Failed f) {
      return offline(offline, "LLM unavailable, wrote the offline version: " + f.reason());
    }
    Reply reply;
    try {
      reply = Reply.parse(((ChatResult.Ok) answer).content());
    } catch (Reply.BadReply e) {
      return offline(offline, "LLM reply unusable, wrote the offline version: " + e.getMessage());
    }
    GroundingChecker checker = GroundingChecker.forInputs(articles);
    Merger.Merged m = Merger.merge(plan, reply, new Vetter(checker, prompt.snippets()));
    List<String> out = new ArrayList<>(m.notes());
    if (m.sent() > 0 && m.kept() * 2 < m.sent()) {
      out.add(
          "only "
              + m.kept()
              + " of "
              + m.sent()
              + " model sentences are supported; wrote the offline version");
      return new Result(offline, Outcome.OFFLINE, out);
    }
    if (m.modelParts() == 0) {
      return new Result(offline, Outcome.OFFLINE, out);
    }
    StoryPlan merged =
        new StoryPlan(
            plan.story(),
            plan.keyphrase(),
            m.lede(),
            m.sections(),
            plan.quotes(),
            plan.background(),
            plan.disagreements(),
            plan.sources(),
            plan.backgroundSources());
    WrittenStory story = Composer.compose(merged, now);
    if (reply.headline().isPresent()) {
      Optional<String> why = headlineProblem(reply.headline().get(), story, checker);
      if (why.isEmpty()) {
        story = withHeadline(story, reply.headline().get());
      } else {
        out.add(
            "model headline " + Text.quoted(reply.headline().get()) + " not used: " + why.get());
      }
    }
    Outcome outcome = m.modelParts() == m.parts() ? Outcome.MODEL : Outcome.MIXED;
    return new Result(story, outcome, out);
  }

  private static Result offline(WrittenStory story, String note) {
    return new Result(story, Outcome.OFFLINE, List.of(note));
  }

  /** Why a model headline cannot be published, or empty when it can. */
  static Optional<String> headlineProblem(
      String headline, WrittenStory story, GroundingChecker checker) {
    if (headline.length() > Headlines.HEADLINE_MAX) {
      return Optional.of(
          "it has " + headline.length() + " chars, more than " + Headlines.HEADLINE_MAX);
    }
    if (!SeoAnalyzer.containsKeyphrase(headline, story.keyphrase())) {
      return Optional.of("it lacks the keyphrase " + Text.quoted(story.keyphrase()));
    }
    Optional<String> instruction = InjectionScreen.instruction(headline);
    if (instruction.isPresent()) {
      return Optional.of("it reads as an instruction to a model");
    }
    Set<SourceSpan> spans = new LinkedHashSet<>();
    for (WrittenSentence s : story.lede()) {
      spans.addAll(s.sources());
    }
    GroundingChecker.Verdict v = checker.check(headline, List.copyOf(spans));
    if (!v.supported()) {
      return Optional.of("the lede does not support it: " + String.join("; ", v.problems()));
    }
    return Optional.empty();
  }

  private static WrittenStory withHeadline(WrittenStory s, String headline) {
    return new WrittenStory(
        s.story(),
        s.version(),
        headline,
        s.keyphrase(),
        s.metaDescription(),
        s.lede(),
        s.sections(),
        s.quotes(),
        s.background(),
        s.disagreements(),
        s.disclaimer(),
        s.sources(),
        SeoAnalyzer.analyze(s.keyphrase(), headline, s.metaDescription(), s.lede(), s.sections()),
        s.datePublished(),
        s.dateModified());
  }
}
