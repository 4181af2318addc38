package dev.lede.ingest.fetch;

import java.net.URI;
import java.util.Optional;

/** Outcome of a fetch: a body, "not modified", or a failure with a message naming the problem. */
public sealed interface FetchResult {
  URI uri();

  /**
   * A 2xx response with its body, raw bytes (decoded from gzip/deflate but not from its charset).
   *
   * @param uri the requested URI
   * @param finalUri the URI after redirects
   * @param status HTTP status
   * @param contentType the {@code Content-Type} header, if any
   * @param body the decoded-transfer body bytes, at most the size cap
   * @param etag the {@code ETag} header, if any
   * @param lastModified the {@code Last-Modified} header, if any
   */
  record Ok(
      URI uri,
      URI finalUri,
      int status,
      Optional<String> contentType,
      byte[] body,
      Optional<String> etag,
      Optional<String> lastModified)
      implements FetchResult {}

  /** A 304 answer to a conditional GET. */
  record NotModified(URI uri) implements FetchResult {}

  /**
   * Nothing usable was fetched.
   *
   * @param uri the requested URI
   * @param reason a message naming the URI and the problem, e.g. "refused: 10.0.0.1 is a private
   *     address"
   * @param refused true when Lede refused to send the request (robots, SSRF guard), false when the
   *     request failed
   */
  record Failed(URI uri, String reason, boolean refused) implements FetchResult {}
}
