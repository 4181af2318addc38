package dev.lede.store;

import java.util.Collection;
import java.util.Set;

/**
 * What ingest learns of each site's template: the prints of the text blocks on each page of a host
 * ({@code dev.lede.extract.HostTemplate}), counted once per page, so blocks that repeat across a
 * host's pages can be dropped from its later pages. Kept across runs in the data folder.
 */
public interface HostTemplateStore {
  /** The block prints seen on at least {@code minPages} distinct pages of {@code host}. */
  Set<Long> repeated(String host, int minPages);

  /**
   * Counts the distinct {@code prints} of one page of {@code host}; a page whose {@code pageKey}
   * was already counted is not counted again (a page fetched twice is still one page).
   */
  void learn(String host, long pageKey, Collection<Long> prints);
}
