package dev.lede.write.llm;

import dev.lede.model.Records;
import dev.lede.model.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * How to reach an OpenAI-compatible chat completions server. Immutable; validated when built, so a
 * bad value fails at start-up with a message naming it, not in the middle of a run.
 *
 * <p>The API key is never stored here: {@link #apiKey()} reads it when a request is made, by
 * default from the environment variable {@link #apiKeyEnv()} ({@value #DEFAULT_API_KEY_ENV}).
 * Nothing in this package logs the key, and {@link #toString()} names only the variable.
 *
 * <pre>{@code
 * LlmConfig config = LlmConfig.of(URI.create("http://localhost:8080"), "llama-3.1-8b")
 *     .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(90))
 *     .withMaxRetries(1);
 * }</pre>
 *
 * @param baseUrl the server, with or without {@code /v1}, e.g. {@code http://localhost:8080}
 * @param model the model name sent with every request
 * @param apiKeyEnv the environment variable holding the API key
 * @param apiKey supplies the key when a request is made; empty sends no {@code Authorization}
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole reply, per attempt
 * @param maxTokens the {@code max_tokens} asked for
 * @param temperature sampling temperature, 0 for the most repeatable output
 * @param maxRetries extra attempts after a 429, a 5xx, a timeout or a broken connection
 * @param retryBackoff the first wait between attempts when the server names none (doubled each
 *     time)
 * @param maxRetryWait the longest wait this client accepts, whether named by {@code Retry-After} or
 *     by backoff; a longer {@code Retry-After} ends the call at once
 * @param jsonMode whether to send {@code response_format: {"type": "json_object"}} (turn off for
 *     servers that reject it)
 */
public record LlmConfig(
    URI baseUrl,
    String model,
    String apiKeyEnv,
    Supplier<Optional<String>> apiKey,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxTokens,
    double temperature,
    int maxRetries,
    Duration retryBackoff,
    Duration maxRetryWait,
    boolean jsonMode) {

  /** The default environment variable for the API key. */
  public static final String DEFAULT_API_KEY_ENV = "LEDE_LLM_API_KEY";

  /** Default {@code max_tokens}: room for a full article with its quotes. */
  public static final int DEFAULT_MAX_TOKENS = 4096;

  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Duration MAX_TIMEOUT = Duration.ofMinutes(30);

  public LlmConfig {
    Require.nonNull("baseUrl model apiKeyEnv apiKey", baseUrl, model, apiKeyEnv, apiKey);
    Require.nonNull("connectTimeout requestTimeout", connectTimeout, requestTimeout);
    Require.nonNull("retryBackoff maxRetryWait", retryBackoff, maxRetryWait);
    checkBaseUrl(baseUrl);
    if (model.isBlank()) {
      throw new IllegalArgumentException("LLM model name is blank");
    }
    if (!ENV_NAME.matcher(apiKeyEnv).matches()) {
      throw new IllegalArgumentException(
          "API key variable \"" + apiKeyEnv + "\" is not an environment variable name");
    }
    positive("connect timeout", connectTimeout);
    positive("request timeout", requestTimeout);
    if (retryBackoff.isNegative()) {
      throw new IllegalArgumentException("retry backoff " + retryBackoff + " is negative");
    }
    if (maxRetryWait.isNegative()) {
      throw new IllegalArgumentException("max retry wait " + maxRetryWait + " is negative");
    }
    if (maxTokens < 1 || maxTokens > 1_000_000) {
      throw new IllegalArgumentException("max tokens " + maxTokens + " is not in 1..1000000");
    }
    if (!(temperature >= 0 && temperature <= 2)) {
      throw new IllegalArgumentException("temperature " + temperature + " is not in 0..2");
    }
    if (maxRetries < 0 || maxRetries > 10) {
      throw new IllegalArgumentException("max retries " + maxRetries + " is not in 0..10");
    }
  }

  /**
   * A config with the defaults: key from {@value #DEFAULT_API_KEY_ENV}, 10 s to connect, 120 s per
   * reply, {@value #DEFAULT_MAX_TOKENS} tokens, temperature 0, 2 retries after a 1 s backoff, waits
   * of at most 30 s, JSON mode on.
   *
   * @throws IllegalArgumentException naming the bad URL or model
   */
  public static LlmConfig of(URI baseUrl, String model) {
    return new LlmConfig(
        baseUrl,
        model,
        DEFAULT_API_KEY_ENV,
        fromEnv(DEFAULT_API_KEY_ENV),
        Duration.ofSeconds(10),
        Duration.ofSeconds(120),
        DEFAULT_MAX_TOKENS,
        0,
        2,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        true);
  }

  /**
   * A config from command-line text, e.g. {@code --llm http://localhost:8080 --model llama3}.
   *
   * @throws IllegalArgumentException naming the option and what is wrong with it
   */
  public static LlmConfig parse(String baseUrl, String model) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(model, "model");
    URI uri;
    try {
      uri = new URI(baseUrl.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "--llm \"" + baseUrl + "\" is not a URL: " + e.getReason(), e);
    }
    try {
      return of(uri, model.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--llm/--model: " + e.getMessage(), e);
    }
  }

  /** This config reading the key from another environment variable. */
  public LlmConfig withApiKeyEnv(String name) {
    Objects.requireNonNull(name, "name");
    return Records.with(this, "apiKeyEnv", name, "apiKey", fromEnv(name));
  }

  /** This config taking the key from {@code key} (a secret store, a test) instead of the env. */
  public LlmConfig withApiKey(Supplier<Optional<String>> key) {
    return Records.with(this, "apiKey", key);
  }

  /** This config with other timeouts. */
  public LlmConfig withTimeouts(Duration connect, Duration request) {
    return Records.with(this, "connectTimeout", connect, "requestTimeout", request);
  }

  /** This config with another {@code max_tokens}. */
  public LlmConfig withMaxTokens(int tokens) {
    return Records.with(this, "maxTokens", tokens);
  }

  /** This config with another temperature. */
  public LlmConfig withTemperature(double t) {
    return Records.with(this, "temperature", t);
  }

  /** This config with another number of retries. */
  public LlmConfig withMaxRetries(int retries) {
    return Records.with(this, "maxRetries", retries);
  }

  /** This config with another backoff and longest wait between attempts. */
  public LlmConfig withRetryWaits(Duration backoff, Duration maxWait) {
    return Records.with(this, "retryBackoff", backoff, "maxRetryWait", maxWait);
  }

  /** This config with JSON mode on or off. */
  public LlmConfig withJsonMode(boolean on) {
    return Records.with(this, "jsonMode", on);
  }

  /** Names the key's variable, never the key. */
  @Override
  public String toString() {
    return "LlmConfig[baseUrl="
        + baseUrl
        + ", model="
        + model
        + ", apiKeyEnv="
        + apiKeyEnv
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", maxTokens="
        + maxTokens
        + ", temperature="
        + temperature
        + ", maxRetries="
        + maxRetries
        + ", retryBackoff="
        + retryBackoff
        + ", maxRetryWait="
        + maxRetryWait
        + ", jsonMode="
        + jsonMode
        + "]";
  }

  private static Supplier<Optional<String>> fromEnv(String name) {
    return () -> Optional.ofNullable(System.getenv(name)).filter(k -> !k.isBlank());
  }

  private static void positive(String what, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " " + d + " is not positive");
    }
    if (d.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException(what + " " + d + " is longer than " + MAX_TIMEOUT);
    }
  }

  private static void checkBaseUrl(URI u) {
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "LLM URL \"" + u + "\" must be an http or https URL, e.g. http://localhost:8080");
    }
    if (u.getHost() == null || u.getHost().isBlank()) {
      throw new IllegalArgumentException("LLM URL \"" + u + "\" has no host");
    }
    if (u.getRawUserInfo() != null) {
      // a key in the URL would end up in every error message that names the URL
      throw new IllegalArgumentException(
          "LLM URL must not carry credentials; put the API key in an environment variable");
    }
    if (u.getRawQuery() != null || u.getRawFragment() != null) {
      throw new IllegalArgumentException("LLM URL \"" + u + "\" must not have a query or fragment");
    }
  }
}
