package dev.lede.web.internal;

import dev.lede.lang.WordLists;
import dev.lede.web.EntityKind;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fixed words of a story page (headings, labels, the byline, the disclaimer) and its date
 * formats, in English, Korean, Japanese and Chinese: a story page speaks its story's language, the
 * other pages the site's. Each language is a resource file, {@code messages_LANG.properties} (read
 * by {@link WordLists#properties}), with a row for every {@link Msg}: a file lacking one fails when
 * the class loads, naming it.
 *
 * <p>Rows that take arguments are {@link MessageFormat} patterns ({@code {0}}, plural choices), so
 * a quote in them would have to be doubled; none has one.
 */
public final class Messages {

  /**
   * One phrase, in every language's {@code messages_LANG.properties} under its name (a row that
   * takes arguments says what they are).
   */
  public enum Msg {
    SKIP_TO_CONTENT,
    NAV_LABEL,
    NAV_TOP_STORIES,
    NAV_TOPICS,
    NAV_SOURCES,
    NAV_SEARCH,
    /** {0}: the site name. */
    FOOTER,
    SITEMAP,
    TOPICS_IN_STORY,
    /** Before the author in the byline; Korean, Japanese and Chinese name the author alone. */
    BY,
    /** {0}: source articles, {1}: outlets. */
    FROM_SOURCES,
    PUBLISHED,
    UPDATED,
    /** {0}: the version number. */
    VERSION,
    DIFFERENCES,
    BACKGROUND,
    FROM_EARLIER_COVERAGE,
    COVERAGE,
    /** Before the span of days the story's sources came out, e.g. "Coverage 17-20 Sep 2008". */
    COVERAGE_DATES,
    CHART_TITLE,
    /** {0}: articles, {1}: outlets, {2}: first time, {3}: last time. */
    CHART_SUMMARY,
    /** As {@link #CHART_SUMMARY} when every article has the same time {2}. */
    CHART_SUMMARY_ONE_TIME,
    /** {0}: how many outlets the row folds together. */
    OTHER_OUTLETS,
    TIMES_IN_UTC,
    ABOUT_STORY,
    /** {0}: source articles, {1}: their outlets. As the writer's disclaimer says in English. */
    DISCLAIMER,
    /** {0}: earlier related articles the background cites. */
    DISCLAIMER_BACKGROUND,
    READ_ORIGINALS,
    SOURCES,
    SOURCES_NOTE,
    BACK_TO_SENTENCE,
    UNLISTED_SOURCE,
    /** {0}: the source's number, as the marker shows it. */
    SOURCE_MARKER,
    UPDATE_HISTORY,
    RELATED,
    WHY_RELATED,
    /** {0}: outlets, {1}: articles. */
    CARD_COUNTS,
    /** Between a pull quote's speaker and the outlet that reported it. */
    AS_REPORTED_BY,
    /** Before the other language editions of the story: "Also reported in 한국어, 3 sources". */
    ALSO_REPORTED_IN,
    /** {0}: the edition's language, in that language; {1}: its sources. */
    EDITION,
    PERSON,
    ORGANISATION,
    PLACE,
    TOPIC
  }

  /** English, the default. */
  public static final Messages EN = new Messages("en", Locale.ENGLISH);

  /** Korean. */
  public static final Messages KO = new Messages("ko", Locale.KOREAN);

  /** Japanese. */
  public static final Messages JA = new Messages("ja", Locale.JAPANESE);

  /** Chinese (simplified). */
  public static final Messages ZH = new Messages("zh", Locale.SIMPLIFIED_CHINESE);

  private final String lang;
  private final Locale locale;
  private final DateTimeFormatter long_;
  private final DateTimeFormatter day;
  private final List<DateTimeFormatter> ticks;
  private final Map<Msg, String> phrases = new EnumMap<>(Msg.class);

  private Messages(String lang, Locale locale) {
    this.lang = lang;
    this.locale = locale;
    String file = "messages_" + lang + ".properties";
    Map<String, String> rows = WordLists.properties(Messages.class, file);
    for (Msg m : Msg.values()) {
      phrases.put(m, row(rows, file, m.name()));
    }
    this.long_ = date(row(rows, file, "date.time"));
    this.day = date(row(rows, file, "date.day"));
    this.ticks =
        Stream.of("dayTime", "time", "day", "month", "year")
            .map(t -> date(row(rows, file, "tick." + t)))
            .toList();
  }

  /** Fails naming the file and the row a language lacks, so none can lack one. */
  private static String row(Map<String, String> rows, String file, String key) {
    String v = rows.get(key);
    if (v == null) {
      throw new IllegalStateException(file + " has no row " + key);
    }
    return v;
  }

  private DateTimeFormatter date(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneOffset.UTC);
  }

  /**
   * Korean, Japanese or Chinese for their language tags ({@code ko}, {@code ko-KR}, {@code ja},
   * {@code zh-Hans}), English for any other.
   */
  public static Messages forLanguage(String tag) {
    String primary = tag.strip().split("-", 2)[0].toLowerCase(Locale.ROOT);
    return switch (primary) {
      case "ko" -> KO;
      case "ja" -> JA;
      case "zh" -> ZH;
      default -> EN;
    };
  }

  /** The name of the language {@code tag} in that language: "한국어", "日本語", "English". */
  public static String languageName(String tag) {
    Locale l = Locale.forLanguageTag(tag.strip());
    String name = l.getDisplayLanguage(l);
    return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(l) + name.substring(1);
  }

  /** The language these messages are in, as a BCP 47 tag. */
  public String lang() {
    return lang;
  }

  /** The phrase, as is (for rows without arguments). */
  public String get(Msg m) {
    return phrases.get(m);
  }

  /** The phrase with its arguments filled in. */
  public String format(Msg m, Object... args) {
    return new MessageFormat(get(m), locale).format(args);
  }

  /**
   * The days from {@code first} to {@code last} (UTC) as few words as they allow: "17 Sep 2008",
   * "17-20 Sep 2008", "28 Aug - 3 Sep 2008", "28 Dec 2008 - 3 Jan 2009"; in Korean "2008년 9월
   * 17~20일", "2008년 8월 28일~9월 3일", "2008년 12월 28일~2009년 1월 3일"; in Japanese and Chinese
   * "2008年9月17日～20日".
   */
  public String span(Instant first, Instant last) {
    java.time.LocalDate a = java.time.LocalDate.ofInstant(first, ZoneOffset.UTC);
    java.time.LocalDate b = java.time.LocalDate.ofInstant(last, ZoneOffset.UTC);
    if (b.isBefore(a)) {
      java.time.LocalDate x = a;
      a = b;
      b = x;
    }
    if (a.equals(b)) {
      return day.format(first.isBefore(last) ? first : last);
    }
    if (this != EN) {
      // 2008년 9월 17~20일, 2008年9月17日～20日: year, month and day marked by their own words.
      String y = this == KO ? "yyyy년 " : "yyyy年";
      String m = this == KO ? "M월 " : "M月";
      String d = this == KO ? "d일" : "d日";
      String tilde = this == KO ? "~" : "～";
      if (a.getYear() != b.getYear()) {
        return pattern(y + m + d, a) + tilde + pattern(y + m + d, b);
      }
      if (a.getMonth() != b.getMonth()) {
        return pattern(y + m + d, a) + tilde + pattern(m + d, b);
      }
      return this == KO
          ? pattern("yyyy년 M월 d", a) + "~" + pattern("d일", b)
          : pattern(y + m + d, a) + tilde + pattern(d, b);
    }
    if (a.getYear() != b.getYear()) {
      return pattern("d MMM yyyy", a) + " - " + pattern("d MMM yyyy", b);
    }
    if (a.getMonth() != b.getMonth()) {
      return pattern("d MMM", a) + " - " + pattern("d MMM yyyy", b);
    }
    return pattern("d", a) + "-" + pattern("d MMM yyyy", b);
  }

  private String pattern(String p, java.time.LocalDate d) {
    return DateTimeFormatter.ofPattern(p, locale).format(d);
  }

  /** A {@code <time>} element's content in this language. */
  public Dates.When when(Instant t) {
    return new Dates.When(Dates.iso(t), long_.format(t), day.format(t));
  }

  /**
   * The chart's tick format: {@code 0} day and time, {@code 1} time, {@code 2} day, {@code 3}
   * month, {@code 4} year.
   */
  DateTimeFormatter tick(int kind) {
    return ticks.get(kind);
  }

  /** A reader-facing name of an entity kind. */
  public String kind(EntityKind k) {
    return get(
        switch (k) {
          case PERSON -> Msg.PERSON;
          case ORGANIZATION -> Msg.ORGANISATION;
          case PLACE -> Msg.PLACE;
          case OTHER -> Msg.TOPIC;
        });
  }

  /**
   * The story's disclaimer. The writer writes it in English; in English it is shown as written, in
   * another language these messages say the same from the same facts.
   *
   * @param written the writer's disclaimer
   * @param articles the story's own source articles
   * @param outlets their distinct outlets, in order
   * @param background earlier articles only the background cites
   */
  public String disclaimer(String written, int articles, List<String> outlets, int background) {
    if (this == EN) {
      return written;
    }
    String s = format(Msg.DISCLAIMER, articles, String.join(", ", outlets));
    return background == 0 ? s : s + format(Msg.DISCLAIMER_BACKGROUND, background);
  }
}
