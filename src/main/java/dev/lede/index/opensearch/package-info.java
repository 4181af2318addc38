/**
 * The OpenSearch adapter of the search-index port: {@link
 * dev.lede.index.opensearch.OpenSearchIndex} over OpenSearch 2.x's REST API (the JDK's HTTP client,
 * Jackson), at an {@code opensearch://} address ({@link
 * dev.lede.index.opensearch.OpenSearchAddress}). Derived data: the store rebuilds it.
 */
package dev.lede.index.opensearch;
