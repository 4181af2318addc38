package dev.lede.cli;

import dev.lede.index.SearchIndex;
import dev.lede.model.Article;
import dev.lede.store.StoryStore;
import dev.lede.story.Story;
import dev.lede.story.StoryClusterer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Related stories for a story: candidates from the index (BM25 "more like this" over the story's
 * lead article), scored with shared canonical entities and recency, never the story itself, made
 * diverse (a candidate too like one already picked is skipped), each with the reason it relates.
 */
final class RelatedStories {
  /**
   * One related story.
   *
   * @param storyId the related story
   * @param reason why it relates, e.g. "same entity: Apple" or "follow-up"
   * @param score combined score, higher is more related
   */
  record Related(String storyId, String reason, double score) {}

  private final Newsroom room;

  RelatedStories(Newsroom room) {
    this.room = room;
  }

  List<Related> find(String storyId, int limit) throws IOException {
    StoryStore stories = room.stories;
    String id = stories.resolve(storyId);
    List<String> members = stories.articlesOf(id);
    if (members.isEmpty()) {
      return List.of();
    }
    Optional<Article> lead = room.ws.store.byId(members.get(0));
    if (lead.isEmpty()) {
      return List.of();
    }
    Article a = lead.get();
    StoryClusterer clusterer = room.clusterer();
    Set<String> myKeys =
        new HashSet<>(clusterer.story(id).map(Story::entityKeys).orElse(List.of()));
    Instant myTime = a.published().orElse(a.fetchedAt());
    String query = a.title() + "\n" + a.text().substring(0, Math.min(a.text().length(), 2000));
    Map<String, Double> bm25 = new LinkedHashMap<>();
    for (SearchIndex.Hit h : room.ws.index.similar(query, a.language(), 60)) {
      Optional<String> s = stories.storyOf(h.id()).map(stories::resolve);
      if (s.isPresent() && !s.get().equals(id)) {
        bm25.merge(s.get(), (double) h.score(), Math::max);
      }
    }
    double top = bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    List<Related> scored = new ArrayList<>();
    Map<String, Set<String>> keysOf = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : bm25.entrySet()) {
      Optional<Story> other = clusterer.story(e.getKey());
      Set<String> keys = new HashSet<>(other.map(Story::entityKeys).orElse(List.of()));
      keysOf.put(e.getKey(), keys);
      List<String> shared =
          other.map(Story::entityKeys).orElse(List.of()).stream().filter(myKeys::contains).toList();
      Optional<Instant> when = other.flatMap(Story::firstSeen);
      double days =
          when.map(t -> Math.abs(java.time.Duration.between(t, myTime).toDays())).orElse(3650L);
      double recency = 1.0 / (1.0 + days / 365.0);
      double score = e.getValue() / top + 0.15 * shared.size() + 0.2 * recency;
      String reason;
      if (!shared.isEmpty() && when.isPresent() && when.get().isAfter(myTime)) {
        reason = "follow-up: also about " + display(shared.get(0));
      } else if (!shared.isEmpty() && when.isPresent() && when.get().isBefore(myTime)) {
        reason = "earlier coverage of " + display(shared.get(0));
      } else if (!shared.isEmpty()) {
        reason = "same entity: " + display(shared.get(0));
      } else {
        reason = "same topic";
      }
      scored.add(new Related(e.getKey(), reason, score));
    }
    scored.sort((x, y) -> Double.compare(y.score(), x.score()));
    List<Related> picked = new ArrayList<>();
    List<Set<String>> pickedTerms = new ArrayList<>();
    for (Related r : scored) {
      if (picked.size() >= limit) {
        break;
      }
      Set<String> terms =
          new HashSet<>(clusterer.story(r.storyId()).map(Story::topTerms).orElse(List.of()));
      boolean nearCopy = false;
      for (Set<String> p : pickedTerms) {
        if (jaccard(p, terms) > 0.6) {
          nearCopy = true;
          break;
        }
      }
      if (!nearCopy) {
        picked.add(r);
        pickedTerms.add(terms);
      }
    }
    return picked;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return (double) inter.size() / (a.size() + b.size() - inter.size());
  }

  /** Entity keys ({@code e:lee jae myung}) are folded; show them readably. */
  static String display(String key) {
    String k = key.startsWith("e:") ? key.substring(2) : key;
    StringBuilder sb = new StringBuilder();
    for (String w : k.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
    }
    return sb.toString();
  }
}
