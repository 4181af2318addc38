package dev.lede.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The few REST calls the adapters make, over the JDK's HTTP client with JSON through Jackson: every
 * failure is an {@link IOException} naming the engine, the call and what the engine said.
 */
final class OpenSearchClient {
  private final OpenSearchAddress address;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  OpenSearchClient(OpenSearchAddress address) {
    this.address = address;
    this.http = HttpClient.newBuilder().connectTimeout(address.timeout()).build();
  }

  ObjectMapper json() {
    return json;
  }

  int replicas() {
    return address.replicas();
  }

  boolean exists(String path) throws IOException {
    HttpResponse<String> r = send("HEAD", path, null, "application/json");
    if (r.statusCode() == 200) {
      return true;
    }
    if (r.statusCode() == 404) {
      return false;
    }
    throw refused("HEAD", path, r);
  }

  /** Whether the engine serves {@code GET path} (200), not an unknown path (400 or 404). */
  boolean serves(String path) throws IOException {
    HttpResponse<String> r = send("GET", path, null, "application/json");
    if (r.statusCode() == 200) {
      return true;
    }
    if (r.statusCode() == 400 || r.statusCode() == 404) {
      return false;
    }
    throw refused("GET", path, r);
  }

  void createIndex(String path, JsonNode body) throws IOException {
    HttpResponse<String> r = send("PUT", path, json.writeValueAsString(body), "application/json");
    if (r.statusCode() / 100 == 2) {
      return;
    }
    // Another process created it between the check and here.
    if (r.statusCode() == 400 && r.body().contains("resource_already_exists_exception")) {
      return;
    }
    throw refused("PUT", path, r);
  }

  JsonNode get(String path) throws IOException {
    return parse("GET", path, send("GET", path, null, "application/json"));
  }

  JsonNode post(String path, JsonNode body) throws IOException {
    String b = body == null ? null : json.writeValueAsString(body);
    return parse("POST", path, send("POST", path, b, "application/json"));
  }

  JsonNode delete(String path) throws IOException {
    HttpResponse<String> r = send("DELETE", path, null, "application/json");
    if (r.statusCode() == 404) {
      return json.createObjectNode();
    }
    return parse("DELETE", path, r);
  }

  JsonNode bulk(String ndjson) throws IOException {
    return parse("POST", "/_bulk", send("POST", "/_bulk", ndjson, "application/x-ndjson"));
  }

  private JsonNode parse(String method, String path, HttpResponse<String> r) throws IOException {
    if (r.statusCode() / 100 != 2) {
      throw refused(method, path, r);
    }
    return json.readTree(r.body());
  }

  private IOException refused(String method, String path, HttpResponse<String> r) {
    String body = r.body() == null ? "" : r.body();
    return new IOException(
        "OpenSearch at "
            + address.endpoint()
            + " answered "
            + r.statusCode()
            + " to "
            + method
            + " "
            + path
            + ": "
            + (body.length() > 500 ? body.substring(0, 500) + "..." : body));
  }

  private HttpResponse<String> send(String method, String path, String body, String type)
      throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(address.endpoint() + path))
            .timeout(address.timeout())
            .header("Content-Type", type)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IOException(
          "OpenSearch at "
              + address.endpoint()
              + " is unreachable ("
              + method
              + " "
              + path
              + "): "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calling OpenSearch at " + address.endpoint(), e);
    }
  }
}
