package dev.lede.ingest.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;

/** What a stage hands back up the chain: an HTTP answer of any status, or a settled result. */
sealed interface Response {

  /**
   * An HTTP response as received. Only 2xx responses carry a body; it is already decoded from
   * gzip/deflate and within the size cap.
   */
  record Received(URI uri, int status, HttpHeaders headers, byte[] body) implements Response {}

  /** A result no later stage changes: a refusal, a failure, or "not modified". */
  record Done(FetchResult result) implements Response {}
}
