package dev.lede.newsroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.lang.LanguageDetector;
import dev.lede.model.Article;
import dev.lede.store.ArticleStore;
import dev.lede.store.StoreException;
import dev.lede.store.StoryLinkStore;
import dev.lede.store.StoryStore;
import dev.lede.story.crosslang.CrossLanguageLinker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Links stories across languages after each ingest, the Event Registry way: articles are clustered
 * within their language first (the clusterer), then whole stories in different languages that
 * report one event are linked ({@link CrossLanguageLinker}) into a group whose stories are the
 * event's language editions. Each edition stays written from its own language's sources; the links
 * ({@link StoryLinkStore}) tell the site which editions to show together.
 *
 * <p>Only stories near the changed ones in time are re-linked (those within the linker's window,
 * and those already in a group with them), and only the changed stories' articles are read: each
 * story's span and evidence are kept between runs ({@link StoryLinkStore.Summary}). An article's
 * anchors are read from its title and the head of its text ({@link
 * CrossLanguageLinker#anchors(String, String)}); they are computed once per article, on the
 * preparing workers when the article is new.
 */
final class EditionLinking {
  /** How far apart in time two stories may be and still be linked. */
  static final Duration WINDOW = Duration.ofDays(14);

  private final StoryStore stories;
  private final ArticleStore articles;
  private final StoryLinkStore links;
  private final CrossLanguageLinker linker;
  private static final ObjectMapper JSON = new ObjectMapper();

  // Anchors of the articles prepared since the last relink, which keeps them in summaries.
  private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();

  EditionLinking(
      StoryStore stories, ArticleStore articles, StoryLinkStore links, CrossLanguageLinker linker) {
    this.stories = stories;
    this.articles = articles;
    this.links = links;
    this.linker = linker;
  }

  /** Computes and keeps the anchors of {@code a} (thread-safe; for the preparing workers). */
  void prepare(Article a) {
    anchorsOf(a);
  }

  private Set<String> anchorsOf(Article a) {
    return anchors.computeIfAbsent(a.id(), id -> CrossLanguageLinker.anchors(a.title(), a.text()));
  }

  static String language(Article a) {
    return a.language().equals(LanguageDetector.UNDETERMINED)
        ? LanguageDetector.detect(a.title() + "\n" + a.text())
        : a.language().split("-", 2)[0];
  }

  /**
   * Re-links the stories near {@code changed} (story ids touched by the run, live or merged away)
   * in time; returns how many stories were looked at. Only the changed stories' articles are read:
   * the others are linked from their kept {@link StoryLinkStore.Summary summaries}. A store with no
   * summaries yet (made by an earlier version) has them all computed once.
   */
  int relink(Collection<String> changed) {
    if (changed.isEmpty()) {
      return 0;
    }
    Set<String> toSummarize = new LinkedHashSet<>();
    Set<String> gone = new LinkedHashSet<>();
    if (links.summaryCount() == 0) {
      toSummarize.addAll(stories.storySizes().keySet());
    }
    Map<String, String> live = stories.resolveAll(changed);
    for (String id : changed) {
      String now = live.getOrDefault(id, id);
      if (!now.equals(id)) {
        gone.add(id); // merged away
      }
      toSummarize.add(now);
    }
    List<StoryLinkStore.Summary> fresh = new ArrayList<>();
    for (String id : toSummarize) {
      summarize(id).ifPresentOrElse(fresh::add, () -> gone.add(id));
    }
    links.putSummaries(fresh, gone);
    anchors.clear(); // kept in the summaries now
    // The changed stories, those near them in time, and the groups any of them is in.
    Map<String, StoryLinkStore.Summary> near = new LinkedHashMap<>();
    for (Instant[] w : windows(fresh)) {
      for (StoryLinkStore.Summary x : links.summariesBetween(w[0], w[1])) {
        near.put(x.storyId(), x);
      }
    }
    Map<String, String> old = links.groups();
    Set<String> groupsNear = new LinkedHashSet<>();
    for (String id : near.keySet()) {
      Optional.ofNullable(old.get(id)).ifPresent(groupsNear::add);
    }
    List<String> inGroups = new ArrayList<>();
    old.forEach(
        (id, g) -> {
          if (groupsNear.contains(g) && !near.containsKey(id)) {
            inGroups.add(id);
          }
        });
    for (StoryLinkStore.Summary x : links.summaries(inGroups)) {
      near.put(x.storyId(), x);
    }
    List<StoryLinkStore.Summary> ordered =
        near.values().stream()
            .sorted(
                Comparator.comparing(StoryLinkStore.Summary::first)
                    .thenComparing(StoryLinkStore.Summary::storyId))
            .toList();
    CrossLanguageLinker.Stories evidence = new CrossLanguageLinker.Stories();
    for (StoryLinkStore.Summary x : ordered) {
      evidence.add(x.storyId(), x.first(), x.last(), read(x));
    }
    Map<String, String> groups = linker.link(evidence);
    Set<String> relinked = new LinkedHashSet<>(near.keySet());
    relinked.addAll(gone);
    links.relink(relinked, groups);
    return near.size();
  }

  /**
   * The summary of one live story from its articles; empty when it has none left. Its span is its
   * dated articles' (undated articles tell no time: their fetch time would stretch a 2009 story to
   * today), else its articles' fetch times.
   */
  private Optional<StoryLinkStore.Summary> summarize(String storyId) {
    List<Article> list = new ArrayList<>();
    for (String id : stories.articlesOf(storyId)) {
      articles.byId(id).ifPresent(list::add);
    }
    if (list.isEmpty()) {
      return Optional.empty();
    }
    Instant first = null;
    Instant last = null;
    for (Article a : list) {
      if (a.published().isPresent()) {
        Instant t = a.published().get();
        first = first == null || t.isBefore(first) ? t : first;
        last = last == null || t.isAfter(last) ? t : last;
      }
    }
    if (first == null) {
      first = list.stream().map(Article::fetchedAt).min(Comparator.naturalOrder()).orElseThrow();
      last = list.stream().map(Article::fetchedAt).max(Comparator.naturalOrder()).orElseThrow();
    }
    CrossLanguageLinker.Stories one = new CrossLanguageLinker.Stories();
    for (Article a : list) {
      // An undated article is dated by its story's span (its fetch time says nothing of it).
      one.add(
          storyId,
          language(a),
          Optional.of(a.published().orElse(first)),
          anchorsOf(a),
          CrossLanguageLinker.ageDays(a.text()));
    }
    return Optional.of(
        new StoryLinkStore.Summary(
            storyId, first, last, write(one.evidence(storyId).orElseThrow())));
  }

  /** The changed stories' spans widened by the window, overlapping ones joined, in time order. */
  private static List<Instant[]> windows(List<StoryLinkStore.Summary> changed) {
    List<StoryLinkStore.Summary> byFirst =
        changed.stream().sorted(Comparator.comparing(StoryLinkStore.Summary::first)).toList();
    List<Instant[]> out = new ArrayList<>();
    for (StoryLinkStore.Summary x : byFirst) {
      Instant from = x.first().minus(WINDOW);
      Instant to = x.last().plus(WINDOW);
      Instant[] lastWindow = out.isEmpty() ? null : out.get(out.size() - 1);
      if (lastWindow != null && !from.isAfter(lastWindow[1])) {
        lastWindow[1] = to.isAfter(lastWindow[1]) ? to : lastWindow[1];
      } else {
        out.add(new Instant[] {from, to});
      }
    }
    return out;
  }

  private static String write(CrossLanguageLinker.StoryEvidence e) {
    try {
      return JSON.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("story evidence is plain maps and a number", ex);
    }
  }

  private static CrossLanguageLinker.StoryEvidence read(StoryLinkStore.Summary x) {
    try {
      return JSON.readValue(x.evidence(), CrossLanguageLinker.StoryEvidence.class);
    } catch (JsonProcessingException ex) {
      throw new StoreException(
          "story " + x.storyId() + ": its kept linking evidence is not readable: " + ex, ex);
    }
  }
}
