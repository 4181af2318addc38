package dev.lede.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PolitenessTest {
  private static final Instant NOW = Instant.parse("2015-10-21T07:27:00Z");

  @Test
  void retryAfterInSecondsIsADelay() {
    assertThat(Politeness.parseRetryAfter(" 120 ", NOW)).contains(Duration.ofSeconds(120));
  }

  @Test
  void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
    assertThat(Politeness.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", NOW))
        .contains(Duration.ofSeconds(60));
  }

  @Test
  void retryAfterInThePastMeansNow() {
    assertThat(Politeness.parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", NOW))
        .contains(Duration.ZERO);
  }

  @Test
  void anUnreadableRetryAfterIsIgnored() {
    assertThat(Politeness.parseRetryAfter("soon", NOW)).isEmpty();
    assertThat(Politeness.parseRetryAfter("-5", NOW)).isEmpty();
    assertThat(Politeness.parseRetryAfter("99999999999999", NOW)).isEmpty();
  }
}
