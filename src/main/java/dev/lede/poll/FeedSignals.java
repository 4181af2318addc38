package dev.lede.poll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a feed's own scheduling hints: RSS 2.0 {@code <ttl>} (minutes) and {@code
 * <skipHours><hour>} (0-23 GMT) of the channel, and the RSS 1.0 syndication module's {@code
 * sy:updatePeriod}/{@code sy:updateFrequency}. jsoup's XML parser loads no DTD and expands no
 * external entity. Anything unreadable is no hint.
 */
public final class FeedSignals {
  /** Longest ttl believed: beyond it a feed gets the poll maximum anyway. */
  private static final long MAX_TTL_MINUTES = 60L * 24 * 365;

  private FeedSignals() {}

  /** The hints in {@code body} (empty {@link Signals} for JSON or HTML). */
  public static Signals read(byte[] body) {
    if (!looksXml(body)) {
      return Signals.NONE;
    }
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(body), null, "", Parser.xmlParser());
    } catch (IOException | RuntimeException e) {
      return Signals.NONE;
    }
    Element channel = doc.selectFirst("rss > channel, channel");
    if (channel == null) {
      return Signals.NONE;
    }
    Optional<Duration> ttl = Optional.empty();
    Element t = channel.selectFirst("> ttl");
    if (t != null) {
      ttl = minutes(t.text().strip());
    }
    if (ttl.isEmpty()) {
      ttl = syndication(doc);
    }
    Set<Integer> skip = new TreeSet<>();
    for (Element h : channel.select("> skipHours > hour")) {
      try {
        int hour = Integer.parseInt(h.text().strip());
        if (hour == 24) {
          hour = 0; // some feeds count 1-24
        }
        if (hour >= 0 && hour <= 23) {
          skip.add(hour);
        }
      } catch (NumberFormatException e) {
        // not an hour: ignored
      }
    }
    return new Signals(ttl, skip, Optional.empty(), Optional.empty());
  }

  private static Optional<Duration> minutes(String s) {
    if (!s.matches("\\d{1,9}")) {
      return Optional.empty();
    }
    long m = Long.parseLong(s);
    return m == 0
        ? Optional.empty()
        : Optional.of(Duration.ofMinutes(Math.min(m, MAX_TTL_MINUTES)));
  }

  private static Optional<Duration> syndication(Document doc) {
    Element period = doc.selectFirst("sy|updatePeriod");
    if (period == null) {
      return Optional.empty();
    }
    Duration base =
        switch (period.text().strip().toLowerCase(java.util.Locale.ROOT)) {
          case "hourly" -> Duration.ofHours(1);
          case "daily" -> Duration.ofDays(1);
          case "weekly" -> Duration.ofDays(7);
          case "monthly" -> Duration.ofDays(30);
          case "yearly" -> Duration.ofDays(365);
          default -> null;
        };
    if (base == null) {
      return Optional.empty();
    }
    Element freq = doc.selectFirst("sy|updateFrequency");
    long f = 1;
    if (freq != null && freq.text().strip().matches("\\d{1,6}")) {
      f = Math.max(1, Long.parseLong(freq.text().strip()));
    }
    return Optional.of(base.dividedBy(f));
  }

  private static boolean looksXml(byte[] body) {
    for (int i = 0; i < Math.min(body.length, 512); i++) {
      byte b = body[i];
      if (b == '<') {
        return true;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0xFF) < 0x80) {
        return false;
      }
    }
    return false;
  }
}
