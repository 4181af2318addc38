package dev.lede.bench;

import dev.lede.story.StoryInput;
import java.io.IOException;
import java.util.List;

/** The demo mix of {@code bench/cluster --mix}, for dev tools in other packages. */
public final class ClusterMixBenchAccess {
  private ClusterMixBenchAccess() {}

  /** The demo mix's articles in time order. */
  public static List<StoryInput> inputs() throws IOException {
    return ClusterMixBench.inputs();
  }
}
