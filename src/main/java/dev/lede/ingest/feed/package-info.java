/**
 * Secure, lenient parsing of RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x into {@link
 * dev.lede.ingest.feed.Feed}. The facade is {@link dev.lede.ingest.feed.FeedParser}; the stages
 * live in {@code internal}.
 */
package dev.lede.ingest.feed;
