package dev.lede.write.internal;

import dev.lede.lang.LanguageDetector;
import dev.lede.lang.WordLists;
import dev.lede.model.SourceRef;
import dev.lede.write.WriterInput;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saying which outlet reported something, and when, from the source's own metadata: its outlet name
 * and its date (the published time, else the date in its URL's path, as publishers write it: {@code
 * /2013/may/03/}, {@code /2008/09/17/}, {@code /2008-09-17}). The only words of its own are the
 * fixed connectors of {@code attributions.txt}, one set per edition language ("reported on",
 * "according to"; "보도"; "報道"; "报道"), so an attribution can say nothing the source metadata does
 * not, and a Korean sentence is never closed by English words.
 */
public final class Attribution {
  private Attribution() {}

  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d\\d)[/-](\\d{1,2}|[a-z]{3,9})[/-](\\d{1,2})(?=[/._-]|$)",
          Pattern.CASE_INSENSITIVE);

  /** A date written as one path segment of eight digits: "/20070503/" (presstelegram.com). */
  private static final Pattern URL_COMPACT_DATE =
      Pattern.compile("/((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/._-]|$)");

  /**
   * One language's way of attributing, from {@code attributions.txt}.
   *
   * @param lead the clause opening of a reconciliation ("{outlet} reported on {date} that"), or
   *     empty where the language puts every attribution in a tail
   */
  record Style(
      String language,
      String dated,
      String undated,
      DateTimeFormatter day,
      DateTimeFormatter dayYear,
      String tail,
      String leadDated,
      String leadUndated) {
    String phrase(String outlet, Optional<LocalDate> date, boolean withYear) {
      return date.map(d -> fill(dated, outlet, (withYear ? dayYear : day).format(d)))
          .orElse(fill(undated, outlet, ""));
    }

    /** What goes before the closing full stop: ", BBC reported on 3 May", "(연합뉴스 5월 3일 보도)". */
    String tail(String outlet, Optional<LocalDate> date, boolean withYear) {
      return tail.replace("{phrase}", phrase(outlet, date, withYear));
    }

    /** "BBC reported on 3 May that ", or empty when the language has no lead. */
    String lead(String outlet, Optional<LocalDate> date, boolean withYear) {
      if (leadDated.isEmpty()) {
        return "";
      }
      return date.map(d -> fill(leadDated, outlet, (withYear ? dayYear : day).format(d)))
              .orElse(fill(leadUndated, outlet, ""))
          + " ";
    }

    private static String fill(String pattern, String outlet, String date) {
      return pattern.replace("{outlet}", outlet).replace("{date}", date);
    }
  }

  private static final Map<String, Style> STYLES = styles();

  private static Map<String, Style> styles() {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String line : WordLists.lines(Attribution.class, "attributions.txt")) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new LinkedHashMap<>();
        sections.put(line.substring(1, line.length() - 1), current);
        continue;
      }
      int eq = line.indexOf(" = ");
      if (current == null || eq < 0) {
        throw new IllegalStateException("attributions.txt: not a 'key = value' line: " + line);
      }
      current.put(line.substring(0, eq).strip(), line.substring(eq + 3));
    }
    Map<String, Style> out = new LinkedHashMap<>();
    sections.forEach(
        (lang, kv) -> {
          Locale locale = Locale.forLanguageTag(lang);
          out.put(
              lang,
              new Style(
                  lang,
                  kv.get("dated"),
                  kv.get("undated"),
                  DateTimeFormatter.ofPattern(kv.get("day"), locale),
                  DateTimeFormatter.ofPattern(kv.get("day-year"), locale),
                  kv.get("tail"),
                  kv.getOrDefault("lead-dated", ""),
                  kv.getOrDefault("lead-undated", "")));
        });
    if (!out.containsKey("en")) {
      throw new IllegalStateException("attributions.txt has no [en] section");
    }
    return Map.copyOf(out);
  }

  /** The style of the language {@code text} is written in (English's for any other). */
  static Style styleOf(String text) {
    return STYLES.getOrDefault(LanguageDetector.detect(text), STYLES.get("en"));
  }

  private static final Style ENGLISH = STYLES.get("en");

  /**
   * The day an article came out: its published time (UTC), else its URL's date, else the dateline
   * on a line of its own at its top ({@link Datelines}), else empty.
   */
  public static Optional<LocalDate> dateOf(WriterInput in) {
    if (in.published().isPresent()) {
      return Optional.of(LocalDate.ofInstant(in.published().get(), ZoneOffset.UTC));
    }
    return in.url().flatMap(Attribution::urlDate).or(() -> Datelines.of(in.text()));
  }

  /** The date in a URL's path, when it holds one that exists. */
  static Optional<LocalDate> urlDate(String url) {
    for (Pattern p : List.of(URL_DATE, URL_COMPACT_DATE)) {
      Optional<LocalDate> day = urlDate(p.matcher(url));
      if (day.isPresent()) {
        return day;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> urlDate(Matcher m) {
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
    return (withYear ? ENGLISH.dayYear() : ENGLISH.day()).format(d);
  }

  /** "BBC reported on 17 September" (or "... 2008"), or "according to BBC" without a date. */
  public static String phrase(String outlet, Optional<LocalDate> date, boolean withYear) {
    return ENGLISH.phrase(outlet, date, withYear);
  }

  /** Every English attribution {@link #phrase} can give for this outlet and date, longest first. */
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
   * Every tail (", BBC reported on 17 September", "(BBC 9월 17일 보도)") an attribution of this outlet
   * and date can end a clause with, in any language, longest first.
   */
  public static List<String> tails(String outlet, Optional<LocalDate> date) {
    List<String> out = new ArrayList<>();
    for (Style st : STYLES.values()) {
      date.ifPresent(
          d -> {
            out.add(st.tail(outlet, date, true));
            out.add(st.tail(outlet, date, false));
          });
      out.add(st.tail(outlet, Optional.empty(), false));
    }
    out.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return out;
  }

  /** Every lead ("BBC reported on 17 September that ") a clause of this outlet may open with. */
  public static List<String> leads(String outlet, Optional<LocalDate> date) {
    List<String> out = new ArrayList<>();
    for (Style st : STYLES.values()) {
      date.ifPresent(
          d -> {
            out.add(st.lead(outlet, date, true));
            out.add(st.lead(outlet, date, false));
          });
      out.add(st.lead(outlet, Optional.empty(), false));
    }
    out.removeIf(String::isEmpty);
    out.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return out;
  }

  /**
   * The English opening of a clause this outlet reported: "BBC reported on 3 May that ", or "BBC
   * reported that " without a date.
   */
  static String lead(String outlet, Optional<LocalDate> date, boolean withYear) {
    return ENGLISH.lead(outlet, date, withYear);
  }

  /** The full stop a sentence closes with: "。" in Japanese and Chinese text that has one. */
  static String stopOf(String sentence) {
    return sentence.strip().endsWith("。") ? "。" : ".";
  }

  /** The full stops a sentence may close with, Latin and CJK. */
  static final List<String> STOPS = List.of(".", "。");

  /**
   * The English sentence with ", {@code phrase}" before its closing full stop; empty when it does
   * not end in a plain full stop (a closing quotation mark, a question) and so cannot take one.
   */
  public static Optional<String> append(String sentence, String phrase) {
    return closeWith(sentence, ", " + phrase);
  }

  /**
   * The sentence saying, in its own language ({@code attributions.txt}), that {@code outlet}
   * reported it (on {@code date}); empty when it cannot take an attribution.
   */
  public static Optional<String> attribute(
      String sentence, String outlet, Optional<LocalDate> date, boolean withYear) {
    return closeWith(sentence, styleOf(sentence).tail(outlet, date, withYear));
  }

  private static Optional<String> closeWith(String sentence, String tail) {
    String s = sentence.strip();
    String stop = STOPS.stream().filter(s::endsWith).findFirst().orElse(null);
    if (stop == null || s.endsWith(stop + stop) || s.length() < 2) {
      return Optional.empty();
    }
    char before = s.charAt(s.length() - 2);
    if (!Character.isLetterOrDigit(before) && before != ')') {
      return Optional.empty();
    }
    return Optional.of(s.substring(0, s.length() - stop.length()) + tail + stop);
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
      out = strip(out, r.outlet(), date);
      if (date.isEmpty()) {
        // A day from the article's dateline, which a reference does not carry: any day.
        out = anyDay(r.outlet()).matcher(out).replaceAll("");
      }
    }
    return out;
  }

  /** The English dated tail or lead of {@code outlet} with any day ("BBC reported on 3 May"). */
  private static Pattern anyDay(String outlet) {
    String reported = Pattern.quote(outlet) + " reported on \\d{1,2} \\p{L}+(?: \\d{4})?";
    return Pattern.compile(", " + reported + "(?=[.。]$)|" + reported + " that ");
  }

  /** The sentence without the attributions of these articles' outlets and dates. */
  public static String bare(String sentence, List<WriterInput> inputs) {
    String out = sentence;
    for (WriterInput in : inputs) {
      out = strip(out, in.outlet(), dateOf(in));
    }
    return out;
  }

  private static String strip(String sentence, String outlet, Optional<LocalDate> date) {
    String out = sentence;
    for (String tail : tails(outlet, date)) {
      out = out.replace(tail, "");
    }
    for (String lead : leads(outlet, date)) {
      out = out.replace(lead, "");
    }
    return out;
  }
}
