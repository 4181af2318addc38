package dev.lede.newsroom;

import static dev.lede.newsroom.NewsroomTest.QUAKE_C;
import static dev.lede.newsroom.NewsroomTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.store.StoryStore;
import dev.lede.web.StoryPage;
import dev.lede.web.StoryView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's view of a data folder: story pages built once per snapshot of the archive. */
class NewsroomSiteDataTest {
  @TempDir Path tmp;

  @Test
  void storyPageIsBuiltOnceAndRebuiltWithTheNewVersionAfterRefresh() throws Exception {
    Path first = tmp.resolve("first.jsonl");
    Files.writeString(first, NewsroomTest.twoQuakeReports());
    Path second = tmp.resolve("second.jsonl");
    Files.writeString(
        second,
        line(
            "https://g.example/q",
            "Gamma Wire",
            "Crete counts damage",
            "2021-09-28T10:00:00Z",
            QUAKE_C));
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      room.ingest(List.of(first.toString()), req -> null, false, true, NewsroomListener.NONE);
      String story = room.stories.resolve(room.stories.assignments().get(0).storyId());
      NewsroomSiteData site = new NewsroomSiteData(room);

      StoryPage v1 = site.story(story).orElseThrow();
      assertThat(v1.story().version()).isEqualTo(1);
      assertThat(site.story(story).orElseThrow()).isSameAs(v1);

      room.ingest(List.of(second.toString()), req -> null, false, true, NewsroomListener.NONE);
      // The site shows the snapshot it was refreshed with until the next refresh.
      assertThat(site.story(story).orElseThrow()).isSameAs(v1);
      site.refresh();
      StoryPage v2 = site.story(story).orElseThrow();
      assertThat(v2.story().version()).isEqualTo(2);
      assertThat(v2.story().sources()).hasSize(3);
      assertThat(v2.updates()).hasSize(2);
      assertThat(site.story("s-no-such-story")).isEmpty();
    }
  }

  @Test
  void aWrittenStoryMergedIntoAnotherLeavesTheFrontPageAndItsPageLeadsToTheSurvivor()
      throws Exception {
    Path quake = tmp.resolve("quake.jsonl");
    Files.writeString(quake, NewsroomTest.twoQuakeReports());
    Path other = tmp.resolve("other.jsonl");
    Files.writeString(
        other,
        line(
            "https://c.example/l",
            "Gamma Wire",
            "Springfield approves library",
            "2021-09-27T09:00:00Z",
            NewsroomTest.OTHER));
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      room.ingest(
          List.of(quake.toString(), other.toString()),
          req -> null,
          false,
          true,
          NewsroomListener.NONE);
      List<String> live = List.copyOf(room.stories.storySizes().keySet());
      assertThat(live).hasSize(2);
      NewsroomSiteData site = new NewsroomSiteData(room);
      assertThat(site.topStories(10))
          .extracting(StoryView::id)
          .containsExactlyInAnyOrderElementsOf(live);

      // What a write worker elsewhere can leave: both stories written, then one merged away
      // before the survivor is written again.
      String from = live.get(0);
      String into = live.get(1);
      String moved = room.stories.articlesOf(from).get(0);
      room.stories.assign(
          new StoryStore.Assignment(moved, into, Instant.parse("2021-09-28T00:00:00Z")),
          List.of(new StoryStore.Move(from, into, List.of())));
      site.refresh();

      assertThat(site.topStories(10)).extracting(StoryView::id).containsExactly(into);
      assertThat(site.story(from).orElseThrow().story().story()).isEqualTo(into);
    }
  }
}
