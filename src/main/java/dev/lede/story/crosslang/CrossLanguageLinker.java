package dev.lede.story.crosslang;

import dev.lede.story.crosslang.internal.AnchorExtractor;
import dev.lede.story.crosslang.internal.Numbers;
import dev.lede.story.crosslang.internal.RelativeAge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links stories told in different languages, the way Event Registry and Priberam's streaming
 * clustering do: stories are clustered within a language first, then each pair of stories in two
 * languages close in time is scored by the anchors they share ({@link #anchors(String)}), weighted
 * by how rare each anchor is among the stories; pairs are linked best first, and a group never
 * holds two stories of one language (those the within-language clusterer chose to keep apart).
 *
 * <pre>{@code
 * CrossLanguageLinker.Stories s = new CrossLanguageLinker.Stories();
 * s.add("s-1", "ko", time, CrossLanguageLinker.anchors(text));
 * Map<String, String> group = CrossLanguageLinker.defaults().link(s);
 * }</pre>
 */
public final class CrossLanguageLinker {
  private static final int DATELINE_DAYS = 14;
  // Anchors two stories must share to be linked.
  private static final int MIN_SHARED = 2;
  // Days apart from which stories sharing only MIN_SHARED anchors are not linked.
  private static final double WEAK_GAP_DAYS = 5;
  private final double threshold;
  private final Duration window;
  private final Duration decay;

  private CrossLanguageLinker(double threshold, Duration window, Duration decay) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException(
          "cross-language linker: threshold " + threshold + " is not in (0, 1)");
    }
    this.threshold = threshold;
    this.window = Objects.requireNonNull(window, "window");
    this.decay = Objects.requireNonNull(decay, "decay");
  }

  /**
   * Score 0.2 to link, stories at most 14 days apart, evidence falling by e every 12 days: chosen
   * on the even-numbered events of the ITN blurbs ({@code ItnLinkDev --split}), the odd ones held
   * out.
   */
  public static CrossLanguageLinker defaults() {
    return new CrossLanguageLinker(0.2, Duration.ofDays(14), Duration.ofDays(12));
  }

  /**
   * A linker that links pairs scoring at least {@code threshold} (in (0, 1)), at most {@code
   * window} apart, their score falling by a factor e per {@code decay} of time between them.
   */
  public static CrossLanguageLinker of(double threshold, Duration window, Duration decay) {
    if (window.isNegative() || decay.isNegative() || decay.isZero()) {
      throw new IllegalArgumentException(
          "cross-language linker: window " + window + " and decay " + decay + " must be positive");
    }
    return new CrossLanguageLinker(threshold, window, decay);
  }

  /**
   * Chars of an article's text read for its anchors, after its title, in Latin script; a Han, kana
   * or Hangul char counts as {@link #CJK_CHAR_WEIGHT} of them ({@link #head}).
   */
  public static final int HEAD_CHARS = 1_500;

  /**
   * What one Han, kana or Hangul char of a head counts for: such a char carries about what two or
   * three Latin letters do (大統領 is "president", 지진 "earthquake"), so 600 of them tell about as much
   * as 1,500 Latin chars, and reading 1,500 made a Japanese article's anchors cost twice an English
   * one's for the same news.
   */
  public static final double CJK_CHAR_WEIGHT = 2.5;

  // The static readers' memory of words read: bounded, kept for the life of the process.
  private static final AnchorExtractor SHARED = new AnchorExtractor();

  /** The language-neutral anchors of one article's text. */
  public static Set<String> anchors(String text) {
    return SHARED.of(Objects.requireNonNull(text, "text"));
  }

  /**
   * The anchors of one article: its title and the head of its text ({@link #HEAD_CHARS}), where a
   * report names who, where and how many (the rest mostly repeats them, at twice the cost).
   */
  public static Set<String> anchors(String title, String text) {
    return anchors(SHARED, title, text);
  }

  private static Set<String> anchors(AnchorExtractor extractor, String title, String text) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    return extractor.of(title + "\n" + head(text));
  }

  /**
   * The head of {@code text} whose anchors are read: its start up to {@link #HEAD_CHARS}, each Han,
   * kana or Hangul char counting {@link #CJK_CHAR_WEIGHT}, cut between chars (a surrogate pair kept
   * whole).
   */
  public static String head(String text) {
    return text.substring(0, AnchorExtractor.headEnd(text, HEAD_CHARS, CJK_CHAR_WEIGHT));
  }

  /**
   * Reads articles' anchors as {@link #anchors(String, String)} does, remembering what it read per
   * word and per run of Han characters for as long as it lives (bounded): the names of one batch of
   * news recur from article to article. One per run of {@code lede cluster}; thread-safe.
   */
  public static final class AnchorReader {
    private final AnchorExtractor extractor = new AnchorExtractor();

    /** The anchors of one article: its title and the head of its text. */
    public Set<String> anchors(String title, String text) {
      return CrossLanguageLinker.anchors(extractor, title, text);
    }
  }

  /**
   * When the event {@code text} reports happened, as far as linking needs it: the day its dateline
   * names when that is at most 14 days before {@code published} (at noon UTC, so a dateline's day
   * never lands after a same-day publication), else {@code published}.
   */
  public static Instant eventTime(String text, Instant published) {
    Instant d = Numbers.dateline(text, published, DATELINE_DAYS).orElse(published);
    return d.isAfter(published) ? published : d;
  }

  /**
   * How many days old the lead of {@code text} says the news it names is ("hit the country a week
   * ago", "지난주", "1週間前"): 0 unless it places it two or more days back. Two stories' events are
   * taken to be at least as far apart as their ages differ.
   */
  public static int ageDays(String text) {
    return RelativeAge.days(Objects.requireNonNull(text, "text"));
  }

  /** Within-language stories and their evidence, gathered article by article. */
  public static final class Stories {
    private final Map<String, Evidence> byId = new LinkedHashMap<>();

    /** Adds one article of story {@code storyId} (stories are kept in the order first added). */
    public Stories add(
        String storyId, String language, Optional<Instant> published, Set<String> anchors) {
      return add(storyId, language, published, anchors, 0);
    }

    /**
     * Adds one article whose lead says the news it names is {@code ageDays} old ({@link #ageDays});
     * a story is as old as its freshest article.
     */
    public Stories add(
        String storyId,
        String language,
        Optional<Instant> published,
        Set<String> anchors,
        int ageDays) {
      Objects.requireNonNull(storyId, "storyId");
      Objects.requireNonNull(language, "language");
      if (ageDays < 0) {
        throw new IllegalArgumentException(
            "story " + storyId + ": age " + ageDays + " days is negative");
      }
      Evidence e = byId.computeIfAbsent(storyId, Evidence::new);
      e.ageDays = e.size == 0 ? ageDays : Math.min(e.ageDays, ageDays);
      e.languages.merge(language, 1, Integer::sum);
      published.ifPresent(
          p -> {
            e.first = e.first == null || p.isBefore(e.first) ? p : e.first;
            e.last = e.last == null || p.isAfter(e.last) ? p : e.last;
          });
      for (String a : anchors) {
        e.anchors.merge(a, 1, Integer::sum);
      }
      e.size++;
      return this;
    }

    /**
     * Adds a whole story as {@link #evidence} gave it, spanning {@code first} to {@code last}
     * (replacing what was added for it before).
     */
    public Stories add(String storyId, Instant first, Instant last, StoryEvidence evidence) {
      Objects.requireNonNull(storyId, "storyId");
      Evidence e = new Evidence(storyId);
      e.languages.putAll(evidence.languages());
      e.anchors.putAll(evidence.anchors());
      e.first = Objects.requireNonNull(first, "first");
      e.last = Objects.requireNonNull(last, "last");
      e.size = evidence.size();
      e.ageDays = evidence.ageDays();
      byId.put(storyId, e);
      return this;
    }

    /**
     * What was added for {@code storyId}, to keep and {@linkplain #add(String, Instant, Instant,
     * StoryEvidence) add} again later without its articles.
     */
    public Optional<StoryEvidence> evidence(String storyId) {
      Evidence e = byId.get(storyId);
      return e == null
          ? Optional.empty()
          : Optional.of(new StoryEvidence(e.languages, e.anchors, e.size, e.ageDays));
    }

    /** The language of most of the story's articles. */
    public Optional<String> language(String storyId) {
      Evidence e = byId.get(storyId);
      return e == null ? Optional.empty() : Optional.of(e.language());
    }
  }

  /**
   * One story's evidence without its times: articles per language, anchors with the number of
   * articles naming each, its number of articles, and how old its freshest article says its news is
   * ({@link #ageDays(String)}; 0 in evidence kept before it was read).
   */
  public record StoryEvidence(
      Map<String, Integer> languages, Map<String, Integer> anchors, int size, int ageDays) {
    public StoryEvidence {
      languages = Map.copyOf(languages);
      anchors = Map.copyOf(anchors);
      if (size < 1 || languages.isEmpty() || ageDays < 0) {
        throw new IllegalArgumentException(
            "story evidence needs an article, its language and an age of 0 or more days, had "
                + size
                + " "
                + languages
                + " "
                + ageDays);
      }
    }
  }

  private static final class Evidence {
    final String id;
    final Map<String, Integer> languages = new TreeMap<>();
    final Map<String, Integer> anchors = new HashMap<>();
    Instant first;
    Instant last;
    int size;
    int ageDays;

    Evidence(String id) {
      this.id = id;
    }

    String language() {
      return languages.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
  }

  /**
   * Every story mapped to its group: the id of the group's earliest story (in the order stories
   * were added). Stories linked to none map to themselves.
   */
  public Map<String, String> link(Stories stories) {
    List<Evidence> all = new ArrayList<>(stories.byId.values());
    // Each anchor's stories and languages, gathered with one look-up per story's anchor (the
    // counts' maps were most of what linking cost); each story keeps its anchors' tallies in the
    // order of its own map, which the weights below walk again.
    // Sized for every story's anchors at once, so that it never grows (its resizing showed in JFR
    // profiles of the demo mix); only looked up, never walked, so its size changes no result.
    int named = 0;
    for (Evidence e : all) {
      named += e.anchors.size();
    }
    Map<String, Tally> tallies = new HashMap<>((int) (named / 0.75f) + 1);
    List<Tally[]> talliesOf = new ArrayList<>(all.size());
    for (Evidence e : all) {
      String language = e.language();
      Tally[] mine = new Tally[e.anchors.size()];
      int k = 0;
      for (String a : e.anchors.keySet()) {
        Tally t = tallies.computeIfAbsent(a, Tally::new);
        t.stories++;
        if (t.language == null) {
          t.language = language;
        } else if (!t.language.equals(language)) {
          t.languages = 2;
        }
        mine[k++] = t;
      }
      talliesOf.add(mine);
    }
    int n = all.size();
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    double[] norms = new double[n];
    String[] langs = new String[n];
    for (int i = 0; i < n; i++) {
      Evidence e = all.get(i);
      langs[i] = e.language();
      Tally[] mine = talliesOf.get(i);
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      int k = 0;
      for (Map.Entry<String, Integer> a : e.anchors.entrySet()) {
        Tally t = mine[k++];
        int d = t.stories;
        // An anchor found in one language only (Han pairs in Chinese alone, say) is no evidence.
        if (d < 2 || t.languages < 2) {
          continue; // shared with no story of another language: no evidence either way
        }
        double w = Math.log(1 + (double) n / d) * t.kindWeight() * a.getValue() / e.size;
        v.put(a.getKey(), w);
        norm += w * w;
      }
      vectors.add(v);
      norms[i] = Math.sqrt(norm);
    }
    record Pair(int a, int b, double score) {}
    List<Pair> pairs = new ArrayList<>();
    // Stories in order of first publication: each meets only those starting within its span and
    // the window after it (undated stories meet every story).
    Integer[] byTime = new Integer[n];
    for (int i = 0; i < n; i++) {
      byTime[i] = i;
    }
    java.util.Arrays.sort(
        byTime,
        Comparator.comparing(
            (Integer i) -> all.get(i).first, Comparator.nullsFirst(Comparator.naturalOrder())));
    for (int x = 0; x < n; x++) {
      int i = byTime[x];
      Evidence ei = all.get(i);
      for (int y = x + 1; y < n; y++) {
        int j = byTime[y];
        Evidence ej = all.get(j);
        if (ei.last != null && ej.first != null && ej.first.isAfter(ei.last.plus(window))) {
          break;
        }
        // A report whose lead looks back days on the news it names (markets a week after a quake)
        // tells a later event than the reports of that news, whatever date its page carries.
        if (langs[i].equals(langs[j])
            || norms[i] == 0
            || norms[j] == 0
            || Math.abs(ei.ageDays - ej.ageDays) >= RelativeAge.MIN_DAYS) {
          continue;
        }
        double gap = gapDays(ei, ej);
        Map<String, Double> small =
            vectors.get(i).size() <= vectors.get(j).size() ? vectors.get(i) : vectors.get(j);
        Map<String, Double> big = small == vectors.get(i) ? vectors.get(j) : vectors.get(i);
        double dot = 0;
        int shared = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
          Double o = big.get(e.getKey());
          if (o != null) {
            dot += e.getValue() * o;
            shared++;
          }
        }
        // One anchor in common is chance, however rare: stories of one country on the same days
        // (a launch in China and a Chinese leader's death) share their country and nothing else;
        // a week apart, a country and what happened (a fire's deaths, a leader's) are chance too.
        if (shared < MIN_SHARED || (shared == MIN_SHARED && gap >= WEAK_GAP_DAYS)) {
          continue;
        }
        double score = dot / (norms[i] * norms[j]) * Math.exp(-gap * 86_400 / decay.toSeconds());
        if (score >= threshold) {
          pairs.add(new Pair(Math.min(i, j), Math.max(i, j), score));
        }
      }
    }
    pairs.sort(
        Comparator.comparingDouble(Pair::score)
            .reversed()
            .thenComparingInt(Pair::a)
            .thenComparingInt(Pair::b));
    int[] parent = new int[n];
    List<Set<String>> groupLangs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      groupLangs.add(new HashSet<>(Set.of(langs[i])));
    }
    for (Pair p : pairs) {
      int ra = root(parent, p.a());
      int rb = root(parent, p.b());
      if (ra == rb || groupLangs.get(ra).stream().anyMatch(groupLangs.get(rb)::contains)) {
        continue;
      }
      int keep = Math.min(ra, rb);
      int gone = Math.max(ra, rb);
      parent[gone] = keep;
      groupLangs.get(keep).addAll(groupLangs.get(gone));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(all.get(i).id, all.get(root(parent, i)).id);
    }
    return out;
  }

  /** How many stories name one anchor, in how many languages (1, or 2 for two or more). */
  private static final class Tally {
    final String anchor;
    int stories;
    String language;
    int languages = 1;
    double kindWeight = Double.NaN;

    Tally(String anchor) {
      this.anchor = anchor;
    }

    double kindWeight() {
      if (Double.isNaN(kindWeight)) {
        kindWeight = CrossLanguageLinker.kindWeight(anchor);
      }
      return kindWeight;
    }
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Days between the two stories' spans of publication (0 when they overlap or one is undated). */
  private static double gapDays(Evidence a, Evidence b) {
    if (a.first == null || b.first == null) {
      return 0;
    }
    Instant start = a.first.isAfter(b.first) ? a.first : b.first;
    Instant end = a.last.isBefore(b.last) ? a.last : b.last;
    return start.isAfter(end) ? Duration.between(end, start).toSeconds() / 86_400.0 : 0;
  }

  private static double kindWeight(String anchor) {
    return switch (anchor.substring(0, anchor.indexOf(':'))) {
      // A country or city named in both is the surest sign (on ITN, weights 0.3 to 4 were tried).
      case "p" -> 2.5;
      case "l" -> 1.5;
      // Longer sound skeletons are less likely to meet by chance: 3 consonants 0.5, 6 or more 2.
      case "ph" -> Math.min(2, (anchor.length() - 3 - 2) / 2.0);
      case "h" -> 0.5;
      // What the event is (an election, a Nobel prize in chemistry): 1 to 4 tried on even events.
      case "w" -> 2.0;
      default -> 1.0;
    };
  }
}
