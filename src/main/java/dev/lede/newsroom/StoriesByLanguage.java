package dev.lede.newsroom;

import dev.lede.index.CandidateIndex;
import dev.lede.lang.LanguageDetector;
import dev.lede.model.Article;
import dev.lede.story.Story;
import dev.lede.story.StoryClusterer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The newsroom's story clustering, one {@link StoryClusterer} per language: an article is placed
 * only among the stories of its language, with term frequencies, mean embedding and dormancy
 * counted over that language's articles alone. This is how the assign workers decide (one language
 * is one worker's, {@link Worker}) and how {@code lede cluster} clusters, so the single process
 * places articles as they do: with one clusterer over every language, Korean and Japanese articles
 * changed the English statistics and the reverse (the whole demo: B-cubed F1 0.9870 between the
 * embedded run and two assign workers). Stories of different languages meet through edition links,
 * not by sharing a story.
 *
 * <p>On disk each language is a folder of its own under the clusterer's folder.
 */
public final class StoriesByLanguage implements AutoCloseable {
  /** Opens (or creates) the clusterer of one language. */
  private interface Opener {
    StoryClusterer open(String language) throws IOException;
  }

  private final Opener opener;
  private final Map<String, StoryClusterer> byLanguage = new TreeMap<>();

  private StoriesByLanguage(Opener opener) {
    this.opener = opener;
  }

  /** Clusterers in memory, gone on close. */
  static StoriesByLanguage inMemory(StoryClusterer.Config config, CandidateIndex.Factory f) {
    return new StoriesByLanguage(language -> StoryClusterer.inMemory(config, f));
  }

  /**
   * The clusterers in {@code dir}, one folder per language, each read back as last committed; a
   * folder of the older layout (one clusterer for every language, its files directly in {@code
   * dir}) holds no language folder and so reads as empty.
   */
  static StoriesByLanguage open(Path dir, StoryClusterer.Config config, CandidateIndex.Factory f)
      throws IOException {
    StoriesByLanguage s =
        new StoriesByLanguage(language -> StoryClusterer.open(dir.resolve(language), config, f));
    if (Files.isDirectory(dir)) {
      try (var folders = Files.list(dir)) {
        for (Path p : folders.filter(Files::isDirectory).toList()) {
          try {
            s.of(p.getFileName().toString());
          } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
          }
        }
      }
    }
    return s;
  }

  /**
   * The language an article is clustered (and routed to an assign worker) by: its primary language
   * subtag, English for one whose language could not be told ({@code und}). Those are mostly short
   * Latin-script texts the detector's stopword profiles could not place (all 6 such among the 535
   * articles of ECB+ topics 1-25 are English); apart, they were clustered away from every story
   * they belong to.
   */
  static String languageOf(Article a) {
    String l = a.language().toLowerCase(Locale.ROOT);
    int dash = l.indexOf('-');
    String primary = dash < 0 ? l : l.substring(0, dash);
    primary = primary.replaceAll("[^a-z0-9]", "_");
    return primary.isEmpty() || primary.equals(LanguageDetector.UNDETERMINED) ? "en" : primary;
  }

  /** The clusterer of {@code language} (a {@link #languageOf} value), opened when new. */
  StoryClusterer of(String language) throws IOException {
    StoryClusterer c = byLanguage.get(language);
    if (c == null) {
      c = opener.open(language);
      byLanguage.put(language, c);
    }
    return c;
  }

  /** The clusterer of the article's language. */
  StoryClusterer of(Article a) throws IOException {
    return of(languageOf(a));
  }

  /** A snapshot of a story, whichever language it is in. */
  public Optional<Story> story(String storyId) {
    for (StoryClusterer c : byLanguage.values()) {
      Optional<Story> s = c.story(storyId);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  /** The current story of an article, when it was placed. */
  public Optional<String> storyOf(String articleId) {
    for (StoryClusterer c : byLanguage.values()) {
      Optional<String> s = c.storyOf(articleId);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  /** Articles placed in every language. */
  public int articleCount() {
    return byLanguage.values().stream().mapToInt(StoryClusterer::articleCount).sum();
  }

  /** Stories held on the heap in every language ({@link StoryClusterer#storiesOnHeap()}). */
  public int storiesOnHeap() {
    return byLanguage.values().stream().mapToInt(StoryClusterer::storiesOnHeap).sum();
  }

  /** Makes everything placed so far durable. */
  public void commit() {
    byLanguage.values().forEach(StoryClusterer::commit);
  }

  @Override
  public void close() {
    List<RuntimeException> failed = new ArrayList<>();
    for (StoryClusterer c : byLanguage.values()) {
      try {
        c.close();
      } catch (RuntimeException e) {
        failed.add(e);
      }
    }
    byLanguage.clear();
    if (!failed.isEmpty()) {
      RuntimeException first = failed.get(0);
      failed.subList(1, failed.size()).forEach(first::addSuppressed);
      throw first;
    }
  }
}
