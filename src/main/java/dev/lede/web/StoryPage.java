package dev.lede.web;

import dev.lede.model.WrittenStory;
import java.util.List;
import java.util.Objects;

/**
 * Everything a story page shows.
 *
 * @param story the written story
 * @param language BCP 47 tag of the story's text
 * @param related related stories, best first, each with the reason it is related
 * @param updates update history, oldest first
 * @param coverage one point per source article (time and outlet), for the coverage chart
 * @param entities people, organisations and places the story is about
 * @param editions the story's editions in other languages, with their sources
 */
public record StoryPage(
    WrittenStory story,
    String language,
    List<RelatedStory> related,
    List<StoryUpdate> updates,
    List<CoveragePoint> coverage,
    List<EntityRef> entities,
    List<Edition> editions) {

  /** The page of a story told in one language only. */
  public StoryPage(
      WrittenStory story,
      String language,
      List<RelatedStory> related,
      List<StoryUpdate> updates,
      List<CoveragePoint> coverage,
      List<EntityRef> entities) {
    this(story, language, related, updates, coverage, entities, List.of());
  }

  public StoryPage {
    editions = List.copyOf(editions);
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(language, "language");
    related = List.copyOf(related);
    updates = List.copyOf(updates);
    coverage = List.copyOf(coverage);
    entities = List.copyOf(entities);
  }

  /** The listing view of this story, with {@code teaser}. */
  public StoryView view(String teaser) {
    int outlets = (int) story.sources().stream().map(s -> s.outlet()).distinct().count();
    return new StoryView(
        story.story(),
        story.headline(),
        teaser,
        language,
        outlets,
        story.sources().size(),
        story.datePublished(),
        story.dateModified(),
        editions.stream().map(Edition::withoutSources).toList());
  }
}
