package dev.lede.write.internal;

import dev.lede.model.SourceRef;
import dev.lede.write.WriterInput;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saying which outlet reported something, and when, from the source's own metadata: its outlet name
 * and its date (the published time, else the date in its URL's path, as publishers write it: {@code
 * /2013/may/03/}, {@code /2008/09/17/}, {@code /2008-09-17}). The only words of its own are the
 * fixed connectors "reported", "on" and "according to", so an attribution can say nothing the
 * source metadata does not.
 */
public final class Attribution {
  private Attribution() {}

  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d\\d)[/-](\\d{1,2}|[a-z]{3,9})[/-](\\d{1,2})(?=[/._-]|$)",
          Pattern.CASE_INSENSITIVE);

  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** The day an article came out: its published time (UTC), else its URL's date, else empty. */
  public static Optional<LocalDate> dateOf(WriterInput in) {
    if (in.published().isPresent()) {
      return Optional.of(LocalDate.ofInstant(in.published().get(), ZoneOffset.UTC));
    }
    return in.url().flatMap(Attribution::urlDate);
  }

  /** The date in a URL's path, when it holds one that exists. */
  static Optional<LocalDate> urlDate(String url) {
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      Optional<Integer> month = month(m.group(2));
      if (month.isEmpty()) {
        continue;
      }
      try {
        return Optional.of(
            LocalDate.of(Integer.parseInt(m.group(1)), month.get(), Integer.parseInt(m.group(3))));
      } catch (java.time.DateTimeException e) {
        // not a real date ("/2008/13/45/"): look further
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> month(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(s);
      return n >= 1 && n <= 12 ? Optional.of(n) : Optional.empty();
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      if (lower.length() >= 3
          && name.startsWith(lower)
          && (lower.length() == 3 || name.equals(lower))) {
        return Optional.of(m.getValue());
      }
    }
    return Optional.empty();
  }

  /** "17 September", or "17 September 2008" with the year. */
  public static String day(LocalDate d, boolean withYear) {
    return (withYear ? DAY_MONTH_YEAR : DAY_MONTH).format(d);
  }

  /** "BBC reported on 17 September" (or "... 2008"), or "according to BBC" without a date. */
  public static String phrase(String outlet, Optional<LocalDate> date, boolean withYear) {
    return date.map(d -> outlet + " reported on " + day(d, withYear))
        .orElse("according to " + outlet);
  }

  /** Every attribution {@link #phrase} can give for this outlet and date, longest first. */
  public static List<String> forms(String outlet, Optional<LocalDate> date) {
    List<String> out = new ArrayList<>();
    date.ifPresent(
        d -> {
          out.add(phrase(outlet, date, true));
          out.add(phrase(outlet, date, false));
        });
    out.add(phrase(outlet, Optional.empty(), false));
    return out;
  }

  /**
   * The sentence with ", {@code phrase}" before its closing full stop; empty when it does not end
   * in a plain full stop (a closing quotation mark, a question) and so cannot take one.
   */
  public static Optional<String> append(String sentence, String phrase) {
    String s = sentence.strip();
    if (!s.endsWith(".") || s.endsWith("..") || s.length() < 2) {
      return Optional.empty();
    }
    char before = s.charAt(s.length() - 2);
    if (!Character.isLetterOrDigit(before) && before != ')') {
      return Optional.empty();
    }
    return Optional.of(s.substring(0, s.length() - 1) + ", " + phrase + ".");
  }

  /**
   * Whether a sentence carries an attribution of one of {@code sources}: a reconciliation or a
   * dated development, whose outlet names and dates are metadata, not source text, and so no
   * material for a headline or a summary.
   */
  public static boolean carriesAny(String sentence, List<SourceRef> sources) {
    return !strip(sentence, sources).equals(sentence);
  }

  /** The sentence without the attributions of {@code sources} it carries. */
  public static String strip(String sentence, List<SourceRef> sources) {
    String out = sentence;
    for (SourceRef r : sources) {
      Optional<LocalDate> date =
          r.published().map(p -> LocalDate.ofInstant(p, ZoneOffset.UTC)).or(() -> urlDate(r.url()));
      for (String form : forms(r.outlet(), date)) {
        out = out.replace(", " + form, "");
      }
    }
    return out;
  }
}
