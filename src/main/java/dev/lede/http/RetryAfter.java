package dev.lede.http;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
public final class RetryAfter {
  // More digits than this is "a very long wait", not an overflow.
  private static final int MAX_DIGITS = 9;
  private static final Duration LONGEST = Duration.ofSeconds(999_999_999L);

  private RetryAfter() {}

  /**
   * The wait the header asks for, or empty when it is absent or unreadable; a date in the past
   * means now.
   */
  public static Optional<Duration> parse(Optional<String> header, Instant now) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String v = header.get().strip();
    if (!v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (v.length() > MAX_DIGITS) {
        return Optional.of(LONGEST);
      }
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
