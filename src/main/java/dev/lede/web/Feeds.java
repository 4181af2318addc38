package dev.lede.web;

import dev.lede.web.internal.Dates;
import dev.lede.web.internal.Text;
import dev.lede.web.internal.Xml;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * RSS 2.0 and Atom feeds of the newest stories, written with a real XML writer.
 *
 * <p>Text stays text: Atom titles and summaries are {@code type="text"}; an RSS {@code description}
 * is HTML by convention, so its text is HTML-escaped before the XML writer escapes it again, and a
 * reader that renders it shows the characters, never markup.
 */
public final class Feeds {

  /** Stories in a feed. */
  public static final int SIZE = 50;

  private final String baseUrl;
  private final String siteName;
  private final String language;

  /**
   * @param baseUrl the site's origin, e.g. {@code https://news.example.org}
   * @param siteName the site's name (feed title and author)
   * @param language the site's language
   */
  public Feeds(String baseUrl, String siteName, String language) {
    this.baseUrl = stripSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
    this.siteName = Objects.requireNonNull(siteName, "siteName");
    this.language = Objects.requireNonNull(language, "language");
  }

  /** RSS 2.0, newest first. */
  public String rss(List<StoryView> stories) {
    return rss(siteName, "Top stories at " + siteName, "/rss.xml", stories);
  }

  /**
   * An RSS 2.0 feed of stories, newest first, titled {@code title} and served at {@code selfPath}
   * (e.g. the stories of one entity).
   */
  public String rss(String title, String description, String selfPath, List<StoryView> stories) {
    Xml x = channel(title, description, selfPath);
    newest(stories).stream()
        .findFirst()
        .ifPresent(s -> x.element("lastBuildDate", Dates.rfc822(s.updated())));
    for (StoryView s : newest(stories)) {
      String link = baseUrl + s.path();
      x.open("item");
      x.element("title", Text.line(s.headline()));
      x.element("link", link);
      x.open("guid").attr("isPermaLink", "true").text(link).close();
      x.element("pubDate", Dates.rfc822(s.published()));
      x.element("description", "<p>" + html(Text.line(s.teaser())) + "</p>");
      x.close();
    }
    x.close().close();
    return x.finish();
  }

  /** One RSS item: a title, an optional http(s) link, a date and HTML built from escaped text. */
  public record Entry(
      String title,
      java.util.Optional<String> link,
      String guid,
      java.time.Instant date,
      String html) {}

  /** An RSS 2.0 feed of ready entries (search results, daily digests), in the order given. */
  public String entries(String title, String description, String selfPath, List<Entry> entries) {
    Xml x = channel(title, description, selfPath);
    for (Entry e : entries) {
      x.open("item");
      x.element("title", Text.line(e.title()));
      e.link().ifPresent(l -> x.element("link", l));
      x.open("guid").attr("isPermaLink", "false").text(e.guid()).close();
      x.element("pubDate", Dates.rfc822(e.date()));
      x.element("description", e.html());
      x.close();
    }
    x.close().close();
    return x.finish();
  }

  private Xml channel(String title, String description, String selfPath) {
    Xml x = new Xml();
    x.open("rss").attr("version", "2.0").namespace("atom", ATOM);
    x.open("channel");
    x.element("title", Text.line(title));
    x.element("link", baseUrl + "/");
    x.element("description", Text.line(description));
    x.element("language", language);
    x.emptyNs(
        "atom",
        ATOM,
        "link",
        "href",
        baseUrl + selfPath,
        "rel",
        "self",
        "type",
        "application/rss+xml");
    return x;
  }

  /** Text escaped for HTML inside a feed description. */
  public static String escapeHtml(String text) {
    return html(text);
  }

  /** Atom 1.0, newest first. */
  public String atom(List<StoryView> stories) {
    List<StoryView> list = newest(stories);
    Instant updated = list.isEmpty() ? Instant.EPOCH : list.get(0).updated();
    Xml x = new Xml();
    x.open("feed").namespace("", ATOM).attr("xml:lang", language);
    x.open("title").attr("type", "text").text(siteName).close();
    x.element("id", baseUrl + "/");
    x.element("updated", Dates.iso(updated));
    x.empty("link", "rel", "self", "type", "application/atom+xml", "href", baseUrl + "/atom.xml");
    x.empty("link", "rel", "alternate", "type", "text/html", "href", baseUrl + "/");
    x.open("author").element("name", siteName).element("uri", baseUrl + "/").close();
    for (StoryView s : list) {
      String link = baseUrl + s.path();
      x.open("entry");
      x.open("title").attr("type", "text").text(Text.line(s.headline())).close();
      x.element("id", baseUrl + "/stories/" + s.id());
      x.empty("link", "rel", "alternate", "type", "text/html", "href", link);
      x.element("published", Dates.iso(s.published()));
      x.element("updated", Dates.iso(s.updated()));
      x.open("summary").attr("type", "text").text(Text.line(s.teaser())).close();
      x.close();
    }
    x.close();
    return x.finish();
  }

  static final String ATOM = "http://www.w3.org/2005/Atom";

  /** The stories sorted newest update first, at most {@link #SIZE}. */
  static List<StoryView> newest(List<StoryView> stories) {
    return stories.stream()
        .sorted(Comparator.comparing(StoryView::updated).reversed().thenComparing(StoryView::id))
        .limit(SIZE)
        .toList();
  }

  static String html(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
