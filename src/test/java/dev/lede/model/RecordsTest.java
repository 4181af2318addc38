package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.web.RateLimit;
import dev.lede.web.WebConfig;
import dev.lede.write.llm.LlmConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordsTest {
  /** A record with a check in its compact constructor, as the configs have. */
  public record Range(int low, int high, String label) {
    public Range {
      if (low > high) {
        throw new IllegalArgumentException("low " + low + " is above high " + high);
      }
    }
  }

  @Test
  void aCopyChangesTheNamedComponentsAndKeepsTheOthers() {
    Range r = new Range(1, 5, "a");

    assertThat(Records.with(r, "label", "b")).isEqualTo(new Range(1, 5, "b"));
    assertThat(Records.with(r, "low", 2, "high", 9)).isEqualTo(new Range(2, 9, "a"));
    assertThat(r).isEqualTo(new Range(1, 5, "a"));
  }

  @Test
  void aCopyIsCheckedByTheRecordsOwnConstructor() {
    assertThatThrownBy(() -> Records.with(new Range(1, 5, "a"), "low", 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("low 7 is above high 5");
  }

  @Test
  void anUnknownNameOrAValueOfTheWrongTypeIsNamed() {
    Range r = new Range(1, 5, "a");
    assertThatThrownBy(() -> Records.with(r, "width", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Range has no component width");
    assertThatThrownBy(() -> Records.with(r, "low", "one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("low of Range is a int, not a java.lang.String");
  }

  @Test
  void everyWithMethodOfTheConfigsSetsItsComponent() {
    LlmConfig llm = LlmConfig.of(URI.create("http://localhost:8080"), "m");
    Duration s = Duration.ofSeconds(7);
    assertThat(llm.withApiKeyEnv("OTHER_KEY").apiKeyEnv()).isEqualTo("OTHER_KEY");
    assertThat(llm.withApiKey(() -> Optional.of("k")).apiKey().get()).contains("k");
    assertThat(llm.withTimeouts(s, s.plusSeconds(1)).requestTimeout()).isEqualTo(s.plusSeconds(1));
    assertThat(llm.withTimeouts(s, s.plusSeconds(1)).connectTimeout()).isEqualTo(s);
    assertThat(llm.withMaxTokens(9).maxTokens()).isEqualTo(9);
    assertThat(llm.withTemperature(0.5).temperature()).isEqualTo(0.5);
    assertThat(llm.withMaxRetries(3).maxRetries()).isEqualTo(3);
    assertThat(llm.withRetryWaits(s, s.plusSeconds(2)).maxRetryWait()).isEqualTo(s.plusSeconds(2));
    assertThat(llm.withRetryWaits(s, s.plusSeconds(2)).retryBackoff()).isEqualTo(s);
    assertThat(llm.withJsonMode(false).jsonMode()).isFalse();

    WebConfig web = WebConfig.defaults(0);
    RateLimit limit = RateLimit.of(1, 2);
    assertThat(web.withHost("0.0.0.0").host()).isEqualTo("0.0.0.0");
    assertThat(web.withBaseUrl("https://n.example").baseUrl())
        .contains(URI.create("https://n.example"));
    assertThat(web.withSiteName("Daily").siteName()).isEqualTo("Daily");
    assertThat(web.withLanguage("ko").language()).isEqualTo("ko");
    assertThat(web.withWriteToken("0123456789abcdef").writeToken()).contains("0123456789abcdef");
    assertThat(web.withMaxRequestBytes(99).maxRequestBytes()).isEqualTo(99);
    assertThat(web.withRateLimits(limit, limit).writeRateLimit()).isEqualTo(limit);
    assertThat(web.withRateLimits(limit, web.rateLimit()).rateLimit()).isEqualTo(limit);
    assertThat(web.withCacheSize(3).cacheSize()).isEqualTo(3);
  }
}
