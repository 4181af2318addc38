package dev.lede.story;

import dev.lede.story.internal.CapitalisedPhraseKeys;
import java.util.Optional;
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
   * The key of the name {@code text}'s first sentence opens with, its subject ("Rishi Sunak
   * succeeds ...": {@code e:rishi sunak}), one of {@link #keys}; empty when it opens otherwise or
   * the extractor cannot tell. A report days after a story that leads with someone the story never
   * named is mostly the next event (the successor, the other chamber's vote).
   */
  default Optional<String> lead(String text) {
    return Optional.empty();
  }

  /**
   * The built-in extractor, without a trained model: capitalised phrases and their words, numbers,
   * years and calendar dates; particle-free word stems for Korean. Keys are prefixed by kind
   * ({@code e:}, {@code n:}, {@code y:}, {@code d:}).
   */
  static EntityKeys capitalisedPhrases() {
    CapitalisedPhraseKeys keys = new CapitalisedPhraseKeys();
    return new EntityKeys() {
      @Override
      public Set<String> keys(String text) {
        return keys.keys(text);
      }

      @Override
      public Optional<String> lead(String text) {
        return CapitalisedPhraseKeys.lead(text);
      }
    };
  }

  /** No entity keys: similarity then rests on terms, embeddings and time. */
  static EntityKeys none() {
    return text -> Set.of();
  }
}
