package dev.lede.story;

import dev.lede.story.internal.CapitalisedPhraseKeys;
import java.util.Set;

/**
 * Extracts the keys of the specific things an article names (people, places, organisations,
 * numbers, dates). Shared rare keys are strong evidence that two articles report the same event;
 * keys are compared as opaque strings, so any extractor (a trained NER model, say) can stand here.
 */
@FunctionalInterface
public interface EntityKeys {

  /**
   * The keys of {@code text}, which is the title (when there is one) followed by the body on the
   * next line. Must be deterministic and must not return null.
   */
  Set<String> keys(String text);

  /**
   * The built-in extractor, without a trained model: capitalised phrases and their words, numbers,
   * years and calendar dates; particle-free word stems for Korean. Keys are prefixed by kind
   * ({@code e:}, {@code n:}, {@code y:}, {@code d:}).
   */
  static EntityKeys capitalisedPhrases() {
    CapitalisedPhraseKeys keys = new CapitalisedPhraseKeys();
    return keys::keys;
  }

  /** No entity keys: similarity then rests on terms, embeddings and time. */
  static EntityKeys none() {
    return text -> Set.of();
  }
}
