package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Article;
import dev.lede.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Lists, feeds and listings are rendered once per data revision: re-rendering them as the clock
 * moved made every reader of a busy moment render the 300 KB story listing at once.
 */
class ListCacheTest {

  /** The fixture site at a revision the test sets, counting how often its stories are listed. */
  static final class CountingData implements SiteData {
    final FixtureSiteData fixture = FixtureSiteData.create(Instant.parse("2026-01-08T12:00:00Z"));
    final AtomicInteger listed = new AtomicInteger();
    volatile long revision = 1;

    @Override
    public List<StoryView> topStories(int n) {
      listed.incrementAndGet();
      return fixture.topStories(n);
    }

    @Override
    public Optional<StoryPage> story(String id) {
      return fixture.story(id);
    }

    @Override
    public List<EntitySummary> entities() {
      return fixture.entities();
    }

    @Override
    public Optional<EntityPage> entity(String key) {
      return fixture.entity(key);
    }

    @Override
    public List<Article> search(String query, SearchFilters filters, int limit) {
      return fixture.search(query, filters, limit);
    }

    @Override
    public Optional<Article> article(String id) {
      return fixture.article(id);
    }

    @Override
    public List<SourceInfo> sources() {
      return fixture.sources();
    }

    @Override
    public long revision() {
      return revision;
    }
  }

  final CountingData data = new CountingData();
  final MutableClock clock = new MutableClock(Instant.parse("2026-01-08T12:00:00Z"));
  final SiteRenderer site =
      new SiteRenderer(data, "https://news.example.org", WebConfig.defaults(0), true, clock);

  @Test
  void theListingAndHomePageAreNotRenderedAgainWhenOnlyTheClockMoved() {
    var firstListing = site.apiStories();
    site.home();
    site.rss();
    int listed = data.listed.get();

    clock.advance(Duration.ofMinutes(5));

    assertThat(site.apiStories()).isSameAs(firstListing);
    site.home();
    site.rss();
    assertThat(data.listed.get()).isEqualTo(listed);
  }

  @Test
  void aNewRevisionRendersTheListingAgain() {
    var first = site.apiStories();
    data.revision = 2;
    assertThat(site.apiStories()).isNotSameAs(first);
  }

  @Test
  void theNewsSitemapWhichDependsOnTheTimeIsRedoneAfterItsTtl() {
    var first = site.newsSitemap();
    assertThat(site.newsSitemap()).isSameAs(first);
    clock.advance(SiteRenderer.LIST_TTL.plusMillis(1));
    assertThat(site.newsSitemap()).isNotSameAs(first);
  }
}
