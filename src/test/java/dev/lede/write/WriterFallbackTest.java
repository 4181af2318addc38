package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.model.Section;
import dev.lede.model.SourceRef;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.VectorStore;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stage of the writer that throws costs the story that stage, never the story: it is written from
 * what still works, every sentence grounded, and the fault is reported naming story and stage.
 */
class WriterFallbackTest {
  private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");

  private final List<StageFailure> reported = new CopyOnWriteArrayList<>();

  /** The harbour fire's three reports, dated so that the second is the newest. */
  static List<WriterInput> datedHarbor() {
    List<WriterInput> in = Stories.harbor();
    String[] at = {"2025-03-04T01:00:00Z", "2025-03-04T04:00:00Z", "2025-03-04T02:00:00Z"};
    List<WriterInput> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      WriterInput w = in.get(i);
      out.add(
          new WriterInput(
              w.id(), w.title(), w.text(), w.outlet(), w.url(), Optional.of(Instant.parse(at[i]))));
    }
    return out;
  }

  private OfflineWriter throwingAt(String stage) {
    return OfflineWriter.lexical()
        .onFallback(reported::add)
        .withProbe(
            (story, s) -> {
              if (s.equals(stage)) {
                throw new NumberFormatException("For input string: \"4294967296\"");
              }
            });
  }

  static void assertGrounded(WrittenStory s, List<WriterInput> inputs) {
    Map<String, String> texts =
        inputs.stream().collect(Collectors.toMap(WriterInput::id, WriterInput::text));
    GroundingChecker checker = GroundingChecker.forInputs(inputs);
    List<WrittenSentence> all = StructureLimits.sentences(s);
    assertThat(all).isNotEmpty();
    for (WrittenSentence ws : all) {
      for (SourceSpan sp : ws.sources()) {
        assertThat(texts.get(sp.article())).as(ws.text()).contains(sp.quote());
      }
      assertThat(checker.check(ws).problems()).as(ws.text()).isEmpty();
    }
    assertThat(s.headlineSources()).isNotEmpty();
    for (SourceSpan sp : s.headlineSources()) {
      assertThat(texts.get(sp.article())).as(s.headline()).contains(sp.quote());
    }
  }

  @Test
  void aPlannerThatThrowsLeavesTheStoryWrittenFromTheNewestArticlesOpeningSentences() {
    List<WriterInput> in = datedHarbor();

    WrittenStory s = throwingAt("planner").write("harbor", in, Stories.harborBackground(), NOW);

    assertGrounded(s, in);
    assertThat(s.lede()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    // The newest report (courier-7) opens the story, its first sentence first.
    assertThat(s.lede().get(0).text()).isEqualTo(Stories.HARBOR_B.split("\n\n")[0]);
    assertThat(s.lede().get(0).sources()).extracting(SourceSpan::article).containsOnly("courier-7");
    assertThat(s.sources()).extracting(r -> r.article()).contains("tribune-1", "daily-3");
    assertThat(s.headline()).isNotBlank();
    assertThat(s.headline().length()).isLessThanOrEqualTo(70);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "event core",
        "background",
        "vectors",
        "body",
        "corroboration",
        "other instances",
        "restatements",
        "other days",
        "reconciliation",
        "one record",
        "keyphrase fit",
        "introductions",
        "pull quotes",
        "disagreements",
        "headline news",
        "keyphrase",
        "scoring",
        "lede",
        "sections"
      })
  void anOptionalStageThatThrowsCostsTheStoryOnlyThatStage(String stage) {
    List<WriterInput> in = datedHarbor();
    List<WriterInput> all = new ArrayList<>(in);
    all.addAll(Stories.harborBackground());

    WrittenStory s = throwingAt(stage).write("harbor", in, Stories.harborBackground(), NOW);

    assertGrounded(s, all);
    // Planned without that stage, not from the lead article alone: the planner went on.
    assertThat(reported).isNotEmpty().extracting(StageFailure::stage).containsOnly(stage);
    assertThat(s.sources()).filteredOn(r -> !r.background()).hasSize(in.size());
    // A background article is listed when the background quotes it (not when that stage failed).
    assertThat(s.sources().stream().filter(SourceRef::background).map(SourceRef::article))
        .containsExactlyElementsOf(
            s.background().stream()
                .flatMap(w -> w.sources().stream())
                .map(SourceSpan::article)
                .distinct()
                .toList());
  }

  @Test
  void anArticleTheAnalysisFailsOnIsLeftOutAndTheStoryIsToldFromTheOthers() {
    List<WriterInput> in = datedHarbor();
    // The first article's analysis throws.
    OfflineWriter w = failingOnceAt("analysis", "tagger broke");

    WrittenStory s = w.write("harbor", in, List.of(), NOW);

    assertGrounded(s, in);
    assertThat(reported).extracting(StageFailure::stage).containsExactly("analysis");
    List<String> cited =
        StructureLimits.sentences(s).stream()
            .flatMap(ws -> ws.sources().stream())
            .map(SourceSpan::article)
            .distinct()
            .toList();
    assertThat(cited).doesNotContain("tribune-1").contains("courier-7", "daily-3");
  }

  @Test
  void everyOptionalStageThrowingAtOnceStillLeavesAGroundedMultiOutletStory() {
    List<WriterInput> in = datedHarbor();
    // Drafting every article's sentences is required (all failing is the planner's failure), and
    // the lead plan and plain story are fallbacks.
    java.util.Set<String> required =
        java.util.Set.of(
            "planner", "composer", "analysis", "candidates", "lead plan", "plain story");
    OfflineWriter w =
        OfflineWriter.lexical()
            .onFallback(reported::add)
            .withProbe(
                (story, stage) -> {
                  if (!required.contains(stage)) {
                    throw new IllegalStateException("broken " + stage);
                  }
                });

    WrittenStory s = w.write("harbor", in, Stories.harborBackground(), NOW);

    assertGrounded(s, in);
    assertThat(reported).extracting(StageFailure::stage).doesNotContain("planner");
    assertThat(reported).hasSizeGreaterThan(10);
    assertThat(s.background()).isEmpty();
    assertThat(s.quotes()).isEmpty();
  }

  @Test
  void aKeyphraseThatThrowsLeavesTheStoryAHeadlineAndAFocusFromItsOwnText() {
    List<WriterInput> in = datedHarbor();

    WrittenStory s = throwingAt("keyphrase").write("harbor", in, List.of(), NOW);

    assertGrounded(s, in);
    assertThat(s.headline()).isNotBlank();
    assertThat(s.keyphrase()).isNotBlank();
    String text = in.stream().map(WriterInput::text).collect(Collectors.joining(" "));
    assertThat(text.toLowerCase(java.util.Locale.ROOT))
        .contains(s.keyphrase().toLowerCase(java.util.Locale.ROOT));
    assertThat(reported).extracting(StageFailure::stage).containsExactly("keyphrase");
  }

  @Test
  void aLedeSelectionThatThrowsOpensTheStoryWithTheNewestArticlesOpening() {
    List<WriterInput> in = datedHarbor();
    WrittenStory whole = OfflineWriter.lexical().write("harbor", in, List.of(), NOW);

    WrittenStory s = throwingAt("lede").write("harbor", in, List.of(), NOW);

    assertGrounded(s, in);
    // courier-7 is the newest report; its opening sentence opens the story.
    assertThat(s.lede().get(0).sources()).extracting(SourceSpan::article).contains("courier-7");
    assertThat(s.lede().get(0).text())
        .startsWith(Stories.HARBOR_B.split("\n\n")[0].substring(0, 20));
    assertThat(StructureLimits.sentences(s).size())
        .as("the body is still selected")
        .isGreaterThan(s.lede().size());
    assertThat(whole.sections()).isNotEmpty();
    assertThat(reported).extracting(StageFailure::stage).containsExactly("lede");
  }

  @Test
  void aSectionLayoutThatThrowsLeavesOnePlainSectionInTimeOrder() {
    List<WriterInput> in = datedHarbor();
    WrittenStory whole = OfflineWriter.lexical().write("harbor", in, List.of(), NOW);
    assertThat(whole.sections()).hasSizeGreaterThan(1);

    WrittenStory s = throwingAt("sections").write("harbor", in, List.of(), NOW);

    assertGrounded(s, in);
    assertThat(s.lede()).isEqualTo(whole.lede());
    assertThat(s.sections()).hasSize(1);
    assertThat(s.sections().get(0).heading()).isEqualTo("More details");
    Map<String, Instant> published =
        in.stream().collect(Collectors.toMap(WriterInput::id, w -> w.published().orElseThrow()));
    List<Instant> order =
        s.sections().get(0).paragraphs().stream()
            .flatMap(List::stream)
            .map(ws -> published.get(ws.sources().get(0).article()))
            .toList();
    assertThat(order).isNotEmpty().isSorted();
    assertThat(s.sections().get(0).paragraphs())
        .allSatisfy(p -> assertThat(p).hasSizeBetween(1, 3));
    assertThat(reported).extracting(StageFailure::stage).containsOnly("sections");
  }

  @Test
  void anArticleWhoseSentencesCannotBeDraftedIsLeftOutAndTheStoryToldFromTheOthers() {
    List<WriterInput> in = datedHarbor();
    // The first article's drafting throws.
    OfflineWriter w = failingOnceAt("candidates", "drafting broke");

    WrittenStory s = w.write("harbor", in, List.of(), NOW);

    assertGrounded(s, in);
    assertThat(reported).extracting(StageFailure::stage).containsExactly("candidates");
    // None of its sentences is told (it is still cited beside another outlet where the
    // reconciliation of figures, read from the articles, names it).
    assertThat(StructureLimits.sentences(s))
        .noneMatch(ws -> ws.sources().stream().allMatch(sp -> sp.article().equals("tribune-1")))
        .extracting(ws -> ws.sources().get(0).article())
        .contains("courier-7", "daily-3");
  }

  @Test
  void draftingThatThrowsOnEveryArticleFallsBackToTheLeadPlan() {
    List<WriterInput> in = datedHarbor();

    WrittenStory s = throwingAt("candidates").write("harbor", in, List.of(), NOW);

    assertGrounded(s, in);
    assertThat(s.lede().get(0).text()).isEqualTo(Stories.HARBOR_B.split("\n\n")[0]);
    assertThat(reported).extracting(StageFailure::stage).endsWith("planner");
  }

  @Test
  void aPlanWithAnEmptyKeyphraseIsComposedWithoutFallingBack() {
    List<WriterInput> in = datedHarbor();
    OfflineWriter w = OfflineWriter.lexical().onFallback(reported::add);
    StoryPlan p = w.plan("harbor", in, List.of());
    StoryPlan empty =
        new StoryPlan(
            p.story(),
            "",
            p.lede(),
            p.sections(),
            p.quotes(),
            p.background(),
            p.disagreements(),
            p.sources(),
            p.backgroundSources(),
            p.news());

    WrittenStory s = w.compose(empty, NOW);

    assertThat(reported).isEmpty();
    assertGrounded(s, in);
    assertThat(s.headline()).isNotBlank();
    assertThat(s.sections())
        .extracting(Section::paragraphs)
        .isEqualTo(p.sections().stream().map(Section::paragraphs).toList());
  }

  @Test
  void aStackOverflowInAStageCostsTheStoryThatStageAndInThePlannerItsPlan() {
    List<WriterInput> in = datedHarbor();
    for (String stage : List.of("restatements", "planner")) {
      reported.clear();
      OfflineWriter w =
          OfflineWriter.lexical()
              .onFallback(reported::add)
              .withProbe(
                  (story, s) -> {
                    if (s.equals(stage)) {
                      throw new StackOverflowError(); // as a regex too deep for one odd text
                    }
                  });

      WrittenStory s = w.write("harbor", in, List.of(), NOW);

      assertGrounded(s, in);
      assertThat(reported).as(stage).extracting(StageFailure::stage).containsExactly(stage);
      assertThat(reported.get(0).cause()).isInstanceOf(StackOverflowError.class);
    }
  }

  @Test
  void aPlannerFailureIsReportedNamingTheStoryTheStageAndTheException() {
    throwingAt("planner").write("harbor", datedHarbor(), List.of(), NOW);

    assertThat(reported).hasSize(1);
    StageFailure f = reported.get(0);
    assertThat(f.story()).isEqualTo("harbor");
    assertThat(f.stage()).isEqualTo("planner");
    assertThat(f.cause()).isInstanceOf(NumberFormatException.class);
    assertThat(f.describe())
        .contains("story \"harbor\"", "planner failed", "NumberFormatException", "4294967296");
  }

  @Test
  void aComposerThatThrowsKeepsThePlannedStoryUnderItsFirstSentenceAsHeadline() {
    List<WriterInput> in = datedHarbor();
    WrittenStory whole = OfflineWriter.lexical().write("harbor", in, List.of(), NOW);

    WrittenStory s = throwingAt("composer").write("harbor", in, List.of(), NOW);

    assertGrounded(s, in);
    assertThat(s.lede()).isEqualTo(whole.lede());
    // The same paragraphs; only headings that led with the keyphrase may lead with another.
    assertThat(s.sections())
        .extracting(Section::paragraphs)
        .isEqualTo(whole.sections().stream().map(Section::paragraphs).toList());
    String first = s.lede().get(0).text();
    assertThat(first).startsWith(s.headline().replace("…", ""));
    assertThat(s.headline().length()).isLessThanOrEqualTo(70);
    assertThat(s.metaDescription()).isNotBlank();
    assertThat(s.metaDescription().length()).isLessThanOrEqualTo(156);
    assertThat(s.headlineSources()).isEqualTo(s.lede().get(0).sources());
    assertThat(reported).extracting(StageFailure::stage).containsExactly("composer");
  }

  @Test
  void aVectorStoreThatFailsWhileWritingLeavesTheStoryWrittenAndReported() {
    List<WriterInput> in = datedHarbor();
    VectorStore broken =
        new VectorStore() {
          @Override
          public Optional<float[]> get(String key) {
            throw new UncheckedIOException(new java.io.IOException("database is locked"));
          }

          @Override
          public void put(String key, float[] vector) {}
        };

    WrittenStory s =
        OfflineWriter.withVectors(broken)
            .onFallback(reported::add)
            .write("harbor", in, List.of(), NOW);

    assertGrounded(s, in);
    assertThat(reported).isNotEmpty();
    assertThat(reported.get(0).cause()).hasMessageContaining("database is locked");
  }

  @Test
  void aWriterWithNoFailingStageReportsNothingAndWritesAsBefore() {
    List<WriterInput> in = datedHarbor();

    WrittenStory s = throwingAt("no such stage").write("harbor", in, List.of(), NOW);

    assertThat(s).isEqualTo(OfflineWriter.lexical().write("harbor", in, List.of(), NOW));
    assertThat(reported).isEmpty();
  }

  @Test
  void badArgumentsAreStillRefusedNotWrittenAround() {
    OfflineWriter w = throwingAt("planner");

    assertThatThrownBy(() -> w.write("empty", List.of(), List.of(), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    WriterInput a = WriterInput.of("a", "Alpha", Stories.HARBOR_A);
    assertThatThrownBy(() -> w.write("twice", List.of(a, a), List.of(), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two articles with id a");
    assertThat(reported).isEmpty();
  }

  @Test
  void aFallbackWithNoGroundedSentenceIsAnErrorNamingTheStory() {
    List<WriterInput> in = List.of(WriterInput.of("blank", "Alpha", "   \n  "));

    assertThatThrownBy(() -> throwingAt("planner").write("nothing", in, List.of(), NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("story nothing")
        .hasMessageContaining("grounding check");
  }

  /** A writer whose {@code stage} throws the first time it runs (for the story's first article). */
  private OfflineWriter failingOnceAt(String stage, String message) {
    java.util.concurrent.atomic.AtomicBoolean thrown =
        new java.util.concurrent.atomic.AtomicBoolean();
    return OfflineWriter.lexical()
        .onFallback(reported::add)
        .withProbe(
            (story, at) -> {
              if (at.equals(stage) && thrown.compareAndSet(false, true)) {
                throw new IllegalStateException(message);
              }
            });
  }
}
