package dev.lede.web;

import java.util.List;
import java.util.Optional;

/**
 * The sources list with its feed health, behind the admin pages and the sources API. Every method
 * validates what it is given and throws {@link IllegalArgumentException} naming the problem.
 */
public interface SourceDesk {

  /** Every source with its schedule and health, in the list's order. */
  List<SourceStatus> sources();

  /**
   * Adds a feed (an http(s) URL) with an optional title and category.
   *
   * @return true when it was new
   */
  boolean add(String ref, Optional<String> title, Optional<String> category);

  /** Removes a source and its schedule; false when it was not there. */
  boolean remove(String ref);

  /** Pauses or resumes polling of a source; false when it is not there. */
  boolean pause(String ref, boolean paused);

  /** Adds every feed of an OPML file; {@code name} is used in messages. */
  ImportReport importOpml(byte[] opml, String name);

  /** The sources as an OPML 2.0 document, grouped by category. */
  String exportOpml();
}
