package dev.lede.extract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * Page metadata gathered in one pass over the parsed document, before any cleaning: meta tags, link
 * relations, JSON-LD, {@code <title>}, {@code <h1>}, {@code <time>}, microdata and byline elements.
 * Each accessor applies its own precedence of sources.
 */
public final class Metadata {
  private final Map<String, String> meta = new HashMap<>();
  private final JsonLd jsonLd = new JsonLd();
  private final List<String> h1 = new ArrayList<>();
  private final List<String> times = new ArrayList<>();
  private final List<String> bylines = new ArrayList<>();
  private final List<String> headings = new ArrayList<>();
  private String authorLink = "";
  private String htmlLang = "";
  private String titleTag = "";
  private String canonical = "";
  private String relAuthor = "";
  private String itempropAuthor = "";
  private String itempropPublished = "";
  private String itempropModified = "";
  private Optional<JsonNode> article;
  private String host = "";

  /** Whether a class list names a byline, by class list (see {@link #isBylineElement}). */
  private final java.util.Map<String, Boolean> bylineClasses = new java.util.HashMap<>();

  private Metadata() {}

  public static Metadata of(Document doc) {
    Metadata md = new Metadata();
    Element html = doc.selectFirst("html");
    if (html != null) {
      md.htmlLang = html.attr("lang");
      if (md.htmlLang.isEmpty()) md.htmlLang = html.attr("xml:lang");
    }
    md.host = hostOf(doc.location());
    doc.traverse(md.new Collector());
    md.article = md.jsonLd.article();
    return md;
  }

