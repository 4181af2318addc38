/**
 * OPML 2.0 subscription lists: {@link dev.lede.opml.Opml} reads the exports of other feed readers
 * (Miniflux, FreshRSS and the like: feeds nested under category outlines, or with a {@code
 * category} attribute) and writes Lede's sources list the same way.
 */
package dev.lede.opml;
