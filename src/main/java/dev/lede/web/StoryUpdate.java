package dev.lede.web;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a story's update history.
 *
 * @param version the written story's version
 * @param at when it was written
 * @param note what changed, e.g. "Added reporting from Yonhap"
 */
public record StoryUpdate(int version, Instant at, String note) {
  public StoryUpdate {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
  }
}
