package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.index.lucene.LuceneIndex;
import dev.lede.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRebuilderTest {
  @TempDir Path dir;

  @Test
  void rebuildAfterClearGivesTheSameIds() throws IOException {
    List<Article> articles =
        new ArrayList<>(TestArticles.wikinews("/corpus/wikinews-en-sample.jsonl"));
    articles.addAll(TestArticles.wikinews("/corpus/wikinews-ko-sample.jsonl"));
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThat(IndexRebuilder.rebuild(articles, index)).isEqualTo(28);
      List<String> before = index.ids();
      List<String> hitsBefore =
          index.search("markets", 5).stream().map(SearchIndex.Hit::id).toList();
      index.clear();
      index.commit();
      assertThat(index.count()).isZero();

      IndexRebuilder.rebuild(articles, index);
      assertThat(index.ids()).isEqualTo(before).hasSize(28);
      assertThat(index.search("markets", 5).stream().map(SearchIndex.Hit::id).toList())
          .isEqualTo(hitsBefore);
    }
  }

  @Test
  void rebuildReplacesWhatWasThere() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.upsert(TestArticles.of("stale", "en", "t", "gone after rebuild"));
      index.commit();
      IndexRebuilder.rebuild(List.of(TestArticles.of("fresh", "en", "t", "kept")), index);
      assertThat(index.ids()).containsExactly("fresh");
    }
  }

  @Test
  void aRebuildThatFailsPartWayLeavesThePreviousCommitOnDisk() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.upsert(TestArticles.of("old", "en", "t", "previous index"));
      index.commit();
      Iterable<Article> failing =
          () ->
              new Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                  return true;
                }

                @Override
                public Article next() {
                  if (n++ == 2) {
                    throw new IllegalStateException("store read failed");
                  }
                  return TestArticles.of("new-" + n, "en", "t", "partial");
                }
              };
      assertThatThrownBy(() -> IndexRebuilder.rebuild(failing, index))
          .hasMessage("store read failed");
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThat(index.ids()).containsExactly("old");
    }
  }
}
