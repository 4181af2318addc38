package dev.lede.ingest.fetch;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request as it moves down the chain: the URI of the current hop plus extra headers.
 *
 * @param origin what the caller asked for; failures are reported against its URI
 * @param uri the URI of this hop (differs from the origin's after a redirect)
 * @param headers headers added by stages, sent by {@link Network}
 */
record Request(FetchRequest origin, URI uri, Map<String, String> headers) {
  Request {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(uri, "uri");
    headers = Map.copyOf(headers);
  }

  static Request of(FetchRequest origin) {
    return new Request(origin, origin.uri(), Map.of());
  }

  Request withUri(URI next) {
    return new Request(origin, next, headers);
  }

  Request withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Request(origin, uri, copy);
  }

  /** A failure of this hop: {@code "<hop uri>: <problem>"}. */
  FetchResult.Failed fail(String problem) {
    return new FetchResult.Failed(origin.uri(), uri + ": " + problem, false);
  }

  /** A refusal to send this hop: {@code "<hop uri>: refused: <why>"}. */
  FetchResult.Failed refuse(String why) {
    return new FetchResult.Failed(origin.uri(), uri + ": refused: " + why, true);
  }
}
