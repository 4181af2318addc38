/**
 * Article understanding: sentences, tokens, language, entities with merged aliases, quotes, facts,
 * embeddings.
 */
package dev.lede.nlp;
