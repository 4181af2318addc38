package dev.lede.write.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.http.CappedBody;
import dev.lede.http.RetryAfter;
import dev.lede.http.StatusText;
import dev.lede.write.llm.ChatResult.Failed;
import dev.lede.write.llm.ChatResult.Problem;
import dev.lede.write.llm.internal.Text;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls an OpenAI-compatible {@code POST /v1/chat/completions} endpoint (OpenAI, llama.cpp server,
 * vLLM, Ollama, LM Studio...) and returns the first choice's message content. Never throws for what
 * a server does: every failure is a {@link ChatResult.Failed} whose reason names the endpoint and
 * the problem.
 *
 * <p>A 429, a 5xx, a timeout or a broken connection is retried up to {@link LlmConfig#maxRetries()}
 * times, waiting what {@code Retry-After} asks (if no longer than {@link LlmConfig#maxRetryWait()})
 * or else a doubling backoff. A reply that is not JSON, has no choices, no content, or was cut off
 * at {@code max_tokens} fails at once: at temperature 0 asking again gives the same reply. Each
 * attempt has a hard deadline of {@link LlmConfig#requestTimeout()} for the whole reply, and
 * replies over {@value #MAX_REPLY_BYTES} bytes are refused.
 *
 * <p>The API key is sent as {@code Authorization: Bearer} when one is set, and blanked out of any
 * message that would quote it. Thread-safe.
 */
public final class ChatClient {
  /** The largest reply body accepted. */
  public static final long MAX_REPLY_BYTES = 8L << 20;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final LlmConfig config;
  private final URI endpoint;
  private final HttpClient http;

  private ChatClient(LlmConfig config) {
    this.config = config;
    this.endpoint = endpoint(config.baseUrl());
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A client for {@code config}. Makes no request until {@link #complete} is called. */
  public static ChatClient create(LlmConfig config) {
    return new ChatClient(Objects.requireNonNull(config, "config"));
  }

  /** Where requests go. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * The chat completions URL for a base URL: {@code http://h:8080}, {@code http://h:8080/} and
   * {@code http://h:8080/v1} all give {@code http://h:8080/v1/chat/completions}; {@code
   * http://h/openai} gives {@code http://h/openai/v1/chat/completions}; a URL that already ends
   * with {@code /chat/completions} is used as it is.
   */
  public static URI endpoint(URI baseUrl) {
    String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (!path.endsWith("/chat/completions")) {
      path += path.endsWith("/v1") ? "/chat/completions" : "/v1/chat/completions";
    }
    return URI.create(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + path);
  }

  /**
   * Sends {@code messages} and returns the reply's content, or why there is none.
   *
   * @throws IllegalArgumentException if {@code messages} is empty
   */
  public ChatResult complete(List<ChatMessage> messages) {
    Objects.requireNonNull(messages, "messages");
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a chat completion needs at least one message");
    }
    Optional<String> key;
    try {
      key =
          Objects.requireNonNull(config.apiKey().get(), "API key supplier returned null")
              .map(String::strip)
              .filter(k -> !k.isEmpty());
    } catch (RuntimeException e) {
      return fail(
          Problem.CLIENT,
          "cannot read the API key ($" + config.apiKeyEnv() + "): " + e.getClass().getSimpleName(),
          Optional.empty());
    }
    HttpRequest request;
    try {
      request = request(messages, key);
    } catch (IllegalArgumentException e) {
      // the message could quote the bad header value, i.e. the key
      return fail(
          Problem.CLIENT,
          "the API key ($" + config.apiKeyEnv() + ") is not a valid header value",
          Optional.empty());
    }
    for (int attempt = 1; ; attempt++) {
      Attempt next = once(request);
      if (next instanceof Reply r) {
        return r.ok();
      }
      Miss a = (Miss) next;
      if (!a.retryable()) {
        return fail(a.problem(), a.message() + gaveUp(attempt), key);
      }
      if (attempt > config.maxRetries()) {
        return fail(a.problem(), a.message() + a.retryAfterNote("") + gaveUp(attempt), key);
      }
      Duration wait;
      if (a.retryAfter().isPresent()) {
        wait = a.retryAfter().get();
        if (wait.compareTo(config.maxRetryWait()) > 0) {
          String longer =
              ", longer than the " + Text.human(config.maxRetryWait()) + " this client waits";
          return fail(a.problem(), a.message() + a.retryAfterNote(longer) + gaveUp(attempt), key);
        }
      } else {
        wait = backoff(attempt);
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return fail(Problem.CLIENT, "interrupted while waiting to retry", key);
      }
    }
  }

  private Duration backoff(int attempt) {
    Duration d = config.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 16));
    return d.compareTo(config.maxRetryWait()) > 0 ? config.maxRetryWait() : d;
  }

  private static String gaveUp(int attempts) {
    return attempts > 1 ? "; gave up after " + attempts + " attempts" : "";
  }

  private Failed fail(Problem problem, String message, Optional<String> key) {
    String reason = "POST " + endpoint + ": " + message;
    if (key.isPresent() && key.get().length() >= 4) {
      reason = reason.replace(key.get(), "[API key]");
    }
    return new Failed(problem, reason);
  }

  private HttpRequest request(List<ChatMessage> messages, Optional<String> key) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", config.model());
    ArrayNode ms = body.putArray("messages");
    for (ChatMessage m : messages) {
      ms.addObject().put("role", m.role()).put("content", m.content());
    }
    body.put("temperature", config.temperature());
    body.put("max_tokens", config.maxTokens());
    body.put("stream", false);
    if (config.jsonMode()) {
      body.putObject("response_format").put("type", "json_object");
    }
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a chat request", e);
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(endpoint)
            .timeout(config.requestTimeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    key.ifPresent(k -> b.header("Authorization", "Bearer " + k));
    return b.build();
  }

  /** One attempt's outcome: a reply, or a miss and whether it may be retried. */
  private sealed interface Attempt {}

  private record Reply(ChatResult.Ok ok) implements Attempt {}

  private record Miss(
      Problem problem, String message, boolean retryable, Optional<Duration> retryAfter)
      implements Attempt {
    String retryAfterNote(String extra) {
      return retryAfter.map(d -> " (Retry-After: " + Text.human(d) + extra + ")").orElse("");
    }
  }

  private static Attempt ok(String content) {
    return new Reply(new ChatResult.Ok(content));
  }

  private static Attempt failed(Problem p, String message) {
    return new Miss(p, message, false, Optional.empty());
  }

  private static Attempt retry(Problem p, String message, Optional<Duration> after) {
    return new Miss(p, message, true, after);
  }

  private Attempt once(HttpRequest request) {
    CompletableFuture<HttpResponse<byte[]>> f =
        http.sendAsync(request, info -> new CappedBody(MAX_REPLY_BYTES));
    HttpResponse<byte[]> response;
    try {
      response = f.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return retry(Problem.TIMEOUT, noReplyWithin(), Optional.empty());
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      return failed(Problem.CLIENT, "interrupted while waiting for the reply");
    } catch (ExecutionException e) {
      return transportFailure(e.getCause() == null ? e : e.getCause());
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return parse(response.body());
    }
    String message = "HTTP " + StatusText.of(status) + errorSummary(response);
    if (status == 429) {
      return retry(Problem.RATE_LIMITED, message, retryAfter(response));
    }
    if (status >= 500) {
      return retry(Problem.SERVER_ERROR, message, retryAfter(response));
    }
    return failed(Problem.HTTP_ERROR, message);
  }

  private String noReplyWithin() {
    return "no complete reply within " + Text.human(config.requestTimeout());
  }

  private Attempt transportFailure(Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return retry(
          Problem.TIMEOUT,
          "cannot connect within " + Text.human(config.connectTimeout()),
          Optional.empty());
    }
    if (cause instanceof HttpTimeoutException) {
      return retry(Problem.TIMEOUT, noReplyWithin(), Optional.empty());
    }
    if (cause instanceof CappedBody.TooLarge) {
      return failed(Problem.TOO_LARGE, "reply is larger than " + (MAX_REPLY_BYTES >> 20) + " MiB");
    }
    if (cause instanceof ConnectException) {
      return retry(Problem.CONNECTION, "cannot connect: " + describe(cause), Optional.empty());
    }
    if (cause instanceof IOException) {
      return retry(Problem.CONNECTION, "connection failed: " + describe(cause), Optional.empty());
    }
    return failed(Problem.CLIENT, "request failed: " + describe(cause));
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : Text.abbreviate(m, 200);
  }

  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return RetryAfter.parse(response.headers().firstValue("Retry-After"), Instant.now());
  }

  /** ": <what the server said>", from an OpenAI error object when there is one, else raw text. */
  private static String errorSummary(HttpResponse<byte[]> response) {
    Optional<String> location = response.headers().firstValue("Location");
    if (response.statusCode() / 100 == 3 && location.isPresent()) {
      return ": redirects to " + Text.abbreviate(location.get(), 200);
    }
    byte[] body = response.body();
    if (body == null || body.length == 0) {
      return "";
    }
    String said = null;
    try {
      JsonNode n = JSON.readTree(body);
      if (n != null && n.isObject()) {
        JsonNode err = n.get("error");
        if (err != null && err.isObject() && err.path("message").isTextual()) {
          said = err.get("message").asText();
        } else if (err != null && err.isTextual()) {
          said = err.asText();
        } else if (n.path("message").isTextual()) {
          said = n.get("message").asText();
        }
      }
    } catch (IOException e) {
      // not JSON: quote the text
    }
    if (said == null) {
      said = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
    }
    return said.isBlank() ? "" : ": " + Text.quoted(said);
  }

  private Attempt parse(byte[] body) {
    if (body.length == 0) {
      return failed(Problem.MALFORMED, "reply body is empty");
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return failed(
          Problem.MALFORMED,
          "reply is not valid JSON: " + Text.abbreviate(e.getOriginalMessage(), 160));
    } catch (IOException e) {
      return failed(Problem.MALFORMED, "reply is not valid JSON: " + describe(e));
    }
    if (root == null || !root.isObject()) {
      return failed(Problem.MALFORMED, "reply is not a JSON object");
    }
    JsonNode error = root.get("error");
    if (error != null && !error.isNull()) {
      String said = error.path("message").isTextual() ? error.get("message").asText() : "" + error;
      return failed(Problem.MALFORMED, "server reported an error: " + Text.quoted(said));
    }
    JsonNode choices = root.get("choices");
    if (choices == null || !choices.isArray()) {
      return failed(Problem.MALFORMED, "reply has no \"choices\" list");
    }
    if (choices.isEmpty()) {
      return failed(Problem.EMPTY, "reply has no choices");
    }
    JsonNode first = choices.get(0);
    String finish =
        first.path("finish_reason").isTextual() ? first.get("finish_reason").asText() : "";
    if (finish.equals("length")) {
      return failed(
          Problem.TRUNCATED,
          "reply was cut off at max_tokens " + config.maxTokens() + " (finish_reason \"length\")");
    }
    if (finish.equals("content_filter")) {
      return failed(
          Problem.REFUSED,
          "reply was withheld by a content filter (finish_reason \"content_filter\")");
    }
    JsonNode message = first.get("message");
    if (message == null || !message.isObject()) {
      return failed(Problem.MALFORMED, "first choice has no \"message\" object");
    }
    JsonNode refusal = message.get("refusal");
    if (refusal != null && refusal.isTextual() && !refusal.asText().isBlank()) {
      return failed(Problem.REFUSED, "model refused: " + Text.quoted(refusal.asText()));
    }
    JsonNode content = message.get("content");
    if (content == null || content.isNull()) {
      return failed(Problem.EMPTY, "first choice's message has no content");
    }
    if (!content.isTextual()) {
      return failed(Problem.MALFORMED, "first choice's message content is not a string");
    }
    if (content.asText().isBlank()) {
      return failed(Problem.EMPTY, "first choice's message content is empty");
    }
    return ok(content.asText());
  }
}
