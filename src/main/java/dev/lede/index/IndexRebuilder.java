package dev.lede.index;

import dev.lede.model.Article;
import java.io.IOException;
import java.util.Objects;

/** Rebuilds a {@link SearchIndex} from the articles of the store ({@code lede reindex}). */
public final class IndexRebuilder {
  private IndexRebuilder() {}

  /**
   * Clears {@code index}, adds every article and commits once at the end, so searches see either
   * the old index or the complete new one. If reading or adding fails part-way nothing is
   * committed: close the index (which discards the pending clear, see {@link LuceneIndex#close()})
   * and the previous commit is intact.
   *
   * @return the number of articles added (fewer distinct documents if ids repeat)
   */
  public static long rebuild(Iterable<Article> articles, SearchIndex index) throws IOException {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(index, "index");
    index.clear();
    long added = 0;
    for (Article article : articles) {
      index.upsert(article);
      added++;
    }
    index.commit();
    return added;
  }
}
