package dev.lede.story;

import java.util.List;
import java.util.Objects;

/**
 * A change to stories other than the placed article joining one, caused by an assignment. Apply
 * them in order to keep a stored (article, story) table in step with the clusterer.
 */
public sealed interface StoryChange {

  /**
   * Every article of {@code absorbed} now belongs to {@code into}; the id {@code absorbed} is
   * retired and {@link StoryClusterer#merges()} maps it to its survivor.
   *
   * @param absorbed the retired story
   * @param into the surviving story (the older of the two)
   */
  record Merged(String absorbed, String into) implements StoryChange {
    public Merged {
      Objects.requireNonNull(absorbed, "absorbed");
      Objects.requireNonNull(into, "into");
    }
  }

  /**
   * The listed articles left {@code from}, whose coverage turned out to hold two events, for the
   * new story {@code to}; {@code from} keeps its id and its first article.
   *
   * @param from the story that was split
   * @param to the new story
   * @param articleIds the articles that moved, in arrival order
   */
  record Split(String from, String to, List<String> articleIds) implements StoryChange {
    public Split {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      articleIds = List.copyOf(articleIds);
    }
  }
}
