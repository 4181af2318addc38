package dev.lede.ingest.fetch;

/**
 * One stage of the {@link HttpFetcher} chain. A stage either answers itself (a refusal, a {@code
 * 304} mapped to "not modified") or passes a possibly changed request on with {@link Chain#proceed}
 * and may look at, retry or replace what comes back.
 *
 * <p>Stages work on HTTP-level {@link Request}s and {@link Response}s rather than {@link
 * FetchRequest}/{@link FetchResult} because they need headers both ways (conditional headers,
 * {@code Location}, {@code Retry-After}); {@link HttpFetcher} turns the final response into a
 * {@link FetchResult}.
 */
interface Interceptor {
  Response intercept(Chain chain);

  /** The rest of the chain, seen from one stage. */
  interface Chain {
    Request request();

    /** Runs the next stage with {@code request}; may be called more than once (retry, redirect). */
    Response proceed(Request request);
  }
}
