package dev.lede.store;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reader-app state: a numeric item id per story, read and starred flags. */
public interface ReaderStateStore {
  /** Item ids of {@code storyIds}, assigning new ones in the order given. */
  Map<String, Long> itemIds(List<String> storyIds);

  Set<Long> read();

  Set<Long> starred();

  void setRead(long item, boolean read);

  void setStarred(long item, boolean starred);

  void readAllUpTo(long maxItem);
}
