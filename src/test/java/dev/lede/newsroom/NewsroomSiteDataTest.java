package dev.lede.newsroom;

import static dev.lede.newsroom.NewsroomTest.QUAKE_C;
import static dev.lede.newsroom.NewsroomTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.web.StoryPage;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
