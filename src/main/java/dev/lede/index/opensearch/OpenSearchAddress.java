package dev.lede.index.opensearch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an OpenSearch index is, parsed from {@code
 * opensearch://HOST:PORT/INDEX[?replicas=N&timeout=S]}: the engine's REST endpoint (plain HTTP),
 * the index name (Lede adds {@code -stories} for the story vectors), the replicas a new index gets
 * (default 0) and how long a request may take before it fails with an error (default 30 seconds).
 *
 * @param endpoint {@code http://HOST:PORT}
 * @param index index name
 * @param replicas replicas of an index this adapter creates
 * @param timeout request timeout
 */
public record OpenSearchAddress(URI endpoint, String index, int replicas, Duration timeout) {
  private static final Pattern INDEX = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");

  public OpenSearchAddress {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(timeout, "timeout");
    if (!INDEX.matcher(index).matches()) {
      throw new IllegalArgumentException(
          "OpenSearch index '"
              + index
              + "' must be lower-case letters, digits, '.', '_' and '-', not starting with one"
              + " of the last three");
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("OpenSearch replicas must not be negative: " + replicas);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("OpenSearch timeout must be positive, was " + timeout);
    }
  }

  /**
   * Parses an {@code opensearch://} URL.
   *
   * @throws IllegalArgumentException naming the URL and what is wrong with it
   */
  public static OpenSearchAddress parse(String url) {
    Objects.requireNonNull(url, "url");
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "not an opensearch:// URL: '" + url + "': " + e.getMessage());
    }
    if (!"opensearch".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException(
          "not an opensearch:// URL: '" + url + "' (expected opensearch://HOST:PORT/INDEX)");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String index = path.startsWith("/") ? path.substring(1) : path;
    if (index.isEmpty()) {
      throw new IllegalArgumentException(
          "opensearch:// URL '" + url + "' names no index (opensearch://HOST:PORT/INDEX)");
    }
    int replicas = 0;
    Duration timeout = Duration.ofSeconds(30);
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        try {
          switch (kv[0]) {
            case "replicas" -> replicas = Integer.parseInt(kv.length > 1 ? kv[1] : "");
            case "timeout" ->
                timeout = Duration.ofSeconds(Long.parseLong(kv.length > 1 ? kv[1] : ""));
            default ->
                throw new IllegalArgumentException(
                    "opensearch:// URL '"
                        + url
                        + "': unknown parameter '"
                        + kv[0]
                        + "' (known: replicas, timeout)");
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "opensearch:// URL '" + url + "': " + kv[0] + " must be a whole number", e);
        }
      }
    }
    return new OpenSearchAddress(
        URI.create("http://" + uri.getHost() + ":" + uri.getPort()), index, replicas, timeout);
  }

  /** The same engine, another index (e.g. the story vectors beside the articles). */
  public OpenSearchAddress withIndex(String other) {
    return new OpenSearchAddress(endpoint, other, replicas, timeout);
  }
}
