package dev.lede.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What Lede remembers about one fetched URL so the next fetch can be conditional.
 *
 * @param url the requested URL
 * @param etag the last {@code ETag} the server sent
 * @param lastModified the last {@code Last-Modified} the server sent
 * @param cursor source-specific progress marker (e.g. newest item seen in a feed)
 * @param fetchedAt when it was last fetched
 */
public record FetchState(
    String url,
    Optional<String> etag,
    Optional<String> lastModified,
    Optional<String> cursor,
    Instant fetchedAt) {}
