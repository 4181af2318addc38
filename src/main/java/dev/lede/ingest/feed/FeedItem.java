package dev.lede.ingest.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a feed, mapped from RSS, Atom or JSON Feed.
 *
 * @param id guid / atom:id / rdf:about / JSON Feed id
 * @param link the item's article URL (resolved against xml:base, the document URL or the feed link)
 * @param title title as text (markup removed, entities decoded)
 * @param author author name(s), comma separated
 * @param published publication time
 * @param updated update time
 * @param summary summary/description as HTML or text
 * @param content full content (content:encoded, atom:content, content_html) as HTML, or as plain
 *     text when the feed declares it so (Atom type="text", JSON Feed content_text)
 * @param categories category labels
 */
public record FeedItem(
    Optional<String> id,
    Optional<String> link,
    Optional<String> title,
    Optional<String> author,
    Optional<Instant> published,
    Optional<Instant> updated,
    Optional<String> summary,
    Optional<String> content,
    List<String> categories) {}
