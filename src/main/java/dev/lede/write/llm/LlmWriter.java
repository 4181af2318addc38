package dev.lede.write.llm;

import dev.lede.model.Section;
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
import dev.lede.write.internal.HeadlineKeyphrase;
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
    WrittenStory offline = fallback.compose(plan, now);
    try {
      return rewrite(plan, articles, now, offline);
    } catch (RuntimeException e) {
      // A fault of the rewrite (the merge, composing the model's version) costs the model's part
      // only: the offline story stands.
      return offline(
          offline,
          "LLM rewrite failed, wrote the offline version: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  private Result rewrite(
      StoryPlan plan, List<WriterInput> articles, Instant now, WrittenStory offline) {
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
    StoryPlan merged = plan.withText(m.lede(), m.sections());
    WrittenStory story = withOfflineHeadline(Composer.compose(merged, now), offline);
    story = withModelParts(story, reply, checker, out);
    Outcome outcome = m.modelParts() == m.parts() ? Outcome.MODEL : Outcome.MIXED;
    return new Result(story, outcome, out);
  }

  /**
   * The rewrite with the offline story's headline, keyphrase and meta description, which stand
   * wherever the model's are refused: they were chosen from the articles' news sentences, while a
   * headline composed afresh could only compress the model's lede.
   */
  private static WrittenStory withOfflineHeadline(WrittenStory story, WrittenStory offline) {
    // Not when the offline parts tell a model what to do: the rewrite dropped such a passage.
    if (InjectionScreen.instruction(offline.headline()).isPresent()
        || InjectionScreen.instruction(offline.metaDescription()).isPresent()) {
      return story;
    }
    return withFront(
        story,
        offline.headline(),
        offline.keyphrase(),
        offline.metaDescription(),
        offline.headlineSources());
  }

  private static Result offline(WrittenStory story, String note) {
    return new Result(story, Outcome.OFFLINE, List.of(note));
  }

  /**
   * The story with the model's headline and meta description where each passes: headline at most 70
   * chars in headline style (no label before a colon, no closing period), meta description 121-156,
   * neither reading as an instruction, both supported by the lede's quotes, and a keyphrase the
   * headline holds and the meta description names once (chosen from the headline, as offline). What
   * fails keeps the offline part, with a note.
   */
  static WrittenStory withModelParts(
      WrittenStory story, Reply reply, GroundingChecker checker, List<String> notes) {
    String headline = story.headline();
    List<SourceSpan> headlineSources = story.headlineSources();
    String meta = story.metaDescription();
    List<SourceSpan> ledeSpans = ledeSpans(story);
    if (reply.headline().isPresent()) {
      String h = reply.headline().get();
      Optional<String> why =
          problem(h, 1, Headlines.HEADLINE_MAX, ledeSpans, checker)
              .or(() -> Headlines.styleProblem(h));
      if (why.isEmpty()) {
        headline = h;
        headlineSources = ledeSpans;
      } else {
        notes.add("model headline " + Text.quoted(h) + " not used: " + why.get());
      }
    }
    if (reply.metaDescription().isPresent()) {
      String d = reply.metaDescription().get();
      Optional<String> why = problem(d, Headlines.META_MIN, Headlines.META_MAX, ledeSpans, checker);
      if (why.isEmpty()) {
        meta = d;
      } else {
        notes.add("model meta description " + Text.quoted(d) + " not used: " + why.get());
      }
    }
    if (headline.equals(story.headline()) && meta.equals(story.metaDescription())) {
      return story;
    }
    // The model's parts where they share a keyphrase, else one of them with the offline other.
    String[][] pairs = {
      {headline, meta}, {headline, story.metaDescription()}, {story.headline(), meta}
    };
    String keyphrase = null;
    for (String[] p : pairs) {
      String k = HeadlineKeyphrase.choose(story.keyphrase(), p[0], p[1]);
      if (SeoAnalyzer.containsKeyphrase(p[0], k) && SeoAnalyzer.phraseCount(p[1], k) == 1) {
        if (!p[0].equals(headline)) {
          notes.add(
              "model headline "
                  + Text.quoted(headline)
                  + " not used: it shares no"
                  + " keyphrase with the meta description");
          headlineSources = story.headlineSources();
        }
        if (!p[1].equals(meta)) {
          notes.add(
              "model meta description "
                  + Text.quoted(meta)
                  + " not used: it shares no"
                  + " keyphrase with the headline");
        }
        headline = p[0];
        meta = p[1];
        keyphrase = k;
        break;
      }
    }
    if (keyphrase == null) {
      notes.add("model headline and meta description share no keyphrase; kept the offline ones");
      return story;
    }
    return withFront(story, headline, keyphrase, meta, headlineSources);
  }

  /** The story with another headline, keyphrase and meta description (sections relabelled). */
  private static WrittenStory withFront(
      WrittenStory story,
      String headline,
      String keyphrase,
      String meta,
      List<SourceSpan> headlineSources) {
    List<Section> sections =
        HeadlineKeyphrase.relabel(
            story.sections(),
            HeadlineKeyphrase.headingPhrase(story.headline(), story.keyphrase()),
            HeadlineKeyphrase.headingPhrase(headline, keyphrase),
            headline,
            story.lede());
    return new WrittenStory(
        story.story(),
        story.version(),
        headline,
        keyphrase,
        meta,
        story.lede(),
        sections,
        story.quotes(),
        story.background(),
        story.disagreements(),
        story.disclaimer(),
        story.sources(),
        SeoAnalyzer.analyze(keyphrase, headline, meta, story.lede(), sections),
        story.datePublished(),
        story.dateModified(),
        headlineSources);
  }

  private static List<SourceSpan> ledeSpans(WrittenStory story) {
    Set<SourceSpan> spans = new LinkedHashSet<>();
    for (WrittenSentence s : story.lede()) {
      spans.addAll(s.sources());
    }
    return List.copyOf(spans);
  }

  /** Why a model headline or meta description cannot be published, or empty when it can. */
  static Optional<String> problem(
      String text, int min, int max, List<SourceSpan> ledeSpans, GroundingChecker checker) {
    if (text.length() > max || text.length() < min) {
      return Optional.of("it has " + text.length() + " chars, not " + min + "-" + max);
    }
    Optional<String> instruction = InjectionScreen.instruction(text);
    if (instruction.isPresent()) {
      return Optional.of("it reads as an instruction to a model");
    }
    GroundingChecker.Verdict v = checker.check(text, ledeSpans);
    if (!v.supported()) {
      return Optional.of("the lede does not support it: " + String.join("; ", v.problems()));
    }
    return Optional.empty();
  }
}
