package dev.lede.web;

import dev.lede.model.Article;
import dev.lede.web.internal.SafeUrl;
import dev.lede.web.internal.Text;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Feeds beyond the site's own: {@code /entities/{key}/rss.xml} (the stories of one person,
 * organisation or place), {@code /search/rss.xml?q=} (search results as a feed, one item per
 * matching article) and {@code /digest.xml} (one item a day for the last 7 days listing that day's
 * stories, for readers who want one notification a day instead of one per story).
 */
public final class MoreFeeds implements WebExtension {
  static final int DIGEST_DAYS = 7;
  private static final int SEARCH_ITEMS = 50;
  private static final String RSS = "application/rss+xml; charset=utf-8";

  private final SiteData data;
  private final WebConfig config;

  public MoreFeeds(SiteData data, WebConfig config) {
    this.data = Objects.requireNonNull(data, "data");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void register(Javalin app) {
    app.get("/entities/{key}/rss.xml", this::entity);
    app.get("/search/rss.xml", this::search);
    app.get("/digest.xml", this::digest);
  }

  private Feeds feeds(Context ctx) {
    String base = config.baseUrl().map(Object::toString).orElse(ctx.scheme() + "://" + ctx.host());
    return new Feeds(base, config.siteName(), config.language());
  }

  private void entity(Context ctx) {
    String key = ctx.pathParam("key");
    Optional<EntityPage> page = data.entity(key);
    if (page.isEmpty()) {
      throw WebServer.Halt.of(404, "no such entity: " + Text.shorten(Text.line(key), 60));
    }
    String name = page.get().entity().name();
    send(
        ctx,
        feeds(ctx)
            .rss(
                name + " | " + config.siteName(),
                "Stories about " + name + " at " + config.siteName(),
                SitePaths.entity(key) + "/rss.xml",
                page.get().stories()));
  }

  private void search(Context ctx) {
    String q = Text.clean(Objects.requireNonNullElse(ctx.queryParam("q"), "")).strip();
    if (q.isEmpty()) {
      throw WebServer.Halt.of(400, "parameter q is missing");
    }
    if (q.length() > 200) {
      throw WebServer.Halt.of(
          400, "search words are " + q.length() + " characters; the limit is 200");
    }
    List<Feeds.Entry> entries = new ArrayList<>();
    for (Article a : data.search(q, SearchFilters.none(), SEARCH_ITEMS)) {
      entries.add(
          new Feeds.Entry(
              a.title(),
              SafeUrl.http(a.url()),
              a.id(),
              a.published().orElse(a.fetchedAt()),
              "<p>"
                  + Feeds.escapeHtml(Text.line(a.source()))
                  + ": "
                  + Feeds.escapeHtml(Text.shorten(Text.line(a.text()), 300))
                  + "</p>"));
    }
    send(
        ctx,
        feeds(ctx)
            .entries(
                "Search: " + q + " | " + config.siteName(),
                "Articles matching " + q,
                "/search/rss.xml?q="
                    + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
                entries));
  }

  private void digest(Context ctx) {
    Map<LocalDate, List<StoryView>> byDay = new TreeMap<>(Comparator.reverseOrder());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (StoryView s : data.topStories(1000)) {
      LocalDate day = s.published().atZone(ZoneOffset.UTC).toLocalDate();
      if (!day.isBefore(today.minusDays(DIGEST_DAYS - 1))) {
        byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(s);
      }
    }
    Feeds feeds = feeds(ctx);
    String base = config.baseUrl().map(Object::toString).orElse(ctx.scheme() + "://" + ctx.host());
    List<Feeds.Entry> entries = new ArrayList<>();
    byDay.forEach(
        (day, stories) -> {
          StringBuilder html = new StringBuilder("<ul>");
          for (StoryView s : stories) {
            html.append("<li><a href=\"")
                .append(Feeds.escapeHtml(base + s.path()))
                .append("\">")
                .append(Feeds.escapeHtml(Text.line(s.headline())))
                .append("</a> (")
                .append(s.outlets())
                .append(s.outlets() == 1 ? " outlet)" : " outlets)")
                .append("</li>");
          }
          html.append("</ul>");
          Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
          entries.add(
              new Feeds.Entry(
                  config.siteName() + " digest, " + day + ": " + stories.size() + " stories",
                  Optional.empty(),
                  "digest-" + day,
                  end.isAfter(Instant.now()) ? Instant.now() : end,
                  html.toString()));
        });
    send(
        ctx,
        feeds.entries(
            config.siteName() + " daily digest",
            "One item a day listing the day's stories",
            "/digest.xml",
            entries));
  }

  private static void send(Context ctx, String xml) {
    ctx.header("Cache-Control", "public, max-age=60");
    ctx.contentType(RSS);
    ctx.result(xml);
  }
}
