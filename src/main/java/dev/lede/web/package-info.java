/**
 * Publishing: the web site, JSON API, feeds and sitemaps.
 *
 * <p>The layer reads only {@link dev.lede.web.SiteData}, a narrow read interface, and writes only
 * through {@link dev.lede.web.SiteAdmin} behind a bearer token. {@link dev.lede.web.WebServer}
 * serves it over HTTP (Javalin); {@link dev.lede.web.StaticExport} writes the same bytes to files.
 * Pages are jte templates under {@code src/main/jte}, precompiled at build time and HTML-escaped by
 * default; every source-derived string is also cleaned of characters HTML and XML cannot carry, and
 * only http(s) URLs ever become links. {@link dev.lede.model.StoryJson} is the one JSON shape of a
 * written story, shared with {@code lede write}.
 *
 * <p>A request passes, in order: security headers (a strict Content-Security-Policy on every
 * response), a per-client rate limit, a stricter one for search and writes, a body size limit, then
 * the route. Story pages are rendered once per story version and data revision and kept as plain
 * and gzipped bytes with an ETag.
 */
package dev.lede.web;
