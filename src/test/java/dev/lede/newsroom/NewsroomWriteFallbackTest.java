package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.model.Article;
import dev.lede.model.SourceSpan;
import dev.lede.model.StoryJson;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.store.StoreException;
import dev.lede.testing.TestHttpServer;
import dev.lede.write.FailingStages;
import dev.lede.write.StageFailure;
import dev.lede.write.llm.LlmConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the writer never leaves a story unwritten: over a real data folder, a stage that
 * throws for one story costs that story the stage, and every story is written and grounded.
 */
class NewsroomWriteFallbackTest {
  @TempDir Path tmp;

  @Test
  void aWriterStageThatThrowsForOneStoryLeavesEveryStoryWrittenGroundedAndTheFaultCounted()
      throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(
        in,
        NewsroomTest.twoQuakeReports()
            + NewsroomTest.line(
                "https://c.example/library",
                "Springfield Post",
                "Council approves library",
                "2021-09-27T09:00:00Z",
                NewsroomTest.OTHER));
    AtomicReference<String> victim = new AtomicReference<>();
    List<StageFailure> observed = new CopyOnWriteArrayList<>();
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      // The first story the writer plans is the one whose planner throws.
      room.withOfflineWriter(
              w ->
                  FailingStages.throwing(
                      w,
                      (story, stage) ->
                          stage.equals("planner")
                              && (victim.compareAndSet(null, story) || story.equals(victim.get()))))
          .onWriteFallback(observed::add);

      List<String> told = new CopyOnWriteArrayList<>();
      NewsroomListener listener =
          new NewsroomListener() {
            @Override
            public void writeFallbacks(int stories, String first) {
              told.add(stories + " " + first);
            }
          };

      RunReport r = room.ingest(List.of(in.toString()), req -> null, false, true, listener);

      assertThat(r.writes().ok()).as(r.writes().toString()).isTrue();
      assertThat(room.written.owed()).isEmpty();
      // The run's summary counts the story written with a fallback, once, naming it and the stage.
      assertThat(told).hasSize(1);
      assertThat(told.get(0))
          .startsWith("1 story \"" + victim.get() + "\": planner failed")
          .contains("NumberFormatException");
      Map<String, Integer> stories = room.stories.storySizes();
      assertThat(stories).hasSize(2).containsKey(victim.get());
      for (String id : stories.keySet()) {
        WrittenStory s = StoryJson.parse(room.written.latest(id).orElseThrow().json());
        assertThat(s.headline()).as(id).isNotBlank();
        assertThat(s.lede()).as(id).isNotEmpty();
        assertGrounded(room, s);
      }
      assertThat(observed).hasSize(1);
      assertThat(observed.get(0).story()).isEqualTo(victim.get());
      assertThat(observed.get(0).stage()).isEqualTo("planner");
    }
  }

  @Test
  void aStoryTheWriterThrowsOnPastItsFallbacksIsAWriterFailureAndAStoreFaultStaysAStoreFault()
      throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in, NewsroomTest.twoQuakeReports());
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      room.ingest(List.of(in.toString()), req -> null, false, false, NewsroomListener.NONE);
      String story = room.written.owed().iterator().next();
      // Every stage throws, the planner's and composer's fallbacks too: the whole write fails.
      room.withOfflineWriter(w -> FailingStages.throwing(w, (s, stage) -> true));

      assertThatThrownBy(() -> room.writeStory(story))
          .isInstanceOf(WriterFailure.class)
          .hasMessageContaining("story " + story)
          .hasMessageContaining("NumberFormatException")
          .hasRootCauseInstanceOf(NumberFormatException.class)
          .satisfies(e -> assertThat(((WriterFailure) e).story()).isEqualTo(story));
      assertThat(room.written.owed()).contains(story);

      // The stored vectors unreadable mid-write is the store's fault: thrown as it is, retried.
      room.withOfflineWriter(
          w ->
              FailingStages.throwing(
                  w,
                  (s, stage) -> true,
                  () -> new StoreException("cannot read embeddings: connection lost", null)));
      assertThatThrownBy(() -> room.writeStory(story))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("connection lost");
      assertThat(room.written.owed()).contains(story);
    }
  }

  @Test
  void withAnLlmThatFailsTheModelIsAskedAndEveryStoryIsWrittenOffline() throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in, NewsroomTest.twoQuakeReports());
    try (TestHttpServer llm = TestHttpServer.start()) {
      llm.route("/v1/chat/completions", TestHttpServer.respond(500, "model overloaded"));
      LlmConfig config =
          LlmConfig.of(llm.uri("/"), "fake-model")
              .withApiKey(Optional::empty)
              .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
              .withMaxRetries(0);
      try (Newsroom room = Newsroom.open(tmp.resolve("data")).withLlm(Optional.of(config))) {
        RunReport r =
            room.ingest(List.of(in.toString()), req -> null, false, true, NewsroomListener.NONE);

        assertThat(r.writes().ok()).as(r.writes().toString()).isTrue();
        assertThat(room.written.owed()).isEmpty();
        assertThat(llm.paths()).contains("/v1/chat/completions");
        for (String id : room.stories.storySizes().keySet()) {
          WrittenStory s = StoryJson.parse(room.written.latest(id).orElseThrow().json());
          assertThat(s.lede()).as(id).isNotEmpty();
          assertGrounded(room, s);
        }
      }
    }
  }

  /** Every sentence's quotes are exact text of the story's own articles. */
  private static void assertGrounded(Newsroom room, WrittenStory s) {
    List<WrittenSentence> all = new ArrayList<>(s.lede());
    s.sections().forEach(sec -> sec.paragraphs().forEach(all::addAll));
    for (WrittenSentence ws : all) {
      assertThat(ws.sources()).isNotEmpty();
      for (SourceSpan sp : ws.sources()) {
        Article a = room.articles().byId(sp.article()).orElseThrow();
        assertThat(room.stories.articlesOf(s.story())).contains(a.id());
        assertThat(a.text()).as(ws.text()).contains(sp.quote());
      }
    }
  }
}
