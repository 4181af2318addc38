package dev.lede.write.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LlmConfigTest {
  private static final URI LOCAL = URI.create("http://localhost:8080");

  @Test
  void theDefaultsAreRepeatableAndPatient() {
    LlmConfig c = LlmConfig.of(LOCAL, "llama3");
    assertThat(c.apiKeyEnv()).isEqualTo("LEDE_LLM_API_KEY");
    assertThat(c.temperature()).isZero();
    assertThat(c.maxTokens()).isEqualTo(4096);
    assertThat(c.maxRetries()).isEqualTo(2);
    assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.requestTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(c.jsonMode()).isTrue();
  }

  @Test
  void toStringNamesTheKeyVariableButNeverTheKey() {
    LlmConfig c = LlmConfig.of(LOCAL, "llama3").withApiKey(() -> Optional.of("sk-very-secret"));
    assertThat(c.toString())
        .contains("apiKeyEnv=LEDE_LLM_API_KEY", "model=llama3", "http://localhost:8080")
        .doesNotContain("sk-very-secret");
  }

  static Stream<Arguments> badConfigs() {
    LlmConfig ok = LlmConfig.of(LOCAL, "m");
    return Stream.of(
        bad(
            () -> LlmConfig.of(URI.create("ftp://h/x"), "m"),
            "LLM URL \"ftp://h/x\" must be an http or https URL, e.g. http://localhost:8080"),
        bad(
            () -> LlmConfig.of(URI.create("localhost:8080"), "m"),
            "LLM URL \"localhost:8080\" must be an http or https URL, e.g. http://localhost:8080"),
        bad(
            () -> LlmConfig.of(URI.create("http:///v1"), "m"),
            "LLM URL \"http:///v1\" has no host"),
        bad(
            () -> LlmConfig.of(URI.create("http://user:sk-1@h"), "m"),
            "LLM URL must not carry credentials; put the API key in an environment variable"),
        bad(
            () -> LlmConfig.of(URI.create("http://h/v1?x=1"), "m"),
            "LLM URL \"http://h/v1?x=1\" must not have a query or fragment"),
        bad(() -> LlmConfig.of(LOCAL, " "), "LLM model name is blank"),
        bad(
            () -> ok.withApiKeyEnv("MY-KEY"),
            "API key variable \"MY-KEY\" is not an environment variable name"),
        bad(
            () -> ok.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)),
            "connect timeout PT0S is not positive"),
        bad(
            () -> ok.withTimeouts(Duration.ofSeconds(1), Duration.ofHours(1)),
            "request timeout PT1H is longer than PT30M"),
        bad(() -> ok.withMaxTokens(0), "max tokens 0 is not in 1..1000000"),
        bad(() -> ok.withTemperature(2.5), "temperature 2.5 is not in 0..2"),
        bad(() -> ok.withTemperature(Double.NaN), "temperature NaN is not in 0..2"),
        bad(() -> ok.withMaxRetries(11), "max retries 11 is not in 0..10"),
        bad(
            () -> ok.withRetryWaits(Duration.ofSeconds(-1), Duration.ZERO),
            "retry backoff PT-1S is negative"),
        bad(
            () -> LlmConfig.parse("http://h /x", "m"),
            "--llm \"http://h /x\" is not a URL: Illegal character in authority"),
        bad(
            () -> LlmConfig.parse("localhost:8080", "m"),
            "--llm/--model: LLM URL \"localhost:8080\" must be an http or https URL, e.g."
                + " http://localhost:8080"));
  }

  private static Arguments bad(Supplier<LlmConfig> make, String message) {
    return Arguments.of(message, make);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfigs")
  void aBadValueFailsAtOnceNamingIt(String message, Supplier<LlmConfig> make) {
    assertThatThrownBy(make::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void parseStripsTheCommandLineValues() {
    LlmConfig c = LlmConfig.parse(" http://127.0.0.1:11434/v1 ", " qwen2.5:7b ");
    assertThat(c.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:11434/v1"));
    assertThat(c.model()).isEqualTo("qwen2.5:7b");
  }
}
