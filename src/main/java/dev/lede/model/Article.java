package dev.lede.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One stored article: the clean text of a page or feed item, with what is known about where it came
 * from. Immutable; {@code id} is stable across re-ingests (derived from the canonical URL).
 *
 * @param id stable identifier, e.g. {@code a-3f2c9d...}
 * @param url the URL the article was found at (after redirects)
 * @param canonicalUrl the canonical URL (fragment and tracking parameters removed)
 * @param title headline as published
 * @param byline author(s) as published
 * @param published publication time
 * @param modified last modification time
 * @param language BCP 47 language tag, e.g. {@code en} or {@code ko}; {@code und} when unknown
 * @param source outlet name, e.g. {@code Global Voices}
 * @param sourceRef the source (feed URL, file, folder) that led to this article
 * @param text main text, paragraphs separated by a blank line
 * @param contentHash SHA-256 of the normalised text
 * @param simhash 64-bit SimHash of the text, for near-duplicate lookup
 * @param duplicateOf id of the earlier article this one near-duplicates
 * @param fetchedAt when Lede stored it
 */
public record Article(
    String id,
    String url,
    String canonicalUrl,
    String title,
    Optional<String> byline,
    Optional<Instant> published,
    Optional<Instant> modified,
    String language,
    String source,
    String sourceRef,
    String text,
    String contentHash,
    long simhash,
    Optional<String> duplicateOf,
    Instant fetchedAt) {

  public Article {
    Require.nonNull("id url canonicalUrl title byline", id, url, canonicalUrl, title, byline);
    Require.nonNull("published modified language source", published, modified, language, source);
    Require.nonNull("sourceRef text contentHash", sourceRef, text, contentHash);
    Require.nonNull("duplicateOf fetchedAt", duplicateOf, fetchedAt);
  }

  public Article withDuplicateOf(Optional<String> other) {
    return new Article(
        id,
        url,
        canonicalUrl,
        title,
        byline,
        published,
        modified,
        language,
        source,
        sourceRef,
        text,
        contentHash,
        simhash,
        other,
        fetchedAt);
  }
}
