/**
 * What Lede's two HTTP clients (the fetcher, {@code ingest.fetch}, and the LLM client, {@code
 * write.llm}) share: {@link dev.lede.http.RetryAfter} (one reading of the header, one overflow
 * rule), {@link dev.lede.http.CappedBody} (a body collected up to a cap) and {@link
 * dev.lede.http.StatusText} (status codes with their reason phrases, for messages). Internal: not
 * an API.
 */
package dev.lede.http;
