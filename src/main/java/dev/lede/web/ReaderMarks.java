package dev.lede.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reader-app state behind the Google Reader and Fever APIs: a stable numeric item id per story, and
 * which items are read or starred. Implementations keep it across restarts.
 */
public interface ReaderMarks {

  /**
   * The item id of each story, giving new stories ids above every existing one, in the order given
   * (oldest first), so "since id" queries see new stories.
   */
  Map<String, Long> itemIds(List<String> storyIdsOldestFirst);

  Set<Long> read();

  Set<Long> starred();

  /** Marks or unmarks an item read. */
  void setRead(long item, boolean read);

  /** Marks or unmarks an item starred (Fever: saved). */
  void setStarred(long item, boolean starred);

  /** Marks every item with an id at most {@code maxItem} read. */
  void readAllUpTo(long maxItem);
}
