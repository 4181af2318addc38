package dev.lede.ingest.feed.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ingest.feed.FeedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Maps JSON Feed 1.0/1.1 onto the feed model; tolerant of wrong types in optional fields. */
public final class JsonFeedMapper {
  private JsonFeedMapper() {}

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
              .build());

  public record Mapped(XmlFeedMapper.Mapped feed, List<String> warnings) {}

  public static Mapped map(String json, Optional<String> docBase) throws ParseProblem {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      if (msg != null) {
        // Jackson appends source-location details that say nothing to a reader of the error.
        msg = msg.replaceAll("\\s*\\(start marker at .*", "").strip();
      }
      int nl = msg == null ? -1 : msg.indexOf('\n');
      throw new ParseProblem(
          "not a feed: invalid JSON: "
              + (msg == null ? "unreadable" : nl < 0 ? msg : msg.substring(0, nl))
              + " (line "
              + (e.getLocation() == null ? 0 : e.getLocation().getLineNr())
              + ")");
    }
    if (root == null || !root.isObject()) {
      throw new ParseProblem("not a feed: JSON document is not an object");
    }
    List<String> warnings = new ArrayList<>();
    String version = str(root, "version").orElse("");
    String format;
    if (version.startsWith("https://jsonfeed.org/version/1.1")) {
      format = "json_feed_1.1";
    } else if (version.startsWith("https://jsonfeed.org/version/1")) {
      format = "json_feed_1.0";
    } else if (root.path("items").isArray()) {
      format = "json_feed";
      warnings.add("JSON Feed version missing or unknown: '" + version + "'");
    } else {
      throw new ParseProblem("not a feed: JSON without a jsonfeed.org version or items");
    }
    Optional<String> home = str(root, "home_page_url");
    Optional<String> base = docBase.isPresent() ? docBase : home.filter(Urls::isAbsoluteHttp);
    List<String> feedAuthors = authors(root);
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode it : root.path("items")) {
      if (!it.isObject()) {
        warnings.add("JSON Feed item is not an object");
        continue;
      }
      Optional<String> id =
          it.path("id").isValueNode() && !it.path("id").isNull()
              ? Optional.of(it.path("id").asText().strip()).filter(s -> !s.isEmpty())
              : Optional.empty();
      Optional<String> link =
          str(it, "url").or(() -> str(it, "external_url")).map(u -> Urls.resolve(base, u));
      List<String> authors = authors(it);
      if (authors.isEmpty()) {
        authors = feedAuthors;
      }
      LinkedHashSet<String> tags = new LinkedHashSet<>();
      for (JsonNode t : it.path("tags")) {
        if (t.isValueNode() && !t.asText().isBlank()) {
          tags.add(t.asText().strip());
        }
      }
      items.add(
          new FeedItem(
              id,
              link,
              str(it, "title").map(Html::toText).filter(s -> !s.isEmpty()),
              authors.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", authors)),
              str(it, "date_published").flatMap(Dates::parse),
              str(it, "date_modified")
                  .flatMap(Dates::parse)
                  .or(() -> str(it, "date_published").flatMap(Dates::parse)),
              str(it, "summary"),
              str(it, "content_html")
                  .map(h -> HtmlSanitizer.sanitize(h, base))
                  .or(() -> str(it, "content_text")),
              List.copyOf(tags)));
    }
    Optional<Instant> updated = Optional.empty();
    XmlFeedMapper.Mapped feed =
        new XmlFeedMapper.Mapped(
            format,
            str(root, "title").map(Html::toText).filter(s -> !s.isEmpty()),
            home.map(u -> Urls.resolve(docBase, u)),
            str(root, "language"),
            str(root, "description"),
            updated,
            items);
    return new Mapped(feed, warnings);
  }

  private static List<String> authors(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : n.path("authors")) {
      str(a, "name").ifPresent(out::add);
    }
    if (out.isEmpty()) {
      str(n.path("author"), "name").ifPresent(out::add);
    }
    return out;
  }

  private static Optional<String> str(JsonNode n, String field) {
    JsonNode v = n.path(field);
    if (!v.isTextual()) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
