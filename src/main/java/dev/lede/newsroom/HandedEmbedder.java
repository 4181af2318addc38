package dev.lede.newsroom;

import dev.lede.nlp.Embedder;
import dev.lede.story.StoryInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clusterer's embedder inside the newsroom: instead of running the model again on the text the
 * clusterer derives from an article (its title and the head of its text), it hands over the vector
 * {@link ArticleVectors} already computed for that article, or a zero vector ("nothing to say")
 * when the article has none (no text). Call {@link #hand} with the article right before giving it
 * to the clusterer. A text that is not the start of the handed article's title and text is embedded
 * by the fallback, so the clusterer always gets a true vector.
 *
 * <p>Single-threaded, like the clusterer it serves.
 */
final class HandedEmbedder implements Embedder {
  private final Embedder fallback;
  private Optional<StoryInput> article = Optional.empty();
  private float[] vector = new float[0];

  HandedEmbedder(Embedder fallback) {
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  /** The vector of the article the clusterer is about to see; empty for none. */
  void hand(StoryInput in, Optional<float[]> v) {
    if (v.isPresent() && v.get().length != dimension()) {
      throw new IllegalArgumentException(
          "article "
              + in.id()
              + ": vector has "
              + v.get().length
              + " dimensions, the clusterer expects "
              + dimension());
    }
    article = Optional.of(in);
    vector = v.map(float[]::clone).orElseGet(() -> new float[dimension()]);
  }

  @Override
  public int dimension() {
    return fallback.dimension();
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<Integer> other = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (isHanded(texts.get(i))) {
        out[i] = vector.clone();
      } else {
        other.add(i);
      }
    }
    if (!other.isEmpty()) {
      List<String> rest = new ArrayList<>(other.size());
      for (int i : other) {
        rest.add(texts.get(i));
      }
      float[][] embedded = fallback.embed(rest);
      for (int j = 0; j < other.size(); j++) {
        out[other.get(j)] = embedded[j];
      }
    }
    return out;
  }

  private boolean isHanded(String text) {
    if (article.isEmpty() || text.isEmpty()) {
      return false;
    }
    StoryInput in = article.get();
    return (in.title() + "\n" + in.text()).startsWith(text) || in.text().startsWith(text);
  }
}
