/**
 * Ingest: turns sources (feeds, article URLs, files, folders, JSON Lines) into stored articles, one
 * transaction per article.
 */
package dev.lede.ingest;
