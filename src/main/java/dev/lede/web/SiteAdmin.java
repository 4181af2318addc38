package dev.lede.web;

/**
 * The site's write side, reached only through token-protected endpoints: the poll list and ingest.
 * Implementations must validate {@code ref} themselves (it is whatever the client sent, already
 * trimmed and length-checked).
 */
public interface SiteAdmin {

  /**
   * Adds a source to the poll list.
   *
   * @return true when it was new
   * @throws IllegalArgumentException naming the ref when it is not a usable source
   */
  boolean addSource(String ref);

  /**
   * Removes a source from the poll list.
   *
   * @return true when it was there
   */
  boolean removeSource(String ref);

  /** Whether the poll list holds any source (an ingest run has something to fetch). */
  default boolean hasSources() {
    return true;
  }

  /**
   * Starts an ingest run in the background and returns at once.
   *
   * @return false when a run is already going (or waiting), or there is no source
   */
  boolean triggerIngest();
}
