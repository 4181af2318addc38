/**
 * Implementation of story clustering; not an API. {@code ClusterEngine} holds the state and makes
 * the decisions, {@code CandidateIndex} is the Lucene side (candidates by query, changes logged for
 * replay), {@code Tail} covers articles not yet searchable, {@code StoryState} keeps each story's
 * centroids, {@code TextAnalysis} and {@code CapitalisedPhraseKeys} turn text into terms and keys.
 */
package dev.lede.story.internal;
