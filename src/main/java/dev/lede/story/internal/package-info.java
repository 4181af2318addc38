/**
 * Implementation of story clustering; not an API. {@code ClusterEngine} holds the state and makes
 * the decisions, the {@code index.CandidateIndex} port finds candidates by query and logs changes
 * for replay, {@code Tail} covers articles not yet searchable, {@code StoryState} keeps each
 * story's centroids, {@code TextAnalysis} and {@code CapitalisedPhraseKeys} turn text into terms
 * and keys.
 */
package dev.lede.story.internal;
