package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.cli.LedeProcess;
import dev.lede.store.WrittenStoryStore;
import dev.lede.store.jdbc.JdbcWrittenStoryStore;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.testing.Slow;
import dev.lede.web.SiteData;
import dev.lede.web.StoryView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served snapshot is warm before it takes requests: at start and at each swap, the top stories'
 * pages are built (and handed to the warmers, e.g. the web server's renderer) while the old
 * snapshot is still the one served, so no request waits for a page to be built.
 */
@Slow
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class WarmSnapshotTest {
  @TempDir Path tmp;

  private Path data() throws Exception {
    return LedeProcess.smallNewsroom(tmp.resolve("data"));
  }

  @Test
  void noRequestBuildsAPageAfterStartOrAfterASnapshotSwap() throws Exception {
    Path data = data();
    try (Newsroom room = Newsroom.openForServing(data)) {
      NewsroomSiteData site = new NewsroomSiteData(room);
      List<Long> warmedRevisions = new ArrayList<>();
      List<Long> servedWhileWarming = new ArrayList<>();
      site.beforeEachRevision(
          next -> {
            warmedRevisions.add(next.revision());
            servedWhileWarming.add(site.revision());
            for (StoryView v : next.topStories(10)) {
              assertThat(next.story(v.id())).isPresent();
            }
          });
      assertThat(site.warm()).isEqualTo(2);
      int built = site.pagesBuilt();
      assertThat(built).isEqualTo(2);
      List<String> ids = site.topStories(10).stream().map(StoryView::id).toList();
      for (String id : ids) {
        assertThat(site.story(id)).isPresent();
      }
      assertThat(site.pagesBuilt()).as("pages built by requests after start").isEqualTo(built);

      // Another process writes a new version of one story; the site swaps in a new snapshot.
      long before = site.revision();
      try (SqliteStore other = SqliteStore.open(data)) {
        WrittenStoryStore written = JdbcWrittenStoryStore.of(other);
        WrittenStoryStore.Version v1 = written.latest(ids.get(0)).orElseThrow();
        written.put(
            new WrittenStoryStore.Version(
                ids.get(0),
                2,
                v1.writtenAt().plusSeconds(60),
                v1.articles(),
                "Second.",
                v1.json()));
      }
      assertThat(site.checkForChanges()).isFalse();
      assertThat(site.checkForChanges()).isTrue();
      assertThat(site.revision()).isNotEqualTo(before);
      assertThat(warmedRevisions).containsExactly(before, site.revision());
      assertThat(servedWhileWarming)
          .as("the old snapshot was served while the new one warmed")
          .containsExactly(before, before);

      int afterSwap = site.pagesBuilt();
      for (String id : ids) {
        assertThat(site.story(id)).isPresent();
      }
      assertThat(site.story(ids.get(0)).orElseThrow().updates()).hasSize(2);
      assertThat(site.pagesBuilt())
          .as("pages built by requests after the swap")
          .isEqualTo(afterSwap);
    }
  }

  @Test
  void aWarmerSeesTheNewRevisionAsAView() throws Exception {
    try (Newsroom room = Newsroom.openForServing(data())) {
      NewsroomSiteData site = new NewsroomSiteData(room);
      List<SiteData> views = new ArrayList<>();
      site.beforeEachRevision(views::add);
      site.warm();
      assertThat(views).hasSize(1);
      assertThat(views.get(0).topStories(10)).isEqualTo(site.topStories(10));
      assertThat(views.get(0).entities()).isEqualTo(site.entities());
    }
  }
}
