package dev.lede.story.crosslang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.bench.ClusterMixBenchAccess;
import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.nlp.Embedder;
import dev.lede.story.ClusterCommandLogic;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo mix of {@code bench/cluster --mix} (Korean, Japanese and English Wikinews) read as
 * {@code lede cluster} reads it, pinned by digest: the anchor readers and the linker are tuned for
 * speed, and a change meant to be faster must give every article the same anchors, in the same
 * order, and every article the same story. Digests taken at 1346ea3, before session 20's changes.
 */
class DemoMixAnchorsTest {
  private static final String ANCHORS =
      "25b0403e85d5b443ee80866cf12410f85e6c1f5493efc7ce2077c87c7ff47363";
  private static final String STORIES =
      "04a6da53a85e74738ac07a0d4fa2e895eb61b5adb44f0ce7dd8c663798a70ac2";

  private static String sha256(StringBuilder s) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256")
                .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyDemoArticleHasTheAnchorsTimeAndAgeItHadBeforeTheReadersWereMadeCheaper()
      throws Exception {
    List<StoryInput> inputs = ClusterMixBenchAccess.inputs();
    CrossLanguageLinker.AnchorReader reader = new CrossLanguageLinker.AnchorReader();
    StringBuilder all = new StringBuilder();
    int anchors = 0;
    for (StoryInput a : inputs) {
      List<String> mine = List.copyOf(reader.anchors(a.title(), a.text()));
      anchors += mine.size();
      all.append(a.id())
          .append('\t')
          .append(String.join("\u0001", mine))
          .append('\t')
          .append(a.published().map(p -> CrossLanguageLinker.eventTime(a.text(), p)))
          .append('\t')
          .append(CrossLanguageLinker.ageDays(a.text()))
          .append('\n');
    }
    assertThat(inputs).hasSize(524);
    assertThat(anchors).isGreaterThan(10 * inputs.size());
    assertThat(sha256(all)).as("digest of %d anchors", anchors).isEqualTo(ANCHORS);
  }

  @Test
  void everyDemoArticleLandsInTheStoryItDidBeforeTheLinkerWasMadeCheaper() throws Exception {
    List<StoryInput> inputs = ClusterMixBenchAccess.inputs();
    Map<String, String> story =
        new ClusterCommandLogic(
                StoryClusterer.Config.builder().embedder(Embedder.none()).build(),
                LuceneCandidateIndex.FACTORY)
            .cluster(inputs);
    StringBuilder all = new StringBuilder();
    story.forEach((id, s) -> all.append(id).append('\t').append(s).append('\n'));
    assertThat(story).hasSize(524);
    assertThat(sha256(all))
        .as("digest of %d stories", story.values().stream().distinct().count())
        .isEqualTo(STORIES);
  }
}
