package dev.lede.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what a body is (feed, HTML page, JSON Lines) from its name, media type and first bytes.
 */
final class Sniffer {
  enum Kind {
    FEED,
    HTML,
    JSON_LINES,
    UNKNOWN
  }

  private Sniffer() {}

  static Kind kind(String name, Optional<String> contentType, byte[] body) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Kind.JSON_LINES;
    }
    String ct = contentType.orElse("").toLowerCase(Locale.ROOT);
    if (ct.contains("rss") || ct.contains("atom") || ct.contains("feed+json")) {
      return Kind.FEED;
    }
    String head = head(body);
    if (head.startsWith("{") && head.contains("jsonfeed.org")) {
      return Kind.FEED;
    }
    if (head.startsWith("{")) {
      return Kind.JSON_LINES;
    }
    String lower = head.toLowerCase(Locale.ROOT);
    boolean html = lower.contains("<html") || lower.contains("<!doctype html");
    boolean feed = lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf");
    if (feed && !html) {
      return Kind.FEED;
    }
    if (html || ct.contains("html") || n.endsWith(".html") || n.endsWith(".htm")) {
      return Kind.HTML;
    }
    if (feed
        || n.endsWith(".rss")
        || n.endsWith(".atom")
        || n.endsWith(".xml")
        || ct.contains("xml")) {
      return Kind.FEED;
    }
    return Kind.UNKNOWN;
  }

  /** Bytes of the start of a body that {@link #kind} looks at. */
  static final int HEAD_BYTES = 2048;

  private static String head(byte[] body) {
    int len = Math.min(body.length, HEAD_BYTES);
    int start = 0;
    if (len >= 3
        && (body[0] & 0xFF) == 0xEF
        && (body[1] & 0xFF) == 0xBB
        && (body[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    // Good enough for sniffing UTF-16 too: drop NULs.
    return new String(body, start, len - start, StandardCharsets.ISO_8859_1)
        .replace("\0", "")
        .strip();
  }
}
