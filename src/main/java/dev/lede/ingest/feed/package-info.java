/**
 * Secure, lenient parsing of RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed into {@link
 * dev.lede.ingest.feed.Feed}.
 */
package dev.lede.ingest.feed;
