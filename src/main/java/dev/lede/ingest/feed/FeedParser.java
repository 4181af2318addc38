package dev.lede.ingest.feed;

import dev.lede.ingest.feed.internal.CharsetSniffer;
import dev.lede.ingest.feed.internal.HtmlSanitizer;
import dev.lede.ingest.feed.internal.JsonFeedMapper;
import dev.lede.ingest.feed.internal.ParseProblem;
import dev.lede.ingest.feed.internal.TreeBuilders;
import dev.lede.ingest.feed.internal.Urls;
import dev.lede.ingest.feed.internal.XNode;
import dev.lede.ingest.feed.internal.XmlFeedMapper;
import dev.lede.ingest.feed.internal.XmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x securely and leniently.
 *
 * <p>Stages, in order:
 *
 * <ol>
 *   <li>size guard ({@value #MAX_BYTES} bytes; at most {@value #MAX_ITEMS} items);
 *   <li>charset: bytes stay raw until BOM, XML declaration and HTTP {@code Content-Type} (RFC 3023
 *       as feedparser reads it) pick a charset; a charset that cannot decode the bytes is replaced
 *       by the next candidate, with a warning;
 *   <li>JSON Feed when the document is a JSON object (or served as JSON);
 *   <li>XML prolog: declaration and DOCTYPE removed; only plain-text internal entities survive,
 *       expanded here under a budget, so no DTD, external entity or nested expansion reaches a
 *       parser;
 *   <li>strict, hardened SAX parse; on failure a warning, then repair (HTML entities, bare {@code
 *       &}, forbidden characters) and a second strict parse; on failure jsoup's XML parser;
 *   <li>mapping by root element; anything but {@code rss}, {@code rdf:RDF}, {@code feed} or {@code
 *       channel} is rejected.
 * </ol>
 *
 * <p>A feed that needed any leniency carries {@link Feed#warnings()} ({@link Feed#bozo()}). Bad
 * input never raises an unchecked exception: it is parsed with warnings or rejected with a {@link
 * FeedException} whose message names the input and the problem, e.g. {@code feed.xml: not a feed:
 * root element <html>}.
 */
public final class FeedParser {
  private FeedParser() {}

  /** Largest body accepted. */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  /** Most items a feed may carry; real feeds list tens to a few thousand. */
  public static final int MAX_ITEMS = 10_000;

  private static final int MAX_ELEMENTS = 2_000_000;

  /** Tags that HTML fields of one document may put through the HTML parser (about 5 s worth). */
  private static final long MAX_HTML_TAGS = 1_000_000;

  private static final Pattern FIRST_TAG = Pattern.compile("<([A-Za-z_][\\w:.-]*)");
  private static final Pattern FEED_MARKER = Pattern.compile("<(rss|feed|rdf:RDF|RDF)[\\s>]");

  /**
   * Parses a feed.
   *
   * @param body the raw bytes as fetched
   * @param contentType the HTTP {@code Content-Type} header, if the body came over HTTP
   * @param inputName names the input in error messages; when it is an absolute http(s) URL it is
   *     also the base for relative links
   * @throws FeedException when the body is not a feed or cannot be read as one
   * @throws NullPointerException when an argument is null (a caller bug, not bad input)
   */
  public static Feed parse(byte[] body, Optional<String> contentType, String inputName)
      throws FeedException {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(inputName, "inputName");
    if (body.length > MAX_BYTES) {
      throw new FeedException(
          inputName + ": too large: " + body.length + " bytes (limit " + MAX_BYTES + ")");
    }
    try {
      return parseChecked(body, contentType, inputName);
    } catch (ParseProblem p) {
      throw new FeedException(inputName + ": " + p.getMessage());
    } catch (RuntimeException e) {
      // Safety net: a parser bug must still surface as a checked, named failure.
      throw new FeedException(inputName + ": internal error while parsing: " + e, e);
    }
  }

  private static Feed parseChecked(byte[] body, Optional<String> contentType, String inputName)
      throws ParseProblem {
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(body, contentType);
    List<String> warnings = new ArrayList<>(decoded.warnings());
    String text = decoded.text();
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new ParseProblem("empty document");
    }
    Optional<String> docBase = Optional.of(inputName).filter(Urls::isAbsoluteHttp);
    boolean jsonType =
        contentType.map(ct -> ct.toLowerCase(Locale.ROOT).contains("json")).orElse(false);
    if (trimmed.charAt(0) == '{' || (jsonType && trimmed.charAt(0) != '<')) {
      JsonFeedMapper.Mapped[] holder = new JsonFeedMapper.Mapped[1];
      ParseProblem[] problem = new ParseProblem[1];
      int overBudget =
          HtmlSanitizer.Budget.run(
              MAX_HTML_TAGS,
              () -> {
                try {
                  holder[0] = JsonFeedMapper.map(trimmed, docBase);
                } catch (ParseProblem p) {
                  problem[0] = p;
                }
              });
      if (problem[0] != null) {
        throw problem[0];
      }
      JsonFeedMapper.Mapped m = holder[0];
      if (overBudget > 0) {
        warnings.add("markup budget exceeded: " + overBudget + " fields reduced to text");
      }
      // A JSON feed served under an XML media type is fine; drop that charset warning.
      warnings.removeIf(w -> w.endsWith("is not an XML media type"));
      warnings.addAll(m.warnings());
      return toFeed(m.feed(), warnings, decoded.charset());
    }

    XmlText.Prepared prepared = XmlText.prepare(text, 2L * text.length() + (1 << 20));
    warnings.addAll(prepared.warnings());
    XNode root;
    try {
      root = TreeBuilders.strict(prepared.text(), MAX_ELEMENTS);
    } catch (TreeBuilders.NotWellFormed e) {
      rejectIfNotFeed(prepared.text());
      warnings.add(e.getMessage());
      XmlText.Repaired repaired = XmlText.repair(prepared.text());
      warnings.addAll(repaired.warnings());
      try {
        root = TreeBuilders.strict(repaired.text(), MAX_ELEMENTS);
      } catch (TreeBuilders.NotWellFormed e2) {
        warnings.add("parsed with the lenient XML parser");
        root = TreeBuilders.lenient(repaired.text(), MAX_ELEMENTS);
      }
    }
    if (XmlFeedMapper.kind(root).isEmpty()) {
      Optional<XNode> embedded = XmlFeedMapper.embeddedFeed(root);
      if (embedded.isEmpty()) {
        throw new ParseProblem("not a feed: root element <" + root.qualifiedName() + ">");
      }
      warnings.add(
          "feed element <"
              + embedded.get().qualifiedName()
              + "> found inside <"
              + root.qualifiedName()
              + ">");
      root = embedded.get();
    }
    XNode feedRoot = root;
    XmlFeedMapper.Mapped[] mapped = new XmlFeedMapper.Mapped[1];
    int overBudget =
        HtmlSanitizer.Budget.run(
            MAX_HTML_TAGS,
            () -> mapped[0] = XmlFeedMapper.map(feedRoot, docBase, prepared.netscapeDoctype()));
    if (overBudget > 0) {
      warnings.add("markup budget exceeded: " + overBudget + " fields reduced to text");
    }
    return toFeed(mapped[0], warnings, decoded.charset());
  }

  /** Fails fast on documents whose first element already says they are no feed (HTML pages). */
  private static void rejectIfNotFeed(String text) throws ParseProblem {
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i);
        i = end < 0 ? text.length() : end + 3;
      } else if (text.startsWith("<?", i) || text.startsWith("<!", i)) {
        int end = text.indexOf('>', i);
        i = end < 0 ? text.length() : end + 1;
      } else if (text.charAt(i) == '<') {
        Matcher m = FIRST_TAG.matcher(text).region(i, Math.min(text.length(), i + 200));
        if (m.lookingAt()) {
          String name = m.group(1);
          String local = name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
          if (local.equals("html") && !FEED_MARKER.matcher(text).find()) {
            throw new ParseProblem("not a feed: root element <" + name + ">");
          }
        }
        return;
      } else {
        i++;
      }
    }
  }

  private static Feed toFeed(XmlFeedMapper.Mapped m, List<String> warnings, String encoding)
      throws ParseProblem {
    if (m.items().size() > MAX_ITEMS) {
      throw new ParseProblem(
          "too many items: " + m.items().size() + " (limit " + MAX_ITEMS + " per feed)");
    }
    // Links end up as hrefs in Lede's pages: javascript:, data: and the like are dropped.
    List<FeedItem> items = new ArrayList<>(m.items().size());
    for (FeedItem i : m.items()) {
      items.add(
          new FeedItem(
              i.id(),
              i.link().filter(HtmlSanitizer::isSafeLink),
              i.title(),
              i.author(),
              i.published(),
              i.updated(),
              i.summary(),
              i.content(),
              i.categories()));
    }
    return new Feed(
        m.format(),
        m.title(),
        m.link().filter(HtmlSanitizer::isSafeLink),
        m.language(),
        items,
        warnings,
        m.description(),
        m.updated(),
        encoding);
  }
}
