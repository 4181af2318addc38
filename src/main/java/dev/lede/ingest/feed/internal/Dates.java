package dev.lede.ingest.feed.internal;

import dev.lede.lang.EnglishWords;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient date parsing for feeds: RFC 822/1123 with the usual deviations (missing seconds or zone,
 * North American zone names, two-digit years, swapped day and month), ISO 8601 / RFC 3339 / W3CDTF
 * (reduced precision, no zone means UTC, basic format) and C asctime. Unparseable input is empty,
 * never an exception.
 */
public final class Dates {
  private Dates() {}

  private static final int MAX_LENGTH = 100;

  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  /** Zone abbreviations seen in feeds, in minutes east of UTC. */
  private static final Map<String, Integer> ZONES =
      Map.ofEntries(
          Map.entry("ut", 0),
          Map.entry("utc", 0),
          Map.entry("gmt", 0),
          Map.entry("z", 0),
          Map.entry("wet", 0),
          Map.entry("west", 60),
          Map.entry("bst", 60),
          Map.entry("cet", 60),
          Map.entry("met", 60),
          Map.entry("cest", 120),
          Map.entry("mest", 120),
          Map.entry("eet", 120),
          Map.entry("eest", 180),
          Map.entry("msk", 180),
          Map.entry("ist", 330),
          Map.entry("hkt", 480),
          Map.entry("sgt", 480),
          Map.entry("awst", 480),
          Map.entry("jst", 540),
          Map.entry("kst", 540),
          Map.entry("acst", 570),
          Map.entry("aest", 600),
          Map.entry("aedt", 660),
          Map.entry("nzst", 720),
          Map.entry("nzdt", 780),
          Map.entry("ast", -240),
          Map.entry("adt", -180),
          Map.entry("edt", -240),
          Map.entry("est", -300),
          Map.entry("cdt", -300),
          Map.entry("cst", -360),
          Map.entry("mdt", -360),
          Map.entry("mst", -420),
          Map.entry("pdt", -420),
          Map.entry("pst", -480),
          Map.entry("akdt", -480),
          Map.entry("akst", -540),
          Map.entry("hst", -600));

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2}))?)?"
              + "(?:[T\\s]+(\\d{1,2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?)?)?"
              + "\\s*(Z|[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z]{1,5})?");

  public static Optional<Instant> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      Optional<Instant> iso = iso(s);
      if (iso.isPresent()) {
        return iso;
      }
      Optional<Instant> rfc = rfc822(s);
      if (rfc.isPresent()) {
        return rfc;
      }
      return asctime(s);
    } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> iso(String s) {
    Matcher m = ISO.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    int nanos = 0;
    if (m.group(7) != null) {
      String frac = (m.group(7) + "000000000").substring(0, 9);
      nanos = Integer.parseInt(frac);
    }
    Optional<Integer> offset = zone(m.group(8) == null ? "" : m.group(8));
    if (offset.isEmpty()) {
      return Optional.empty();
    }
    return build(year, month, day, hour, minute, second, nanos, offset.get());
  }

  private static Optional<Instant> rfc822(String s) {
    List<String> parts = tokens(s);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    if (isDayName(parts.get(0))) {
      parts.remove(0);
    }
    if (parts.size() < 3) {
      return Optional.empty();
    }
    Integer month = month(parts.get(1));
    int day;
    if (isNumber(parts.get(0))) {
      day = Integer.parseInt(parts.get(0));
    } else if (month(parts.get(0)) != null && isNumber(parts.get(1))) {
      month = month(parts.get(0));
      day = Integer.parseInt(parts.get(1));
    } else {
      return Optional.empty();
    }
    if (month == null || !isNumber(parts.get(2)) || parts.get(2).length() > 4) {
      return Optional.empty();
    }
    int year = Integer.parseInt(parts.get(2));
    if (parts.get(2).length() <= 2) {
      year += year < 90 ? 2000 : 1900;
    }
    int[] hms = {0, 0, 0};
    int nanos = 0;
    int zoneIndex = 3;
    if (parts.size() > 3 && parts.get(3).contains(":")) {
      String[] t = parts.get(3).split(":");
      if (t.length > 3) {
        return Optional.empty();
      }
      for (int i = 0; i < t.length; i++) {
        String v = t[i];
        if (i == 2 && v.contains(".")) {
          String frac = v.substring(v.indexOf('.') + 1);
          v = v.substring(0, v.indexOf('.'));
          if (!isNumber(frac)) {
            return Optional.empty();
          }
          nanos = Integer.parseInt((frac + "000000000").substring(0, 9));
        }
        if (!isNumber(v)) {
          return Optional.empty();
        }
        hms[i] = Integer.parseInt(v);
      }
      zoneIndex = 4;
    }
    String zone = parts.size() > zoneIndex ? parts.get(zoneIndex) : "";
    Optional<Integer> offset = zone(zone);
    return build(year, month, day, hms[0], hms[1], hms[2], nanos, offset.orElse(0));
  }

  /** {@code Sun Jan 4 16:29:06 PST 2004} and {@code Sun Jan 4 16:29:06 2004}. */
  private static Optional<Instant> asctime(String s) {
    List<String> p = tokens(s);
    if (p.size() < 4 || !isDayName(p.get(0))) {
      return Optional.empty();
    }
    Integer month = month(p.get(1));
    String last = p.get(p.size() - 1);
    if (month == null || !isNumber(p.get(2)) || !isNumber(last) || last.length() != 4) {
      return Optional.empty();
    }
    String time = p.get(3);
    String zone = p.size() == 6 ? p.get(4) : "";
    List<String> rebuilt = new ArrayList<>(List.of(p.get(2), p.get(1), last, time));
    if (!zone.isEmpty()) {
      rebuilt.add(zone);
    }
    return rfc822(String.join(" ", rebuilt));
  }

  private static List<String> tokens(String s) {
    String cleaned = s.replace(',', ' ').toLowerCase(Locale.ROOT);
    // "GMT+01:00" and "(GMT)" comments: keep the offset, drop the comment.
    cleaned = cleaned.replaceAll("\\(.*?\\)", " ");
    List<String> out = new ArrayList<>();
    for (String t : cleaned.split("\\s+")) {
      if (t.isEmpty()) {
        continue;
      }
      // "22-Jun-2021" style
      if (t.matches("\\d{1,2}-[a-z]{3,9}-\\d{2,4}")) {
        out.addAll(List.of(t.split("-")));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean isDayName(String t) {
    return t.length() >= 3
        && DAYS.contains(t.substring(0, 3))
        && t.chars().allMatch(Character::isLetter);
  }

  private static Integer month(String t) {
    if (t.length() < 3 || !t.chars().allMatch(Character::isLetter)) {
      return null;
    }
    // A month's first three letters name it: feeds write "Sept" and "Juni" too.
    int month = EnglishWords.month(t.substring(0, 3));
    return month == 0 ? null : month;
  }

  private static boolean isNumber(String t) {
    if (t.isEmpty() || t.length() > 9) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Minutes east of UTC; empty string means UTC; unknown names are rejected. */
  private static Optional<Integer> zone(String z) {
    String t = z.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("etc/")) {
      t = t.substring(4);
    }
    if (t.startsWith("gmt") || t.startsWith("utc")) {
      String rest = t.substring(3);
      t = rest.isEmpty() ? "gmt" : rest;
    }
    if (t.isEmpty()) {
      return Optional.of(0);
    }
    char c = t.charAt(0);
    if (c == '+' || c == '-') {
      String digits = t.substring(1).replace(":", "");
      if (!isNumber(digits) || digits.length() > 4) {
        return Optional.empty();
      }
      int h;
      int m = 0;
      if (digits.length() <= 2) {
        h = Integer.parseInt(digits);
      } else {
        h = Integer.parseInt(digits.substring(0, digits.length() - 2));
        m = Integer.parseInt(digits.substring(digits.length() - 2));
      }
      int total = h * 60 + m;
      return Optional.of(c == '-' ? -total : total);
    }
    return Optional.ofNullable(ZONES.get(t));
  }

  private static Optional<Instant> build(
      int year, int month, int day, int hour, int minute, int second, int nanos, int offsetMin) {
    if (year < 1 || year > 9999 || Math.abs(offsetMin) > 18 * 60) {
      return Optional.empty();
    }
    // 24:00 and leap seconds are tolerated by rolling over rather than rejecting.
    int extraSeconds = 0;
    if (second == 60) {
      second = 59;
      extraSeconds = 1;
    }
    int extraDays = 0;
    if (hour == 24 && minute == 0 && second == 0) {
      hour = 0;
      extraDays = 1;
    }
    LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    return Optional.of(
        ldt.plusDays(extraDays)
            .plusSeconds(extraSeconds)
            .toInstant(ZoneOffset.ofTotalSeconds(offsetMin * 60)));
  }
}
