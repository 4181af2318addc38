package dev.lede.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.index.SearchIndex.Hit;
import dev.lede.index.TestArticles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One of two OpenSearch nodes stopping under an index of one replica (issue 14's fault): indexing
 * and search go on through the other node with nothing lost, and the stopped node, started again,
 * gets its copies back. The node that stops is the data-only one: with two nodes only one can be
 * the cluster manager (a quorum of two would stop with either), so losing that one stops the
 * cluster, which takes three manager-eligible nodes to survive.
 */
@Timeout(300)
class OpenSearchNodeLossTest {
  @TempDir Path dir;

  @Test
  void losingOneOfTwoNodesLosesNoArticleAndSearchGoesOn() throws Exception {
    List<OpenSearchTestNode> nodes = new ArrayList<>(OpenSearchTestNode.startPair(dir));
    try {
      OpenSearchTestNode manager = nodes.get(0);
      OpenSearchAddress one = manager.address("articles", Duration.ofSeconds(30));
      OpenSearchAddress address =
          new OpenSearchAddress(one.endpoint(), one.index(), 1, one.timeout());
      try (OpenSearchIndex index = OpenSearchIndex.open(address)) {
        for (int i = 0; i < 10; i++) {
          index.upsert(TestArticles.of("a-" + i, "en", "Tanker " + i, "Boeing tanker deal " + i));
        }
        index.commit();
        assertThat(manager.awaitHealth(2, "green")).isEqualTo("green");

        nodes.get(1).stop();
        assertThat(manager.awaitHealth(1, "yellow")).isEqualTo("yellow");
        for (int i = 10; i < 20; i++) {
          index.upsert(TestArticles.of("a-" + i, "en", "Tanker " + i, "Boeing tanker deal " + i));
        }
        index.commit();
        assertThat(index.count()).isEqualTo(20);
        assertThat(index.search("tanker", 50)).extracting(Hit::id).hasSize(20);

        nodes.set(1, nodes.get(1).restart());
        assertThat(manager.awaitHealth(2, "green")).isEqualTo("green");
        assertThat(index.count()).isEqualTo(20);
        assertThat(index.search("boeing", 50)).extracting(Hit::id).hasSize(20);
      }
    } finally {
      for (OpenSearchTestNode n : nodes) {
        n.close();
      }
    }
  }
}
