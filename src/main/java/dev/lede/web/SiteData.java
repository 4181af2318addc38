package dev.lede.web;

import dev.lede.model.Article;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the site reads: a narrow, read-only view of stories, entities, articles and sources. The web
 * layer depends only on this interface, so story clustering and the writer can change behind it.
 *
 * <p>Implementations must be safe for concurrent use; every method is called on request threads.
 * Text returned here is untrusted (it comes from source articles): the site escapes all of it.
 */
public interface SiteData {

  /** Top stories, best first (freshness times coverage), at most {@code n}. */
  List<StoryView> topStories(int n);

  /** Everything the story page shows, or empty when there is no written story with this id. */
  Optional<StoryPage> story(String id);

  /** Entities that have a page, most stories first. */
  List<EntitySummary> entities();

  /** One entity and its stories, or empty when the key is unknown. */
  Optional<EntityPage> entity(String key);

  /** Full-text search over articles, best first, at most {@code limit}. */
  List<Article> search(String query, SearchFilters filters, int limit);

  /** One stored article. */
  Optional<Article> article(String id);

  /** Outlets the site reads, by name. */
  List<SourceInfo> sources();

  /**
   * A number that changes whenever anything shown on a page changes other than a story's own text
   * (which {@link dev.lede.model.WrittenStory#version()} covers): new related stories, new
   * articles, new sources. Cached pages are keyed by it. The default, a constant, suits fixed data.
   */
  default long revision() {
    return 0;
  }

  /**
   * Asks to have {@code warmer} called with each new revision of the data before it is served: it
   * gets a view that answers as the new revision will (its {@link #revision()} included), so it can
   * render what the first requests will ask for while the old revision is still served. Data that
   * never changes ignores it (the default).
   */
  default void beforeEachRevision(Consumer<SiteData> warmer) {}
}
