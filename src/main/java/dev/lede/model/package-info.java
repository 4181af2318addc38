/**
 * Immutable records for the data that flows through the pipeline: articles, sources, fetch state.
 */
package dev.lede.model;
