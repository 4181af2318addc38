package dev.lede.write.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.testing.TestHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local OpenAI-compatible server for tests: {@code POST /v1/chat/completions} on 127.0.0.1,
 * answered by a fake {@link Model} or by any raw {@link TestHttpServer.Handler}. Records every
 * request body, so tests can read what the client sent.
 */
final class FakeChatServer implements AutoCloseable {
  static final String PATH = "/v1/chat/completions";
  static final ObjectMapper JSON = new ObjectMapper();

  /** A fake model: the request's messages in, the reply's message content out. */
  @FunctionalInterface
  interface Model {
    String reply(Request request);
  }

  /** A received chat request. */
  record Request(String rawBody, JsonNode body) {
    String system() {
      return message("system");
    }

    String user() {
      return message("user");
    }

    /** The user message parsed as JSON (the writer sends a JSON object there). */
    JsonNode userJson() {
      try {
        return JSON.readTree(user());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String message(String role) {
      for (JsonNode m : body.path("messages")) {
        if (m.path("role").asText().equals(role)) {
          return m.path("content").asText();
        }
      }
      throw new AssertionError("no " + role + " message in " + rawBody);
    }
  }

  private final TestHttpServer server = TestHttpServer.start();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private FakeChatServer() {}

  /** A server whose completions come from {@code model}, finish_reason "stop". */
  static FakeChatServer serving(Model model) {
    FakeChatServer s = new FakeChatServer();
    s.server.route(
        PATH,
        exchange -> {
          Request r = s.record(exchange.getRequestBody().readAllBytes());
          String body = completion(model.reply(r), "stop");
          TestHttpServer.respond(200, body, "Content-Type", "application/json").handle(exchange);
        });
    return s;
  }

  /** A server answering every request with {@code handler}, after recording it. */
  static FakeChatServer answering(TestHttpServer.Handler handler) {
    FakeChatServer s = new FakeChatServer();
    s.server.route(
        PATH,
        exchange -> {
          s.record(exchange.getRequestBody().readAllBytes());
          handler.handle(exchange);
        });
    return s;
  }

  /**
   * A server answering the first requests with {@code failures}, in turn, then with {@code model}.
   */
  static FakeChatServer failingFirst(Model model, TestHttpServer.Handler... failures) {
    FakeChatServer s = new FakeChatServer();
    s.server.route(
        PATH,
        exchange -> {
          Request r = s.record(exchange.getRequestBody().readAllBytes());
          int k = s.requests.size() - 1;
          if (k < failures.length) {
            failures[k].handle(exchange);
            return;
          }
          String body = completion(model.reply(r), "stop");
          TestHttpServer.respond(200, body, "Content-Type", "application/json").handle(exchange);
        });
    return s;
  }

  /** A chat completion response body with one choice. */
  static String completion(String content, String finishReason) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-test").put("object", "chat.completion").put("model", "fake");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", content);
    choice.put("finish_reason", finishReason);
    return root.toString();
  }

  private Request record(byte[] body) {
    String raw = new String(body, StandardCharsets.UTF_8);
    JsonNode node;
    try {
      node = JSON.readTree(raw);
    } catch (IOException e) {
      node = JSON.createObjectNode();
    }
    Request r = new Request(raw, node);
    requests.add(r);
    return r;
  }

  /** The base URL to configure, {@code http://127.0.0.1:<port>}. */
  URI baseUrl() {
    return server.uri("");
  }

  /** The endpoint the client should name in its messages. */
  String endpoint() {
    return server.uri(PATH).toString();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  List<TestHttpServer.Recorded> recorded() {
    return server.requests();
  }

  @Override
  public void close() {
    server.close();
  }
}
