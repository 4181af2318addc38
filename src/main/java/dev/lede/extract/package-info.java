/**
 * Main-text and metadata extraction from HTML pages (jsoup): title, byline, dates, language,
 * canonical URL, paragraphs.
 */
package dev.lede.extract;
