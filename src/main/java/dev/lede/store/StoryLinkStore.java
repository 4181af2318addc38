package dev.lede.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Stories told in other languages that report the same event: each story written from one
 * language's sources is an edition, and the editions of one event form a group named by its
 * earliest story. Derived from the stories (re-linked after each ingest), kept so that serving
 * processes read it.
 */
public interface StoryLinkStore {
  /** Every linked story and its group id (stories in no group are absent). */
  Map<String, String> groups();

  /** The stories of {@code storyId}'s group, itself included, in id order; just it when alone. */
  List<String> editionsOf(String storyId);

  /**
   * Replaces the links of {@code stories} by {@code groups} (story -> group id) in one transaction:
   * a story of {@code stories} absent from {@code groups}, or its own group alone, ends linked to
   * nothing; links of other stories stay.
   */
  void relink(Collection<String> stories, Map<String, String> groups);
}
