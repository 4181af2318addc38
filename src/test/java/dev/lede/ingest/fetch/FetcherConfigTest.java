package dev.lede.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FetcherConfigTest {
  @Test
  void defaultsAreTheDocumentedOnes() {
    FetcherConfig config = FetcherConfig.defaults("LedeBot/0.1");

    assertThat(config.maxBodyBytes()).isEqualTo(10_485_760L);
    assertThat(config.maxRedirects()).isEqualTo(5);
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.totalTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.perHostDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.allowedHosts()).isEmpty();
    assertThat(config.respectRobots()).isTrue();
  }

  @Test
  void theRobotsNameIsTheLowerCasedProductToken() {
    assertThat(FetcherConfig.defaults("LedeBot/0.1 (+https://lede.dev)").robotsName())
        .isEqualTo("ledebot");
    assertThat(FetcherConfig.defaults("lede-crawler").robotsName()).isEqualTo("lede-crawler");
  }

  @Test
  void allowedHostsAreComparedInNormalForm() {
    FetcherConfig config =
        FetcherConfig.builder("LedeBot").allowedHosts(Set.of("Intranet.Example.", "[::1]")).build();

    assertThat(config.allowedHosts()).containsExactlyInAnyOrder("intranet.example", "::1");
  }

  @Test
  void toBuilderKeepsEveryValue() {
    FetcherConfig config =
        FetcherConfig.builder("LedeBot")
            .connectTimeout(Duration.ofSeconds(3))
            .totalTimeout(Duration.ofSeconds(4))
            .maxBodyBytes(5)
            .maxRedirects(6)
            .perHostDelay(Duration.ofSeconds(7))
            .maxRetryAfter(Duration.ofSeconds(8))
            .allowedHosts(Set.of("a.test"))
            .respectRobots(false)
            .build();

    assertThat(config.toBuilder().build()).isEqualTo(config);
  }

  @Test
  void badValuesFailNamingTheFieldAndValue() {
    assertThatThrownBy(() -> FetcherConfig.builder("LedeBot").totalTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("totalTimeout must be positive, was PT0S");
    assertThatThrownBy(() -> FetcherConfig.builder("LedeBot").maxBodyBytes(0).build())
        .hasMessage("maxBodyBytes must be between 1 and 2147483631, was 0");
    assertThatThrownBy(() -> FetcherConfig.builder("LedeBot").maxRedirects(21).build())
        .hasMessage("maxRedirects must be between 0 and 20, was 21");
    assertThatThrownBy(
            () -> FetcherConfig.builder("LedeBot").perHostDelay(Duration.ofSeconds(-1)).build())
        .hasMessage("perHostDelay must not be negative, was PT-1S");
    assertThatThrownBy(() -> FetcherConfig.defaults("Lede\r\nX-Evil: 1"))
        .hasMessage(
            "userAgent must be non-blank without control characters, was \"Lede\r\nX-Evil: 1\"");
    assertThatThrownBy(() -> FetcherConfig.defaults("4chan-bot"))
        .hasMessage(
            "userAgent must start with a product token of letters, '_' or '-' (RFC 9309), was"
                + " \"4chan-bot\"");
  }
}
