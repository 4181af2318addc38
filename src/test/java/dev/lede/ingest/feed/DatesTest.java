package dev.lede.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ingest.feed.internal.Dates;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tue, 22 Jun 2021 16:52 EDT | 2021-06-22T20:52:00Z",
        "Tue, 22 Jun 2021 16:52:07 GMT | 2021-06-22T16:52:07Z",
        "Thu, 01 Jan 04 19:48:21 GMT | 2004-01-01T19:48:21Z",
        "Mon, 5 Apr 2004 15:33:44 +0000 (GMT) | 2004-04-05T15:33:44Z",
        "Wed, 02 Oct 2002 08:00:00 -0430 | 2002-10-02T12:30:00Z",
        "02 Oct 2002 08:00 PST | 2002-10-02T16:00:00Z",
        "Sunday, June 6 2004 10:00:00 +0200 | 2004-06-06T08:00:00Z",
        "Sun, 31 Dec 2023 | 2023-12-31T00:00:00Z",
        "2003-12-31T10:14:55Z | 2003-12-31T10:14:55Z",
        "2003-12-31T10:14:55.123-08:00 | 2003-12-31T18:14:55.123Z",
        "2003-12-31T10:14:55+0100 | 2003-12-31T09:14:55Z",
        "2003-12-31 10:14:55 | 2003-12-31T10:14:55Z",
        "2003-12-31T10:14Z | 2003-12-31T10:14:00Z",
        "2003-12-31 | 2003-12-31T00:00:00Z",
        "2003-12 | 2003-12-01T00:00:00Z",
        "2003 | 2003-01-01T00:00:00Z",
        "20031231T101455Z | 2003-12-31T10:14:55Z",
        "Sun Jan  4 16:29:06 PST 2004 | 2004-01-05T00:29:06Z",
      })
  void parsesCommonFeedDateFormats(String raw, String expected) {
    assertThat(Dates.parse(raw)).contains(Instant.parse(expected));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {"", "yesterday", "32 Jan 2020", "2003-13-01", "Tue, 22 Foo 2021", "99999-01-01"})
  void rejectsNonDatesWithoutThrowing(String raw) {
    assertThat(Dates.parse(raw)).isEmpty();
  }
}
