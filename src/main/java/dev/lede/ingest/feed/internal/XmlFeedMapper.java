package dev.lede.ingest.feed.internal;

import static dev.lede.ingest.feed.internal.FeedNamespaces.isAtom;
import static dev.lede.ingest.feed.internal.FeedNamespaces.isDc;
import static dev.lede.ingest.feed.internal.FeedNamespaces.isRssCore;

import dev.lede.ingest.feed.FeedItem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an {@link XNode} tree of RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or CDF onto the feed model. Element
 * names are matched by namespace and case-insensitive local name, since real feeds are careless
 * about both.
 */
public final class XmlFeedMapper {
  private XmlFeedMapper() {}

  /** Feed-level fields; the facade adds warnings and encoding. */
  public record Mapped(
      String format,
      Optional<String> title,
      Optional<String> link,
      Optional<String> language,
      Optional<String> description,
      Optional<Instant> updated,
      List<FeedItem> items) {}

  /** Which mapping a root element selects, or empty when the document is not a feed. */
  public static Optional<String> kind(XNode root) {
    String l = root.local().toLowerCase(Locale.ROOT);
    return switch (l) {
      case "rss", "rdf", "feed", "channel" -> Optional.of(l);
      default -> Optional.empty();
    };
  }

  /** A feed root element nested in another document (e.g. Atom inside an XHTML page). */
  public static Optional<XNode> embeddedFeed(XNode root) {
    List<XNode> found =
        descendants(
            root,
            n ->
                n.local().equals("rss")
                    || (n.local().equals("RDF") && FeedNamespaces.is(n.ns(), FeedNamespaces.RDF))
                    || (n.local().equals("feed") && isAtom(n.ns())));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public static Mapped map(XNode root, Optional<String> docBase, boolean netscapeDoctype) {
    String kind = kind(root).orElse("rss");
    return switch (kind) {
      case "feed" -> atom(root, docBase);
      case "channel" ->
          root.local().equals("CHANNEL") || root.attr("HREF").isPresent()
              ? cdf(root, docBase)
              : rss(root, root, "rss", docBase);
      case "rdf" -> rdf(root, docBase);
      default -> {
        Optional<XNode> channel = child(root, n -> isRssCore(n.ns()), "channel");
        String version = root.attr("version").map(String::strip).orElse("");
        String format =
            switch (version) {
              case "2.0", "2.00", "2", "2.0.1", "2.01", "2.1" -> "rss_2.0";
              case "0.91" -> netscapeDoctype ? "rss_0.91n" : "rss_0.91";
              case "0.92", "0.93", "0.94" -> "rss_" + version;
              case "0.90", "0.9" -> "rss_0.90";
              default -> "rss";
            };
        yield rss(root, channel.orElse(root), format, docBase);
      }
    };
  }

  // ---------------------------------------------------------------- RSS

  private static Mapped rdf(XNode root, Optional<String> docBase) {
    Optional<XNode> channel = child(root, n -> true, "channel");
    boolean v090 =
        FeedNamespaces.is(channel.map(XNode::ns).orElse(""), FeedNamespaces.RSS090)
            || FeedNamespaces.is(
                root.elements().stream()
                    .map(XNode::ns)
                    .filter(s -> !s.isEmpty())
                    .findFirst()
                    .orElse(""),
                FeedNamespaces.RSS090);
    return rss(root, channel.orElse(root), v090 ? "rss_0.90" : "rss_1.0", docBase);
  }

  private static Mapped rss(XNode root, XNode channel, String format, Optional<String> docBase) {
    Optional<String> title =
        child(channel, core(), "title")
            .or(() -> child(channel, n -> isDc(n.ns()), "title"))
            .map(XmlFeedMapper::titleText);
    Optional<String> link =
        child(channel, core(), "link")
            .map(n -> n.text().strip())
            .filter(s -> !s.isEmpty())
            .map(s -> Urls.resolve(base(channel, docBase), s))
            .or(() -> atomLink(channel, docBase));
    Optional<String> feedBase = docBase.isPresent() ? docBase : link.filter(Urls::isAbsoluteHttp);
    Optional<String> language =
        child(channel, core(), "language")
            .or(() -> child(channel, n -> isDc(n.ns()), "language"))
            .map(n -> n.text().strip())
            .filter(s -> !s.isEmpty())
            .or(() -> lang(root))
            .map(l -> l.replace('_', '-'));
    Optional<String> description =
        child(channel, core(), "description")
            .or(() -> child(channel, n -> isDc(n.ns()), "description"))
            .or(() -> child(channel, n -> isAtom(n.ns()), "subtitle"))
            .or(
                () ->
                    child(
                        channel, n -> FeedNamespaces.is(n.ns(), FeedNamespaces.ITUNES), "summary"))
            .or(() -> child(channel, XmlFeedMapper::isItunes, "subtitle"))
            .map(n -> markupValue(n, docBase.isPresent() ? docBase : link))
            .filter(s -> !s.isEmpty());
    Optional<Instant> updated =
        date(channel, core(), "lastBuildDate")
            .or(() -> date(channel, core(), "pubDate"))
            .or(() -> date(channel, n -> isDc(n.ns()), "date"))
            .or(
                () ->
                    date(
                        channel,
                        n -> FeedNamespaces.is(n.ns(), FeedNamespaces.DCTERMS),
                        "modified"))
            .or(() -> date(channel, n -> isAtom(n.ns()), "updated"));

    List<XNode> itemNodes = new ArrayList<>();
    for (XNode n : channel.elements()) {
      if (isItem(n)) {
        itemNodes.add(n);
      }
    }
    if (channel != root) {
      for (XNode n : root.elements()) {
        if (isItem(n)) {
          itemNodes.add(n);
        }
      }
    }
    if (itemNodes.isEmpty()) {
      // Ill-formed feeds recovered leniently can leave items nested in an unclosed element.
      itemNodes = descendants(root, XmlFeedMapper::isItem);
    }
    List<FeedItem> items = new ArrayList<>();
    for (XNode item : itemNodes) {
      items.add(rssItem(item, feedBase));
    }
    return new Mapped(format, title, link, language, description, updated, items);
  }

  private static boolean isItem(XNode n) {
    return n.local().equalsIgnoreCase("item") && isRssCore(n.ns());
  }

  private static FeedItem rssItem(XNode item, Optional<String> feedBase) {
    Optional<String> base = base(item, feedBase);
    Optional<String> title =
        child(item, core(), "title")
            .map(XmlFeedMapper::titleText)
            .or(() -> child(item, n -> isDc(n.ns()), "title").map(XmlFeedMapper::titleText))
            .or(() -> child(item, XmlFeedMapper::isMedia, "title").map(XmlFeedMapper::titleText))
            .filter(s -> !s.isEmpty());
    Optional<XNode> guidNode = child(item, core(), "guid");
    Optional<String> guid = guidNode.map(n -> n.text().strip()).filter(s -> !s.isEmpty());
    Optional<String> id =
        guid.or(() -> item.attr(FeedNamespaces.RDF, "about").map(String::strip))
            .or(() -> child(item, n -> isAtom(n.ns()), "id").map(n -> n.text().strip()))
            .filter(s -> !s.isEmpty());
    Optional<String> link =
        child(item, core(), "link")
            .map(n -> n.text().strip())
            .filter(s -> !s.isEmpty())
            .map(s -> Urls.resolve(base(item, feedBase), s))
            .or(() -> atomLink(item, feedBase))
            .or(
                () -> {
                  boolean permalink =
                      guidNode
                          .flatMap(g -> g.attr("isPermaLink"))
                          .map(v -> !v.strip().equalsIgnoreCase("false"))
                          .orElse(true);
                  return guid.filter(g -> permalink && looksLikeUrl(g))
                      .map(g -> Urls.resolve(base, g));
                });
    List<String> authors = new ArrayList<>();
    for (XNode n : item.elements()) {
      String l = n.local().toLowerCase(Locale.ROOT);
      if ((l.equals("author") && isRssCore(n.ns()))
          || ((l.equals("creator") || l.equals("author")) && isDc(n.ns()))) {
        String a = personName(n.text());
        if (!a.isEmpty()) {
          authors.add(a);
        }
      } else if (l.equals("author") && isAtom(n.ns())) {
        child(n, x -> true, "name")
            .map(x -> x.text().strip())
            .filter(s -> !s.isEmpty())
            .ifPresent(authors::add);
      }
    }
    if (authors.isEmpty()) {
      child(item, n -> FeedNamespaces.is(n.ns(), FeedNamespaces.ITUNES), "author")
          .map(n -> n.text().strip())
          .filter(s -> !s.isEmpty())
          .ifPresent(authors::add);
    }
    Optional<Instant> published =
        date(item, core(), "pubDate")
            .or(() -> date(item, n -> isDc(n.ns()), "date"))
            .or(() -> date(item, n -> FeedNamespaces.is(n.ns(), FeedNamespaces.DCTERMS), "issued"))
            .or(() -> date(item, n -> FeedNamespaces.is(n.ns(), FeedNamespaces.DCTERMS), "created"))
            .or(() -> date(item, n -> isAtom(n.ns()), "published"));
    Optional<Instant> updated =
        date(item, n -> isAtom(n.ns()), "updated")
            .or(
                () ->
                    date(item, n -> FeedNamespaces.is(n.ns(), FeedNamespaces.DCTERMS), "modified"))
            .or(() -> published);
    Optional<String> summary =
        child(item, core(), "description")
            .or(() -> child(item, n -> isDc(n.ns()), "description"))
            .or(() -> child(item, n -> isAtom(n.ns()), "summary"))
            .or(() -> child(item, n -> FeedNamespaces.is(n.ns(), FeedNamespaces.ITUNES), "summary"))
            .or(() -> mediaDescription(item))
            .map(n -> markupValue(n, base(n, feedBase)))
            .filter(s -> !s.isEmpty());
    Optional<String> content =
        child(item, n -> FeedNamespaces.is(n.ns(), FeedNamespaces.CONTENT), "encoded")
            .map(n -> markupValue(n, base(n, feedBase)))
            .or(
                () ->
                    child(item, n -> FeedNamespaces.is(n.ns(), FeedNamespaces.XHTML), "body")
                        .map(n -> HtmlSanitizer.sanitize(Html.innerHtml(n), base(n, feedBase))))
            .or(
                () ->
                    child(item, n -> isAtom(n.ns()), "content")
                        .map(n -> atomText(n, base(n, feedBase)).value))
            .or(() -> child(item, core(), "fullitem").map(n -> markupValue(n, base(n, feedBase))))
            .or(() -> child(item, core(), "body").map(n -> markupValue(n, base(n, feedBase))))
            .or(() -> child(item, core(), "encoded").map(n -> markupValue(n, base(n, feedBase))))
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    LinkedHashSet<String> categories = new LinkedHashSet<>();
    for (XNode n : item.elements()) {
      String l = n.local().toLowerCase(Locale.ROOT);
      if ((l.equals("category") && isRssCore(n.ns())) || (l.equals("subject") && isDc(n.ns()))) {
        String c = Html.collapse(n.text());
        if (!c.isEmpty()) {
          categories.add(c);
        }
      } else if (l.equals("category") && isAtom(n.ns())) {
        n.attr("term")
            .or(() -> n.attr("label"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .ifPresent(categories::add);
      } else if (l.equals("category") && isMedia(n)) {
        String c = Html.collapse(n.text());
        if (!c.isEmpty()) {
          categories.add(c);
        }
      } else if (l.equals("category") && isItunes(n)) {
        // iTunes categories nest: <itunes:category text="Technology"><itunes:category
        // text="Gadgets"/>
        n.attr("text").map(String::strip).filter(s -> !s.isEmpty()).ifPresent(categories::add);
        for (XNode sub : n.elements()) {
          if (sub.local().equalsIgnoreCase("category") && isItunes(sub)) {
            sub.attr("text")
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .ifPresent(categories::add);
          }
        }
      }
    }
    return new FeedItem(
        id,
        link,
        title,
        authors.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", authors)),
        published,
        updated,
        summary,
        content,
        List.copyOf(categories));
  }

  // ---------------------------------------------------------------- Atom

  private static Mapped atom(XNode feed, Optional<String> docBase) {
    String format =
        FeedNamespaces.is(feed.ns(), FeedNamespaces.ATOM10)
            ? "atom_1.0"
            : FeedNamespaces.is(feed.ns(), FeedNamespaces.ATOM03)
                    || feed.attr("version").map(v -> v.strip().equals("0.3")).orElse(false)
                ? "atom_0.3"
                : "atom";
    String feedNs = feed.ns();
    Predicate<XNode> a = n -> isAtom(n.ns()) || n.ns().isEmpty() || n.ns().equals(feedNs);
    Optional<String> title = child(feed, a, "title").map(n -> Html.collapse(atomTitle(n)));
    Optional<String> link = atomLink(feed, docBase);
    Optional<String> feedBase = docBase.isPresent() ? docBase : link.filter(Urls::isAbsoluteHttp);
    Optional<String> language = lang(feed).map(l -> l.replace('_', '-'));
    Optional<String> description =
        child(feed, a, "subtitle")
            .or(() -> child(feed, a, "tagline"))
            .map(n -> atomText(n, base(n, feedBase)).value.strip())
            .filter(s -> !s.isEmpty());
    Optional<Instant> updated = date(feed, a, "updated").or(() -> date(feed, a, "modified"));
    List<String> feedAuthors = atomAuthors(feed);
    Predicate<XNode> isEntry =
        n ->
            (n.local().equalsIgnoreCase("entry") || n.local().equalsIgnoreCase("item"))
                && a.test(n);
    List<XNode> entryNodes = new ArrayList<>();
    for (XNode n : feed.elements()) {
      if (isEntry.test(n)) {
        entryNodes.add(n);
      }
    }
    if (entryNodes.isEmpty()) {
      entryNodes = descendants(feed, isEntry);
    }
    List<FeedItem> items = new ArrayList<>();
    for (XNode n : entryNodes) {
      items.add(atomEntry(n, feedBase, feedAuthors, a));
    }
    return new Mapped(format, title, link, language, description, updated, items);
  }

  private static FeedItem atomEntry(
      XNode entry, Optional<String> feedBase, List<String> feedAuthors, Predicate<XNode> a) {
    Optional<String> title =
        child(entry, a, "title").map(n -> Html.collapse(atomTitle(n))).filter(s -> !s.isEmpty());
    Optional<String> id =
        child(entry, a, "id").map(n -> n.text().strip()).filter(s -> !s.isEmpty());
    Optional<String> link = atomLink(entry, feedBase);
    List<String> authors = atomAuthors(entry);
    if (authors.isEmpty()) {
      authors =
          child(entry, a, "source")
              .map(XmlFeedMapper::atomAuthors)
              .filter(l -> !l.isEmpty())
              .orElse(feedAuthors);
    }
    Optional<Instant> published =
        date(entry, a, "published")
            .or(() -> date(entry, a, "issued"))
            .or(() -> date(entry, a, "created"))
            .or(() -> date(entry, n -> isDc(n.ns()), "date"));
    Optional<Instant> updated =
        date(entry, a, "updated").or(() -> date(entry, a, "modified")).or(() -> published);
    Optional<String> summary =
        child(entry, a, "summary")
            .map(n -> atomText(n, base(n, feedBase)).value.strip())
            .filter(s -> !s.isEmpty())
            .or(
                () ->
                    mediaDescription(entry)
                        .map(n -> markupValue(n, base(n, feedBase)))
                        .filter(s -> !s.isEmpty()));
    Optional<String> content =
        child(entry, a, "content")
            .map(n -> atomText(n, base(n, feedBase)).value.strip())
            .filter(s -> !s.isEmpty());
    LinkedHashSet<String> categories = new LinkedHashSet<>();
    for (XNode n : entry.elements()) {
      if (n.local().equalsIgnoreCase("category") && a.test(n)) {
        n.attr("term")
            .or(() -> n.attr("label"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .ifPresent(categories::add);
      } else if (n.local().equalsIgnoreCase("subject") && isDc(n.ns())) {
        String c = Html.collapse(n.text());
        if (!c.isEmpty()) {
          categories.add(c);
        }
      }
    }
    return new FeedItem(
        id,
        link,
        title,
        authors.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", authors)),
        published,
        updated,
        summary,
        content,
        List.copyOf(categories));
  }

  private static List<String> atomAuthors(XNode parent) {
    List<String> out = new ArrayList<>();
    for (XNode n : parent.elements()) {
      if (n.local().equalsIgnoreCase("author") && (isAtom(n.ns()) || n.ns().isEmpty())) {
        Optional<String> name =
            child(n, x -> true, "name").map(x -> x.text().strip()).filter(s -> !s.isEmpty());
        if (name.isEmpty() && !n.hasElementChildren()) {
          name = Optional.of(personName(n.text())).filter(s -> !s.isEmpty());
        }
        name.ifPresent(out::add);
      } else if (n.local().equalsIgnoreCase("creator") && isDc(n.ns())) {
        String s = personName(n.text());
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** Atom link with rel=alternate (or no rel), preferring HTML; resolved against its base. */
  private static Optional<String> atomLink(XNode parent, Optional<String> docBase) {
    XNode best = null;
    for (XNode n : parent.elements()) {
      if (!n.local().equalsIgnoreCase("link") || !(isAtom(n.ns()) || isRssCore(n.ns()))) {
        continue;
      }
      if (n.attr("href").isEmpty()) {
        continue;
      }
      String rel = n.attr("rel").map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("alternate");
      if (!rel.equals("alternate")
          && !rel.equals("http://www.iana.org/assignments/relation/alternate")) {
        continue;
      }
      if (best == null) {
        best = n;
      } else if (!isHtmlType(best) && isHtmlType(n)) {
        best = n;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    String href = best.attr("href").orElse("").strip();
    return Optional.of(Urls.resolve(base(best, docBase), href));
  }

  private static boolean isHtmlType(XNode link) {
    String t = link.attr("type").orElse("text/html").toLowerCase(Locale.ROOT);
    return t.contains("html");
  }

  private record Text(String value, boolean html) {}

  /** Atom text construct (1.0 type, 0.3 type+mode) as HTML or plain text. */
  private static Text atomText(XNode n, Optional<String> base) {
    Text raw = atomTextRaw(n);
    return raw.html ? new Text(HtmlSanitizer.sanitize(raw.value, base), true) : raw;
  }

  private static Text atomTextRaw(XNode n) {
    String type = n.attr("type").map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("text");
    String mode = n.attr("mode").map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("xml");
    // Atom 1.0: a MIME type that is neither text nor XML means base64 content.
    boolean binaryType =
        type.contains("/")
            && !type.startsWith("text/")
            && !type.endsWith("+xml")
            && !type.endsWith("/xml")
            && !type.contains("xhtml");
    if (mode.equals("base64") || (binaryType && !n.hasElementChildren())) {
      Optional<String> decoded = base64Utf8(n.text());
      if (decoded.isPresent()) {
        return new Text(decoded.get(), type.contains("html") || binaryType);
      }
      // Not base64 text after all (e.g. an unknown media type holding plain text): keep it.
      return new Text(n.text(), false);
    }
    if (type.equals("xhtml") || type.contains("xhtml") || n.hasElementChildren()) {
      List<XNode> kids = n.elements();
      // Only Atom 1.0's type="xhtml" wraps content in a div that is not part of it.
      boolean onlyDiv =
          type.equals("xhtml")
              && kids.size() == 1
              && kids.get(0).local().equalsIgnoreCase("div")
              && n.children().stream().allMatch(c -> c instanceof XNode || ((String) c).isBlank());
      return new Text(Html.innerHtml(onlyDiv ? kids.get(0) : n), true);
    }
    boolean html = type.equals("html") || type.contains("html") || mode.equals("escaped");
    return new Text(n.text(), html);
  }

  private static Optional<String> base64Utf8(String text) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(text.strip());
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString());
    } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String atomTitle(XNode n) {
    String type = n.attr("type").map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("text");
    if (type.contains("xhtml") || n.hasElementChildren()) {
      return Html.toText(Html.innerHtml(n));
    }
    Text t = atomTextRaw(n);
    return t.html ? Html.toText(t.value) : t.value.strip();
  }

  // ---------------------------------------------------------------- CDF

  private static Mapped cdf(XNode channel, Optional<String> docBase) {
    Optional<String> title = child(channel, n -> true, "title").map(XmlFeedMapper::titleText);
    Optional<String> link =
        channel.attr("HREF").or(() -> channel.attr("href")).map(s -> Urls.resolve(docBase, s));
    Optional<String> description =
        child(channel, n -> true, "abstract").map(n -> n.text().strip()).filter(s -> !s.isEmpty());
    List<FeedItem> items = new ArrayList<>();
    for (XNode n : channel.elements()) {
      if (n.local().equalsIgnoreCase("item")) {
        Optional<String> href =
            n.attr("HREF").or(() -> n.attr("href")).map(s -> Urls.resolve(docBase, s));
        Optional<Instant> lastmod =
            n.attr("LASTMOD").or(() -> n.attr("lastmod")).flatMap(Dates::parse);
        items.add(
            new FeedItem(
                href,
                href,
                child(n, x -> true, "title").map(XmlFeedMapper::titleText),
                Optional.empty(),
                Optional.empty(),
                lastmod,
                child(n, x -> true, "abstract")
                    .map(x -> x.text().strip())
                    .filter(s -> !s.isEmpty()),
                Optional.empty(),
                List.of()));
      }
    }
    Optional<Instant> updated =
        channel.attr("LASTMOD").or(() -> channel.attr("lastmod")).flatMap(Dates::parse);
    return new Mapped("cdf", title, link, Optional.empty(), description, updated, items);
  }

  // ---------------------------------------------------------------- helpers

  /** Matching descendants in document order, not descending into a match. */
  private static List<XNode> descendants(XNode root, Predicate<XNode> match) {
    List<XNode> out = new ArrayList<>();
    java.util.Deque<XNode> stack = new java.util.ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      XNode n = stack.pop();
      if (n != root && match.test(n)) {
        out.add(n);
        continue;
      }
      List<XNode> kids = n.elements();
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(kids.get(i));
      }
    }
    return out;
  }

  private static Predicate<XNode> core() {
    return n -> isRssCore(n.ns());
  }

  private static Optional<XNode> child(XNode parent, Predicate<XNode> ns, String local) {
    for (XNode n : parent.elements()) {
      if (n.local().equalsIgnoreCase(local) && ns.test(n)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> date(XNode parent, Predicate<XNode> ns, String local) {
    for (XNode n : parent.elements()) {
      if (n.local().equalsIgnoreCase(local) && ns.test(n)) {
        Optional<Instant> d = Dates.parse(n.text());
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** RSS title: may carry escaped or naked markup, so always reduced to text. */
  private static String titleText(XNode n) {
    return n.hasElementChildren() ? Html.toText(Html.innerHtml(n)) : Html.toText(n.text());
  }

  /** RSS description/content: escaped HTML as text, or naked markup serialised back to HTML. */
  private static String markupValue(XNode n, Optional<String> base) {
    return HtmlSanitizer.sanitize(
        (n.hasElementChildren() ? Html.innerHtml(n) : n.text()).strip(), base);
  }

  private static Optional<String> lang(XNode n) {
    return n.attr(XNode.XML_NS, "lang").map(String::strip).filter(s -> !s.isEmpty());
  }

  private static boolean isItunes(XNode n) {
    return FeedNamespaces.is(n.ns(), FeedNamespaces.ITUNES);
  }

  /** media:description, directly or inside media:group (YouTube puts it there). */
  private static Optional<XNode> mediaDescription(XNode parent) {
    return child(parent, XmlFeedMapper::isMedia, "description")
        .or(
            () ->
                child(parent, XmlFeedMapper::isMedia, "group")
                    .flatMap(g -> child(g, XmlFeedMapper::isMedia, "description")));
  }

  private static boolean isMedia(XNode n) {
    return FeedNamespaces.is(n.ns(), "http://search.yahoo.com/mrss/");
  }

  private static final Pattern EMAIL_NAME =
      Pattern.compile("^\\s*[^\\s()<>]+@[^\\s()<>]+\\s*\\((.+)\\)\\s*$");
  private static final Pattern NAME_EMAIL = Pattern.compile("^\\s*(.+?)\\s*<[^<>@]+@[^<>]+>\\s*$");

  /** "jo@example.com (Jo Doe)" and "Jo Doe <jo@example.com>" become "Jo Doe". */
  static String personName(String raw) {
    String s = Html.collapse(raw);
    Matcher m = EMAIL_NAME.matcher(s);
    if (m.matches()) {
      return m.group(1).strip();
    }
    m = NAME_EMAIL.matcher(s);
    if (m.matches()) {
      return m.group(1).strip();
    }
    return s;
  }

  private static boolean looksLikeUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("/");
  }

  /** xml:base chain from the root down, seeded with the document's own URL. */
  static Optional<String> base(XNode n, Optional<String> docBase) {
    List<String> bases = new ArrayList<>();
    for (XNode cur = n; cur != null; cur = cur.parent().orElse(null)) {
      cur.attr(XNode.XML_NS, "base").ifPresent(bases::add);
    }
    Optional<String> b = docBase;
    for (int i = bases.size() - 1; i >= 0; i--) {
      b = Optional.of(Urls.resolve(b, bases.get(i)));
    }
    return b;
  }
}
