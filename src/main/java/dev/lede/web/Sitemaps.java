package dev.lede.web;

import dev.lede.web.internal.Dates;
import dev.lede.web.internal.Text;
import dev.lede.web.internal.Xml;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The XML sitemap, the Google News sitemap and robots.txt. A story told in several languages lists
 * its editions as {@code xhtml:link rel="alternate" hreflang} entries.
 */
public final class Sitemaps {

  /** The most URLs one sitemap file may list. */
  public static final int MAX_URLS = 50_000;

  /** Google News sitemaps list articles from the last two days only. */
  public static final Duration NEWS_WINDOW = Duration.ofDays(2);

  /** Google News sitemaps list at most this many articles. */
  public static final int MAX_NEWS = 1000;

  static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  private final String baseUrl;
  private final String siteName;

  /**
   * @param baseUrl the site's origin, e.g. {@code https://news.example.org}
   * @param siteName the publication name for the news sitemap
   */
  public Sitemaps(String baseUrl, String siteName) {
    this.baseUrl = Feeds.stripSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
    this.siteName = Objects.requireNonNull(siteName, "siteName");
  }

  /** Home, list pages, every story (with its last change) and every entity page. */
  public String sitemap(List<StoryView> stories, List<EntitySummary> entities) {
    Xml x = new Xml();
    x.open("urlset").namespace("", SITEMAP_NS);
    if (stories.stream().anyMatch(s -> !s.editions().isEmpty())) {
      x.namespace("xhtml", XHTML_NS);
    }
    Optional<Instant> newest = Feeds.newest(stories).stream().findFirst().map(StoryView::updated);
    url(x, "/", newest);
    url(x, "/entities", Optional.empty());
    url(x, "/sources", Optional.empty());
    int n = 3;
    for (StoryView s : stories) {
      if (n++ >= MAX_URLS) {
        break;
      }
      if (s.editions().isEmpty()) {
        url(x, s.path(), Optional.of(s.updated()));
        continue;
      }
      // A story told in several languages names every edition, itself included, as alternates.
      x.open("url").element("loc", baseUrl + s.path());
      x.element("lastmod", Dates.iso(s.updated()));
      alternate(x, s.language(), s.path());
      for (Edition e : s.editions()) {
        alternate(x, e.language(), e.path());
      }
      x.close();
    }
    for (EntitySummary e : entities) {
      if (n++ >= MAX_URLS) {
        break;
      }
      url(x, e.entity().path(), Optional.empty());
    }
    x.close();
    return x.finish();
  }

  /** Stories first published within two days before {@code now}, newest first. */
  public String newsSitemap(List<StoryView> stories, Instant now) {
    Instant since = now.minus(NEWS_WINDOW);
    Xml x = new Xml();
    x.open("urlset").namespace("", SITEMAP_NS).namespace("news", NEWS_NS);
    stories.stream()
        .filter(s -> !s.published().isBefore(since) && !s.published().isAfter(now))
        .sorted((a, b) -> b.published().compareTo(a.published()))
        .limit(MAX_NEWS)
        .forEach(
            s -> {
              x.open("url");
              x.element("loc", baseUrl + s.path());
              x.open("news", NEWS_NS, "news");
              x.open("news", NEWS_NS, "publication");
              x.element("news", NEWS_NS, "name", siteName);
              x.element("news", NEWS_NS, "language", newsLanguage(s.language()));
              x.close();
              x.element("news", NEWS_NS, "publication_date", Dates.iso(s.published()));
              x.element("news", NEWS_NS, "title", Text.line(s.headline()));
              x.close();
              x.close();
            });
    x.close();
    return x.finish();
  }

  /** robots.txt: everything but the API and search may be crawled; names both sitemaps. */
  public String robots() {
    return "User-agent: *\n"
        + "Disallow: /api/\n"
        + "Disallow: /search\n"
        + "Allow: /\n"
        + "\n"
        + "Sitemap: "
        + baseUrl
        + "/sitemap.xml\n"
        + "Sitemap: "
        + baseUrl
        + "/news-sitemap.xml\n";
  }

  private void alternate(Xml x, String language, String path) {
    x.emptyNs(
        "xhtml",
        XHTML_NS,
        "link",
        "rel",
        "alternate",
        "hreflang",
        language,
        "href",
        baseUrl + path);
  }

  private void url(Xml x, String path, Optional<Instant> lastmod) {
    x.open("url").element("loc", baseUrl + path);
    lastmod.ifPresent(t -> x.element("lastmod", Dates.iso(t)));
    x.close();
  }

  /**
   * Google News wants an ISO 639 code, with {@code zh-cn}/{@code zh-tw} the only regional forms.
   */
  static String newsLanguage(String tag) {
    String t = tag.toLowerCase(Locale.ROOT);
    if (t.startsWith("zh")) {
      return t.contains("tw") || t.contains("hant") || t.contains("hk") ? "zh-tw" : "zh-cn";
    }
    int dash = t.indexOf('-');
    String primary = dash < 0 ? t : t.substring(0, dash);
    return primary.matches("[a-z]{2,3}") ? primary : "und";
  }
}
