package dev.lede.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * An article as read from a source, before dedup and storage.
 *
 * @param url where it was found
 * @param canonicalHint canonical URL declared by the page, if any
 * @param title headline
 * @param byline author(s)
 * @param published publication time
 * @param modified modification time
 * @param language language tag, if known
 * @param source outlet name
 * @param sourceRef the source reference that led here
 * @param text main text, paragraphs separated by blank lines
 */
record Candidate(
    String url,
    Optional<String> canonicalHint,
    String title,
    Optional<String> byline,
    Optional<Instant> published,
    Optional<Instant> modified,
    Optional<String> language,
    String source,
    String sourceRef,
    String text) {}
