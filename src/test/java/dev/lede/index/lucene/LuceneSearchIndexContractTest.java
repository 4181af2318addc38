package dev.lede.index.lucene;

import dev.lede.index.SearchIndex;
import dev.lede.index.SearchIndexContract;

/** The Lucene index keeps the {@link SearchIndex} contract. */
class LuceneSearchIndexContractTest extends SearchIndexContract {
  @Override
  protected SearchIndex newIndex() {
    return LuceneIndex.inMemory();
  }
}
