package dev.lede.write.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.lede.testing.TestHttpServer;
import dev.lede.write.llm.ChatResult.Problem;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatClientTest {
  private static final List<ChatMessage> MESSAGES =
      List.of(ChatMessage.system("the rules"), ChatMessage.user("{\"sources\": []}"));

  private static LlmConfig config(FakeChatServer server) {
    return LlmConfig.of(server.baseUrl(), "fake-model")
        .withApiKey(Optional::empty)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
        .withMaxRetries(0);
  }

  private static FakeChatServer ok() {
    return FakeChatServer.serving(r -> "{\"lede\": []}");
  }

  @ParameterizedTest
  @CsvSource({
    "http://h:8080, http://h:8080/v1/chat/completions",
    "http://h:8080/, http://h:8080/v1/chat/completions",
    "http://h:8080/v1, http://h:8080/v1/chat/completions",
    "http://h:8080/v1/, http://h:8080/v1/chat/completions",
    "https://api.example.com/openai, https://api.example.com/openai/v1/chat/completions",
    "http://h/api/v1/chat/completions, http://h/api/v1/chat/completions"
  })
  void theEndpointIsFoundWithOrWithoutV1(String base, String endpoint) {
    assertThat(ChatClient.endpoint(URI.create(base))).isEqualTo(URI.create(endpoint));
  }

  @Test
  void aBaseUrlEndingInV1PostsToTheSamePath() {
    try (FakeChatServer server = ok()) {
      LlmConfig c = config(server);
      LlmConfig v1 =
          LlmConfig.of(URI.create(server.baseUrl() + "/v1/"), "fake-model")
              .withApiKey(Optional::empty);
      assertThat(ChatClient.create(c).complete(MESSAGES)).isInstanceOf(ChatResult.Ok.class);
      assertThat(ChatClient.create(v1).complete(MESSAGES)).isInstanceOf(ChatResult.Ok.class);
      assertThat(server.recorded())
          .extracting(TestHttpServer.Recorded::method, TestHttpServer.Recorded::path)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("POST", "/v1/chat/completions"),
              org.assertj.core.groups.Tuple.tuple("POST", "/v1/chat/completions"));
    }
  }

  @Test
  void theReplyContentIsReturnedAsSent() {
    try (FakeChatServer server = ok()) {
      assertThat(ChatClient.create(config(server)).complete(MESSAGES))
          .isEqualTo(new ChatResult.Ok("{\"lede\": []}"));
    }
  }

  @Test
  void anApiKeyIsSentAsABearerToken() {
    try (FakeChatServer server = ok()) {
      ChatClient.create(config(server).withApiKey(() -> Optional.of("sk-test-123")))
          .complete(MESSAGES);
      assertThat(server.recorded().get(0).header("Authorization")).contains("Bearer sk-test-123");
    }
  }

  @Test
  void aKeyWithSurroundingWhitespaceIsSentStripped() {
    try (FakeChatServer server = ok()) {
      ChatClient.create(config(server).withApiKey(() -> Optional.of("  sk-pad-42\n")))
          .complete(MESSAGES);
      assertThat(server.recorded().get(0).header("Authorization")).contains("Bearer sk-pad-42");
    }
  }

  @Test
  void theKeyIsReadFromTheNamedEnvironmentVariable() {
    String path = System.getenv("PATH");
    assumeThat(path).as("PATH is set").isNotBlank();
    try (FakeChatServer server = ok()) {
      LlmConfig c = config(server).withApiKeyEnv("PATH");
      assertThat(c.apiKeyEnv()).isEqualTo("PATH");
      ChatClient.create(c).complete(MESSAGES);
      assertThat(server.recorded().get(0).header("Authorization"))
          .contains("Bearer " + path.strip());
    }
  }

  @Test
  void withoutAKeyNoAuthorizationHeaderIsSent() {
    String unset = "LEDE_TEST_VARIABLE_NOBODY_SETS";
    assumeThat(System.getenv(unset)).isNull();
    try (FakeChatServer server = ok()) {
      ChatClient.create(config(server).withApiKeyEnv(unset)).complete(MESSAGES);
      assertThat(server.recorded().get(0).header("Authorization")).isEmpty();
    }
  }

  @Test
  void aKeyTheServerEchoesIsBlankedOutOfTheFailureAndAClientErrorIsNotRetried() {
    try (FakeChatServer server =
        FakeChatServer.answering(
            TestHttpServer.respond(
                401, "{\"error\":{\"message\":\"Incorrect API key provided: sk-secret-999\"}}"))) {
      ChatResult r =
          ChatClient.create(
                  config(server).withApiKey(() -> Optional.of("sk-secret-999")).withMaxRetries(2))
              .complete(MESSAGES);
      assertThat(r)
          .isEqualTo(
              new ChatResult.Failed(
                  Problem.HTTP_ERROR,
                  "POST "
                      + server.endpoint()
                      + ": HTTP 401 Unauthorized: \"Incorrect API key provided: [API key]\""));
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void aKeyThatCannotBeAHeaderFailsWithoutQuotingItOrSendingAnything() {
    try (FakeChatServer server = ok()) {
      ChatResult r =
          ChatClient.create(config(server).withApiKey(() -> Optional.of("sk-abc\r\nX-Evil: 1")))
              .complete(MESSAGES);
      assertThat(r)
          .isEqualTo(
              new ChatResult.Failed(
                  Problem.CLIENT,
                  "POST "
                      + server.endpoint()
                      + ": the API key ($LEDE_LLM_API_KEY) is not a valid header value"));
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void aKeySupplierThatThrowsIsAFailureNotAnException() {
    try (FakeChatServer server = ok()) {
      ChatResult r =
          ChatClient.create(
                  config(server)
                      .withApiKey(
                          () -> {
                            throw new IllegalStateException("vault sealed");
                          }))
              .complete(MESSAGES);
      assertThat(r)
          .isEqualTo(
              new ChatResult.Failed(
                  Problem.CLIENT,
                  "POST "
                      + server.endpoint()
                      + ": cannot read the API key ($LEDE_LLM_API_KEY): IllegalStateException"));
    }
  }

  @Test
  void theRequestAsksForOneJsonReplyAtTheConfiguredTemperature() {
    try (FakeChatServer server = ok()) {
      ChatClient.create(config(server).withTemperature(0.2).withMaxTokens(512)).complete(MESSAGES);
      FakeChatServer.Request req = server.requests().get(0);
      assertThat(req.body().path("model").asText()).isEqualTo("fake-model");
      assertThat(req.body().path("temperature").asDouble()).isEqualTo(0.2);
      assertThat(req.body().path("max_tokens").asInt()).isEqualTo(512);
      assertThat(req.body().path("stream").asBoolean(true)).isFalse();
      assertThat(req.body().path("response_format").path("type").asText()).isEqualTo("json_object");
      assertThat(req.body().path("messages").findValuesAsText("role"))
          .containsExactly("system", "user");
      assertThat(req.system()).isEqualTo("the rules");
      assertThat(req.user()).isEqualTo("{\"sources\": []}");
      assertThat(server.recorded().get(0).header("Content-Type")).contains("application/json");
    }
  }

  @Test
  void jsonModeCanBeTurnedOffForServersThatRejectIt() {
    try (FakeChatServer server = ok()) {
      ChatClient.create(config(server).withJsonMode(false)).complete(MESSAGES);
      assertThat(server.requests().get(0).body().has("response_format")).isFalse();
    }
  }

  @Test
  void eachKindOfFailureIsNamed() {
    record Case(TestHttpServer.Handler handler, Problem problem) {}
    List<Case> cases =
        List.of(
            new Case(TestHttpServer.respond(429, ""), Problem.RATE_LIMITED),
            new Case(TestHttpServer.respond(502, ""), Problem.SERVER_ERROR),
            new Case(TestHttpServer.respond(400, ""), Problem.HTTP_ERROR),
            new Case(TestHttpServer.respond(200, "<html>"), Problem.MALFORMED),
            new Case(TestHttpServer.respond(200, "{\"choices\":[]}"), Problem.EMPTY),
            new Case(
                TestHttpServer.respond(200, FakeChatServer.completion("{", "length")),
                Problem.TRUNCATED),
            new Case(
                TestHttpServer.respond(200, FakeChatServer.completion("", "content_filter")),
                Problem.REFUSED));
    for (Case c : cases) {
      try (FakeChatServer server = FakeChatServer.answering(c.handler)) {
        ChatResult r = ChatClient.create(config(server)).complete(MESSAGES);
        assertThat(r).isInstanceOf(ChatResult.Failed.class);
        assertThat(((ChatResult.Failed) r).problem()).isEqualTo(c.problem);
      }
    }
  }

  @Test
  void aRefusalIsAFailureQuotingIt() {
    String body =
        "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,"
            + "\"refusal\":\"I can't help with that.\"},\"finish_reason\":\"stop\"}]}";
    try (FakeChatServer server = FakeChatServer.answering(TestHttpServer.respond(200, body))) {
      assertThat(ChatClient.create(config(server)).complete(MESSAGES))
          .isEqualTo(
              new ChatResult.Failed(
                  Problem.REFUSED,
                  "POST " + server.endpoint() + ": model refused: \"I can't help with that.\""));
    }
  }

  @Test
  void trailingGarbageAfterTheReplyIsMalformed() {
    String body = FakeChatServer.completion("{}", "stop") + " {\"more\": 1}";
    try (FakeChatServer server = FakeChatServer.answering(TestHttpServer.respond(200, body))) {
      ChatResult r = ChatClient.create(config(server)).complete(MESSAGES);
      assertThat(((ChatResult.Failed) r).reason())
          .startsWith("POST " + server.endpoint() + ": reply is not valid JSON: ");
    }
  }

  @Test
  void aTimedOutAttemptIsRetriedAndTheSecondReplyUsed() {
    try (FakeChatServer server =
        FakeChatServer.failingFirst(r -> "{\"lede\": []}", TestHttpServer.silent())) {
      ChatResult r =
          ChatClient.create(
                  config(server)
                      .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200))
                      .withMaxRetries(1)
                      .withRetryWaits(Duration.ofMillis(1), Duration.ofSeconds(1)))
              .complete(MESSAGES);
      assertThat(r).isEqualTo(new ChatResult.Ok("{\"lede\": []}"));
      assertThat(server.requests()).hasSize(2);
    }
  }

  @Test
  void emptyMessagesAreRefused() {
    try (FakeChatServer server = ok()) {
      ChatClient client = ChatClient.create(config(server));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.complete(List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a chat completion needs at least one message");
    }
  }
}
