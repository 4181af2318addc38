package dev.lede.nlp;

import dev.lede.lang.EnglishWords;
import dev.lede.nlp.internal.CjkNumerals;
import dev.lede.nlp.internal.Lexicon;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts, dates and places to check a written story against its sources. Patterns are tried
 * in priority order (dates, money, percentages, quantities) and a later match overlapping an
 * earlier one is dropped, so the "2009" of "June 5, 2009" is not also a quantity. Korean, Japanese
 * and Chinese dates, counters and currencies ("2008년 8월 27일", "3명", "3억 원", "約3万人", "三千人", "1만 2천
 * 명", "1億2000万円", "5亿元") are covered, their numerals read by {@link CjkNumerals}.
 */
public final class FactExtractor {
  private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final String B = "(?<![\\p{L}\\p{N}.,])";
  // Japanese and Chinese write no space before a date: "は3月11日", "于2011年".
  private static final String NO_DIGIT_BEFORE = "(?<![\\p{N}.,])";
  private static final String MONTHS = EnglishWords.monthPattern();
  private static final String FULL_MONTHS = EnglishWords.fullMonthPattern();

  private static final Pattern DATE_MDY =
      Pattern.compile(
          "\\b" + MONTHS + "\\s(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s(\\d{4}))?(?![\\p{L}\\p{N}])");
  private static final Pattern DATE_DMY =
      Pattern.compile(
          B + "(\\d{1,2})(?:st|nd|rd|th)?\\s" + MONTHS + "(?:,?\\s(\\d{4}))?(?![\\p{L}\\p{N}])");
  private static final Pattern DATE_MY =
      Pattern.compile("\\b" + MONTHS + ",?\\s(\\d{4})(?![\\p{L}\\p{N}])");
  private static final Pattern DATE_ISO =
      Pattern.compile(B + "(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}])");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(" + EnglishWords.anyWeekday() + ")\\b");
  private static final Pattern DATE_CJK_YMD =
      Pattern.compile("(\\d{4})\\s?[년年]\\s?(\\d{1,2})\\s?[월月]\\s?(\\d{1,2})\\s?[일日]");
  private static final Pattern DATE_CJK_YM =
      Pattern.compile("(\\d{4})\\s?[년年]\\s?(\\d{1,2})\\s?[월月]");
  private static final Pattern DATE_CJK_MD =
      Pattern.compile(NO_DIGIT_BEFORE + "(\\d{1,2})\\s?[월月]\\s?(\\d{1,2})\\s?[일日]");
  private static final Pattern DATE_CJK_Y =
      Pattern.compile(NO_DIGIT_BEFORE + "(\\d{4})\\s?[년年](?!간|대|度|代|間)");
  private static final Pattern YEAR =
      Pattern.compile(
          "\\b(?:in|since|until|by|from|during|before|after|through|of|In|Since|By|From|Until)"
              + "\\s((?:1[5-9]|20)\\d\\d)(?![\\p{L}\\p{N}%])");
  private static final Pattern MONTH_ALONE =
      Pattern.compile("\\b(?:in|since|until|by|during|early|late|mid-)\\s?" + FULL_MONTHS + "\\b");

  private static final Pattern MONEY_SYMBOL =
      Pattern.compile(
          "(US\\$|A\\$|C\\$|HK\\$|NZ\\$|S\\$|R\\$|\\$|€|£|¥|₩|₹)\\s?"
              + NUM
              + "(?:\\s?(million|billion|trillion|thousand|bn|mn|m|k)(?![\\p{L}]))?");
  private static final Pattern MONEY_WORD =
      Pattern.compile(
          B
              + NUM
              + "(?:\\s(million|billion|trillion|thousand))?\\s(dollars?|euros?|pounds sterling"
              + "|yen|yuan|won|rupees?|francs?|USD|EUR|GBP|JPY|KRW|CNY|CHF)(?![\\p{L}])");
  // A CJK amount: digits or Han numerals with Han or Hangul units ("3万", "1만 2천", "三千", "2.5억").
  // Arabic digits may follow a Han letter ("約3万人", "死者3人": no spaces in Chinese or Japanese);
  // Han numerals after another letter only with a unit ("造成一万二千人"; "統一人" holds no 1).
  private static final String NUM_CJK =
      "((?:(?<![\\p{N}.,\\p{IsLatin}])(?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})+|[0-9０-９]+)(?:\\.[0-9０-９]+)?"
          + "|(?:(?<=[約约計计共達达近超逾余])|(?<![\\p{L}\\p{N}]))["
          + CjkNumerals.HAN_DIGITS
          + "十]["
          + CjkNumerals.HAN_DIGITS
          + CjkNumerals.UNITS
          + "]*|(?<![\\p{N}])["
          + CjkNumerals.HAN_DIGITS
          + "]["
          + CjkNumerals.HAN_DIGITS
          + "]*["
          + CjkNumerals.UNITS
          + "]["
          + CjkNumerals.HAN_DIGITS
          + CjkNumerals.UNITS
          + "]*)(?:\\s?[0-9０-９]*\\s?["
          + CjkNumerals.UNITS
          + "])*)";
  private static final Pattern MONEY_CJK =
      Pattern.compile(
          NUM_CJK + "\\s?(원|달러|위안|엔|유로|파운드|円|米ドル|ドル|美元|日元|韩元|韓元|欧元|歐元|英镑|人民币|元|ユーロ" + "|ウォン|ポンド)");
  private static final Pattern PERCENT =
      Pattern.compile(
          B
              + NUM
              + "\\s?(%p(?![\\p{L}])|%포인트|%|％|퍼센트|(?:percentage points?|percent|per cent)"
              + "(?![\\p{L}]))");

  /** Units of measure: a length, a weight, an area, a speed, a volume, a temperature. */
  private static final String MEASURE_UNITS =
      "km/h|km²|sq km|square (?:kilometres|"
          + "kilometers|miles)|kilometres|kilometers|kilometre|kilometer|km|miles|mile|mph|kph"
          + "|metres|meters|metre|meter|cm|mm|m|kg|kilograms|kilogram|grams|tonnes|tonne|tons|ton"
          + "|lbs|lb|feet|foot|ft|inches|inch|acres|acre|hectares|ha|litres|liters|litre|liter"
          + "|gallons|barrels|°C|°F|degrees|GB|MB|TB|GHz|MHz|MW|GW|kW|kWh|millimetres|millimeters"
          + "|centimetres|centimeters|pixels";

  private static final Pattern MEASURE_UNIT = Pattern.compile("(?:" + MEASURE_UNITS + ")");

  private static final Pattern MEASURE =
      Pattern.compile(
          B
              + NUM
              + "(?:\\s(million|billion|thousand))?(?:\\s?|-)("
              + MEASURE_UNITS
              + ")(?![\\p{L}])");

  /**
   * Whether a quantity's unit is a unit of measure ("2,000 feet", "150 metres", "60 mph"): a size,
   * not a count of people or things.
   */
  public static boolean isMeasureUnit(String unit) {
    return MEASURE_UNIT.matcher(unit).matches();
  }

  private static final Pattern COUNT_CJK =
      Pattern.compile(
          NUM_CJK
              + "\\s?(명|개국|개|건|곳|척|마리|차례|가구|채|킬로미터|톤|미터|시간|개월|표|석|회|편|권|위"
              + "|人|名|个|個|座|起|件|棟|戸|世帯|隻|艘|機|架|台|回|次|か国|カ国|ヵ国|ヶ国|ヶ所|か所|カ所|箇所|国"
              + "|キロメートル|キロ|公里|トン|吨|票|議席|席|歳|岁|頭|匹|軒|家|所|校|户|辆|両)");
  // Spelled-out counts: cardinals below 100 and "dozens", "hundreds", "thousands" (the scale words
  // themselves follow a number).
  private static final String COUNT_WORDS =
      EnglishWords.pattern(
          EnglishWords.numberWords(
              n ->
                  n.form() == EnglishWords.Form.CARDINAL
                      ? n.value() >= 1 && n.value() < 100
                      : n.form() == EnglishWords.Form.PLURAL && n.value() <= 1000));
  private static final Pattern COUNT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,$€£¥₩])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|"
              + COUNT_WORDS
              + ")(?:\\s(million|billion|thousand|hundred))?\\s(?:(?:more|new|other|additional|"
              + "separate|further|extra)\\s)?([a-z][a-z-]{2,})\\b");

  private static final Map<String, String> CURRENCIES =
      Map.ofEntries(
          Map.entry("us$", "USD"),
          Map.entry("$", "USD"),
          Map.entry("a$", "AUD"),
          Map.entry("c$", "CAD"),
          Map.entry("hk$", "HKD"),
          Map.entry("nz$", "NZD"),
          Map.entry("s$", "SGD"),
          Map.entry("r$", "BRL"),
          Map.entry("€", "EUR"),
          Map.entry("£", "GBP"),
          Map.entry("¥", "JPY"),
          Map.entry("₩", "KRW"),
          Map.entry("₹", "INR"),
          Map.entry("dollar", "USD"),
          Map.entry("euro", "EUR"),
          Map.entry("pounds sterling", "GBP"),
          Map.entry("yen", "JPY"),
          Map.entry("yuan", "CNY"),
          Map.entry("won", "KRW"),
          Map.entry("rupee", "INR"),
          Map.entry("franc", "CHF"),
          Map.entry("원", "KRW"),
          Map.entry("달러", "USD"),
          Map.entry("위안", "CNY"),
          Map.entry("엔", "JPY"),
          Map.entry("유로", "EUR"),
          Map.entry("파운드", "GBP"),
          Map.entry("円", "JPY"),
          Map.entry("米ドル", "USD"),
          Map.entry("ドル", "USD"),
          Map.entry("美元", "USD"),
          Map.entry("日元", "JPY"),
          Map.entry("韩元", "KRW"),
          Map.entry("韓元", "KRW"),
          Map.entry("欧元", "EUR"),
          Map.entry("歐元", "EUR"),
          Map.entry("英镑", "GBP"),
          Map.entry("人民币", "CNY"),
          Map.entry("元", "CNY"),
          Map.entry("ユーロ", "EUR"),
          Map.entry("ウォン", "KRW"),
          Map.entry("ポンド", "GBP"));
  private static final Map<String, BigDecimal> SCALES =
      Map.ofEntries(
          Map.entry("thousand", new BigDecimal("1e3")),
          Map.entry("k", new BigDecimal("1e3")),
          Map.entry("hundred", new BigDecimal("1e2")),
          Map.entry("million", new BigDecimal("1e6")),
          Map.entry("mn", new BigDecimal("1e6")),
          Map.entry("m", new BigDecimal("1e6")),
          Map.entry("billion", new BigDecimal("1e9")),
          Map.entry("bn", new BigDecimal("1e9")),
          Map.entry("trillion", new BigDecimal("1e12")),
          Map.entry("천", new BigDecimal("1e3")),
          Map.entry("만", new BigDecimal("1e4")),
          Map.entry("백만", new BigDecimal("1e6")),
          Map.entry("천만", new BigDecimal("1e7")),
          Map.entry("억", new BigDecimal("1e8")),
          Map.entry("천억", new BigDecimal("1e11")),
          Map.entry("조", new BigDecimal("1e12")));
  private static final Set<String> NOT_COUNTED =
      Set.of(
          "percent",
          "per",
          "years",
          "year",
          "times",
          "million",
          "billion",
          "thousand",
          "hundred",
          "and",
          "the",
          "of",
          "to",
          "in",
          "on",
          "at",
          "for",
          "with",
          "was",
          "were",
          "is",
          "are",
          "has",
          "had",
          "have",
          "will",
          "would",
          "from",
          "that",
          "which",
          "when",
          "who",
          "its",
          "their",
          "his",
          "her",
          "more",
          "less",
          "than",
          "or",
          "but",
          "also",
          "as",
          "by",
          "into",
          "about",
          "after",
          "before",
          "over",
          "under",
          "other",
          "against",
          "said");

  private FactExtractor() {}

  /** Amounts and dates in {@code text}. */
  public static List<Fact> extract(String text) {
    return extract(text, List.of());
  }

  /**
   * Amounts and dates in {@code text}, plus a {@link FactKind#PLACE} fact for every place mention
   * of {@code entities} that lies in it.
   */
  public static List<Fact> extract(String text, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    List<Fact> found = new ArrayList<>();
    dates(text, found);
    money(text, found);
    find(
        PERCENT,
        text,
        found,
        m -> {
          String u = m.group(2).toLowerCase(Locale.ROOT);
          boolean points = u.startsWith("percentage") || u.equals("%p") || u.equals("%포인트");
          return fact(FactKind.PERCENT, m, number(m.group(1), null), points ? "pp" : "%");
        });
    find(
        MEASURE,
        text,
        found,
        m -> fact(FactKind.QUANTITY, m, number(m.group(1), m.group(2)), m.group(3)));
    find(
        COUNT_CJK, text, found, m -> fact(FactKind.QUANTITY, m, cjkNumber(m.group(1)), m.group(2)));
    find(
        COUNT,
        text,
        found,
        m -> {
          String noun = m.group(3);
          if (NOT_COUNTED.contains(noun) || Lexicon.get().in("person-cue-verbs", noun)) {
            return Optional.empty();
          }
          String n = m.group(1);
          if (n.contains(".") && m.group(2) == null) {
            return Optional.empty(); // "iPhone 2.0 update": a version, not a count
          }
          String lead = text.substring(Math.max(0, m.start() - 4), m.start());
          if (lead.endsWith("No. ") || lead.endsWith("#") || lead.endsWith("No.")) {
            return Optional.empty(); // "No. 1 music seller": a rank
          }
          OptionalLong word = EnglishWords.count(n);
          String value =
              word.isPresent()
                  ? number(Long.toString(word.getAsLong()), m.group(2))
                  : number(n, m.group(2));
          return fact(FactKind.QUANTITY, m, value, noun);
        });
    for (Entity e : entities) {
      if (e.type() != EntityType.PLACE) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= text.length() && text.startsWith(m.text(), m.start())) {
          add(
              found,
              new Fact(
                  FactKind.PLACE, m.text(), m.start(), m.end(), e.canonical(), Optional.empty()));
        }
      }
    }
    found.sort(Comparator.comparingInt(Fact::start));
    return found;
  }

  private interface Builder {
    Optional<Fact> build(Matcher m);
  }

  private static void find(Pattern p, String text, List<Fact> found, Builder b) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      b.build(m).ifPresent(f -> add(found, f));
    }
  }

  /** Adds {@code f} unless it overlaps a fact found by an earlier, stronger pattern. */
  private static void add(List<Fact> found, Fact f) {
    for (Fact g : found) {
      if (f.start() < g.end() && g.start() < f.end()) {
        return;
      }
    }
    found.add(f);
  }

  private static Optional<Fact> fact(FactKind kind, Matcher m, String value, String unit) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Fact(kind, m.group(), m.start(), m.end(), value, Optional.ofNullable(unit)));
  }

  private static Optional<Fact> date(Matcher m, String value) {
    return fact(FactKind.DATE, m, value, null);
  }

  private static void dates(String text, List<Fact> found) {
    find(
        DATE_ISO,
        text,
        found,
        m -> validDate(m.group(1), m.group(2), m.group(3)).flatMap(v -> date(m, v)));
    find(
        DATE_MDY,
        text,
        found,
        m -> validDate(m.group(3), month(m.group(1)), m.group(2)).flatMap(v -> date(m, v)));
    find(
        DATE_DMY,
        text,
        found,
        m -> validDate(m.group(3), month(m.group(2)), m.group(1)).flatMap(v -> date(m, v)));
    find(
        DATE_MY,
        text,
        found,
        m -> validDate(m.group(2), month(m.group(1)), null).flatMap(v -> date(m, v)));
    find(
        DATE_CJK_YMD,
        text,
        found,
        m -> validDate(m.group(1), m.group(2), m.group(3)).flatMap(v -> date(m, v)));
    find(
        DATE_CJK_YM,
        text,
        found,
        m -> validDate(m.group(1), m.group(2), null).flatMap(v -> date(m, v)));
    find(
        DATE_CJK_MD,
        text,
        found,
        m -> validDate(null, m.group(1), m.group(2)).flatMap(v -> date(m, v)));
    find(DATE_CJK_Y, text, found, m -> date(m, m.group(1)));
    find(WEEKDAY, text, found, m -> date(m, m.group(1)));
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      add(
          found,
          new Fact(FactKind.DATE, y.group(1), y.start(1), y.end(1), y.group(1), Optional.empty()));
    }
    Matcher mo = MONTH_ALONE.matcher(text);
    while (mo.find()) {
      add(
          found,
          new Fact(
              FactKind.DATE,
              mo.group(1),
              mo.start(1),
              mo.end(1),
              "--" + month(mo.group(1)),
              Optional.empty()));
    }
  }

  private static void money(String text, List<Fact> found) {
    find(
        MONEY_SYMBOL,
        text,
        found,
        m ->
            fact(
                FactKind.MONEY,
                m,
                number(m.group(2), m.group(3)),
                CURRENCIES.get(m.group(1).toLowerCase(Locale.ROOT))));
    find(
        MONEY_WORD,
        text,
        found,
        m -> {
          String word = m.group(3);
          String code;
          if (word.length() == 3 && word.equals(word.toUpperCase(Locale.ROOT))) {
            code = word; // already an ISO code: "USD"
          } else {
            String w = word.toLowerCase(Locale.ROOT);
            code =
                CURRENCIES.get(
                    w.endsWith("s") && !w.contains(" ") ? w.substring(0, w.length() - 1) : w);
          }
          return fact(FactKind.MONEY, m, number(m.group(1), m.group(2)), code);
        });
    find(
        MONEY_CJK,
        text,
        found,
        m -> fact(FactKind.MONEY, m, cjkNumber(m.group(1)), CURRENCIES.get(m.group(2))));
  }

  /** The plain decimal value of a CJK amount ("3万", "1만 2천", "三千"); empty if unparseable. */
  static String cjkNumber(String written) {
    return CjkNumerals.value(written).map(v -> v.stripTrailingZeros().toPlainString()).orElse("");
  }

  /** The plain decimal value of {@code digits} times {@code scale}; empty if unparseable. */
  static String number(String digits, String scale) {
    try {
      BigDecimal v = new BigDecimal(digits.replace(",", ""));
      if (scale != null) {
        BigDecimal s = SCALES.get(scale.toLowerCase(Locale.ROOT));
        if (s != null) {
          v = v.multiply(s);
        }
      }
      return v.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return "";
    }
  }

  private static String month(String name) {
    int m = EnglishWords.month(name);
    return m == 0 ? "" : String.format(Locale.ROOT, "%02d", m);
  }

  /** An ISO 8601 (partial) date, or empty when the parts are not a date. */
  private static Optional<String> validDate(String year, String month, String day) {
    try {
      int mo = Integer.parseInt(month);
      if (mo < 1 || mo > 12) {
        return Optional.empty();
      }
      String mm = String.format(Locale.ROOT, "%02d", mo);
      if (day == null) {
        return year == null ? Optional.empty() : Optional.of(year + "-" + mm);
      }
      int d = Integer.parseInt(day);
      if (d < 1 || d > 31) {
        return Optional.empty();
      }
      String dd = String.format(Locale.ROOT, "%02d", d);
      return Optional.of(year == null ? "--" + mm + "-" + dd : year + "-" + mm + "-" + dd);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
