package dev.lede.write.internal;

import dev.lede.model.Disagreement;
import dev.lede.model.PullQuote;
import dev.lede.model.Section;
import dev.lede.model.SourceRef;
import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.StoryPlan;
import dev.lede.write.WriterInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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

  /** Articles whose analysis is kept between writes: a story re-written analyses only its news. */
  static final int ANALYSES_KEPT = 1_000;

  /** Times the lede is chosen again without the captions it held. */
  static final int CAPTION_ROUNDS = 3;

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
    List<Doc> all = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      all.add(analyzed(articles.get(i)));
    }
    // The story tells its central event: articles of another run of days are left out.
    List<Doc> docs = EventCore.of(all).docs();
    StoryEntities entities = new StoryEntities(docs);
    Keyphrases.Choice choice = Keyphrases.choose(docs, entities);
    String keyphrase = choice.full();
    Set<String> kpWords = new LinkedHashSet<>(Words.contentWords(keyphrase));

    List<Candidate> cands = Scoring.candidates(docs, entities, true);
    if (cands.isEmpty()) {
      cands = Scoring.candidates(docs, entities, false);
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
            .filter(dr -> !dr.dangling() && Voices.speaksForItself(dr.text()))
            .ifPresent(dr -> bgCands.add(Scoring.candidate(d, k, dr, entities)));
      }
    }
    Calibration cal =
        Scoring.attachVectors(vectors, docs, cands, bgDocs, bgCands, entities, kpWords);
    Scoring.score(cands, entities, kpWords);

    GroundingChecker checker = GroundingChecker.forInputs(articles);
    Chronology chron = Chronology.of(docs);
    List<Candidate> lede = LedeSelection.lede(docs, cands, kpWords, checker, entities, chron);
    for (int round = 0; round < CAPTION_ROUNDS; round++) {
      // A photo caption never opens the story: choose again without it.
      List<Candidate> captions = lede.stream().filter(c -> Captions.caption(c.text)).toList();
      if (captions.isEmpty()) {
        break;
      }
      cands = new ArrayList<>(cands);
      cands.removeAll(captions);
      lede = LedeSelection.lede(docs, cands, kpWords, checker, entities, chron);
    }
    lede = new ArrayList<>(lede);
    lede.removeIf(c -> Captions.caption(c.text));
    if (lede.isEmpty()) {
      lede = LedeSelection.anyFitting(cands, checker, entities);
    }
    List<Candidate> chosen = new ArrayList<>(lede);
    if (docs.size() > 1) {
      vectors.complete(lede);
    }
    List<Candidate> body = BodySelection.body(docs, cands, chosen, checker, cal, vectors, entities);
    if (docs.size() >= BodySelection.TWO_SECTIONS_FROM
        && body.size() < 2
        && lede.size() >= 2
        && !lede.get(lede.size() - 1).dangling) {
      // Every outlet told one fact and nothing else is new: the lede's last sentence opens the
      // body, so a story of many outlets still has two sections without a fact told twice.
      lede = new ArrayList<>(lede);
      body.add(0, lede.remove(lede.size() - 1));
    }
    if (docs.size() > 1) {
      Coverage.corroborate(lede, cands, checker);
      Coverage.corroborate(body, cands, checker);
      Coverage.cover(docs, cands, lede, body, checker, entities);
      List<Candidate> told = new ArrayList<>(lede);
      told.addAll(body);
      vectors.complete(told);
    }
    if (docs.size() > 1) {
      // No sentence about another quake, outage or patch than the story's own.
      List<Candidate> opening = List.copyOf(lede);
      Set<String> core = OtherInstances.coreNames(docs, entities, opening);
      Optional<LocalDate> latest = chron.latestDay();
      Predicate<Candidate> other =
          c ->
              OtherInstances.another(c, opening, entities, latest)
                  || OtherInstances.elsewhere(c, opening, entities, core, latest);
      body.removeIf(other);
      lede.removeIf(other);
    }
    body.removeIf(c -> Captions.caption(c.text));
    Redundancy.mergeRestatements(
        lede, body, checker, docs.size() >= BodySelection.TWO_SECTIONS_FROM ? 2 : 0);
    chron.dropOtherDays(lede, body);
    List<Reconciler.Reconciled> reconciled =
        docs.size() > 1 ? Reconciler.reconcile(docs, chron, checker) : List.of();
    Redundancy.dropConflicting(lede, body, reconciled);
    Redundancy.oneRecordEach(lede, body);
    List<Section> sections = SectionLayout.sections(body, keyphrase, docs.size(), chron, checker);
    String fitted = fitToOpening(choice, lede, sections, refs(articles));
    if (!fitted.equals(keyphrase)) {
      keyphrase = fitted;
      sections = SectionLayout.sections(body, keyphrase, docs.size(), chron, checker);
    }
    sections = SectionLayout.withReconciled(sections, reconciled, keyphrase);
    Map<String, Doc> byId = new LinkedHashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    Introductions.Result named =
        Introductions.introduce(
            lede.stream().map(Candidate::toSentence).toList(), sections, byId, checker);
    sections = named.sections();
    List<WrittenSentence> background1 =
        BackgroundSelection.background(bgCands, chosen, GroundingChecker.forInputs(background));
    List<PullQuote> quotes = PullQuotes.of(docs, cands, entities);
    List<Disagreement> disagreements = DisagreementFinder.find(docs);
    List<StoryPlan.NewsSentence> news =
        HeadlineNews.of(named.lede(), lede, cands, docs.size(), chron, checker);
    return new StoryPlan(
        storyId,
        keyphrase,
        named.lede(),
        sections,
        quotes,
        background1,
        disagreements,
        refs(articles),
        refs(background),
        news);
  }

  /**
   * The keyphrase that lets the opening sentences (what the headline is made from) give the best
   * headline: the full keyphrase when it gives a natural one, else the first name and the event
   * word ("Boeing contract" for "Northrop Grumman Boeing contract"), else the names alone ("Maurice
   * Cheeks has been fired as head coach ..." holds "Maurice Cheeks" but not "Maurice Cheeks
   * contract"). With no natural headline for any, the full keyphrase, or the shorter one when only
   * it leaves room for a source clause rather than the fixed label.
   */
  static String fitToOpening(
      Keyphrases.Choice choice,
      List<Candidate> lede,
      List<Section> sections,
      List<SourceRef> sources) {
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
    ws.removeIf(w -> Attribution.carriesAny(w.text(), sources));
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

  static List<SourceRef> refs(List<WriterInput> inputs) {
    List<SourceRef> out = new ArrayList<>();
    for (WriterInput in : inputs) {
      out.add(
          new SourceRef(
              in.id(), in.outlet(), in.title().orElse(""), in.url().orElse(""), in.published()));
    }
    return out;
  }
}