  private final class Collector implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (!(node instanceof Element el)) return;
      switch (el.normalName()) {
        case "meta" -> {
          String content = el.attr("content");
          if (content.isEmpty()) return;
          putMeta(el.attr("property"), content);
          putMeta(el.attr("name"), content);
          putMeta(el.attr("itemprop"), content);
          putMeta(el.attr("http-equiv"), content);
        }
        case "title" -> {
          if (titleTag.isEmpty()) titleTag = TextUtil.normalizeSpace(el.text());
        }
        case "link" -> {
          String rel = el.attr("rel").toLowerCase(Locale.ROOT);
          if (rel.equals("canonical") && canonical.isEmpty())
            canonical = Addresses.absoluteHref(el);
        }
        case "script" -> {
          if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) jsonLd.add(el.data());
        }
        case "h1" -> {
          if (h1.size() < 3) {
            String t = TextUtil.normalizeSpace(el.text());
            if (!t.isEmpty()) h1.add(t);
          }
        }
        case "time" -> {
          String dt = el.attr("datetime");
          if (!dt.isEmpty() && times.size() < 3) times.add(dt);
        }
        default -> {}
      }
      if (el.attributesSize() == 0) return;
      String itemprop = el.attr("itemprop");
      if (!itemprop.isEmpty()) itemprop(el, itemprop.toLowerCase(Locale.ROOT));
      if (relAuthor.isEmpty() && el.attr("rel").equalsIgnoreCase("author")) {
        relAuthor = shortText(el);
      }
      if (bylines.size() < 3 && isBylineElement(el)) {
        String t = shortText(el);
        if (!t.isEmpty() && !insideComments(el)) bylines.add(t);
      }
      if (headings.size() < 3
          && (el.normalName().equals("h2") || el.normalName().equals("h1"))
          && isTitleClass(el.attr("class"))) {
        String t = TextUtil.normalizeSpace(el.text());
        if (!t.isEmpty()) headings.add(t);
      }
      if (authorLink.isEmpty()
          && el.normalName().equals("a")
          && el.attr("href").contains("/author/")
          && !insideComments(el)) {
        authorLink = shortText(el);
      }
    }

    @Override
    public void tail(Node node, int depth) {}
  }

  private void itemprop(Element el, String itemprop) {
    switch (itemprop) {
      case "author", "creator" -> {
        if (itempropAuthor.isEmpty()) {
          Element name = el.selectFirst("[itemprop=name]");
          itempropAuthor = name != null ? attrOrText(name) : shortText(el);
        }
      }
      case "datepublished" -> {
        if (itempropPublished.isEmpty()) itempropPublished = dateAttr(el);
      }
      case "datemodified" -> {
        if (itempropModified.isEmpty()) itempropModified = dateAttr(el);
      }
      default -> {}
    }
  }

  private static final java.util.Set<String> BYLINE_CLASSES =
      java.util.Set.of(
          "author",
          "byline",
          "byl",
          "by-line",
          "post-author",
          "entry-author",
          "article-author",
          "author-name",
          "authorname",
          "byline-name",
          "article-byline",
          "story-byline",
          "meta-author",
          "author-link",
          "autor",
          "c-byline",
          "byline__author",
          "byline__name",
          "posted-by",
          "writer",
          "article__author",
          "post__author",
          "entry__author");

  private boolean isBylineElement(Element el) {
    String name = el.normalName();
    if (name.equals("body")
        || name.equals("html")
        || name.equals("img")
        || name.equals("li")
        || name.equals("meta")
        || name.equals("link")
        || name.equals("input")) {
      return false;
    }
    String cls = el.attr("class");
    if (cls.isEmpty()) return false;
    // A page repeats a few class lists on hundreds of elements: each is split and looked at once.
    return bylineClasses.computeIfAbsent(cls, Metadata::isBylineClass);
  }

  private static boolean isBylineClass(String cls) {
    for (String token : cls.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (token.contains("bio")
          || token.contains("avatar")
          || token.contains("image")
          || token.contains("photo")
          || token.contains("comment")
          || token.contains("img")) {
        continue;
      }
      if (BYLINE_CLASSES.contains(token)
          || token.contains("byline")
          || token.endsWith("-author")
          || token.endsWith("_author")
          || token.equals("p-author")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTitleClass(String cls) {
    String c = cls.toLowerCase(Locale.ROOT);
    return c.contains("title") || c.contains("headline");
  }

  private static boolean insideComments(Element el) {
    for (Element x = el; x != null; x = x.parent()) {
      String c = x.attr("class");
      String id = x.id();
      if (c.contains("comment") || id.contains("comment")) return true;
    }
    return false;
  }

  private static String dateAttr(Element el) {
    if (el.hasAttr("datetime")) return el.attr("datetime");
    if (el.hasAttr("content")) return el.attr("content");
    return el.text();
  }

  private static String attrOrText(Element el) {
    return el.hasAttr("content") ? el.attr("content").trim() : shortText(el);
  }

  private static String shortText(Element el) {
    String t = TextUtil.normalizeSpace(el.text());
    return t.length() > 100 ? "" : t;
  }

  private void putMeta(String key, String content) {
    if (key.isEmpty()) return;
    String v = content.trim();
    if (v.isEmpty()) return;
    // property="dc:creator og:author" declares several names at once; dc:x and dc.x are one name
    for (String k : key.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!k.isEmpty()) meta.putIfAbsent(k.replace(':', '.'), v);
    }
  }

  private Optional<String> meta(String... keys) {
    for (String k : keys) {
      String v = meta.get(k.replace(':', '.'));
      if (v != null) {
        String n = TextUtil.normalizeSpace(v);
        if (!n.isEmpty()) return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private Optional<String> ld(String field) {
    return article.flatMap(a -> JsonLd.text(a.get(field)));
  }

  // ---- accessors -----------------------------------------------------------------------------

  /** The JSON-LD {@code articleBody}, raw (it may hold markup or line breaks). */
  public Optional<String> articleBody() {
    return jsonLd.articleBody();
  }

  public Optional<String> siteName() {
    return meta("og:site_name", "application-name", "al:android:app_name")
        .or(jsonLd::siteName)
        .filter(s -> s.length() <= 100);
  }

  public Optional<String> title() {
    Optional<String> site = siteName();
    Optional<String> raw =
        meta(
                "dc.title",
                "dcterm.title",
                "dcterms.title",
                "og:title",
                "twitter:title",
                "parsely-title")
            .or(() -> ld("headline"))
            .or(() -> titleTag.isEmpty() ? Optional.empty() : Optional.of(titleTag))
            .or(() -> h1.isEmpty() ? Optional.empty() : Optional.of(h1.get(0)));
    List<String> heads = new ArrayList<>(h1);
    heads.addAll(headings);
    // A "title" of hundreds of characters is broken markup swallowing the page, not a headline.
    return raw.map(t -> Titles.clean(t, site, heads, host))
        .filter(t -> !t.isEmpty() && t.length() <= 400);
  }

  public Optional<String> byline() {
    return article
        .flatMap(a -> JsonLd.name(a.get("author")))
        .or(
            () ->
                meta(
                    "author",
                    "article:author",
                    "dc.creator",
                    "dcterms.creator",
                    "parsely-author",
                    "sailthru.author",
                    "byl",
                    "byline"))
        .filter(s -> !looksLikeUrl(s))
        .or(() -> nonEmpty(itempropAuthor))
        .or(() -> nonEmpty(relAuthor))
        .or(() -> bylines.isEmpty() ? Optional.empty() : Optional.of(bylines.get(0)))
        .or(() -> nonEmpty(authorLink))
        .map(Metadata::stripBy)
        .filter(s -> !s.isEmpty() && s.length() <= 200);
  }

  public Optional<Instant> published() {
    return firstDate(
        () -> meta("article:published_time", "og:published_time", "datepublished"),
        () -> ld("datePublished"),
        () -> nonEmpty(itempropPublished),
        () ->
            meta(
                "date",
                "pubdate",
                "publishdate",
                "publish-date",
                "dc.date.issued",
                "dc.date",
                "dcterms.date",
                "dcterms.created",
                "sailthru.date",
                "parsely-pub-date",
                "article.published",
                "published_time",
                "release_date",
                "dc.date.created"),
        () -> times.isEmpty() ? Optional.empty() : Optional.of(times.get(0)));
  }

  public Optional<Instant> modified() {
    return firstDate(
        () -> meta("article:modified_time", "og:updated_time", "datemodified"),
        () -> ld("dateModified"),
        () -> nonEmpty(itempropModified),
        () ->
            meta(
                "last-modified",
                "dcterms.modified",
                "dc.date.modified",
                "article.updated",
                "lastmod",
                "revised"));
  }

  @SafeVarargs
  private static Optional<Instant> firstDate(Supplier<Optional<String>>... sources) {
    for (Supplier<Optional<String>> s : sources) {
      Optional<Instant> d = s.get().flatMap(Dates::parse);
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  public Optional<String> declaredLanguage() {
    return LanguageTags.normalizeTag(htmlLang)
        .or(
            () ->
                meta("content-language", "language", "dc.language", "inlanguage")
                    .flatMap(LanguageTags::normalizeTag))
        .or(() -> ld("inLanguage").flatMap(LanguageTags::normalizeTag))
        .or(() -> meta("og:locale").flatMap(LanguageTags::normalizeTag));
  }

  public Optional<String> canonicalUrl(Function<String, String> abs) {
    if (!canonical.isEmpty()) return Optional.of(canonical);
    return meta("og:url", "twitter:url").map(abs::apply).filter(s -> !s.isEmpty());
  }

  public Optional<String> image(Function<String, String> abs) {
    return meta(
            "og:image",
            "og:image:url",
            "og:image:secure_url",
            "twitter:image",
            "twitter:image:src",
            "thumbnailurl")
        .or(() -> article.flatMap(a -> JsonLd.url(a.get("image"))))
        .map(abs::apply)
        .filter(s -> !s.isEmpty());
  }

  public Optional<String> description() {
    return meta("description", "og:description", "twitter:description", "dc.description")
        .or(() -> ld("description"));
  }

  private static Optional<String> nonEmpty(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }

  private static String hostOf(String url) {
    try {
      String h = java.net.URI.create(url.trim()).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static boolean looksLikeUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//");
  }

  static String stripBy(String s) {
    String t = s.trim();
    String lower = t.toLowerCase(Locale.ROOT);
    // "Thursday, June 11th, 2009 @ 10:57 UTC by Diego Casaes": the name follows the last "by"
    int by = lower.lastIndexOf(" by ");
    if (by > 0 && t.length() - by - 4 > 2) return t.substring(by + 4).trim();
    for (String prefix :
        new String[] {
          "posted by ",
          "written by ",
          "by ",
          "von ",
          "par ",
          "por ",
          "di ",
          "door ",
          "author: ",
          "autor: ",
          "text: "
        }) {
      if (lower.startsWith(prefix)) return t.substring(prefix.length()).trim();
    }
    return t;
  }
}
