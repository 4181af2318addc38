package dev.lede.extract.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the date formats found in page metadata: ISO 8601 with or without offset or time (a
 * missing offset is read as UTC), {@code +0100}-style offsets, RFC 1123, and epoch seconds or
 * milliseconds.
 */
public final class Dates {
  private static final long MIN_EPOCH = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_EPOCH = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

  private Dates() {}

  public static Optional<Instant> parse(String raw) {
    if (raw == null) return Optional.empty();
    String s = raw.trim();
    if (s.length() < 4 || s.length() > 64) return Optional.empty();
    if (allDigits(s)) return epoch(s);
    if (Character.isLetter(s.charAt(0))) {
      try {
        return plausible(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    String iso = toIso(s);
    try {
      return plausible(OffsetDateTime.parse(iso).toInstant());
    } catch (DateTimeParseException ignored) {
      // try without offset
    }
    try {
      return plausible(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // try date only
    }
    try {
      String date = iso.length() >= 10 ? iso.substring(0, 10) : iso;
      return plausible(LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Normalises separators and offsets so java.time's ISO parsers accept the value. */
  private static String toIso(String s) {
    StringBuilder b = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == 10 && (c == ' ' || c == 't')) c = 'T';
      if (c == '/' && i < 10) c = '-';
      if (c == 'z' && i > 10) c = 'Z';
      b.append(c);
    }
    String t = b.toString();
    if (t.endsWith(" UTC") || t.endsWith(" GMT")) t = t.substring(0, t.length() - 4) + "Z";
    t = t.replace(" +", "+").replace(" -", "-");
    int tIdx = t.indexOf('T');
    if (tIdx > 0) {
      int sign = Math.max(t.lastIndexOf('+'), t.lastIndexOf('-'));
      if (sign > tIdx) {
        String off = t.substring(sign + 1);
        if (off.length() == 4 && allDigits(off)) {
          t = t.substring(0, sign + 1) + off.substring(0, 2) + ":" + off.substring(2);
        } else if (off.length() == 2 && allDigits(off)) {
          t = t + ":00";
        }
      }
      // HH:mm without seconds is accepted by ISO_LOCAL_TIME; "HH" alone is not.
    }
    return t;
  }

  private static Optional<Instant> epoch(String s) {
    try {
      long v = Long.parseLong(s);
      long secs = s.length() >= 13 ? v / 1000 : v;
      if (secs < MIN_EPOCH || secs > MAX_EPOCH) return Optional.empty();
      return Optional.of(Instant.ofEpochSecond(secs));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> plausible(Instant i) {
    long s = i.getEpochSecond();
    return s < MIN_EPOCH - 86400L * 365 * 60 || s > MAX_EPOCH ? Optional.empty() : Optional.of(i);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return !s.isEmpty();
  }
}
