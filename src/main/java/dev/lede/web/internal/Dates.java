package dev.lede.web.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Date formats used on pages and in feeds, all in UTC so a cached page is the same for everyone.
 */
public final class Dates {

  private static final DateTimeFormatter RFC_822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Dates() {}

  /** A {@code <time>} element's content: machine and human forms. */
  public record When(String iso, String text, String day) {}

  /** In English; {@link Messages#when} in a page's own language. */
  public static When when(Instant t) {
    return Messages.EN.when(t);
  }

  /** ISO-8601 in UTC to the second, e.g. {@code 2026-01-07T09:30:00Z}. */
  public static String iso(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** RFC 822 as RSS and HTTP want it. */
  public static String rfc822(Instant t) {
    return RFC_822.format(t);
  }
}
