/**
 * The derived Lucene full-text index behind {@link dev.lede.index.SearchIndex}; rebuildable from
 * the store with {@link dev.lede.index.IndexRebuilder}. {@link dev.lede.index.LuceneIndex} adds
 * {@code moreLikeThis} for story clustering and {@code get} for stored fields.
 */
package dev.lede.index;
