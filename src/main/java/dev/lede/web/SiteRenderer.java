package dev.lede.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.model.Article;
import dev.lede.model.StoryJson;
import dev.lede.web.internal.Dates;
import dev.lede.web.internal.Pages;
import dev.lede.web.internal.RenderCache;
import dev.lede.web.internal.RenderCache.Rendered;
import dev.lede.web.internal.SafeJson;
import dev.lede.web.internal.SafeUrl;
import dev.lede.web.internal.Text;
import dev.lede.web.internal.Views;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Produces every response body of the site from {@link SiteData}, independent of HTTP, so the
 * server and the static export serve the same bytes. Story pages are cached by story id, version
 * and data revision; lists, feeds and API listings by data revision (the news sitemap, which
 * depends on the time, also for at most {@link #LIST_TTL}). Entries of the next revision can be
 * rendered ahead ({@link #warm}) beside those of the one served, so the first requests after a
 * change find them ready.
 */
final class SiteRenderer {

  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";
  static final String XML = "application/xml; charset=utf-8";
  static final String RSS = "application/rss+xml; charset=utf-8";
  static final String ATOM = "application/atom+xml; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";

  /** How long the news sitemap (the last two days' stories) may be served before it is redone. */
  static final Duration LIST_TTL = Duration.ofSeconds(10);

  static final int HOME_STORIES = 30;
  static final int ALL_STORIES = Sitemaps.MAX_URLS;
  static final int SEARCH_LIMIT = 50;

  private final SiteData data;
  private final Pages pages;
  private final Feeds feeds;
  private final Sitemaps sitemaps;
  private final Clock clock;
  private final RenderCache stories;
  private final RenderCache lists;
  private final Assets assets;

  /** Story pages {@link #warm} renders ahead, at most (the top stories first). */
  static final int WARM_STORIES = 1_000;

  /** The static files, loaded once, each with a content version for cache-busting URLs. */
  record Assets(
      Rendered css, Rendered js, Rendered favicon, Rendered openapi, Rendered storySchema) {
    static Assets load() {
      return new Assets(
          RenderCache.of(resource("static/site.css"), "text/css; charset=utf-8"),
          RenderCache.of(resource("static/site.js"), "text/javascript; charset=utf-8"),
          RenderCache.of(resource("static/favicon.svg"), "image/svg+xml"),
          RenderCache.of(resource("openapi.json"), JSON),
          RenderCache.of(resource("story.schema.json"), "application/schema+json"));
    }

    static String version(Rendered r) {
      return r.etag().substring(1, 9);
    }

    private static byte[] resource(String name) {
      try (InputStream in = SiteRenderer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("resource dev/lede/web/" + name + " is missing");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  SiteRenderer(
      SiteData data, String baseUrl, WebConfig config, boolean searchAvailable, Clock clock) {
    this.data = data;
    this.clock = clock;
    this.assets = Assets.load();
    this.pages =
        new Pages(
            new Pages.SiteInfo(
                baseUrl,
                config.siteName(),
                config.language(),
                "/static/site.css?v=" + Assets.version(assets.css()),
                "/static/site.js?v=" + Assets.version(assets.js()),
                searchAvailable));
    this.feeds = new Feeds(baseUrl, config.siteName(), config.language());
    this.sitemaps = new Sitemaps(baseUrl, config.siteName());
    this.stories = new RenderCache(config.cacheSize());
    this.lists = new RenderCache(64);
  }

  /** A renderer over {@code view} filling the same caches as {@code base}. */
  private SiteRenderer(SiteRenderer base, SiteData view) {
    this.data = view;
    this.clock = base.clock;
    this.assets = base.assets;
    this.pages = base.pages;
    this.feeds = base.feeds;
    this.sitemaps = base.sitemaps;
    this.stories = base.stories;
    this.lists = base.lists;
  }

  /**
   * Renders into the caches what the first requests of {@code view}'s revision will ask for: the
   * home page, feeds, sitemaps, the story listing and the top stories' pages; then drops entries of
   * any revision other than the one served and {@code view}'s. Costs one render of each.
   */
  void warm(SiteData view) {
    long served = data.revision();
    long next = view.revision();
    SiteRenderer r = new SiteRenderer(this, view);
    r.home();
    r.apiStories();
    r.rss();
    r.atom();
    r.sitemap();
    r.newsSitemap();
    r.entities();
    for (StoryView s : view.topStories(WARM_STORIES)) {
      r.story(s.id());
    }
    java.util.function.Predicate<String> current =
        k -> k.endsWith("@" + served) || k.endsWith("@" + next);
    stories.retainKeys(current);
    lists.retainKeys(current);
  }

  Assets assets() {
    return assets;
  }

  Pages pages() {
    return pages;
  }

  /** The story page, or empty when there is no such story. */
  Optional<Rendered> story(String id) {
    if (!SitePaths.isId(id)) {
      return Optional.empty();
    }
    return data.story(id)
        .map(
            page ->
                stories.get(
                    id + "@" + data.revision(),
                    List.of(page.story().version(), page.story().dateModified()),
                    HTML,
                    () -> pages.story(page)));
  }

  /** Canonical path of a story, for redirects from old slugs; empty when absent. */
  Optional<String> storyPath(String id) {
    return SitePaths.isId(id)
        ? data.story(id).map(p -> SitePaths.story(id, p.story().headline()))
        : Optional.empty();
  }

  Rendered home() {
    return list("home", HTML, () -> pages.home(data.topStories(HOME_STORIES)));
  }

  Rendered entities() {
    return list("entities", HTML, () -> pages.entities(data.entities()));
  }

  Optional<Rendered> entity(String key) {
    if (!SitePaths.isId(key)) {
      return Optional.empty();
    }
    return data.entity(key).map(e -> RenderCache.of(pages.entity(e), HTML));
  }

  Rendered sources() {
    return list("sources", HTML, () -> pages.sources(data.sources()));
  }

  Rendered rss() {
    return list("rss", RSS, () -> utf8(feeds.rss(data.topStories(Feeds.SIZE))));
  }

  Rendered atom() {
    return list("atom", ATOM, () -> utf8(feeds.atom(data.topStories(Feeds.SIZE))));
  }

  Rendered sitemap() {
    return list(
        "sitemap",
        XML,
        () -> utf8(sitemaps.sitemap(data.topStories(ALL_STORIES), data.entities())));
  }

  Rendered newsSitemap() {
    return lists.get(
        "news-sitemap@" + data.revision(),
        List.of(data.revision(), clock.millis() / LIST_TTL.toMillis()),
        XML,
        () -> utf8(sitemaps.newsSitemap(data.topStories(ALL_STORIES), clock.instant())));
  }

  Rendered robots() {
    return list("robots", TEXT, () -> utf8(sitemaps.robots()));
  }

  Rendered notFound() {
    return list(
        "404", HTML, () -> pages.error(404, "Page not found", "There is no page at this address."));
  }

  /** Most stories {@code GET /api/stories} returns at once when paged. */
  static final int MAX_PAGE = 1000;

  /**
   * {@code GET /api/stories}: id, url (the page path), headline, sources, updated, languages;
   * newest first.
   */
  Rendered apiStories() {
    return list("api-stories", JSON, () -> utf8(storiesJson(newestFirst())));
  }

  /**
   * One page of {@link #apiStories()}: at most {@code limit} stories from {@code offset} on, in the
   * same order, and whether more follow.
   */
  StoriesPage apiStories(long offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("page at " + offset + " of " + limit + " is out of range");
    }
    List<StoryView> all = newestFirst();
    int from = (int) Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new StoriesPage(
        RenderCache.of(utf8(storiesJson(all.subList(from, to))), JSON), to < all.size());
  }

  /** A page of the story listing and whether stories remain after it. */
  record StoriesPage(Rendered rendered, boolean more) {}

  private record Listing(long revision, List<StoryView> stories) {}

  private volatile Listing newest = new Listing(Long.MIN_VALUE, List.of());

  /** The API's listing, newest first, held as long as the list pages built from it. */
  private List<StoryView> newestFirst() {
    long revision = data.revision();
    Listing l = newest;
    if (l.revision() != revision) {
      List<StoryView> list = new ArrayList<>(data.topStories(ALL_STORIES));
      list.sort(Comparator.comparing(StoryView::updated).reversed().thenComparing(StoryView::id));
      l = new Listing(revision, List.copyOf(list));
      newest = l;
    }
    return l.stories();
  }

  private static String storiesJson(List<StoryView> stories) {
    ArrayNode a = SafeJson.mapper().createArrayNode();
    for (StoryView s : stories) {
      ObjectNode o =
          a.addObject()
              .put("id", s.id())
              .put("url", s.path())
              .put("headline", s.headline())
              .put("sources", s.articles())
              .put("updated", Dates.iso(s.updated()));
      ArrayNode langs = o.putArray("languages");
      s.languages().forEach(langs::add);
    }
    return SafeJson.write(a);
  }

  /**
   * {@code GET /api/stories/{id}}: the written story as {@link StoryJson} writes it, plus language,
   * languages, editions and related.
   */
  Optional<Rendered> apiStory(String id) {
    if (!SitePaths.isId(id)) {
      return Optional.empty();
    }
    return data.story(id)
        .map(
            page -> {
              ObjectNode o = StoryJson.toTree(page.story());
              // Served to browsers and other sites: a source link is http(s) or null, never a
              // file:, gopher: or javascript: URL an input carried.
              for (com.fasterxml.jackson.databind.JsonNode src : o.path("sources")) {
                ObjectNode sn = (ObjectNode) src;
                SafeUrl.http(sn.path("url").asText(""))
                    .ifPresentOrElse(u -> sn.put("url", u), () -> sn.putNull("url"));
              }
              o.put("url", SitePaths.story(id, page.story().headline()));
              o.put("language", page.language());
              // The languages the event is told in, and the other editions (same event, each
              // written from its own language's sources).
              ArrayNode languages = o.putArray("languages");
              languages.add(page.language());
              page.editions().stream()
                  .map(Edition::language)
                  .distinct()
                  .filter(l -> !l.equals(page.language()))
                  .forEach(languages::add);
              ArrayNode editions = o.putArray("editions");
              for (Edition e : page.editions()) {
                editions
                    .addObject()
                    .put("language", e.language())
                    .put("id", e.id())
                    .put("url", e.path())
                    .put("headline", e.headline())
                    .put("sources", e.articles());
              }
              ArrayNode related = o.putArray("related");
              for (RelatedStory r : page.related()) {
                related
                    .addObject()
                    .put("id", r.story().id())
                    .put("url", r.story().path())
                    .put("headline", r.story().headline())
                    .put("teaser", r.story().teaser())
                    .put("reason", r.reason());
              }
              return RenderCache.of(utf8(SafeJson.write(o)), JSON);
            });
  }

  Optional<Rendered> apiArticle(String id) {
    if (!SitePaths.isId(id)) {
      return Optional.empty();
    }
    return data.article(id)
        .map(a -> RenderCache.of(utf8(SafeJson.write(articleJson(a, true))), JSON));
  }

  Rendered apiSearch(String query, SearchFilters filters) {
    ArrayNode a = SafeJson.mapper().createArrayNode();
    for (Article art : data.search(query, filters, SEARCH_LIMIT)) {
      a.add(articleJson(art, false));
    }
    return RenderCache.of(utf8(SafeJson.write(a)), JSON);
  }

  Rendered searchPage(Views.Search search) {
    return RenderCache.of(pages.search(search), HTML);
  }

  /** Search form options: entities and outlets, with the chosen ones selected. */
  List<Views.Option> entityOptions(String selected) {
    List<Views.Option> out = new ArrayList<>();
    for (EntitySummary e : data.entities()) {
      out.add(
          new Views.Option(
              e.entity().key(), Text.line(e.entity().name()), e.entity().key().equals(selected)));
    }
    return out;
  }

  List<Views.Option> outletOptions(String selected) {
    List<Views.Option> out = new ArrayList<>();
    for (SourceInfo s : data.sources()) {
      String name = Text.line(s.outlet());
      out.add(new Views.Option(name, name, name.equals(selected)));
    }
    return out;
  }

  List<Views.Result> searchResults(String query, SearchFilters filters) {
    return data.search(query, filters, SEARCH_LIMIT).stream().map(Pages::result).toList();
  }

  SiteData data() {
    return data;
  }

  private static ObjectNode articleJson(Article a, boolean full) {
    ObjectNode o = SafeJson.object();
    o.put("id", a.id());
    SafeUrl.http(a.url()).ifPresentOrElse(u -> o.put("url", u), () -> o.putNull("url"));
    o.put("title", a.title());
    o.put("outlet", a.source());
    o.put("language", a.language());
    a.published().ifPresent(p -> o.put("published", Dates.iso(p)));
    if (full) {
      SafeUrl.http(a.canonicalUrl())
          .ifPresentOrElse(u -> o.put("canonicalUrl", u), () -> o.putNull("canonicalUrl"));
      a.byline().ifPresent(b -> o.put("byline", b));
      a.modified().ifPresent(m -> o.put("modified", Dates.iso(m)));
      o.put("text", a.text());
      a.duplicateOf().ifPresent(d -> o.put("duplicateOf", d));
      o.put("fetchedAt", Dates.iso(a.fetchedAt()));
    } else {
      o.put("snippet", Text.shorten(Text.line(a.text()), 240));
    }
    return o;
  }

  // Keyed by the data revision alone: these bodies do not depend on the time, and re-rendering
  // them every few seconds under load made 50 readers render the 300 KB listing at once.
  private Rendered list(String key, String type, java.util.function.Supplier<byte[]> render) {
    return lists.get(key + "@" + data.revision(), data.revision(), type, render);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
