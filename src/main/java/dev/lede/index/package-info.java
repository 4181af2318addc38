/**
 * Ports of the derived indexes: {@link dev.lede.index.SearchIndex} (full text, BM25), {@link
 * dev.lede.index.VectorIndex} (one vector per story, kNN) and {@link dev.lede.index.CandidateIndex}
 * (the story clusterer's candidates and replay log), rebuildable from the store ({@link
 * dev.lede.index.IndexRebuilder}). The Lucene adapters are in {@code dev.lede.index.lucene}.
 */
package dev.lede.index;
