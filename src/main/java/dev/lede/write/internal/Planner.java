package dev.lede.write.internal;

import dev.lede.model.Disagreement;
import dev.lede.model.PullQuote;
import dev.lede.model.Section;
import dev.lede.model.SourceRef;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.Fact;
import dev.lede.nlp.Quote;
import dev.lede.nlp.Sentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.StoryPlan;
import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline writer's selection, in this order: analyse each article (kept between writes);
 * resolve entities across them and pick the keyphrase; draft every sentence ({@link Trimmer}); give
 * every draft TF-IDF features ({@link Lexical}) and let the {@link SentenceVectors} attach the
 * embeddings it has (stored at ingest, or computed for a capped pool), lexical similarities put on
 * the embedding scale ({@link Calibration}); score them (centrality to the story's centre, where
 * each article weighs the same; position; entity weight; facts; keyphrase words); choose the lede,
 * then the body greedily (coverage of new entities, facts and outlets, minus similarity to what is
 * already chosen, never near-duplicates); add corroborating spans from other outlets; drop what the
 * grounding checker refuses; lay the body out in sections by role (what happened, what was said,
 * background, what comes next); keep the names-only keyphrase when only it gives the opening a
 * natural headline.
 */
public final class Planner {
  /** Sentences read per article: leads carry news, tails carry boilerplate. */
  static final int MAX_SENTENCES_PER_DOC = 60;

  static final int LEDE_MAX_WORDS = 60;

  /** How far past the opening a one-source lede may reach for its other sentences. */
  static final int SINGLE_LEDE_WINDOW = 6;

  static final double REDUNDANT_COSINE = 0.85;
  static final double REDUNDANT_JACCARD = 0.5;

  private static final Pattern NEXT =
      Pattern.compile(
          "(?i)\\b(will|is expected to|are expected to|is set to|are set to|plans? to|scheduled"
              + "|next (?:week|month|year)|upcoming|is due to|are due to|later this)\\b");
  private static final Pattern BACKGROUND =
      Pattern.compile(
          "(?i)\\b(had been|previously|earlier this|last (?:year|month|week)|years? ago"
              + "|months? ago|in (?:19|20)\\d\\d|since (?:19|20)\\d\\d|in the past|first time"
              + "|history|was founded|began in|formerly)\\b");

  /** Korean: plans and expectations ("예정이다", "계획", "방침", "전망"). */
  private static final Pattern KO_NEXT = Pattern.compile("예정|계획|방침|전망|할 것|될 것|내년|다음 달|다음 주|앞으로");

  /** Korean: earlier events ("앞서", "지난해", "년 전", "처음"). */
  private static final Pattern KO_BACKGROUND =
      Pattern.compile("앞서|지난해|지난 \\d+년|\\d+년 전|과거|이전에|처음으로|당시|설립|창립");

  /** Korean: what someone said ("밝혔다", "말했다", "…라고"). */
  private static final Pattern KO_SAID =
      Pattern.compile("(?:밝혔|말했|전했|강조했|주장했|설명했|덧붙였|지적했|비판했|비난했)다|[\"”'’]\\s?(?:라|이라)고");

  /**
   * Term-set cosine ({@link Lexical.Sparse#setCosine}) over which two sentences, one of them
   * without a vector, say the same thing. On ECB+ dev it flags every cross-outlet pair whose MiniLM
   * cosine is over 0.9 (and 97% of those over 0.85), and 0.9% of all pairs.
   */
  static final double REDUNDANT_LEXICAL = 0.4;

  /** Lexical cosine over which another outlet's sentence is tried as corroboration. */
  static final double CORROBORATE_LEXICAL = 0.5;

  /** How many vector-bearing candidates feed the pairwise calibration. */
  private static final int CALIBRATION_PAIRS_FROM = 40;

  /** Articles whose analysis is kept between writes: a story re-written analyses only its news. */
  static final int ANALYSES_KEPT = 1_000;

