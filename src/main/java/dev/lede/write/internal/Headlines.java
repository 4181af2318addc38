package dev.lede.write.internal;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.StoryPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The headline: the story's main news in headline style, made from its opening sentences (the
 * lede's first, where the writer puts who did what). English sentences are compressed ({@link
 * ClauseCompression}: main clause, no attribution, subordinate or time clause, no articles, verb in
 * headline tense), the candidate that best tells the main news winning; Korean ones take the
 * noun-ending style of Korean headlines ({@link Korean#headlineClause}), Japanese and Chinese ones
 * theirs ({@link CjkHeadlines}). A sentence that gives no such headline is passed over for the
 * next; failing all, a clause cut verbatim from the lede ({@link Clauses}). The headline cites the
 * source spans of the sentence it came from, narrowed to the part it keeps.
 */
public final class Headlines {
  public static final int HEADLINE_MAX = 70;
  public static final int META_MIN = 121;
  public static final int META_MAX = 156;

  /** How many opening sentences a headline may come from: the lede's and the next. */
  static final int FROM = 4;

  private Headlines() {}

  /**
   * A headline and what supports it.
   *
   * @param text at most {@value #HEADLINE_MAX} chars
   * @param sources the source spans of the sentence it came from, narrowed to what it keeps
   * @param sentence index of that sentence among those given, or -1 when it came from an article's
   *     opening that the story does not publish
   * @param from that sentence (empty only for the labelled form made without one)
   */
  public record Headline(
      String text, List<SourceSpan> sources, int sentence, Optional<WrittenSentence> from) {
    public Headline {
      sources = List.copyOf(sources);
      java.util.Objects.requireNonNull(from, "from");
    }

    public Headline(String text, List<SourceSpan> sources, int sentence) {
      this(text, sources, sentence, Optional.empty());
    }
  }

  /**
   * How much a sentence's later place in its article costs, per sentence: more in a story of one
   * article, whose lead is its writer's statement of the news, than where other outlets' leads
   * compete.
   */
  static final double POSITION_COST = 0.8;

  static final double POSITION_COST_SINGLE = 1.5;

  /** How much being farther from the story's centre costs, per unit of cosine below the best. */
  static final double CENTRALITY_WEIGHT = 6;

  /** What the lede's first sentence, the writer's statement of the news, gains. */
  static final double LEDE_FIRST = 0.5;

  /**
   * The headline for a story whose sentences, in reading order (lede first), are given, made from
   * the sentence among {@code news} (the lede's and each article's opening ones) whose compressed
   * clause best tells the main news: a clause that tells the news well ({@link #newsScore}), from a
   * sentence close to what all the sources say (its centrality), early in its article. With no such
   * sentences (or a story not in English), as {@link #news(List, String)}.
   */
  public static Headline news(
      List<WrittenSentence> sentences, List<StoryPlan.NewsSentence> news, String keyphrase) {
    if (news.isEmpty() || sentences.isEmpty() || !EnglishTagger.readable(sentences.get(0).text())) {
      return news(sentences, keyphrase);
    }
    java.util.Set<String> known = knownNames(sentences, news);
    Headline best;
    Headline bestCut;
    HeadlineWeights w = HeadlineWeights.DEFAULT;
    if (w.fitted()) {
      List<Candidate> all = candidates(sentences, news, keyphrase, known);
      java.util.function.ToDoubleFunction<Candidate> rank = c -> w.rank(c.features());
      best =
          firstGrounded(whole(all, Candidate::clause), rank, c -> true)
              .map(Candidate::headline)
              .orElse(null);
      bestCut =
          firstGrounded(cut(all, Candidate::clause), rank, c -> true)
              .map(Candidate::headline)
              .orElse(null);
    } else {
      // The hand-set score needs no features, and only the best clauses need the grounding check.
      List<Scored> all = scored(sentences, news, keyphrase, known);
      best =
          firstGrounded(whole(all, Scored::clause), Scored::hand, Scored::grounded)
              .map(x -> x.headline(sentences))
              .orElse(null);
      bestCut =
          best != null
              ? null
              : firstGrounded(cut(all, Scored::clause), Scored::hand, Scored::grounded)
                  .map(x -> x.headline(sentences))
                  .orElse(null);
    }
    List<WrittenSentence> story = new ArrayList<>(sentences);
    news.forEach(n -> story.add(n.sentence()));
    return HeadlineTightening.tightened(
        restoreCase(
            best != null
                ? HeadlineNames.named(HeadlineReferents.named(best, news), story, known)
                : news(sentences, keyphrase, bestCut),
            sentences,
            story),
        story);
  }

  /**
   * A grounded headline candidate: a compressed clause of a news sentence, its hand-set score (the
   * costs and gains of {@link #newsScore} and the sentence's place and centrality) and its features
   * ({@link HeadlineFeatures#ALL}) for a fitted ranking.
   */
  public record Candidate(
      Headline headline, ClauseCompression.Compressed clause, double hand, double[] features) {}

  /**
   * Every candidate headline of a story in English: each news sentence's compressed clauses and
   * claims headed by their speaker that the grounding checker accepts, in the order of {@code
   * news}, none opening inside a quotation.
   */
  public static List<Candidate> candidates(
      List<WrittenSentence> sentences, List<StoryPlan.NewsSentence> news, String keyphrase) {
    return candidates(sentences, news, keyphrase, knownNames(sentences, news));
  }

  private static List<Candidate> candidates(
      List<WrittenSentence> sentences,
      List<StoryPlan.NewsSentence> news,
      String keyphrase,
      java.util.Set<String> known) {
    Map<String, java.util.Set<String>> stems = new LinkedHashMap<>();
    for (StoryPlan.NewsSentence n : news) {
      stems
          .computeIfAbsent(article(n), k -> new java.util.HashSet<>())
          .addAll(Words.stems(n.sentence().text()));
    }
    List<java.util.Set<String>> articleStems = new ArrayList<>(stems.values());
    String main = mainEntity(news);
    List<Candidate> out = new ArrayList<>();
    for (Scored x : scored(sentences, news, keyphrase, known)) {
      if (!x.grounded()) {
        continue;
      }
      ClauseCompression.Compressed c = x.clause();
      String text = x.news().sentence().text();
      HeadlineFeatures.Context context =
          new HeadlineFeatures.Context(
              c,
              ClaimHeadlines.claimed(text, c),
              ClauseCompression.fromOpeningClause(text, c),
              x.place(),
              x.news().position(),
              x.news().lede(),
              x.centralityGap(),
              x.single(),
              keyphrase,
              HeadlineFeatures.sharedSources(c.text(), articleStems),
              HeadlineFeatures.names(c.text(), main),
              x.hand());
      out.add(
          new Candidate(
              x.headline(sentences), c, x.hand(), HeadlineFeatures.of(c.text(), context)));
    }
    return out;
  }

  /**
   * A compressed clause of a news sentence with its hand-set score, not yet checked against its
   * sources: what the hand-set picker ranks before it grounds the best.
   *
   * @param place the sentence's place among its article's news ({@link #newsPlaces})
   * @param centralityGap its centrality less the best news sentence's
   * @param single whether the story has one article
   */
  record Scored(
      StoryPlan.NewsSentence news,
      ClauseCompression.Compressed clause,
      double hand,
      int place,
      double centralityGap,
      boolean single) {
    String kept() {
      return news.sentence().text().substring(clause.from(), clause.to());
    }

    boolean grounded() {
      return Headlines.grounded(clause.text(), news.sentence(), kept());
    }

    Headline headline(List<WrittenSentence> sentences) {
      WrittenSentence ws = news.sentence();
      return new Headline(
          clause.text(), narrowed(ws, kept()), sentences.indexOf(ws), Optional.of(ws));
    }
  }

  /**
   * Every news sentence's compressed clauses and claims headed by their speaker with their hand-set
   * scores, in the order of {@code news}, none opening inside a quotation.
   */
  private static List<Scored> scored(
      List<WrittenSentence> sentences,
      List<StoryPlan.NewsSentence> news,
      String keyphrase,
      java.util.Set<String> known) {
    double top = news.stream().mapToDouble(StoryPlan.NewsSentence::centrality).max().orElse(0);
    boolean single =
        sentences.stream()
                .flatMap(s -> s.sources().stream())
                .map(SourceSpan::article)
                .distinct()
                .count()
            <= 1;
    double positionCost = single ? POSITION_COST_SINGLE : POSITION_COST;
    Map<StoryPlan.NewsSentence, Integer> places = newsPlaces(news);
    java.util.Set<String> opening = new java.util.HashSet<>();
    news.stream()
        .filter(n -> n.lede() >= 0 && n.lede() < OPENING)
        .forEach(n -> opening.addAll(lemmaStems(n.sentence().text())));
    List<Scored> out = new ArrayList<>();
    for (StoryPlan.NewsSentence n : news) {
      String text = n.sentence().text();
      if (!EnglishTagger.readable(text)) {
        continue;
      }
      int place = places.get(n);
      double prior =
          -positionCost * Math.max(place, 0)
              - (place < 0 ? FEATURE_COST : 0)
              + CENTRALITY_WEIGHT * (n.centrality() - top)
              + (n.lede() == 0 ? LEDE_FIRST : 0);
      for (ClauseCompression.Compressed c : withClaims(text, known)) {
        if (quoted(c.text())) {
          continue;
        }
        double hand =
            prior
                + newsScore(c, 0, keyphrase)
                - readingCost(text, c)
                - OUTSIDE_OPENING * outsideOpening(c.text(), opening);
        out.add(new Scored(n, c, hand, place, n.centrality() - top, single));
      }
    }
    return out;
  }

  /** How many of the lede's sentences make the opening a reader sees beside the headline. */
  static final int OPENING = 3;

  /** What each content word of the headline that the opening does not say costs. */
  static final double OUTSIDE_OPENING = 0.5;

  /**
   * How many of the clause's content words (by stem) the lede's opening sentences do not say:
   * editors read a headline against the opening under it, and a fact only another article's opening
   * gives ("Bloomington man" over an opening's "Minneapolis man") reads as misleading. None when
   * the story's news sentences hold no lede sentence.
   */
  static int outsideOpening(String clause, java.util.Set<String> opening) {
    if (opening.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String stem : lemmaStems(clause)) {
      n += opening.contains(stem) ? 0 : 1;
    }
    return n;
  }

  /**
   * The text's content words, each stemmed from its verb lemma: the headline's "dies" is the
   * opening's "died".
   */
  public static java.util.Set<String> lemmaStems(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : Words.lowerWords(text)) {
      if (Words.isContent(w)) {
        out.add(Words.stem(HeadlineVerbs.lemma(w)));
      }
    }
    return out;
  }

  /** The whole clauses that fit a headline. */
  private static <T> List<T> whole(
      List<T> all, java.util.function.Function<T, ClauseCompression.Compressed> clause) {
    return all.stream()
        .filter(x -> !clause.apply(x).cut() && clause.apply(x).text().length() <= HEADLINE_MAX)
        .toList();
  }

  /** The clauses cut before what their verb requires: a last resort. */
  private static <T> List<T> cut(
      List<T> all, java.util.function.Function<T, ClauseCompression.Compressed> clause) {
    return all.stream().filter(x -> clause.apply(x).cut()).toList();
  }

  /**
   * The best-scoring item the grounding check accepts, the earlier of equals winning: items are
   * checked from the best score down, so a story's many clauses are not all checked against their
   * sources when its best one holds.
   */
  static <T> Optional<T> firstGrounded(
      List<T> items,
      java.util.function.ToDoubleFunction<T> score,
      java.util.function.Predicate<T> grounded) {
    List<T> byScore = new ArrayList<>(items);
    // A stable sort: of equal scores the earlier stays first, as the picker always chose.
    byScore.sort(java.util.Comparator.comparingDouble(score).reversed());
    return byScore.stream().filter(grounded).findFirst();
  }

  /**
   * The name most of the story's articles give in their news sentences (a proper noun of three
   * letters or more), or blank.
   */
  static String mainEntity(List<StoryPlan.NewsSentence> news) {
    Map<String, java.util.Set<String>> by = new LinkedHashMap<>();
    for (StoryPlan.NewsSentence n : news) {
      if (!EnglishTagger.readable(n.sentence().text())) {
        continue;
      }
      for (EnglishTagger.Tok t : EnglishTagger.tag(n.sentence().text())) {
        if (t.tagIs("NNP") && t.text().length() >= 3) {
          by.computeIfAbsent(t.text(), k -> new java.util.HashSet<>()).add(article(n));
        }
      }
    }
    String best = "";
    int most = 0;
    for (var e : by.entrySet()) {
      if (e.getValue().size() > most) {
        most = e.getValue().size();
        best = e.getKey();
      }
    }
    return best;
  }

  /** What a named speaker's claim told without them costs ({@link ClaimHeadlines}). */
  static final double CLAIM_COST = 1.5;

  /** The sentence's compressed clauses and its claims headed by who makes them. */
  private static List<ClauseCompression.Compressed> withClaims(
      String text, java.util.Set<String> known) {
    List<ClauseCompression.Compressed> out =
        new ArrayList<>(ClauseCompression.candidates(text, HEADLINE_MAX, known));
    out.addAll(ClaimHeadlines.headed(text, HEADLINE_MAX, known));
    return out;
  }

  /** What a clause read from the sentence's opening clause of time or cause costs. */
  static final double OPENING_CLAUSE_COST = 1;

  /**
   * What telling the clause costs beside the sentence's other readings: a named speaker's claim
   * told as fact ({@link ClaimHeadlines}), the background an opening clause tells.
   */
  static double readingCost(String text, ClauseCompression.Compressed c) {
    return (ClaimHeadlines.claimed(text, c) ? CLAIM_COST : 0)
        + (ClauseCompression.fromOpeningClause(text, c) ? OPENING_CLAUSE_COST : 0);
  }

  /** The headline with the names its source wrote in lower case restored ({@link LostCase}). */
  private static Headline restoreCase(
      Headline h, List<WrittenSentence> sentences, List<WrittenSentence> story) {
    Optional<String> source =
        h.from()
            .map(WrittenSentence::text)
            .or(
                () ->
                    h.sentence() >= 0 && h.sentence() < sentences.size()
                        ? Optional.of(sentences.get(h.sentence()).text())
                        : Optional.empty());
    if (source.isEmpty() || !EnglishTagger.readable(h.text())) {
      return h;
    }
    return LostCase.restore(h, source.get(), story);
  }

  /** What a feature opening's own clauses cost beside the news sentences after it. */
  static final double FEATURE_COST = 2.5;

  /**
   * Each news sentence's place among its article's news: -1 for a feature opening ({@link
   * FeatureLeads}: a scene, anecdote, quotation or question before the news) or for background
   * dated years back ({@link FeatureLeads#longAgo}) and what goes on about it, else how many
   * sentences after the article's first that is not one it stands. So the news of an article that
   * opens with a scene costs what an article's lead costs, and the scene's clauses cost more.
   */
  static Map<StoryPlan.NewsSentence, Integer> newsPlaces(List<StoryPlan.NewsSentence> news) {
    Map<StoryPlan.NewsSentence, Boolean> feature = new java.util.IdentityHashMap<>();
    Map<String, Integer> start = new java.util.HashMap<>();
    Map<String, String> background = new java.util.HashMap<>(); // article -> its last one
    Map<String, Integer> backgroundAt = new java.util.HashMap<>();
    List<StoryPlan.NewsSentence> ordered = new ArrayList<>(news);
    ordered.sort(java.util.Comparator.comparingInt(StoryPlan.NewsSentence::position));
    for (StoryPlan.NewsSentence n : ordered) {
      String text = n.sentence().text();
      String a = article(n);
      // An anniversary piece's "20 years ago, the market crashed" and what goes on about that
      // crash are its background: the news is the sentence after (dev verdict, Wikinews 82738).
      boolean past =
          FeatureLeads.longAgo(text)
              || background.containsKey(a)
                  && backgroundAt.get(a) == n.position() - 1
                  && FeatureLeads.continues(text, background.get(a));
      if (past) {
        background.put(a, text);
        backgroundAt.put(a, n.position());
      }
      boolean f = past || FeatureLeads.feature(text, n.position() == 0);
      feature.put(n, f);
      if (!f) {
        start.merge(article(n), n.position(), Math::min);
      }
    }
    Map<StoryPlan.NewsSentence, Integer> out = new java.util.IdentityHashMap<>();
    for (StoryPlan.NewsSentence n : news) {
      int from = start.getOrDefault(article(n), 0);
      out.put(n, feature.get(n) ? -1 : Math.max(0, n.position() - from));
    }
    return out;
  }

  private static String article(StoryPlan.NewsSentence n) {
    List<SourceSpan> s = n.sentence().sources();
    return s.isEmpty() ? "" : s.get(0).article();
  }

  /** The headline for a story whose sentences, in reading order (lede first), are given. */
  public static Headline news(List<WrittenSentence> sentences) {
    return news(sentences, "");
  }

  /**
   * The headline for a story whose sentences, in reading order (lede first), are given, and whose
   * focus is {@code keyphrase} (main names and event word; blank when unknown). Every English
   * sentence among the first {@value #FROM} gives its compressed clauses ({@link
   * ClauseCompression#candidates}); the one that best tells the main news wins ({@link
   * #newsScore}): the earliest sentence, an actor named (not "Purchase includes ..."), an event
   * verb rather than "is" or "has", the story's focus words. Failing all, a clause cut verbatim
   * from an opening sentence ({@link Clauses}), never a clause cut mid-phrase when a whole one
   * exists.
   */
  public static Headline news(List<WrittenSentence> sentences, String keyphrase) {
    return restoreCase(news(sentences, keyphrase, null), sentences, sentences);
  }

  /**
   * As {@link #news(List, String)}; when no sentence gives a whole clause, {@code cutNews} (a
   * clause cut before what its verb requires, from the news sentences; may be null) or the best
   * such clause of the opening sentences comes before a clause cut verbatim, which is no better.
   */
  private static Headline news(
      List<WrittenSentence> sentences, String keyphrase, Headline cutNews) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("a headline needs at least one sentence");
    }
    int n = Math.min(sentences.size(), FROM);
    Picks picks = new Picks();
    for (int i = 0; i < n; i++) {
      WrittenSentence ws = sentences.get(i);
      String text = ws.text();
      if (Korean.isKorean(text)) {
        // Korean headlines are short: a clause that fits the tight budget first.
        Optional<String> c =
            Korean.headlineClause(text, Clauses.KOREAN_SHORT)
                .or(() -> Korean.headlineClause(text, HEADLINE_MAX));
        if (c.isPresent() && Words.count(c.get()) >= 2 && picks.best == null) {
          return new Headline(c.get(), ws.sources(), i);
        }
        continue;
      }
      if (!EnglishTagger.readable(text)) {
        Optional<String> c =
            CjkHeadlines.isJapanese(text)
                ? CjkHeadlines.japanese(text, HEADLINE_MAX)
                : CjkHeadlines.isChinese(text)
                    ? CjkHeadlines.chinese(text, HEADLINE_MAX)
                    : Optional.empty();
        if (c.isPresent() && picks.best == null) {
          return new Headline(c.get(), ws.sources(), i);
        }
        continue;
      }
      for (ClauseCompression.Compressed c : withClaims(text, java.util.Set.of())) {
        if (quoted(c.text())) {
          continue;
        }
        double score = newsScore(c, i, keyphrase) - readingCost(text, c);
        if (picks.beats(c, score) && grounded(c.text(), ws, text.substring(c.from(), c.to()))) {
          picks.take(
              c, score, new Headline(c.text(), narrowed(ws, text.substring(c.from(), c.to())), i));
        }
      }
    }
    if (picks.best != null) {
      return picks.best;
    }
    if (cutNews != null || picks.bestCut != null) {
      return cutNews != null ? cutNews : picks.bestCut;
    }
    for (int i = 0; i < Math.min(sentences.size(), Clauses.FALLBACK_FROM); i++) {
      WrittenSentence ws = sentences.get(i);
      boolean korean = Korean.isKorean(ws.text());
      List<String> cs = Clauses.clauses(ws.text(), HEADLINE_MAX, korean);
      if (!cs.isEmpty() && (korean || grounded(cs.get(0), ws, cs.get(0)))) {
        return new Headline(cs.get(0), narrowed(ws, cs.get(0)), i);
      }
    }
    // Last resort: an opening sentence cut at a comma or a word, the first the checker accepts (a
    // cut after "she" or inside a quotation is refused).
    for (int i = 0; i < Math.min(sentences.size(), FROM); i++) {
      WrittenSentence ws = sentences.get(i);
      if (Korean.isKorean(ws.text()) || !EnglishTagger.readable(ws.text())) {
        String cut = cutAtBoundary(ws.text());
        return new Headline(cut, narrowed(ws, cut), i);
      }
      for (String cut : wordCuts(ws.text())) {
        if (grounded(cut, ws, cut)) {
          return new Headline(cut, narrowed(ws, cut), i);
        }
      }
    }
    WrittenSentence first = sentences.get(0);
    return new Headline(cutAtBoundary(first.text()), first.sources(), 0);
  }

  /** The best whole clause and, apart, the best clause cut before what its verb requires. */
  private static final class Picks {
    Headline best;
    double bestScore = Double.NEGATIVE_INFINITY;
    Headline bestCut;
    double bestCutScore = Double.NEGATIVE_INFINITY;

    boolean beats(ClauseCompression.Compressed c, double score) {
      return score > (c.cut() ? bestCutScore : bestScore);
    }

    void take(ClauseCompression.Compressed c, double score, Headline h) {
      if (c.cut()) {
        bestCutScore = score;
        bestCut = h;
      } else {
        bestScore = score;
        best = h;
      }
    }
  }

  /**
   * Whether a clause opens inside a quotation: someone's words without who said them read as the
   * outlet's own claim ("'Hillary Clinton gets so much sh** for her hairstyles").
   */
  static boolean quoted(String clause) {
    return !clause.isEmpty() && "'\"‘’“”«".indexOf(clause.charAt(0)) >= 0;
  }

  /** A capitalised word standing alone: no capitalised word right before or after it. */
  private static final java.util.regex.Pattern ALONE =
      java.util.regex.Pattern.compile(
          "(?<![\\p{Lu}][\\p{L}.'’-]{0,30}\\s)(?<![\\p{L}])(\\p{Lu}[\\p{Ll}]+(?:-\\p{Lu}\\p{Ll}+)?)"
              + "(?![\\p{L}'’-])(?!\\s\\p{Lu})");

  /**
   * The names the story also uses alone ("Obama" beside "President Barack Obama"), not at a
   * sentence's start, where any word is capitalised: a headline may name its subject by one.
   */
  static java.util.Set<String> knownNames(
      List<WrittenSentence> sentences, List<StoryPlan.NewsSentence> news) {
    java.util.Set<String> out = new java.util.HashSet<>();
    List<String> texts = new ArrayList<>();
    sentences.forEach(s -> texts.add(s.text()));
    news.forEach(n -> texts.add(n.sentence().text()));
    for (String text : texts) {
      java.util.regex.Matcher m = ALONE.matcher(text);
      while (m.find()) {
        if (m.start() > 0 && !text.substring(0, m.start()).isBlank()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }

  /** What a clause that keeps its news details ({@link NewsDetails}) gains. */
  static final double DETAIL = 1.5;

  /** Modals that hedge: a headline states what happened or will. */
  private static final java.util.Set<String> HEDGES =
      java.util.Set.of("would", "could", "might", "may", "should");

  /** Pronouns whose referent a headline does not give: "McCain enters them into the record". */
  private static final java.util.Set<String> REFERS_BACK =
      java.util.Set.of("them", "it", "him", "they", "he", "she", "this", "these", "those");

  /** Words a clause's subject does not open with: a preposition or conjunction. */
  private static final java.util.Set<String> OPENS_NO_SUBJECT =
      java.util.Set.of("of", "and", "or", "but", "to", "in", "on", "at", "for", "with", "by");

  /** Verbs of state or possession: "Apple has 109 retail stores" is a detail, not the news. */
  private static final java.util.Set<String> STATE_VERBS =
      java.util.Set.of("be", "have", "remain", "seem", "appear", "include", "contain");

  /**
   * How well a compressed clause from the {@code index}-th sentence tells the main news: the lede's
   * first sentence is the writer's statement of it, so each later sentence starts lower; a subject
   * without a name or number, or a verb of state, marks a side detail; the story's focus words and
   * a number ("falls 3.4%") mark the news.
   */
  static double newsScore(ClauseCompression.Compressed c, int index, String keyphrase) {
    double score = -2.5 * index;
    score += c.named() ? 0.5 : -1;
    score += STATE_VERBS.contains(c.verb()) ? -1.5 : 0;
    List<String> lower = Words.lowerWords(c.text());
    if (lower.stream().anyMatch(HEDGES::contains) || negated(c.text())) {
      score -= 2; // "does not exchange", "would begin": what did not or may happen is seldom news
    }
    if (lower.contains("also") || lower.stream().anyMatch(REFERS_BACK::contains)) {
      score -= 1; // "Protesters also try ...", "McCain enters them ...": told beside the news
    }
    if (pointsAtNothing(c.text())) {
      score -= REFERENTLESS; // "His first in the dugout was ...": whose, the headline never says
    }
    if (!lower.isEmpty() && OPENS_NO_SUBJECT.contains(lower.get(0))) {
      score -= 3; // "Of violence takes its toll": a clause cut out of a phrase
    }
    if (c.text().matches(".*\\s[-–—]\\s.*")) {
      score -= 2; // a dash aside or a split compound reads garbled in a headline
    }
    score += c.text().chars().anyMatch(Character::isDigit) ? 0.5 : 0;
    if (endsOnVerb(c)) {
      score -= 1; // "61-year-old Vancouver man charged": with what, the headline does not say
    }
    // A consequence or the object's topic ("killing police officer ...", "on endangered
    // species") is the news a place adjunct's focus words ("at West Coast Bank branch") are not.
    score += c.detailed() ? DETAIL : 0;
    java.util.Set<String> words = new java.util.HashSet<>(Words.lowerWords(c.text()));
    int focus = 0;
    for (String k : Words.lowerWords(keyphrase)) {
      if (Words.isContent(k) && words.contains(k)) {
        focus++;
      }
    }
    return score + 0.5 * Math.min(focus, 3) + 0.3 * Math.min(1.0, c.text().length() / 50.0);
  }

  /** Pronouns that point at someone named elsewhere. */
  private static final java.util.Set<String> THIRD_PERSON =
      java.util.Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its", "their");

  /** What a subject holding a pronoun whose referent the headline lacks costs. */
  static final double REFERENTLESS = 2.5;

  /**
   * Whether the headline's subject holds a pronoun before any name or number, so it points at
   * someone the headline never names: "Most of its bondholders do not ...", "His wife ...". A
   * pronoun after the verb may point back at the subject ("Tindall shows off his ...").
   */
  static boolean pointsAtNothing(String headline) {
    for (EnglishTagger.Tok x : EnglishTagger.tag(headline)) {
      if ((x.tag().equals("PRP") || x.tag().equals("PRP$"))
          && THIRD_PERSON.contains(x.text().toLowerCase(java.util.Locale.ROOT))
          && !x.text().equals(x.text().toUpperCase(java.util.Locale.ROOT))) {
        return true; // not "US Coast Guard", which the tagger reads as "us"
      }
      if (x.tagIs("NNP") || x.tagIs("CD") || x.tagIs("VB") || x.tagIs("MD")) {
        return false;
      }
    }
    return false;
  }

  /** Verbs whose event is whole without an object or complement: "Esther Williams dies". */
  private static final java.util.Set<String> WHOLE_ALONE =
      java.util.Set.of(
          "die", "resign", "retire", "quit", "escape", "collapse", "crash", "erupt", "surrender");

  /** Whether the clause ends on its main verb, which asks for what it was done with or to. */
  static boolean endsOnVerb(ClauseCompression.Compressed c) {
    List<String> w = Words.lowerWords(c.text());
    return !w.isEmpty()
        && HeadlineVerbs.lemma(w.get(w.size() - 1)).equals(c.verb())
        && !WHOLE_ALONE.contains(c.verb());
  }

  /**
   * Whether the clause says what did not happen: a negation, but for a "not" before an adjective
   * ("pleads not guilty", "found not responsible"), which states a verdict.
   */
  static boolean negated(String clause) {
    List<EnglishTagger.Tok> t = EnglishTagger.tag(clause);
    for (int k = 0; k < t.size(); k++) {
      if (Words.isNegation(t.get(k).lower())
          && !(t.get(k).lower().equals("not") && k + 1 < t.size() && t.get(k + 1).tagIs("JJ"))) {
        return true;
      }
    }
    return false;
  }

  /** "Dow Jones fall: ...": a label before a colon that opens the headline. */
  private static final java.util.regex.Pattern LABEL =
      java.util.regex.Pattern.compile("^[^:：\"“]{1,40}[:：]\\s");

  /**
   * Why a headline proposed from outside (a model's) does not read as a news headline, or empty
   * when it does: a label before a colon opening it, or a closing period.
   */
  public static Optional<String> styleProblem(String headline) {
    String h = headline.strip();
    if (LABEL.matcher(h).find()) {
      return Optional.of("it opens with a label before a colon, not the news");
    }
    if (h.endsWith(".") && !h.endsWith("..")) {
      return Optional.of("it ends with a period, as a sentence, not a headline");
    }
    return Optional.empty();
  }

  /**
   * Whether the grounding checker accepts {@code headline} against the spans it would cite. A
   * compression can drop a word inside a quotation or leave a dangling "she"; such a candidate
   * yields to the next one rather than publishing a headline the check refuses.
   */
  static boolean grounded(String headline, WrittenSentence ws, String kept) {
    return supported(headline, narrowed(ws, kept), ws.sources());
  }

  /**
   * Whether the grounding checker accepts {@code text} citing {@code spans}, read against the
   * quotes of {@code context}: the one check every stage that rewrites a headline passes.
   */
  static boolean supported(String text, List<SourceSpan> spans, List<SourceSpan> context) {
    Map<String, String> quotes = new LinkedHashMap<>();
    for (SourceSpan s : context) {
      quotes.merge(s.article(), s.quote(), (x, y) -> x + "\n" + y);
    }
    return GroundingChecker.of(quotes).check(text, spans).supported();
  }

  /** The sentence's spans, each quote narrowed to {@code kept} where it holds it verbatim. */
  static List<SourceSpan> narrowed(WrittenSentence ws, String kept) {
    List<SourceSpan> out = new ArrayList<>();
    for (SourceSpan s : ws.sources()) {
      String k = kept.strip();
      out.add(!k.isEmpty() && s.quote().contains(k) ? new SourceSpan(s.article(), k) : s);
    }
    return out;
  }

  /**
   * The sentence cut to the headline length at a comma-like mark, then at each word from the last
   * that fits down to four words: for a last resort the checker accepts.
   */
  private static List<String> wordCuts(String text) {
    List<String> out = new ArrayList<>();
    String first = cutAtBoundary(text);
    out.add(first);
    String t = first;
    int sp;
    while ((sp = t.lastIndexOf(' ')) > 0 && Words.count(t.substring(0, sp)) >= 4) {
      t = t.substring(0, sp).replaceAll("[,;:]+$", "").strip();
      out.add(t);
    }
    return out;
  }

  /** A sentence cut to the headline length at a comma-like mark or, failing that, a word. */
  private static String cutAtBoundary(String text) {
    String t = text.strip().replaceAll("[.。!?！？]+$", "");
    if (t.length() <= HEADLINE_MAX) {
      return t;
    }
    int best = -1;
    for (int k = 0; k < HEADLINE_MAX; k++) {
      char c = t.charAt(k);
      if (c == ',' || c == '、' || c == '，' || c == ';' || c == '；') {
        best = k;
      }
    }
    if (best > 10) {
      return t.substring(0, best).strip();
    }
    int sp = t.lastIndexOf(' ', HEADLINE_MAX);
    return (sp > 10 ? t.substring(0, sp) : t.substring(0, HEADLINE_MAX)).strip();
  }

  // What the planner asks while choosing among keyphrases: whether the opening sentences carry
  // one in a natural clause (see Clauses).

  /** See {@link Clauses#FALLBACK_LABEL}. */
  public static final String FALLBACK_LABEL = Clauses.FALLBACK_LABEL;

  /** See {@link Clauses#naturalAt}. */
  public static Optional<Clauses.Natural> naturalAt(
      String keyphrase, List<WrittenSentence> sentences) {
    return Clauses.naturalAt(keyphrase, sentences);
  }

  /** See {@link Clauses#headline}: the keyphrase-led headline of a verbatim clause. */
  public static String headline(String keyphrase, List<WrittenSentence> sentences) {
    return Clauses.headline(keyphrase, sentences);
  }
}
