package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.model.Article;
import dev.lede.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in story assignment never stops the run: over a real data folder, an article the
 * clusterer throws on is set aside and reported, every other article is placed and its story
 * written, and the next run places the article that was set aside.
 */
class NewsroomAssignFaultTest {
  @TempDir Path tmp;

  private static final String LIBRARY_URL = "https://c.example/library";

  @Test
  void anArticleTheClustererThrowsOnIsSetAsideAndEveryOtherStoryIsStillWritten() throws Exception {
    Path in = quakesAndLibrary();
    List<String> reported = new CopyOnWriteArrayList<>();
    NewsroomListener listener = assignFailuresInto(reported);
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      room.withAssignProbe(
          (Article a) -> {
            if (a.url().equals(LIBRARY_URL)) {
              throw new IllegalStateException("odd text in " + a.url());
            }
          });

      RunReport r = room.ingest(List.of(in.toString()), req -> null, false, true, listener);

      assertThat(r.writes().ok()).as(r.writes().toString()).isTrue();
      Map<String, Integer> stories = room.stories.storySizes();
      assertThat(stories).as("the two quake reports form one story").hasSize(1);
      assertThat(stories.values()).containsExactly(2);
      assertThat(room.written.owed()).isEmpty();
      for (String id : stories.keySet()) {
        assertThat(room.written.latest(id)).as(id).isPresent();
      }
      assertThat(room.stories.unassignedArticleIds()).hasSize(1);
      assertThat(reported).hasSize(1);
      assertThat(reported.get(0))
          .startsWith("1 " + LIBRARY_URL + " (cluster)")
          .contains("odd text");
    }

    // The fault is gone next run: the article set aside is placed first and its story written.
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      RunReport r = room.ingest(List.of(), req -> null, false, true, listener);

      assertThat(r.writes().ok()).as(r.writes().toString()).isTrue();
      assertThat(room.stories.unassignedArticleIds()).isEmpty();
      assertThat(room.stories.storySizes()).hasSize(2);
      for (String id : room.stories.storySizes().keySet()) {
        assertThat(room.written.latest(id)).as(id).isPresent();
      }
      assertThat(reported).as("nothing new to report").hasSize(1);
    }
  }

  @Test
  void aStoreThatFailsWhilePlacingAnArticleStopsTheRunInsteadOfSettingTheArticleAside()
      throws Exception {
    Path in = quakesAndLibrary();
    List<String> reported = new CopyOnWriteArrayList<>();
    NewsroomListener listener = assignFailuresInto(reported);
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      room.withAssignProbe(
          (Article a) -> {
            if (a.url().equals(LIBRARY_URL)) {
              throw new StoreException(
                  "cannot assign " + a.id() + ": database or disk is full", null);
            }
          });

      assertThatThrownBy(
              () -> room.ingest(List.of(in.toString()), req -> null, false, true, listener))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("disk is full");
      assertThat(reported).as("a store fault is no article's fault").isEmpty();
    }

    // Nothing was lost: the next run places the article and writes every story.
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      RunReport r = room.ingest(List.of(), req -> null, false, true, listener);

      assertThat(r.writes().ok()).as(r.writes().toString()).isTrue();
      assertThat(room.stories.unassignedArticleIds()).isEmpty();
      assertThat(room.stories.storySizes()).hasSize(2);
      assertThat(room.written.owed()).isEmpty();
    }
  }

  /** Two reports of one quake and one unrelated library report, as a JSON Lines input. */
  private Path quakesAndLibrary() throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(
        in,
        NewsroomTest.twoQuakeReports()
            + NewsroomTest.line(
                LIBRARY_URL,
                "Springfield Post",
                "Council approves library",
                "2021-09-27T09:00:00Z",
                NewsroomTest.OTHER));
    return in;
  }

  private static NewsroomListener assignFailuresInto(List<String> reported) {
    return new NewsroomListener() {
      @Override
      public void assignFailures(int count, String first) {
        reported.add(count + " " + first);
      }
    };
  }
}
