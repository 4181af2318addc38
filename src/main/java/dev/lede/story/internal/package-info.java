/**
 * Implementation of story clustering; not an API. {@code ClusterEngine} holds the state and makes
 * the decisions (joins, merges, splits, dormant stories, replay), {@code FeatureExtractor} turns an
 * article into {@code ArticleFeatures}, {@code Similarity} scores articles and stories against each
 * other and sets the thresholds, the {@code index.CandidateIndex} port finds candidates by query
 * and logs changes for replay, {@code Tail} covers articles not yet searchable, {@code StoryState}
 * keeps each story's centroids, {@code TextAnalysis} and {@code CapitalisedPhraseKeys} turn text
 * into terms and keys.
 */
package dev.lede.story.internal;
