package dev.lede.nlp;

import dev.lede.model.Require;
import java.util.Optional;

/**
 * A checkable fact written in an article: an amount, a date or a place. {@code text} is the exact
 * substring {@code [start, end)} of the article.
 *
 * @param kind what sort of fact
 * @param text the fact as written ("$5.3 billion", "June 5, 2009", "3명")
 * @param start offset of its first char
 * @param end offset just past its last char
 * @param value normalised value: a plain decimal number for amounts ({@code "5300000000"}), an ISO
 *     8601 date or partial date for dates ({@code "2009-06-05"}, {@code "2009-06"}, {@code
 *     "--06-05"}, {@code "2009"}) or a weekday name ({@code "Tuesday"}), the canonical name for
 *     places
 * @param unit for money an ISO 4217 currency code ({@code "USD"}), for percentages {@code "%"} or
 *     {@code "pp"} (percentage points), for quantities the unit or the counted noun ({@code "km"},
 *     {@code "people"}, {@code "명"}); empty for dates and places
 */
public record Fact(
    FactKind kind, String text, int start, int end, String value, Optional<String> unit) {
  public Fact {
    Require.nonNull("kind text value unit", kind, text, value, unit);
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "fact span [" + start + ", " + end + ") does not fit text of length " + text.length());
    }
  }
}
