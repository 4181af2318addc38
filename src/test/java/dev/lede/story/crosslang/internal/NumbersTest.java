package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void chineseKoreanAndEnglishThousandsGiveOneKey() {
    assertThat(Numbers.numbers("死亡人数达三千人")).contains("n:3000");
    assertThat(Numbers.numbers("3千人")).contains("n:3000");
    assertThat(Numbers.numbers("3천 명이 숨졌다")).contains("n:3000");
    assertThat(Numbers.numbers("some 3,000 people")).contains("n:3000");
  }

  @Test
  void tenThousandsAndMillionsAddUpAcrossGroups() {
    assertThat(Numbers.numbers("1만 2천 명")).contains("n:12000");
    assertThat(Numbers.numbers("一万二千人")).contains("n:12000");
    assertThat(Numbers.numbers("3万人")).contains("n:30000");
    assertThat(Numbers.numbers("2천만 원")).contains("n:20000000");
    assertThat(Numbers.numbers("300万人")).contains("n:3000000");
    assertThat(Numbers.numbers("3 million people")).contains("n:3000000");
    assertThat(Numbers.numbers("세계 인구가 80억 명")).contains("n:8000000000");
    assertThat(Numbers.numbers("eight billion people")).contains("n:8000000000");
  }

  @Test
  void decimalsKeepTheirFractionAndOnesAreNoEvidence() {
    assertThat(Numbers.numbers("규모 7.6의 강진")).containsExactly("n:7.6");
    assertThat(Numbers.numbers("1 person")).isEmpty();
  }

  @Test
  void daysOfTheMonthReadTheSameInEveryLanguage() {
    assertThat(Numbers.days("On September 21, Putin")).containsExactly("d:09-21");
    assertThat(Numbers.days("on 21 Sept. he")).containsExactly("d:09-21");
    assertThat(Numbers.days("9월 21일, 푸틴")).containsExactly("d:09-21");
    assertThat(Numbers.days("9月21日，普京")).containsExactly("d:09-21");
    assertThat(Numbers.days("十二月三日")).containsExactly("d:12-03");
    assertThat(Numbers.days("13월 40일")).isEmpty();
  }

  @Test
  void aDatelineAtTheStartDatesTheEventWhenItIsAFewDaysBeforePublication() {
    java.time.Instant posted = java.time.Instant.parse("2022-10-06T15:37:21Z");
    assertThat(Numbers.dateline("9월 25일, 엘리우드 킵초게가 세계 신기록을 세웠다.", posted, 14))
        .contains(java.time.Instant.parse("2022-09-25T12:00:00Z"));
    assertThat(Numbers.dateline("9月25日、キプチョゲが世界記録を更新した。", posted, 14))
        .contains(java.time.Instant.parse("2022-09-25T12:00:00Z"));
    // A date far from publication is no dateline, nor is one later in the text.
    assertThat(Numbers.dateline("3월 1일, 독립선언", posted, 14)).isEmpty();
    assertThat(Numbers.dateline("엘리우드 킵초게가 9월 25일 세계 신기록을 세웠다.", posted, 14)).isEmpty();
  }

  @Test
  void aJanuaryDatelineOnAPostFromEarlyJanuaryIsNotMovedToDecember() {
    java.time.Instant posted = java.time.Instant.parse("2023-01-02T06:18:43Z");
    assertThat(Numbers.dateline("1월 1일, 크로아티아가 유로존에 합류했다.", posted, 14))
        .contains(java.time.Instant.parse("2023-01-01T12:00:00Z"));
    assertThat(Numbers.dateline("December 30 - a storm", posted, 14))
        .contains(java.time.Instant.parse("2022-12-30T12:00:00Z"));
  }

  // The regular expression cjkNumerals replaced, as the reference it must agree with.
  private static final Pattern OLD_CJK_NUMERAL =
      Pattern.compile("[〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億]{2,}|[一二两兩三四五六七八九][十百千万萬亿億]?");

  @Property(tries = 3000)
  void theNumeralScanFindsWhatTheRegularExpressionFound(@ForAll("mixedText") String text) {
    List<String> old = new ArrayList<>();
    Matcher m = OLD_CJK_NUMERAL.matcher(text);
    while (m.find()) {
      old.add(m.group());
    }
    assertThat(Numbers.cjkNumerals(text)).isEqualTo(old);
  }

  @Property(tries = 1000)
  void numbersAndDaysAreFoundWhateverTheScriptsAround(@ForAll("mixedText") String text) {
    // The guards that skip a pattern never skip one that would match: the keys of a text equal
    // those of the same text with an ASCII letter and a 0 (no key) after it, where none is skipped.
    String padded = text + " \u3000 a 0";
    assertThat(Numbers.days(padded)).isEqualTo(Numbers.days(text));
    assertThat(Numbers.numbers(padded)).isEqualTo(Numbers.numbers(text));
  }

  @Provide
  Arbitrary<String> mixedText() {
    return Arbitraries.of(
            "〇", "零", "一", "二", "两", "兩", "三", "五", "九", "十", "拾", "百", "佰", "千", "仟", "万", "萬",
            "亿", "億", "月", "日", "월", "일", "年", "の", "が", "地震", "명", "3", "12", "2,000", " ", "、",
            "。", "three", "March", "hundred", "million", "천", "만")
        .list()
        .ofMaxSize(10)
        .map(l -> String.join("", l));
  }

  // Patterns of the shapes Numbers tries only where a match can start: a word boundary and a
  // look-ahead before a month, digits with units, numerals before 月.
  private static final List<Pattern> SHAPES =
      List.of(
          Pattern.compile(
              "\\b(?=[jm])(jan|march|may)\\s+(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE),
          Pattern.compile("\\b(\\d{1,2})(?:st|th)?\\s+(jan|may)\\b", Pattern.CASE_INSENSITIVE),
          Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(\\s*[千万])?"),
          Pattern.compile("(\\d{1,2}|[一二三十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三十]{1,3})\\s*日"));

  @Property(tries = 3000)
  void matchesTriedWhereTheyCanStartAreTheMatchesFindGives(@ForAll("dated") String text) {
    for (Pattern p : SHAPES) {
      List<String> found = new ArrayList<>();
      Matcher m = p.matcher(text);
      while (m.find()) {
        found.add(m.start() + ":" + m.group());
      }
      List<String> tried = new ArrayList<>();
      for (java.util.regex.MatchResult r :
          Numbers.findAll(p, text, c -> (c >= '0' && c <= '9') || "jmJM一二三十".indexOf(c) >= 0)) {
        tried.add(r.start() + ":" + r.group());
      }
      assertThat(tried).as(p.pattern()).isEqualTo(found);
    }
  }

  @Property(tries = 3000)
  void numberWordsTriedAtTheirFirstLettersAreTheWordsFindGives(@ForAll("spelled") String text) {
    assertThat(numberWords(text)).isEqualTo(numberWordsByFind(text));
  }

  @Test
  void numberWordsOfEveryDemoMixArticleAreTheWordsFindGives() throws Exception {
    for (dev.lede.story.StoryInput a : dev.lede.bench.ClusterMixBenchAccess.inputs()) {
      String text = a.title() + "\n" + a.text();
      assertThat(numberWords(text)).as(a.id()).isEqualTo(numberWordsByFind(text));
    }
  }

  private static List<String> numberWords(String text) {
    List<String> out = new ArrayList<>();
    for (java.util.regex.MatchResult r :
        Numbers.findAll(Numbers.WORDS, text, c -> Numbers.WORD_LETTERS.indexOf(c) >= 0)) {
      out.add(r.start() + ":" + r.group());
    }
    return out;
  }

  private static List<String> numberWordsByFind(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Numbers.WORDS.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  /** Number words, their pieces and neighbours, in either case. */
  @Provide
  Arbitrary<String> spelled() {
    return Arbitraries.of(
            "two",
            "Two",
            "TEN",
            "twenty",
            "hundred",
            "thousand",
            "seven",
            "teen",
            "ty",
            "s",
            "x",
            " ",
            "-",
            "'",
            "3",
            "é",
            "漢",
            "\n")
        .list()
        .ofMaxSize(10)
        .map(l -> String.join("", l));
  }

  /** Dates, numbers and words in pieces that make matches, near-matches and boundaries. */
  @Provide
  Arbitrary<String> dated() {
    return Arbitraries.of(
            "jan", "Jan", "may", "ma", "march", "x", " ", "1", "12", "123", ",", ",000", ".", "5",
            "st", "th", "千", "万", "月", "日", "一", "十", "三", "二")
        .list()
        .ofMaxSize(10)
        .map(l -> String.join("", l));
  }
}
