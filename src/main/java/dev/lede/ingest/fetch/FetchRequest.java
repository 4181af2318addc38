package dev.lede.ingest.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One GET to perform.
 *
 * @param uri absolute http(s) URI
 * @param etag validator from the previous fetch, sent as {@code If-None-Match}
 * @param lastModified validator from the previous fetch, sent as {@code If-Modified-Since}
 */
public record FetchRequest(URI uri, Optional<String> etag, Optional<String> lastModified) {
  public FetchRequest {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
  }

  public static FetchRequest of(URI uri) {
    return new FetchRequest(uri, Optional.empty(), Optional.empty());
  }
}
