package dev.lede.opml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads and writes OPML 2.0 subscription lists (http://opml.org/spec2.opml).
 *
 * <p>Reading: every {@code outline} with an {@code xmlUrl} is a feed; its category is its {@code
 * category} attribute (the first of a comma-separated list, without leading slashes) or else the
 * {@code text}/{@code title} of the outline it is nested in, as Miniflux and FreshRSS export them.
 * jsoup's XML parser loads no DTD and expands no external entity; unknown attributes (e.g.
 * FreshRSS's {@code frss:} namespace) are ignored.
 *
 * <p>Writing: one outline per category holding its feeds ({@code type="rss"}, {@code text}, {@code
 * title}, {@code xmlUrl}, {@code htmlUrl}, {@code category}), feeds without one at the top level.
 */
public final class Opml {
  /** Largest OPML file read. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private Opml() {}

  /** The feeds in {@code body}, in document order; {@code name} is used in error messages. */
  public static List<Subscription> read(byte[] body, String name) throws OpmlException {
    if (body.length > MAX_BYTES) {
      throw new OpmlException(
          name + ": " + body.length + " bytes; OPML files over " + MAX_BYTES + " are refused");
    }
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(body), null, "", Parser.xmlParser());
    } catch (IOException | RuntimeException e) {
      throw new OpmlException(name + ": not readable as XML: " + e.getMessage());
    }
    Element opml = doc.selectFirst("opml");
    if (opml == null) {
      throw new OpmlException(name + ": not an OPML file (no <opml> element)");
    }
    Element bodyEl = opml.selectFirst("> body");
    if (bodyEl == null) {
      throw new OpmlException(name + ": OPML without a <body>");
    }
    List<Subscription> out = new ArrayList<>();
    collect(bodyEl, Optional.empty(), out);
    return out;
  }

  private static void collect(Element parent, Optional<String> category, List<Subscription> out) {
    for (Element o : parent.children()) {
      if (!o.normalName().equals("outline")) {
        continue;
      }
      String xmlUrl = attr(o, "xmlUrl");
      String label = !attr(o, "text").isBlank() ? attr(o, "text") : attr(o, "title");
      if (!xmlUrl.isBlank()) {
        Optional<String> own = firstCategory(attr(o, "category"));
        out.add(
            new Subscription(
                xmlUrl.strip(),
                Optional.of(!attr(o, "title").isBlank() ? attr(o, "title") : attr(o, "text")),
                own.or(() -> category),
                Optional.of(attr(o, "htmlUrl"))));
      } else {
        collect(o, label.isBlank() ? category : Optional.of(label.strip()), out);
      }
    }
  }

  /** An attribute by name, ignoring case (OPML writers differ: xmlUrl, xmlurl). */
  private static String attr(Element e, String name) {
    for (org.jsoup.nodes.Attribute a : e.attributes()) {
      if (a.getKey().equalsIgnoreCase(name)) {
        return a.getValue();
      }
    }
    return "";
  }

  private static Optional<String> firstCategory(String value) {
    for (String part : value.split(",")) {
      String c = part.strip();
      while (c.startsWith("/")) {
        c = c.substring(1);
      }
      if (!c.isEmpty()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** An OPML 2.0 document listing {@code subs}, grouped by category in first-seen order. */
  public static String write(String title, List<Subscription> subs, Instant created) {
    // An XML document, so names keep their case (xmlUrl, dateCreated) as OPML requires.
    Document doc = Jsoup.parse("", "", Parser.xmlParser());
    doc.outputSettings()
        .syntax(OutputSettings.Syntax.xml)
        .charset("UTF-8")
        .prettyPrint(true)
        .indentAmount(2);
    doc.appendChild(
        new org.jsoup.nodes.XmlDeclaration("xml", false)
            .attr("version", "1.0")
            .attr("encoding", "UTF-8"));
    Element opml = doc.appendElement("opml").attr("version", "2.0");
    Element head = opml.appendElement("head");
    head.appendElement("title").text(title);
    head.appendElement("dateCreated")
        .text(DateTimeFormatter.RFC_1123_DATE_TIME.format(created.atZone(ZoneOffset.UTC)));
    Element body = opml.appendElement("body");
    Map<String, Element> folders = new LinkedHashMap<>();
    for (Subscription s : subs) {
      Element parent = body;
      if (s.category().isPresent()) {
        parent =
            folders.computeIfAbsent(
                s.category().get(),
                c -> body.appendElement("outline").attr("text", c).attr("title", c));
      }
      String name = s.title().orElse(s.xmlUrl());
      Element o =
          parent
              .appendElement("outline")
              .attr("type", "rss")
              .attr("text", name)
              .attr("title", name)
              .attr("xmlUrl", s.xmlUrl());
      s.htmlUrl().ifPresent(h -> o.attr("htmlUrl", h));
      s.category().ifPresent(c -> o.attr("category", "/" + c));
    }
    return doc.outerHtml() + "\n";
  }
}
