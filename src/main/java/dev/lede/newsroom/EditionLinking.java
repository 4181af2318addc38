package dev.lede.newsroom;

import dev.lede.model.Article;
import dev.lede.nlp.LanguageDetector;
import dev.lede.store.ArticleStore;
import dev.lede.store.StoryLinkStore;
import dev.lede.store.StoryStore;
import dev.lede.story.crosslang.CrossLanguageLinker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
 * and those already in a group with them). An article's anchors are read from its title and the
 * head of its text ({@link #HEAD_CHARS}), where a report names who, where and how many; they are
 * computed once per article, on the preparing workers when the article is new.
 */
final class EditionLinking {
  /** Chars of an article's text read for anchors, after its title. */
  static final int HEAD_CHARS = 1_500;

  /** How far apart in time two stories may be and still be linked. */
  static final Duration WINDOW = Duration.ofDays(14);

  private final StoryStore stories;
  private final ArticleStore articles;
  private final StoryLinkStore links;
  private final CrossLanguageLinker linker;
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
    return anchors.computeIfAbsent(a.id(), id -> CrossLanguageLinker.anchors(head(a)));
  }

  static String head(Article a) {
    String t = a.text();
    return a.title() + "\n" + (t.length() <= HEAD_CHARS ? t : t.substring(0, HEAD_CHARS));
  }

  static String language(Article a) {
    return a.language().equals(LanguageDetector.UNDETERMINED)
        ? LanguageDetector.detect(a.title() + "\n" + a.text())
        : a.language().split("-", 2)[0];
  }

  /** One live story's articles, language and span of publication. */
  private record Span(String id, List<Article> articles, Instant first, Instant last) {}

  /**
   * Re-links the stories near {@code changed} (live story ids) in time; returns how many stories
   * were looked at.
   */
  int relink(Collection<String> changed) {
    if (changed.isEmpty()) {
      return 0;
    }
    Map<String, List<String>> byStory = new LinkedHashMap<>();
    for (StoryStore.Assignment a : stories.assignments()) {
      byStory.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(a.articleId());
    }
    Map<String, Span> spans = new HashMap<>();
    for (Map.Entry<String, List<String>> e : byStory.entrySet()) {
      List<Article> list = new ArrayList<>();
      Instant first = null;
      Instant last = null;
      for (String id : e.getValue()) {
        Optional<Article> a = articles.byId(id);
        if (a.isEmpty()) {
          continue;
        }
        list.add(a.get());
        // Undated articles tell no time: their fetch time would stretch a 2009 story to today.
        if (a.get().published().isPresent()) {
          Instant t = a.get().published().get();
          first = first == null || t.isBefore(first) ? t : first;
          last = last == null || t.isAfter(last) ? t : last;
        }
      }
      if (first == null && !list.isEmpty()) {
        first = list.stream().map(Article::fetchedAt).min(Comparator.naturalOrder()).orElseThrow();
        last = list.stream().map(Article::fetchedAt).max(Comparator.naturalOrder()).orElseThrow();
      }
      if (!list.isEmpty()) {
        spans.put(e.getKey(), new Span(e.getKey(), list, first, last));
      }
    }
    // The changed stories, those near them in time, and the groups any of them is in.
    Set<String> near = new LinkedHashSet<>();
    List<Span> touched = changed.stream().map(spans::get).filter(s -> s != null).toList();
    for (Span s : spans.values()) {
      for (Span t : touched) {
        if (!s.first().isAfter(t.last().plus(WINDOW))
            && !t.first().isAfter(s.last().plus(WINDOW))) {
          near.add(s.id());
          break;
        }
      }
    }
    Map<String, String> old = links.groups();
    Set<String> groupsNear = new LinkedHashSet<>();
    for (String s : near) {
      Optional.ofNullable(old.get(s)).ifPresent(groupsNear::add);
    }
    old.forEach(
        (s, g) -> {
          if (groupsNear.contains(g) && spans.containsKey(s)) {
            near.add(s);
          }
        });
    List<Span> ordered =
        near.stream()
            .map(spans::get)
            .sorted(Comparator.comparing(Span::first).thenComparing(Span::id))
            .toList();
    CrossLanguageLinker.Stories evidence = new CrossLanguageLinker.Stories();
    for (Span s : ordered) {
      for (Article a : s.articles()) {
        // An undated article is dated by its story's span (its fetch time says nothing of it).
        evidence.add(
            s.id(), language(a), Optional.of(a.published().orElse(s.first())), anchorsOf(a));
      }
    }
    Map<String, String> groups = linker.link(evidence);
    // Stories merged away since the last run lose their links too.
    Set<String> relinked = new LinkedHashSet<>(near);
    old.keySet().stream().filter(s -> !spans.containsKey(s)).forEach(relinked::add);
    links.relink(relinked, groups);
    return near.size();
  }
}
