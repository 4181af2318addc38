/**
 * The sources list as operators manage it: add, pause, remove, OPML import and export, and each
 * source's feed health ({@link dev.lede.sources.SourceCatalog}).
 */
package dev.lede.sources;
