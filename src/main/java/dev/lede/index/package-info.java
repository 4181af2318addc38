/**
 * Ports of the derived indexes: {@link dev.lede.index.SearchIndex} (full text, BM25) and {@link
 * dev.lede.index.VectorIndex} (one vector per story, kNN), rebuildable from the store ({@link
 * dev.lede.index.IndexRebuilder}). The Lucene adapters are in {@code dev.lede.index.lucene}.
 */
package dev.lede.index;
