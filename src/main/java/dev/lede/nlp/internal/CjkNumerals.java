package dev.lede.nlp.internal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The value of a number written the Chinese, Japanese or Korean way: Han numerals ({@code 三千},
 * {@code 一万二千}, {@code 二〇〇八}), Arabic digits with Han or Hangul units ({@code 3万}, {@code 1億2000万},
 * {@code 2.5억}, {@code 1만 2천}) or plain digits ({@code 3,000}). Units below 万 add up inside a group
 * of four digits; full-width digits ({@code ３万}) count as digits; 万/만 (10^4), 億/억 (10^8) and 兆/조
 * (10^12) multiply the group before them.
 */
public final class CjkNumerals {
  private static final String DIGITS = "〇零一二两兩三四五六七八九";
  private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9};

  /** Han digits, for patterns. */
  public static final String HAN_DIGITS = DIGITS;

  /** Han and Hangul units, for patterns. */
  public static final String UNITS = "十拾百佰千仟万萬亿億兆십백천만억조";

  private CjkNumerals() {}

  /** The value of {@code written}, or empty when it is not one number (spaces are ignored). */
  public static Optional<BigDecimal> value(String written) {
    written = halfWidth(written);
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal group = BigDecimal.ZERO;
    BigDecimal pending = null;
    boolean hanDigitRun = false;
    boolean any = false;
    int i = 0;
    int n = written.length();
    while (i < n) {
      char c = written.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        hanDigitRun = false;
        continue;
      }
      if (c >= '0' && c <= '9') {
        if (pending != null) {
          return Optional.empty(); // two numbers side by side
        }
        int j = i;
        while (j < n
            && (Character.isDigit(written.charAt(j))
                || written.charAt(j) == ','
                || written.charAt(j) == '.'
                    && j + 1 < n
                    && Character.isDigit(written.charAt(j + 1)))) {
          j++;
        }
        try {
          pending = new BigDecimal(written.substring(i, j).replace(",", ""));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        any = true;
        hanDigitRun = false;
        i = j;
        continue;
      }
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        // 二〇〇八: Han digits in a row are read digit by digit.
        BigDecimal v = BigDecimal.valueOf(DIGIT_VALUES[d]);
        pending = hanDigitRun && pending != null ? pending.multiply(BigDecimal.TEN).add(v) : v;
        hanDigitRun = true;
        any = true;
        i++;
        continue;
      }
      long unit = unit(c);
      if (unit == 0) {
        return Optional.empty();
      }
      any = true;
      hanDigitRun = false;
      BigDecimal u = BigDecimal.valueOf(unit);
      if (unit < 10_000) {
        group = group.add((pending == null ? BigDecimal.ONE : pending).multiply(u));
      } else {
        group = group.add(pending == null ? BigDecimal.ZERO : pending);
        total = total.add((group.signum() == 0 ? BigDecimal.ONE : group).multiply(u));
        group = BigDecimal.ZERO;
      }
      pending = null;
      i++;
    }
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(total.add(group).add(pending == null ? BigDecimal.ZERO : pending));
  }

  /** Full-width digits ("３万") as ASCII ones. */
  private static String halfWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '，' ? ',' : c == '．' ? '.' : c);
    }
    return b.toString();
  }

  private static long unit(char c) {
    return switch (c) {
      case '十', '拾', '십' -> 10;
      case '百', '佰', '백' -> 100;
      case '千', '仟', '천' -> 1000;
      case '万', '萬', '만' -> 10_000;
      case '亿', '億', '억' -> 100_000_000;
      case '兆', '조' -> 1_000_000_000_000L;
      default -> 0;
    };
  }
}
