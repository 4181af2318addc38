/**
 * Article understanding: sentences, tokens, language, entities with merged aliases, quotes, facts,
 * embeddings. Model-free and fast except for embeddings.
 *
 * <ul>
 *   <li>{@link dev.lede.nlp.Nlp#analyze} runs everything but embeddings and returns an {@link
 *       dev.lede.nlp.Analysis}; every offset in it is exact ({@code text.substring(start, end)}
 *       equals the recorded text);
 *   <li>the stages, usable alone, in the order analyze runs them: {@link
 *       dev.lede.lang.LanguageDetector}, {@link dev.lede.nlp.SentenceSplitter}, {@link
 *       dev.lede.nlp.Tokenizer}, {@link dev.lede.nlp.EntityExtractor} (mentions), {@link
 *       dev.lede.nlp.EntityResolver} (mentions of one or more documents into entities), {@link
 *       dev.lede.nlp.QuoteExtractor}, {@link dev.lede.nlp.FactExtractor};
 *   <li>embeddings: {@link dev.lede.nlp.Embedder}, {@link dev.lede.nlp.MiniLmEmbedder} (bundled
 *       all-MiniLM-L6-v2), {@link dev.lede.nlp.EmbeddingCache}, {@link
 *       dev.lede.nlp.CachingEmbedder}, and {@link dev.lede.nlp.EmbeddingText} to choose what to
 *       embed.
 * </ul>
 *
 * Word lists (places, titles, organisation words, stopwords) are resources next to this package,
 * written for Lede.
 */
package dev.lede.nlp;
