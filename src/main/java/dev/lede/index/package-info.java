/**
 * The derived Lucene full-text index behind {@link dev.lede.index.SearchIndex}; rebuildable from
 * the store.
 */
package dev.lede.index;
