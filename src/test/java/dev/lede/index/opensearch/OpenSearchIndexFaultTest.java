package dev.lede.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.index.SearchIndex.Hit;
import dev.lede.index.TestArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The OpenSearch engine going away mid-run: a clear error, nothing lost, and it goes on after. */
@Timeout(240)
class OpenSearchIndexFaultTest {
  @TempDir Path dir;

  @Test
  void whenTheEngineGoesAwayCommitsFailNamingItAndKeepWhatTheyHeldForWhenItIsBack()
      throws Exception {
    OpenSearchTestNode node = OpenSearchTestNode.start(dir);
    try {
      OpenSearchAddress address = node.address("articles", Duration.ofSeconds(5));
      try (OpenSearchIndex index = OpenSearchIndex.open(address)) {
        index.upsert(TestArticles.of("a-1", "en", "Tanker", "Boeing wins tanker contract"));
        index.commit();

        node.stop();
        index.upsert(TestArticles.of("a-2", "en", "Tanker", "Airbus wins tanker contract"));
        assertThatThrownBy(index::commit)
            .isInstanceOf(IOException.class)
            .hasMessageContaining("OpenSearch at " + address.endpoint() + " is unreachable");
        assertThatThrownBy(() -> index.search("tanker", 10))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("OpenSearch at " + address.endpoint());

        node = node.restart();
        index.commit(); // the article the failed commit held
        assertThat(index.ids()).containsExactlyInAnyOrder("a-1", "a-2");
        assertThat(index.search("tanker", 10)).extracting(Hit::id).hasSize(2);
      }
    } finally {
      node.close();
    }
  }
}
