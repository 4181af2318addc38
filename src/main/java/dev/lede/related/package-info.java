/**
 * Related stories: {@link dev.lede.related.RelatedStories} ranks the stories related to one, from
 * BM25 over the article index and kNN over {@link dev.lede.related.RelatedVectors} (one mean vector
 * per live story), each with the reason it relates.
 */
package dev.lede.related;