  private final SentenceVectors vectors;
  private final Map<WriterInput, Doc> analyses =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<WriterInput, Doc> eldest) {
          return size() > ANALYSES_KEPT;
        }
      };

  public Planner(SentenceVectors vectors) {
    this.vectors = vectors;
  }

  /** The analysis of an article, from the last writes when the same input was seen. */
  private Doc analyzed(WriterInput in) {
    synchronized (analyses) {
      Doc d = analyses.get(in);
      if (d != null) {
        return d;
      }
    }
    Doc d = Doc.analyze(in);
    synchronized (analyses) {
      analyses.put(in, d);
    }
    return d;
  }

  public StoryPlan plan(String storyId, List<WriterInput> articles, List<WriterInput> background) {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      docs.add(analyzed(articles.get(i)));
    }
    StoryEntities entities = new StoryEntities(docs);
    Keyphrases.Choice choice = Keyphrases.choose(docs, entities);
    String keyphrase = choice.full();
    Set<String> kpWords = new LinkedHashSet<>(Words.contentWords(keyphrase));

    List<Candidate> cands = candidates(docs, entities, true);
    if (cands.isEmpty()) {
      cands = candidates(docs, entities, false);
    }
    List<Doc> bgDocs = new ArrayList<>();
    for (int i = 0; i < background.size(); i++) {
      bgDocs.add(analyzed(background.get(i)));
    }
    List<Candidate> bgCands = new ArrayList<>();
    for (Doc d : bgDocs) {
      for (int i = 0; i < Math.min(d.sentences.size(), 12); i++) {
        int k = i;
        d.strictDraft(i)
            .filter(dr -> !dr.dangling())
            .ifPresent(dr -> bgCands.add(candidate(d, k, dr, entities)));
      }
    }
    Calibration cal = attachVectors(docs, cands, bgDocs, bgCands, entities, kpWords);
    score(cands, entities, kpWords);

    GroundingChecker checker = GroundingChecker.forInputs(articles);
    List<Candidate> lede = lede(docs, cands, kpWords, checker, entities);
    if (lede.isEmpty()) {
      lede = anyFitting(cands, checker, entities);
    }
    List<Candidate> chosen = new ArrayList<>(lede);
    List<Candidate> body = body(docs, cands, chosen, checker, cal);
    if (docs.size() > 1) {
      corroborate(lede, cands, checker);
      corroborate(body, cands, checker);
      cover(docs, cands, lede, body, checker);
    }
    List<Section> sections = sections(body, keyphrase, docs.size());
    String fitted = fitToOpening(choice, lede, sections);
    if (!fitted.equals(keyphrase)) {
      keyphrase = fitted;
      sections = sections(body, keyphrase, docs.size());
    }
    List<WrittenSentence> background1 =
        background(bgCands, chosen, GroundingChecker.forInputs(background));
    List<PullQuote> quotes = pullQuotes(docs, cands, entities);
    List<Disagreement> disagreements = DisagreementFinder.find(docs);
    return new StoryPlan(
        storyId,
        keyphrase,
        lede.stream().map(Candidate::toSentence).toList(),
        sections,
        quotes,
        background1,
        disagreements,
        refs(articles),
        refs(background));
  }

  /**
   * The keyphrase that lets the opening sentences (what the headline is made from) give the best
   * headline: the full keyphrase when it gives a natural one, else the first name and the event
   * word ("Boeing contract" for "Northrop Grumman Boeing contract"), else the names alone ("Maurice
   * Cheeks has been fired as head coach ..." holds "Maurice Cheeks" but not "Maurice Cheeks
   * contract"). With no natural headline for any, the full keyphrase, or the shorter one when only
   * it leaves room for a source clause rather than the fixed label.
   */
  private static String fitToOpening(
      Keyphrases.Choice choice, List<Candidate> lede, List<Section> sections) {
    List<String> options = new ArrayList<>();
    for (String k : List.of(choice.full(), choice.shorter(), choice.names())) {
      if (!k.isEmpty() && !options.contains(k)) {
        options.add(k);
      }
    }
    if (options.size() == 1) {
      return choice.full();
    }
    List<WrittenSentence> ws = new ArrayList<>();
    lede.forEach(c -> ws.add(c.toSentence()));
    for (Section sec : sections) {
      sec.paragraphs().forEach(ws::addAll);
    }
    for (String k : options) {
      if (Headlines.naturalAt(k, ws).isPresent()) {
        return k;
      }
    }
    // The event word stays: only the second name may go to make room for a source clause.
    if (!choice.shorter().equals(choice.full())
        && Headlines.headline(choice.full(), ws).endsWith(Headlines.FALLBACK_LABEL)
        && !Headlines.headline(choice.shorter(), ws).endsWith(Headlines.FALLBACK_LABEL)) {
      return choice.shorter();
    }
    return choice.full();
  }

  private static List<SourceRef> refs(List<WriterInput> inputs) {
    List<SourceRef> out = new ArrayList<>();
    for (WriterInput in : inputs) {
      out.add(
          new SourceRef(
              in.id(), in.outlet(), in.title().orElse(""), in.url().orElse(""), in.published()));
    }
    return out;
  }

  private static List<Candidate> candidates(
      List<Doc> docs, StoryEntities entities, boolean strict) {
    List<Candidate> out = new ArrayList<>();
    for (Doc d : docs) {
      for (int i = 0; i < Math.min(d.sentences.size(), MAX_SENTENCES_PER_DOC); i++) {
        int k = i;
        (strict ? d.strictDraft(i) : Trimmer.draft(d, i, false))
            .ifPresent(dr -> out.add(candidate(d, k, dr, entities)));
      }
    }
    return out;
  }

  private static Candidate candidate(Doc d, int i, Trimmer.Draft dr, StoryEntities entities) {
    Sentence s = d.sentences.get(i);
    int facts = 0;
    for (Fact f : d.facts) {
      facts += s.contains(f.start()) ? 1 : 0;
    }
    boolean quote = false;
    for (Quote q : d.quotes) {
      quote |= s.contains(q.start());
    }
    Candidate.Role role;
    boolean korean = Words.isHangul(firstWord(dr.text())) || Korean.isKorean(dr.text());
    if (quote || korean && KO_SAID.matcher(dr.text()).find()) {
      role = Candidate.Role.REACTION;
    } else if (korean ? KO_NEXT.matcher(dr.text()).find() : NEXT.matcher(dr.text()).find()) {
      role = Candidate.Role.NEXT;
    } else if (korean
        ? KO_BACKGROUND.matcher(dr.text()).find()
        : BACKGROUND.matcher(dr.text()).find()) {
      role = Candidate.Role.BACKGROUND;
    } else {
      role = Candidate.Role.DETAIL;
    }
    return new Candidate(d, i, dr, entities.in(d, s), facts, quote, role);
  }

  /**
   * Scores every candidate lexically, lets the vector source attach embeddings (a model takes the
   * lexically best first), then sets each candidate's centrality: its embedding's cosine to the
   * centre of the story's vectors when it has one, else its lexical centrality put on that scale.
   */
  private Calibration attachVectors(
      List<Doc> docs,
      List<Candidate> cands,
      List<Doc> bgDocs,
      List<Candidate> bgCands,
      StoryEntities entities,
      Set<String> kpWords) {
    List<Candidate> all = new ArrayList<>(cands);
    all.addAll(bgCands);
    Lexical lex = Lexical.index(all);
    float[] lexCentre = lexicalCentre(docs, cands, lex);
    for (Candidate c : all) {
      c.lexCentrality = c.lex.cosine(lexCentre);
      c.centrality = Calibration.DEFAULT.centrality(c.lexCentrality);
    }
    score(cands, entities, kpWords);
    List<Candidate> pool = SentenceVectors.roundRobin(docs, cands);
    for (Candidate c : bgCands) {
      c.score = c.centrality + 0.1 * Math.exp(-c.sentence / 3.0);
    }
    pool.addAll(SentenceVectors.roundRobin(bgDocs, bgCands));
    List<Doc> allDocs = new ArrayList<>(docs);
    allDocs.addAll(bgDocs);
    Map<Doc, float[]> titles = vectors.attach(allDocs, pool);
    Optional<float[]> centre = vectorCentre(docs, cands, titles);
    if (centre.isEmpty()) {
      return Calibration.DEFAULT;
    }
    Calibration cal = Calibration.fit(cands, centre.get(), CALIBRATION_PAIRS_FROM);
    for (Candidate c : all) {
      c.centrality =
          c.hasVector() ? Vectors.cosine(c.vector, centre.get()) : cal.centrality(c.lexCentrality);
    }
    return cal;
  }

  /**
   * Mean of per-article means of TF-IDF vectors, leads counted twice: each outlet weighs the same.
   */
  private static float[] lexicalCentre(List<Doc> docs, List<Candidate> cands, Lexical lex) {
    Map<Doc, List<Lexical.Sparse>> byDoc = new LinkedHashMap<>();
    for (Candidate c : cands) {
      List<Lexical.Sparse> l = byDoc.computeIfAbsent(c.doc, k -> new ArrayList<>());
      l.add(c.lex);
      if (c.sentence < 5) {
        l.add(c.lex);
      }
    }
    float[] out = new float[lex.dimension()];
    for (List<Lexical.Sparse> l : byDoc.values()) {
      float[] m = lex.centroid(l);
      for (int i = 0; i < out.length; i++) {
        out[i] += m[i];
      }
    }
    return Vectors.normalize(out);
  }

  /**
   * Mean of per-article means of the vectors there are (titles included), leads counted twice;
   * empty when no article has one.
   */
  private static Optional<float[]> vectorCentre(
      List<Doc> docs, List<Candidate> cands, Map<Doc, float[]> titles) {
    Map<Doc, List<float[]>> byDoc = new LinkedHashMap<>();
    for (Doc d : docs) {
      if (titles.containsKey(d)) {
        byDoc.computeIfAbsent(d, k -> new ArrayList<>()).add(titles.get(d));
      }
    }
    int dim = 0;
    for (Candidate c : cands) {
      if (c.hasVector()) {
        List<float[]> l = byDoc.computeIfAbsent(c.doc, k -> new ArrayList<>());
        l.add(c.vector);
        if (c.sentence < 5) {
          l.add(c.vector);
        }
        dim = c.vector.length;
      }
    }
    for (float[] t : titles.values()) {
      dim = Math.max(dim, t.length);
    }
    if (byDoc.isEmpty()) {
      return Optional.empty();
    }
    List<float[]> perDoc = new ArrayList<>();
    for (List<float[]> l : byDoc.values()) {
      perDoc.add(Vectors.mean(l, dim));
    }
    return Optional.of(Vectors.normalize(Vectors.mean(perDoc, dim)));
  }

  private static void score(List<Candidate> cands, StoryEntities entities, Set<String> kpWords) {
    double maxW = entities.maxWeight();
    for (Candidate c : cands) {
      double cent = c.centrality;
      double pos = Math.exp(-c.sentence / 5.0);
      double ent = 0;
      for (String e : c.entityKeys) {
        ent += entities.weight.getOrDefault(e, 0.0) / maxW;
      }
      ent = Math.min(ent, 2) / 2;
      double facts = Math.min(c.facts, 2) / 2.0;
      double kp = kpShare(c, kpWords);
      double s = 0.40 * cent + 0.25 * pos + 0.20 * ent + 0.05 * facts + 0.10 * kp;
      if (c.words < 10) {
        s *= 0.8;
      } else if (c.words > 40) {
        s *= 0.85;
      }
      c.score = s;
    }
  }

  private static double kpShare(Candidate c, Set<String> kpWords) {
    if (kpWords.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : kpWords) {
      n += c.content.contains(w) ? 1 : 0;
    }
    return (double) n / kpWords.size();
  }

  /** The candidate itself when it fits in {@code budget} words, else its tail cut to fit. */
  private static Optional<Candidate> fit(Candidate c, int budget, StoryEntities entities) {
    if (c.words <= budget) {
      return Optional.of(c);
    }
    return Trimmer.draft(c.doc, c.sentence, true, budget)
        .filter(d -> !d.dangling() || c.dangling)
        .map(
            d -> {
              Candidate cut = candidate(c.doc, c.sentence, d, entities);
              cut.vector = c.vector;
              cut.lex = c.lex;
              cut.lexCentrality = c.lexCentrality;
              cut.centrality = c.centrality;
              cut.score = c.score;
              return cut;
            });
  }

  /** The last resort for a lede: the first sentence anywhere that fits, cut if need be. */
  private static List<Candidate> anyFitting(
      List<Candidate> cands, GroundingChecker checker, StoryEntities entities) {
    for (Candidate c : cands) {
      if (c.dangling) {
        continue;
      }
      Optional<Candidate> f = fit(c, LEDE_MAX_WORDS, entities);
      if (f.isPresent() && checker.supports(f.get().toSentence())) {
        return new ArrayList<>(List.of(f.get()));
      }
    }
    return new ArrayList<>();
  }

  private static List<Candidate> lede(
      List<Doc> docs,
      List<Candidate> cands,
      Set<String> kpWords,
      GroundingChecker checker,
      StoryEntities entities) {
    List<Candidate> out = new ArrayList<>();
    int words = 0;
    if (docs.size() == 1) {
      // One source: its own lead is the best lede; take it in order, cutting a tail to fit.
      for (Candidate c : cands) {
        if (out.size() >= 3 || c.sentence > SINGLE_LEDE_WINDOW || LEDE_MAX_WORDS - words < 8) {
          break;
        }
        boolean follows = !out.isEmpty() && out.get(out.size() - 1).sentence == c.sentence - 1;
        if ((c.dangling && !follows) || redundant(c, out)) {
          continue;
        }
        Optional<Candidate> fitted = fit(c, LEDE_MAX_WORDS - words, entities);
        if (fitted.isEmpty() || !checker.supports(fitted.get().toSentence())) {
          continue;
        }
        out.add(fitted.get());
        words += fitted.get().words;
      }
      return out;
    }
    Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : cands) {
      if (c.sentence > 2 || c.dangling || c.words > 45 || startsWithQuote(c.text)) {
        continue;
      }
      double s = c.score + (kpShare(c, kpWords) == 1 ? 0.1 : 0) + (c.facts > 0 ? 0.03 : 0);
      if (s > bestScore && checker.supports(c.toSentence())) {
        best = c;
        bestScore = s;
      }
    }
    if (best == null) {
      for (Candidate c : cands) {
        if (!c.dangling && c.words <= LEDE_MAX_WORDS && checker.supports(c.toSentence())) {
          best = c;
          break;
        }
      }
    }
    if (best == null) {
      return out;
    }
    out.add(best);
    words = best.words;
    // A second lede sentence: the best lead sentence that adds something and still fits.
    Candidate second = null;
    double secondScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : cands) {
      boolean follows = c.doc == best.doc && c.sentence == best.sentence + 1;
      if (c.sentence > 3
          || (c.dangling && !follows)
          || words + c.words > LEDE_MAX_WORDS
          || startsWithQuote(c.text)
          || redundant(c, out)
          || !addsEnough(c, new HashSet<>(best.content))) {
        continue;
      }
      double gain = c.score + 0.05 * newEntities(c, out) + (follows ? 0.05 : 0);
      if (gain > secondScore && checker.supports(c.toSentence())) {
        second = c;
        secondScore = gain;
      }
    }
    if (second != null && secondScore > 0.6 * bestScore) {
      out.add(second);
    }
    return out;
  }

  private static List<Candidate> body(
      List<Doc> docs,
      List<Candidate> cands,
      List<Candidate> chosen,
      GroundingChecker checker,
      Calibration cal) {
    int n = docs.size();
    int maxSentences;
    int maxWords;
    if (n == 1) {
      int usable = (int) cands.stream().filter(c -> c.doc == docs.get(0)).count();
      maxSentences = Math.min(8, Math.max(2, usable / 3));
      maxWords = 230;
    } else {
      maxSentences = Math.min(12, 4 + 2 * n);
      maxWords = 400;
    }
    List<Candidate> body = new ArrayList<>();
    Set<Candidate> taken = new HashSet<>(chosen);
    // Tries each candidate once: redundancy and refusals only grow.
    Set<String> citedDocs = new HashSet<>();
    for (Candidate c : chosen) {
      citedDocs.add(c.doc.id());
    }
    double[] maxSim = new double[cands.size()];
    boolean[] blocked = new boolean[cands.size()];
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      for (Candidate s : chosen) {
        maxSim[i] = Math.max(maxSim[i], similarity(c, s, cal));
      }
      blocked[i] = taken.contains(c) || redundant(c, chosen);
    }
    int words = 0;
    Set<String> said = new HashSet<>();
    for (Candidate c : chosen) {
      said.addAll(c.content);
    }
    while (body.size() < maxSentences) {
      Candidate best = null;
      int bestIdx = -1;
      double bestGain = Double.NEGATIVE_INFINITY;
      Set<String> seenEntities = new HashSet<>();
      for (Candidate s : chosen) {
        seenEntities.addAll(s.entityKeys);
      }
      for (int i = 0; i < cands.size(); i++) {
        Candidate c = cands.get(i);
        if (blocked[i] || words + c.words > maxWords) {
          continue;
        }
        if (!addsEnough(c, said)) {
          blocked[i] = true; // what is said only grows
          continue;
        }
        if (c.dangling && !predecessorTaken(c, chosen)) {
          continue;
        }
        int fresh = 0;
        for (String e : c.entityKeys) {
          fresh += seenEntities.contains(e) ? 0 : 1;
        }
        double gain =
            c.score
                + 0.06 * Math.min(fresh, 3)
                + 0.04 * Math.min(c.facts, 2)
                + (n > 1 && !citedDocs.contains(c.doc.id()) ? 0.10 : 0)
                - 0.30 * maxSim[i];
        if (gain > bestGain) {
          best = c;
          bestIdx = i;
          bestGain = gain;
        }
      }
      if (best == null) {
        break;
      }
      blocked[bestIdx] = true;
      if (!checker.supports(best.toSentence())) {
        continue;
      }
      body.add(best);
      chosen.add(best);
      said.addAll(best.content);
      citedDocs.add(best.doc.id());
      words += best.words;
      for (int i = 0; i < cands.size(); i++) {
        if (blocked[i]) {
          continue;
        }
        Candidate c = cands.get(i);
        maxSim[i] = Math.max(maxSim[i], similarity(c, best, cal));
        blocked[i] = redundant(c, List.of(best));
      }
    }
    return body;
  }

  /** Novelty: a sentence must add at least three content words, and 40% of its own. */
  static boolean addsEnough(Candidate c, Set<String> said) {
    int fresh = 0;
    for (String w : c.content) {
      fresh += said.contains(w) ? 0 : 1;
    }
    return fresh >= 3 && fresh * 5 >= c.content.size() * 2;
  }

  private static boolean predecessorTaken(Candidate c, List<Candidate> chosen) {
    for (Candidate s : chosen) {
      if (s.doc == c.doc && s.sentence == c.sentence - 1) {
        return true;
      }
    }
    return false;
  }

  private static int newEntities(Candidate c, List<Candidate> chosen) {
    Set<String> seen = new HashSet<>();
    for (Candidate s : chosen) {
      seen.addAll(s.entityKeys);
    }
    int n = 0;
    for (String e : c.entityKeys) {
      n += seen.contains(e) ? 0 : 1;
    }
    return n;
  }

  /**
   * Similarity on the embedding scale: the cosine of the two vectors when both have one, else their
   * lexical cosine mapped by the story's calibration.
   */
  static double similarity(Candidate a, Candidate b, Calibration cal) {
    return a.hasVector() && b.hasVector()
        ? Vectors.cosine(a.vector, b.vector)
        : cal.similarity(a.lex.cosine(b.lex));
  }

  /** Both vectors present and their cosine over {@code limit}. */
  private static boolean vectorsOver(Candidate a, Candidate b, double limit) {
    return a.hasVector() && b.hasVector() && Vectors.cosine(a.vector, b.vector) > limit;
  }

  static boolean redundant(Candidate c, List<Candidate> chosen) {
    for (Candidate s : chosen) {
      boolean both = c.hasVector() && s.hasVector();
      if (both && Vectors.cosine(c.vector, s.vector) > REDUNDANT_COSINE
          || !both && c.lex.setCosine(s.lex) > REDUNDANT_LEXICAL
          || Vectors.jaccard(c.content, s.content) > REDUNDANT_JACCARD
          || contained(c.content, s.content)) {
        return true;
      }
    }
    return false;
  }

  /** Most of a short sentence's content already said by a longer one. */
  private static boolean contained(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    if (small.isEmpty()) {
      return true;
    }
    long in = small.stream().filter(large::contains).count();
    return in >= 0.8 * small.size();
  }

  /**
   * Makes the story cite at least min(3, n) of its n articles: an uncited article adds its best
   * sentence that is not a near-duplicate of one already chosen (cosine over 0.9 or word Jaccard
   * over 0.6), so every outlet that reported the event can be seen and checked.
   */
  private static void cover(
      List<Doc> docs,
      List<Candidate> cands,
      List<Candidate> lede,
      List<Candidate> body,
      GroundingChecker checker) {
    Set<String> cited = new HashSet<>();
    List<Candidate> chosen = new ArrayList<>(lede);
    chosen.addAll(body);
    for (Candidate c : chosen) {
      c.toSentence().sources().forEach(sp -> cited.add(sp.article()));
    }
    int wanted = Math.min(3, docs.size());
    for (Doc d : docs) {
      if (cited.size() >= wanted) {
        return;
      }
      if (cited.contains(d.id())) {
        continue;
      }
      Candidate best = null;
      for (Candidate c : cands) {
        if (c.doc != d || c.dangling || nearDuplicate(c, chosen)) {
          continue;
        }
        if ((best == null || c.score > best.score) && checker.supports(c.toSentence())) {
          best = c;
        }
      }
      if (best != null) {
        body.add(best);
        chosen.add(best);
        cited.add(d.id());
      }
    }
  }

  private static boolean nearDuplicate(Candidate c, List<Candidate> chosen) {
    Set<String> words = new HashSet<>(Words.lowerWords(c.text));
    for (Candidate s : chosen) {
      boolean both = c.hasVector() && s.hasVector();
      if (both && Vectors.cosine(c.vector, s.vector) > 0.9
          || !both && c.lex.setCosine(s.lex) > REDUNDANT_LEXICAL
          || Vectors.jaccard(words, new HashSet<>(Words.lowerWords(s.text))) > 0.6) {
        return true;
      }
    }
    return false;
  }

  /** Adds up to two other outlets' sentences that support a chosen sentence on their own. */
  private static void corroborate(
      List<Candidate> chosen, List<Candidate> cands, GroundingChecker checker) {
    for (Candidate c : chosen) {
      Set<String> outlets = new LinkedHashSet<>();
      outlets.add(c.doc.outlet());
      Map<Candidate, Double> close = new LinkedHashMap<>(); // candidate order breaks ties
      for (Candidate o : cands) {
        if (o.doc == c.doc || outlets.contains(o.doc.outlet())) {
          continue;
        }
        boolean both = o.hasVector() && c.hasVector();
        double sim = both ? Vectors.cosine(o.vector, c.vector) : o.lex.cosine(c.lex);
        if (sim >= (both ? 0.8 : CORROBORATE_LEXICAL)) {
          close.put(o, sim + (both ? 1 : 0));
        }
      }
      List<Candidate> others = new ArrayList<>(close.keySet());
      others.sort((a, b) -> Double.compare(close.get(b), close.get(a)));
      for (Candidate o : others) {
        if (outlets.size() >= 3 || outlets.contains(o.doc.outlet())) {
          continue;
        }
        List<SourceSpan> own = o.spans;
        if (checker.check(c.text, own).supported()) {
          c.corroboration.addAll(own);
          outlets.add(o.doc.outlet());
        }
      }
    }
  }

  private record Group(Candidate.Role role, List<Candidate> items) {}

  private static List<Section> sections(List<Candidate> body, String keyphrase, int sources) {
    if (body.isEmpty()) {
      return List.of();
    }
    Map<Candidate.Role, List<Candidate>> byRole = new LinkedHashMap<>();
    for (Candidate.Role r :
        List.of(
            Candidate.Role.DETAIL,
            Candidate.Role.REACTION,
            Candidate.Role.BACKGROUND,
            Candidate.Role.NEXT)) {
      byRole.put(r, new ArrayList<>());
    }
    Map<Candidate, Candidate> attachedTo = new HashMap<>();
    for (Candidate c : body) {
      Candidate host = null;
      if (c.dangling) {
        for (Candidate p : body) {
          if (p.doc == c.doc && p.sentence == c.sentence - 1) {
            host = p;
          }
        }
      }
      if (host != null) {
        attachedTo.put(c, host);
      } else {
        Candidate.Role r = c.role == Candidate.Role.EVENT ? Candidate.Role.DETAIL : c.role;
        byRole.get(r).add(c);
      }
    }
    List<Group> groups = new ArrayList<>();
    byRole.forEach(
        (r, items) -> {
          if (!items.isEmpty()) {
            groups.add(new Group(r, items));
          }
        });
    // Single-sentence groups read as stubs: fold them into the first group when there are many.
    if (groups.size() > 2) {
      for (int g = groups.size() - 1; g >= 1 && groups.size() > 2; g--) {
        if (groups.get(g).items.size() == 1 && groups.get(g).role != Candidate.Role.NEXT) {
          groups.get(0).items.addAll(groups.remove(g).items);
        }
      }
    }
    int wanted = body.size() >= 2 ? 2 : 1;
    if (groups.size() < wanted && groups.get(0).items.size() >= 2) {
      Group only = groups.remove(0);
      int half = (only.items.size() + 1) / 2;
      groups.add(new Group(only.role, new ArrayList<>(only.items.subList(0, half))));
      groups.add(new Group(null, new ArrayList<>(only.items.subList(half, only.items.size()))));
    }
    int n = groups.size();
    int withKp = n == 1 ? 0 : Math.max(1, Math.min(n - 1, (int) Math.round(n * 0.5)));
    List<Section> out = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      Group group = groups.get(g);
      boolean kp = g == 0 ? withKp > 0 : g >= n - (withKp - 1);
      out.add(new Section(heading(group.role, kp, keyphrase), paragraphs(group.items, attachedTo)));
    }
    return out;
  }

  private static String firstWord(String s) {
    int sp = s.indexOf(' ');
    return sp < 0 ? s : s.substring(0, sp);
  }

  /**
   * Korean section labels, as Korean news sites write them: main points, what was said, background,
   * outlook, further details. With the keyphrase they read "천안함 침몰 주요 내용".
   */
  private static String koreanHeading(
      Candidate.Role role, boolean withKeyphrase, String keyphrase) {
    String label =
        role == null
            ? "세부 내용"
            : switch (role) {
              case REACTION -> "발언";
              case BACKGROUND -> "배경";
              case NEXT -> "향후 전망";
              default -> "주요 내용";
            };
    return withKeyphrase ? keyphrase + " " + label : label;
  }

  private static String heading(Candidate.Role role, boolean withKeyphrase, String keyphrase) {
    if (Korean.isKorean(keyphrase)) {
      return koreanHeading(role, withKeyphrase, keyphrase);
    }
    String kp = Trimmer.capitalize(keyphrase);
    String plain;
    String with;
    if (role == null) {
      plain = "More details";
      with = kp + ": more details";
    } else {
      switch (role) {
        case REACTION -> {
          plain = "What was said";
          with = kp + ": what was said";
        }
        case BACKGROUND -> {
          plain = "The background";
          with = kp + ": the background";
        }
        case NEXT -> {
          plain = "What comes next";
          with = kp + ": what comes next";
        }
        default -> {
          plain = "What we know";
          with = kp + ": what we know";
        }
      }
    }
    return withKeyphrase ? with : plain;
  }

  private static List<List<WrittenSentence>> paragraphs(
      List<Candidate> items, Map<Candidate, Candidate> attachedTo) {
    List<List<WrittenSentence>> out = new ArrayList<>();
    List<WrittenSentence> cur = new ArrayList<>();
    int words = 0;
    for (Candidate c : items) {
      List<Candidate> unit = new ArrayList<>();
      unit.add(c);
      Candidate tail = c;
      boolean grew = true;
      while (grew) {
        grew = false;
        for (Map.Entry<Candidate, Candidate> e : attachedTo.entrySet()) {
          if (e.getValue() == tail && !unit.contains(e.getKey())) {
            unit.add(e.getKey());
            tail = e.getKey();
            grew = true;
          }
        }
      }
      int unitWords = unit.stream().mapToInt(u -> u.words).sum();
      if (!cur.isEmpty() && (cur.size() + unit.size() > 3 || words + unitWords > 120)) {
        out.add(cur);
        cur = new ArrayList<>();
        words = 0;
      }
      for (Candidate u : unit) {
        cur.add(u.toSentence());
      }
      words += unitWords;
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  private static List<WrittenSentence> background(
      List<Candidate> bg, List<Candidate> chosen, GroundingChecker checker) {
    List<Candidate> sorted = new ArrayList<>(bg);
    Map<Candidate, Double> s = new HashMap<>();
    for (Candidate c : bg) {
      s.put(c, c.centrality + 0.1 * Math.exp(-c.sentence / 3.0));
    }
    sorted.sort((a, b) -> Double.compare(s.get(b), s.get(a)));
    List<Candidate> picked = new ArrayList<>();
    List<Candidate> against = new ArrayList<>(chosen);
    for (Candidate c : sorted) {
      if (picked.size() >= 3 || s.get(c) < 0.3) {
        break;
      }
      if (redundant(c, against) || !checker.supports(c.toSentence())) {
        continue;
      }
      picked.add(c);
      against.add(c);
    }
    return picked.stream().map(Candidate::toSentence).toList();
  }

  private static List<PullQuote> pullQuotes(
      List<Doc> docs, List<Candidate> cands, StoryEntities entities) {
    Map<String, Double> sentenceScore = new HashMap<>();
    for (Candidate c : cands) {
      sentenceScore.put(c.doc.id() + "#" + c.sentence, c.score);
    }
    record Scored(Quote q, Doc d, double score) {}
    List<Scored> all = new ArrayList<>();
    for (Doc d : docs) {
      for (Quote q : d.quotes) {
        int words = Words.count(q.text());
        if (q.speaker().isEmpty()
            || words < 6
            || words > 40
            || q.text().contains("\n")
            || namesSpeaker(q)) {
          continue;
        }
        int idx = -1;
        for (int k = 0; k < d.sentences.size(); k++) {
          if (d.sentences.get(k).contains(q.start())) {
            idx = k;
          }
        }
        double base = sentenceScore.getOrDefault(d.id() + "#" + idx, 0.0);
        double sp = entities.weight.getOrDefault(q.speaker().get(), 0.0) / entities.maxWeight();
        all.add(new Scored(q, d, base + 0.2 * sp));
      }
    }
    all.sort((a, b) -> Double.compare(b.score, a.score));
    List<PullQuote> out = new ArrayList<>();
    Set<String> speakers = new HashSet<>();
    List<Set<String>> seen = new ArrayList<>();
    for (Scored s : all) {
      if (out.size() >= 3) {
        break;
      }
      Set<String> words = new HashSet<>(Words.contentWords(s.q.text()));
      boolean dup = seen.stream().anyMatch(w -> Vectors.jaccard(w, words) > 0.5);
      String speaker = s.q.speaker().get();
      if (dup || speakers.contains(speaker.toLowerCase(Locale.ROOT))) {
        continue;
      }
      speakers.add(speaker.toLowerCase(Locale.ROOT));
      seen.add(words);
      out.add(new PullQuote(s.q.text(), speaker, s.d.outlet(), s.d.id()));
    }
    return out;
  }

  /** A quote that names its own speaker was most likely said about them, by someone else. */
  private static boolean namesSpeaker(Quote q) {
    for (String part : q.speaker().get().split("\\s+")) {
      if (part.length() > 2 && q.text().contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithQuote(String s) {
    return !s.isEmpty() && "\"“'‘«".indexOf(s.charAt(0)) >= 0;
  }
}
