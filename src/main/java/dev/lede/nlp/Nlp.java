package dev.lede.nlp;

import dev.lede.lang.LanguageDetector;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Article understanding in one call: sentences, tokens, language, entities, quotes and facts. Fast
 * and model-free (no embeddings here; see {@link Embedder}). Thread-safe: holds no state.
 *
 * <pre>{@code
 * Analysis a = Nlp.analyze(article.title(), article.text(), Optional.of(article.language()));
 * }</pre>
 */
public final class Nlp {
  /** Longest text accepted, so that one huge page cannot stall a batch. */
  public static final int MAX_TEXT_CHARS = 500_000;

  private Nlp() {}

  /**
   * Analyses one article.
   *
   * @param title the headline, used for language detection only
   * @param text the article body; offsets in the result point into it
   * @param languageHint the publisher's declared language, used when detection cannot tell
   * @throws IllegalArgumentException if {@code text} is longer than {@link #MAX_TEXT_CHARS}
   */
  public static Analysis analyze(String title, String text, Optional<String> languageHint) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(languageHint, "languageHint");
    if (text.length() > MAX_TEXT_CHARS) {
      throw new IllegalArgumentException(
          "text has " + text.length() + " chars, more than the " + MAX_TEXT_CHARS + " allowed");
    }
    String language = language(title, text, languageHint);
    List<Sentence> sentences = SentenceSplitter.split(text);
    int tokens = Tokenizer.count(text);
    List<Mention> mentions = EntityExtractor.extract("", text, sentences);
    List<Entity> entities = EntityResolver.resolve(mentions);
    List<Quote> quotes = QuoteExtractor.extract(text, sentences, entities);
    List<Fact> facts = FactExtractor.extract(text, entities);
    return new Analysis(sentences, tokens, language, mentions, entities, quotes, facts);
  }

  private static String language(String title, String text, Optional<String> hint) {
    String detected = LanguageDetector.detect(title + "\n" + text);
    if (!detected.equals(LanguageDetector.UNDETERMINED)) {
      return detected;
    }
    return hint.map(h -> h.strip().toLowerCase(Locale.ROOT))
        .filter(h -> h.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*"))
        .orElse(LanguageDetector.UNDETERMINED);
  }
}
