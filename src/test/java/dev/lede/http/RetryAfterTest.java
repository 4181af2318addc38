package dev.lede.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2025-06-02T09:30:00Z");

  @Test
  void secondsAreReadAsAWait() {
    assertThat(RetryAfter.parse(Optional.of("120"), NOW)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(Optional.of(" 0 "), NOW)).contains(Duration.ZERO);
  }

  @Test
  void anHttpDateIsReadAsTheTimeUntilIt() {
    assertThat(RetryAfter.parse(Optional.of("Mon, 02 Jun 2025 09:30:45 GMT"), NOW))
        .contains(Duration.ofSeconds(45));
    assertThat(RetryAfter.parse(Optional.of("Mon, 02 Jun 2025 09:00:00 GMT"), NOW))
        .as("a past date means now")
        .contains(Duration.ZERO);
  }

  @Test
  void anAbsentOrUnreadableHeaderNamesNoWait() {
    assertThat(RetryAfter.parse(Optional.empty(), NOW)).isEmpty();
    assertThat(RetryAfter.parse(Optional.of("soon"), NOW)).isEmpty();
    assertThat(RetryAfter.parse(Optional.of("-5"), NOW)).isEmpty();
    assertThat(RetryAfter.parse(Optional.of("Wed, 32 Oct 2015 07:28:00 GMT"), NOW)).isEmpty();
    assertThat(RetryAfter.parse(Optional.of("99999999999999999999"), NOW))
        .as("too many digits is a very long wait, not an overflow")
        .contains(Duration.ofSeconds(999_999_999L));
  }
}
