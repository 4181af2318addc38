package dev.lede.story.internal;

import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.story.Embedder;
import java.util.ArrayList;
import java.util.List;

/** {@link Embedder#miniLm()}: the story-side view of the process-wide nlp MiniLM. */
public final class SharedMiniLm implements Embedder {
  public static final SharedMiniLm INSTANCE = new SharedMiniLm();

  private SharedMiniLm() {}

  @Override
  public int dimension() {
    return MiniLmEmbedder.DIMENSION;
  }

  @Override
  public float[][] embed(List<String> texts) {
    List<String> readable = new ArrayList<>(texts.size());
    for (String t : texts) {
      // The nlp embedder rejects blank text; a lone period embeds as "nothing said".
      readable.add(t.isBlank() ? "." : t);
    }
    return MiniLmEmbedder.shared().embed(readable);
  }
}
