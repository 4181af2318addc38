package dev.lede.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every version of every written story, as the JSON {@code lede write} prints, with when it was
 * written and what changed. The SQLite adapter keeps it in the store's file, so a version and the
 * story's settled debt ({@link #owed()}) commit together.
 */
public interface WrittenStoryStore {

  /**
   * One stored version.
   *
   * @param storyId the story
   * @param version 1, 2, ...
   * @param writtenAt when this version was written
   * @param articles how many articles it was written from
   * @param note what changed since the previous version
   * @param json the written story
   */
  record Version(
      String storyId, int version, Instant writtenAt, int articles, String note, String json) {}

  /**
   * Stores a version and, in the same transaction, clears the story's owed write: a run killed
   * before the commit leaves the story owed, one killed after leaves it written.
   */
  void put(Version v);

  /**
   * Stories owing a write, the longest owed first: their articles changed after their last version
   * (or they have none), including changes made by runs that were killed or failed.
   */
  List<String> owed();

  /** Clears the owed write of a story that has nothing to write (no articles left). */
  void settle(String storyId);

  /** The newest version of a story. */
  Optional<Version> latest(String storyId);

  /** All versions of a story, oldest first. */
  List<Version> versions(String storyId);

  /** The newest version of every story, most recently written first. */
  List<Version> latestAll();

  /**
   * What changes when a version is stored: how many there are, the last row and the last write
   * time. Comparing two marks is far cheaper than reading the versions.
   *
   * @param versions number of stored versions
   * @param lastRow the highest row id
   * @param lastWritten the latest {@code writtenAt}, in epoch milliseconds (0 when empty)
   */
  record Mark(long versions, long lastRow, long lastWritten) {}

  /** The current {@link Mark}. */
  Mark mark();
}
