package dev.lede.story.crosslang;

import dev.lede.story.crosslang.internal.AnchorExtractor;
import dev.lede.story.crosslang.internal.Numbers;
import dev.lede.story.crosslang.internal.RelativeAge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
    // Each anchor once, numbered: the linker tallies anchors by number in arrays, not in maps keyed
    // by their strings (hashing and comparing those was most of what linking cost on the demo mix).
    // Room for a batch of news at once (the demo mix's 524 articles name 36,489 distinct anchors):
    // growing the map rehashed every anchor met so far.
    private final Map<String, Integer> ids = new HashMap<>(1 << 16);
    private final List<String> names = new ArrayList<>(1 << 15);
    // Scratch for countInto, by anchor number; all zero between calls.
    private int[] slot = new int[0];

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
      if (e.anchorCount == 0) {
        // An article's anchors are a set: its story's first article needs no counts looked up.
        for (String a : anchors) {
          e.append(id(a), 1);
        }
      } else {
        countInto(e, anchors);
      }
      e.size++;
      return this;
    }

    /** The anchor's number, given it in the order anchors are first met. */
    private int id(String anchor) {
      // Looked up before it is put: most anchors were met before, and putIfAbsent boxed a new
      // number for each of them.
      Integer id = ids.get(anchor);
      if (id != null) {
        return id;
      }
      ids.put(anchor, names.size());
      names.add(anchor);
      return names.size() - 1;
    }

    /** Adds one to {@code e}'s count of each anchor, after its own in the order first met. */
    private void countInto(Evidence e, Set<String> anchors) {
      if (slot.length < names.size() + anchors.size()) {
        slot = Arrays.copyOf(slot, 2 * (names.size() + anchors.size()));
      }
      // Where each of the story's anchors stands in its arrays, plus one (0: not the story's).
      for (int k = 0; k < e.anchorCount; k++) {
        slot[e.anchorIds[k]] = k + 1;
      }
      for (String a : anchors) {
        int id = id(a);
        if (slot[id] == 0) {
          e.append(id, 1);
          slot[id] = e.anchorCount;
        } else {
          e.anchorCounts[slot[id] - 1]++;
        }
      }
      for (int k = 0; k < e.anchorCount; k++) {
        slot[e.anchorIds[k]] = 0;
      }
    }

    /**
     * Adds a whole story as {@link #evidence} gave it, spanning {@code first} to {@code last}
     * (replacing what was added for it before).
     */
    public Stories add(String storyId, Instant first, Instant last, StoryEvidence evidence) {
      Objects.requireNonNull(storyId, "storyId");
      Evidence e = new Evidence(storyId);
      e.languages.putAll(evidence.languages());
      evidence.anchors().forEach((a, count) -> e.append(id(a), count));
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
          : Optional.of(new StoryEvidence(e.languages, anchorsOf(e), e.size, e.ageDays));
    }

    private Map<String, Integer> anchorsOf(Evidence e) {
      Map<String, Integer> out = new HashMap<>();
      for (int k = 0; k < e.anchorCount; k++) {
        out.put(names.get(e.anchorIds[k]), e.anchorCounts[k]);
      }
      return out;
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
    // The story's anchors by number (Stories.ids), each with how many of its articles name it.
    int[] anchorIds = new int[64];
    int[] anchorCounts = new int[64];
    int anchorCount;
    Instant first;
    Instant last;
    int size;
    int ageDays;

    Evidence(String id) {
      this.id = id;
    }

    void append(int id, int count) {
      if (anchorCount == anchorIds.length) {
        anchorIds = Arrays.copyOf(anchorIds, 2 * anchorCount);
        anchorCounts = Arrays.copyOf(anchorCounts, 2 * anchorCount);
      }
      anchorIds[anchorCount] = id;
      anchorCounts[anchorCount++] = count;
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
    int n = all.size();
    // Each anchor's stories and languages, tallied by the anchor's number (Stories.ids) in arrays:
    // maps keyed by the anchors' strings were most of what linking cost.
    int m = stories.names.size();
    int[] storiesNaming = new int[m];
    // The first language an anchor was met in (its index in langIndex, plus one), -1 once a second
    // language names it too.
    int[] languageOf = new int[m];
    Map<String, Integer> langIndex = new HashMap<>();
    String[] langs = new String[n];
    for (int i = 0; i < n; i++) {
      Evidence e = all.get(i);
      langs[i] = e.language();
      int language = langIndex.computeIfAbsent(langs[i], l -> langIndex.size() + 1);
      for (int k = 0; k < e.anchorCount; k++) {
        int a = e.anchorIds[k];
        storiesNaming[a]++;
        if (languageOf[a] == 0) {
          languageOf[a] = language;
        } else if (languageOf[a] != language) {
          languageOf[a] = -1;
        }
      }
    }
    double[] kindWeights = new double[m];
    Arrays.fill(kindWeights, Double.NaN);
    // Each story's evidence: the numbers of its anchors that other languages share, and weights.
    int[][] vectorIds = new int[n][];
    double[][] vectorWeights = new double[n][];
    double[] norms = new double[n];
    for (int i = 0; i < n; i++) {
      Evidence e = all.get(i);
      int[] ids = new int[e.anchorCount];
      double[] weights = new double[e.anchorCount];
      int kept = 0;
      double norm = 0;
      for (int k = 0; k < e.anchorCount; k++) {
        int a = e.anchorIds[k];
        int d = storiesNaming[a];
        // An anchor found in one language only (Han pairs in Chinese alone, say) is no evidence.
        if (d < 2 || languageOf[a] != -1) {
          continue; // shared with no story of another language: no evidence either way
        }
        if (Double.isNaN(kindWeights[a])) {
          kindWeights[a] = kindWeight(stories.names.get(a));
        }
        double w = Math.log(1 + (double) n / d) * kindWeights[a] * e.anchorCounts[k] / e.size;
        ids[kept] = a;
        weights[kept++] = w;
        norm += w * w;
      }
      vectorIds[i] = Arrays.copyOf(ids, kept);
      vectorWeights[i] = Arrays.copyOf(weights, kept);
      norms[i] = Math.sqrt(norm);
    }
    // One story's weights spread out by anchor number, to meet the stories after it.
    double[] spread = new double[m];
    boolean[] spreadHas = new boolean[m];
    record Pair(int a, int b, double score) {}
    List<Pair> pairs = new ArrayList<>();
    // Stories in order of first publication: each meets only those starting within its span and
    // the window after it (undated stories meet every story).
    Integer[] byTime = new Integer[n];
    for (int i = 0; i < n; i++) {
      byTime[i] = i;
    }
    Arrays.sort(
        byTime,
        Comparator.comparing(
            (Integer i) -> all.get(i).first, Comparator.nullsFirst(Comparator.naturalOrder())));
    for (int x = 0; x < n; x++) {
      int i = byTime[x];
      Evidence ei = all.get(i);
      int[] idsI = vectorIds[i];
      for (int k = 0; k < idsI.length; k++) {
        spread[idsI[k]] = vectorWeights[i][k];
        spreadHas[idsI[k]] = true;
      }
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
        int[] idsJ = vectorIds[j];
        double[] weightsJ = vectorWeights[j];
        double dot = 0;
        int shared = 0;
        for (int k = 0; k < idsJ.length; k++) {
          if (spreadHas[idsJ[k]]) {
            dot += spread[idsJ[k]] * weightsJ[k];
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
      for (int a : idsI) {
        spreadHas[a] = false;
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
