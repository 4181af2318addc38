package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedsAndSitemapsTest {

  static final Instant NOW = Instant.parse("2026-01-08T12:00:00Z");

  static StoryView story(String id, Instant published) {
    return new StoryView(
        id,
        "Headline " + id,
        "Teaser",
        "en",
        2,
        3,
        published,
        published.plusSeconds(60),
        List.of());
  }

  @Test
  void newsSitemapListsOnlyTheLastTwoDaysNewestFirst() {
    Sitemaps s = new Sitemaps("https://news.example.org/", "Lede");
    String xml =
        s.newsSitemap(
            List.of(
                story("old", NOW.minus(Duration.ofDays(2)).minusSeconds(1)),
                story("edge", NOW.minus(Duration.ofDays(2))),
                story("new", NOW.minus(Duration.ofHours(1))),
                story("future", NOW.plusSeconds(3600))),
            NOW);
    assertThat(xml)
        .contains("<loc>https://news.example.org/stories/new/headline-new</loc>")
        .contains("<loc>https://news.example.org/stories/edge/headline-edge</loc>")
        .doesNotContain("stories/old/")
        .doesNotContain("stories/future/")
        .contains("<news:name>Lede</news:name><news:language>en</news:language>")
        .contains("<news:publication_date>2026-01-08T11:00:00Z</news:publication_date>");
    assertThat(xml.indexOf("stories/new/")).isLessThan(xml.indexOf("stories/edge/"));
  }

  @Test
  void newsLanguageIsIso639() {
    assertThat(Sitemaps.newsLanguage("ko-KR")).isEqualTo("ko");
    assertThat(Sitemaps.newsLanguage("zh-Hant")).isEqualTo("zh-tw");
    assertThat(Sitemaps.newsLanguage("zh")).isEqualTo("zh-cn");
    assertThat(Sitemaps.newsLanguage("en")).isEqualTo("en");
  }

  @Test
  void robotsNamesBothSitemaps() {
    assertThat(new Sitemaps("https://n.example", "Lede").robots())
        .isEqualTo(
            "User-agent: *\nDisallow: /api/\nDisallow: /search\nAllow: /\n\n"
                + "Sitemap: https://n.example/sitemap.xml\nSitemap: https://n.example/news-sitemap.xml\n");
  }

  @Test
  void rssItemsAreNewestFirstWithPermalinksAndRfc822Dates() {
    String rss =
        new Feeds("https://n.example", "Lede", "en")
            .rss(List.of(story("a", NOW.minus(Duration.ofDays(1))), story("b", NOW)));
    assertThat(rss.indexOf("stories/b/")).isLessThan(rss.indexOf("stories/a/"));
    assertThat(rss)
        .contains("<guid isPermaLink=\"true\">https://n.example/stories/b/headline-b</guid>")
        .contains("<pubDate>Thu, 08 Jan 2026 12:00:00 GMT</pubDate>")
        .contains(
            "<atom:link href=\"https://n.example/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>");
  }

  @Test
  void atomHasFeedAndEntryIdsAndUpdatedTimes() {
    String atom = new Feeds("https://n.example", "Lede", "en").atom(List.of(story("a", NOW)));
    assertThat(atom)
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">")
        .contains("<id>https://n.example/stories/a</id>")
        .contains("<updated>2026-01-08T12:01:00Z</updated>");
  }
}
