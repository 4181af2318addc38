package dev.lede.bench;

import dev.lede.ingest.feed.Feed;
import dev.lede.ingest.feed.FeedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Presents a Lede {@link Feed} as the part of feedparser's result dict it can honestly stand for.
 * Keys listed as mapped but absent behave like Python's KeyError; keys Lede does not model at all
 * (title_detail, links, enclosures, ...) make the expectation "not evaluated". A rejected document
 * is presented as feedparser would report an unparseable one: bozo with an empty feed and no
 * entries.
 */
final class FeedparserModel {
  private FeedparserModel() {}

  private static final Set<String> FEED_KEYS =
      Set.of(
          "title",
          "link",
          "language",
          "subtitle",
          "tagline",
          "description",
          "updated_parsed",
          "modified_parsed",
          "date_parsed");
  private static final Set<String> ENTRY_KEYS =
      Set.of(
          "title",
          "link",
          "id",
          "guid",
          "summary",
          "description",
          "content",
          "author",
          "published_parsed",
          "issued_parsed",
          "updated_parsed",
          "modified_parsed",
          "date_parsed",
          "tags",
          "category");

  static PyExpr.Env env(Optional<Feed> parsed) {
    Map<String, Object> feed = new HashMap<>();
    List<Object> entries = new ArrayList<>();
    if (parsed.isPresent()) {
      Feed f = parsed.get();
      f.title().ifPresent(v -> feed.put("title", new PyExpr.TextValue(v)));
      f.link().ifPresent(v -> feed.put("link", v));
      f.language().ifPresent(v -> feed.put("language", v));
      f.description()
          .ifPresent(
              v -> {
                feed.put("subtitle", v);
                feed.put("tagline", v);
                feed.put("description", v);
              });
      f.updated()
          .ifPresent(
              v -> {
                feed.put("updated_parsed", v);
                feed.put("modified_parsed", v);
                feed.put("date_parsed", v);
              });
      for (FeedItem i : f.items()) {
        entries.add(entry(i));
      }
    }
    PyExpr.Model feedModel = new PyExpr.Model(feed, FEED_KEYS);
    boolean bozo = parsed.map(Feed::bozo).orElse(true);
    return name ->
        switch (name) {
          case "bozo" -> bozo;
          case "feed" -> feedModel;
          case "entries", "items" -> entries;
          case "encoding" ->
              parsed.isPresent() ? new PyExpr.CharsetName(parsed.get().encoding()) : (Object) "";
          case "version" -> parsed.map(f -> version(f.format())).orElse("");
          default -> throw new PyExpr.NotEvaluable("unmapped name " + name);
        };
  }

  private static PyExpr.Model entry(FeedItem i) {
    Map<String, Object> e = new HashMap<>();
    i.title().ifPresent(v -> e.put("title", new PyExpr.TextValue(v)));
    i.link().ifPresent(v -> e.put("link", v));
    i.id()
        .ifPresent(
            v -> {
              e.put("id", v);
              e.put("guid", v);
            });
    i.summary()
        .or(i::content)
        .ifPresent(
            v -> {
              e.put("summary", v);
              e.put("description", v);
            });
    i.content()
        .ifPresent(
            v -> e.put("content", List.of(new PyExpr.Model(Map.of("value", v), Set.of("value")))));
    i.author().ifPresent(v -> e.put("author", v));
    i.published()
        .ifPresent(
            v -> {
              e.put("published_parsed", v);
              e.put("issued_parsed", v);
            });
    Optional<Instant> upd = i.updated().or(i::published);
    upd.ifPresent(
        v -> {
          e.put("updated_parsed", v);
          e.put("modified_parsed", v);
          e.put("date_parsed", v);
        });
    if (!i.categories().isEmpty()) {
      List<Object> tags = new ArrayList<>();
      for (String c : i.categories()) {
        tags.add(new PyExpr.Model(Map.of("term", c), Set.of("term")));
      }
      e.put("tags", tags);
      e.put("category", i.categories().get(0));
    }
    return new PyExpr.Model(e, ENTRY_KEYS);
  }

  /** feedparser's version strings for Lede's format names. */
  static String version(String format) {
    return switch (format) {
      case "rss_2.0" -> "rss20";
      case "rss_1.0" -> "rss10";
      case "rss_0.90" -> "rss090";
      case "rss_0.91" -> "rss091u";
      case "rss_0.91n" -> "rss091n";
      case "rss_0.92" -> "rss092";
      case "rss_0.93" -> "rss093";
      case "rss_0.94" -> "rss094";
      case "atom_1.0" -> "atom10";
      case "atom_0.3" -> "atom03";
      case "json_feed_1.0" -> "json10";
      case "json_feed_1.1" -> "json11";
      default -> format;
    };
  }

  static String describe(Feed f) {
    StringBuilder sb = new StringBuilder();
    sb.append(f.format()).append(" bozo=").append(f.bozo()).append(" enc=").append(f.encoding());
    f.title().ifPresent(t -> sb.append(" title='").append(t).append('\''));
    f.link().ifPresent(t -> sb.append(" link='").append(t).append('\''));
    f.description().ifPresent(t -> sb.append(" desc='").append(t).append('\''));
    if (!f.items().isEmpty()) {
      FeedItem i = f.items().get(0);
      sb.append(" e0{");
      i.title().ifPresent(t -> sb.append("title='").append(t).append("' "));
      i.link().ifPresent(t -> sb.append("link='").append(t).append("' "));
      i.id().ifPresent(t -> sb.append("id='").append(t).append("' "));
      i.summary().ifPresent(t -> sb.append("summary='").append(t).append("' "));
      i.content().ifPresent(t -> sb.append("content='").append(t).append("' "));
      i.author().ifPresent(t -> sb.append("author='").append(t).append("' "));
      i.published().ifPresent(t -> sb.append("pub=").append(t).append(' '));
      i.updated().ifPresent(t -> sb.append("upd=").append(t).append(' '));
      sb.append("cats=").append(i.categories()).append('}');
    }
    if (!f.warnings().isEmpty()) {
      sb.append(" warnings=").append(f.warnings());
    }
    return sb.toString().replace("\n", "\\n");
  }
}
