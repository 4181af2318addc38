package dev.lede.index.opensearch;

import dev.lede.index.SearchIndex;
import dev.lede.index.SearchIndexContract;
import dev.lede.index.VectorIndex;
import dev.lede.index.VectorIndexContract;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch index keeps the {@link SearchIndex} contract on a real OpenSearch node (with the
 * k-NN plugin), and the k-NN story vectors the {@link VectorIndex} one: one node for the class, a
 * new index for each test.
 */
@Timeout(180)
class OpenSearchIndexTest extends SearchIndexContract {
  @TempDir static Path dir;
  static OpenSearchTestNode node;
  static final AtomicInteger indexes = new AtomicInteger();

  @BeforeAll
  static void startOpenSearch() throws Exception {
    node = OpenSearchTestNode.startWithKnn(dir);
  }

  @AfterAll
  static void stopOpenSearch() throws Exception {
    node.close();
  }

  @Override
  protected SearchIndex newIndex() throws Exception {
    return OpenSearchIndex.open(
        node.address("articles-" + indexes.incrementAndGet(), Duration.ofSeconds(30)));
  }

  /** The k-NN story vectors keep the {@link VectorIndex} contract on the same node. */
  @Nested
  class StoryVectors extends VectorIndexContract {
    @Override
    protected VectorIndex newIndex() throws Exception {
      return OpenSearchVectorIndex.open(
          node.address("stories-" + indexes.incrementAndGet(), Duration.ofSeconds(30)));
    }
  }
}
