package dev.lede.nlp;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Nlp#analyze} found in one article. All offsets are into the article text (not the
 * title).
 *
 * @param sentences the sentences, in order
 * @param tokenCount how many tokens the text has
 * @param language BCP 47 tag, {@code und} when unknown
 * @param mentions every name found, in text order
 * @param entities the mentions merged into entities, most mentioned first
 * @param quotes direct quotes with their speakers
 * @param facts amounts, dates and places
 */
public record Analysis(
    List<Sentence> sentences,
    int tokenCount,
    String language,
    List<Mention> mentions,
    List<Entity> entities,
    List<Quote> quotes,
    List<Fact> facts) {
  public Analysis {
    sentences = List.copyOf(sentences);
    Objects.requireNonNull(language, "language");
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    facts = List.copyOf(facts);
    if (tokenCount < 0) {
      throw new IllegalArgumentException("tokenCount " + tokenCount + " is negative");
    }
  }
}
