package dev.lede.story.crosslang.internal;

import dev.lede.lang.EnglishWords;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How old a report's lead says the news it tells is: "the earthquake hit a week ago", "지난주",
 * "1週間前", "三天前". A lead that dates what it names days back reports a later event (markets a week
 * after a quake), whatever date the page carries.
 */
public final class RelativeAge {
  /** The fewest days back a lead must place what it names to count (not "yesterday"). */
  public static final int MIN_DAYS = 2;

  private static final int LEAD_CHARS = 400;
  private static final String COUNT =
      "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";
  private static final Pattern EN_AGO =
      Pattern.compile("\\b" + COUNT + "\\s+(day|week|month)s?\\s+ago\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern EN_LAST =
      Pattern.compile("\\b(last|previous)\\s+(week|month)\\b", Pattern.CASE_INSENSITIVE);
  // Korean: "일주일 전", "3일 전", "두 달 전", "지난주", "지난달".
  private static final Pattern KO =
      Pattern.compile(
          "(지난\\s?주|지난\\s?달)|(일주일|보름)\\s?전"
              + "|(?<!월\\s?)(?<!\\d)(\\d{1,2}|한|두|세|네)\\s?(일|주|주일|달|개월)\\s?전(?![가-힣&&[^에부의인까]])");
  // Japanese and Chinese: "先週", "先月", "上周", "上个月", "1週間前", "三天前" (not "3月11日前").
  private static final Pattern CJK =
      Pattern.compile(
          "(先週|先月|上周|上週|上星期|上个月|上個月|上月)"
              + "|(?<![月\\d一二三四五六七八九十])([\\d一二三四五六七八九十两]{1,3})"
              + "\\s?(日|天|週間|周|週|星期|个月|個月|か月|ヶ月|カ月)前");

  private RelativeAge() {}

  /**
   * Days before the event it reports that the lead of {@code text} (its first sentence) places what
   * it names, 0 when it places nothing two or more days back.
   */
  public static int days(String text) {
    String lead = lead(text);
    int best = 0;
    // Each pattern is tried at every position: skipped when the lead lacks a char every match of
    // it holds (an ASCII letter; 전 or 지난; 前, 先 or 上).
    boolean latin = false;
    for (int i = 0; i < lead.length() && !latin; i++) {
      char c = lead.charAt(i);
      latin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    Matcher m = EN_AGO.matcher(latin ? lead : "");
    while (m.find()) {
      best = Math.max(best, (int) count(m.group(1)) * unitDays(m.group(2)));
    }
    m = EN_LAST.matcher(latin ? lead : "");
    while (m.find()) {
      best = Math.max(best, unitDays(m.group(2)));
    }
    boolean korean = lead.indexOf('전') >= 0 || lead.contains("지난");
    m = KO.matcher(korean ? lead : "");
    while (m.find()) {
      if (m.group(1) != null) {
        best = Math.max(best, m.group(1).endsWith("주") ? 7 : 30);
      } else if (m.group(2) != null) {
        best = Math.max(best, m.group(2).equals("일주일") ? 7 : 15);
      } else {
        best = Math.max(best, (int) count(m.group(3)) * unitDays(m.group(4)));
      }
    }
    boolean han = lead.indexOf('前') >= 0 || lead.indexOf('先') >= 0 || lead.indexOf('上') >= 0;
    m = CJK.matcher(han ? lead : "");
    while (m.find()) {
      if (m.group(1) != null) {
        best = Math.max(best, m.group(1).contains("月") ? 30 : 7);
      } else {
        best = Math.max(best, (int) count(m.group(2)) * unitDays(m.group(3)));
      }
    }
    return best >= MIN_DAYS ? best : 0;
  }

  /** The first sentence of {@code text}, at most {@value #LEAD_CHARS} chars. */
  private static String lead(String text) {
    // One char past the lead's bound: enough to tell whether a full stop ends the text there.
    String t = Scripts.strippedPrefix(text, LEAD_CHARS + 1);
    int end = Math.min(t.length(), LEAD_CHARS);
    for (int i = 0; i < end; i++) {
      char c = t.charAt(i);
      boolean stop =
          c == '\n'
              || c == '。'
              || c == '！'
              || c == '？'
              || ((c == '.' || c == '!' || c == '?')
                  && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1))));
      if (stop) {
        return t.substring(0, i);
      }
    }
    return t.substring(0, end);
  }

  private static long count(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("a") || w.equals("an") || w.equals("한")) {
      return 1;
    }
    switch (w) {
      case "두", "两" -> {
        return 2;
      }
      case "세" -> {
        return 3;
      }
      case "네" -> {
        return 4;
      }
      default -> {
        // fall through to digits and number words
      }
    }
    if (Character.isDigit(w.charAt(0))) {
      return Long.parseLong(w);
    }
    long cjk = Numbers.cjk(w);
    return cjk > 0 ? cjk : EnglishWords.count(w).orElse(0);
  }

  private static int unitDays(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("week")
        || u.startsWith("주")
        || u.contains("週")
        || u.equals("周")
        || u.equals("星期")) {
      return 7;
    }
    if (u.startsWith("month") || u.contains("月") || u.equals("달") || u.equals("개월")) {
      return 30;
    }
    return 1;
  }
}
