/**
 * Implementation stages of {@link dev.lede.ingest.feed.FeedParser}, in pipeline order: {@link
 * dev.lede.ingest.feed.internal.CharsetSniffer} (bytes to text), {@link
 * dev.lede.ingest.feed.internal.XmlText} (prolog, DOCTYPE and entity handling, repair), {@link
 * dev.lede.ingest.feed.internal.TreeBuilders} (strict SAX or lenient jsoup tree), {@link
 * dev.lede.ingest.feed.internal.XmlFeedMapper} / {@link
 * dev.lede.ingest.feed.internal.JsonFeedMapper} (model mapping) with {@link
 * dev.lede.ingest.feed.internal.Dates}, {@link dev.lede.ingest.feed.internal.Urls} and {@link
 * dev.lede.ingest.feed.internal.HtmlSanitizer}. Not API: may change without notice.
 */
package dev.lede.ingest.feed.internal;
