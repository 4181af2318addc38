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
import java.util.HashSet;
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
 *
 * <p>Each step that only improves the story (an article's analysis, the event core, the background,
 * corroboration, other instances, one fact once, other days, reconciliation, the keyphrase fit,
 * introductions, pull quotes, disagreements, headline news) runs as an optional {@link Stages}
 * step: when it throws the story goes on without it. The steps it needs degrade narrowly ({@link
 * PlanFallbacks}): the keyphrase, drafting an article's sentences, scoring, the lede, the section
 * layout. What is left (no article analysed or drafted at all) goes to the writer's fallback.
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

  /** The plan of a story, running its optional steps through {@code stages}. */
  public StoryPlan plan(
      String storyId, List<WriterInput> articles, List<WriterInput> background, Stages stages) {
    // An article the analysis fails on is left out; the story is told from the others.
    List<Doc> all = new ArrayList<>();
    for (WriterInput in : articles) {
      Doc d = stages.optional("analysis", () -> analyzed(in), () -> null);
      if (d != null) {
        all.add(d);
      }
    }
    if (all.isEmpty()) {
      throw new IllegalStateException("the analysis failed on every article of the story");
    }
    // The story tells its central event: articles of another run of days are left out.
    List<Doc> central = stages.optional("event core", () -> EventCore.of(all).docs(), () -> all);
    // Nor articles about another event that shares one name with it (another Jim O'Brien).
    List<Doc> docs =
        stages.optional("namesakes", () -> NamesakeArticles.kept(central), () -> central);
    StoryEntities entities = new StoryEntities(docs);
    // The required steps degrade narrowly too (PlanFallbacks): a focus from the opening sentence,
    // articles left out, scores by position, the newest article's opening, one plain section.
    Keyphrases.Choice choice =
        stages.optional(
            "keyphrase", () -> Keyphrases.choose(docs, entities), () -> PlanFallbacks.focus(docs));
    String keyphrase = choice.full();
    Set<String> kpWords = new LinkedHashSet<>(Words.contentWords(keyphrase));

    List<Candidate> cands = PlanFallbacks.candidates(docs, entities, true, stages);
    if (cands.isEmpty()) {
      cands = PlanFallbacks.candidates(docs, entities, false, stages);
    }
    List<Doc> bgDocs = stages.optional("background", () -> analyzedAll(background), List::of);
    List<Candidate> bgCands =
        stages.optional("background", () -> backgroundCandidates(bgDocs, entities), ArrayList::new);
    List<Candidate> drafted = cands;
    Calibration cal =
        stages.optional(
            "scoring",
            () -> Scoring.attachVectors(vectors, docs, drafted, bgDocs, bgCands, entities, kpWords),
            () -> Calibration.DEFAULT);
    stages.optional(
        "scoring",
        () -> {
          Scoring.score(drafted, entities, kpWords);
          return null;
        },
        () -> {
          PlanFallbacks.scoreByPosition(drafted);
          return null;
        });

    GroundingChecker checker = GroundingChecker.forInputs(articles);
    Chronology chron = Chronology.of(docs);
    List<Candidate> selectable = new ArrayList<>(cands);
    // Whether the lede came from the selection rules, not from the failed stage's fallback.
    boolean[] selected = {false};
    List<Candidate> lede =
        stages.optional(
            "lede",
            () -> {
              List<Candidate> l =
                  ledeWithoutCaptions(docs, selectable, kpWords, checker, entities, chron);
              selected[0] = true;
              return l;
            },
            () -> PlanFallbacks.newestOpening(selectable, checker, entities));
    cands = selectable;
    lede = new ArrayList<>(lede);
    lede.removeIf(c -> Captions.caption(c.text));
    if (lede.isEmpty()) {
      lede = LedeSelection.anyFitting(cands, checker, entities);
    }
    // The lede tells what the headline will tell: it is read beside it. A lede stage that failed
    // keeps its fallback (the newest article's opening), and its failure is reported once.
    List<Candidate> picked = lede;
    List<Candidate> ledeCands = cands;
    String headlineFocus = keyphrase;
    if (selected[0]) {
      lede =
          stages.optional(
              "lede",
              () ->
                  new ArrayList<>(
                      LedeSelection.tellingHeadline(
                          docs,
                          picked,
                          ledeCands,
                          kpWords,
                          headlineFocus,
                          checker,
                          chron,
                          apart(docs, picked, entities))),
              () -> picked);
    }
    List<Candidate> chosen = new ArrayList<>(lede);
    if (docs.size() > 1) {
      List<Candidate> opening = lede;
      stages.optional("vectors", () -> vectors.complete(opening));
    }
    List<Candidate> fromCands = cands;
    List<Candidate> body =
        stages.optional(
            "body",
            () -> BodySelection.body(docs, fromCands, chosen, checker, cal, vectors, entities),
            ArrayList::new);
    if (docs.size() >= BodySelection.TWO_SECTIONS_FROM
        && body.size() < 2
        && lede.size() >= 2
        && !lede.get(lede.size() - 1).dangling) {
      // Every outlet told one fact and nothing else is new: the lede's last sentence opens the
      // body, so a story of many outlets still has two sections without a fact told twice.
      lede = new ArrayList<>(lede);
      body.add(0, lede.remove(lede.size() - 1));
    }
    List<Candidate> ledeNow = lede;
    if (docs.size() > 1) {
      stages.optional(
          "corroboration",
          () -> {
            Coverage.corroborate(ledeNow, fromCands, checker);
            Coverage.corroborate(body, fromCands, checker);
            Coverage.cover(docs, fromCands, ledeNow, body, checker, entities);
            List<Candidate> told = new ArrayList<>(ledeNow);
            told.addAll(body);
            vectors.complete(told);
          });
    }
    SeparateIncidents separate =
        docs.size() > 1
            ? stages.optional(
                "other instances",
                () -> SeparateIncidents.of(docs, List.copyOf(ledeNow), entities),
                () -> SeparateIncidents.NONE)
            : SeparateIncidents.NONE;
    if (docs.size() > 1) {
      // No sentence about another quake, outage or patch than the story's own.
      stages.optional(
          "other instances",
          () -> {
            List<Candidate> opening = List.copyOf(ledeNow);
            Set<String> core = OtherInstances.coreNames(docs, entities, opening);
            Optional<LocalDate> latest = chron.latestDay();
            Predicate<Candidate> other =
                c ->
                    OtherInstances.another(c, opening, entities, latest)
                        || OtherInstances.elsewhere(c, opening, entities, core, latest)
                        || !opening.contains(c) && separate.tellsAnother(c);
            body.removeIf(other);
            ledeNow.removeIf(other);
          });
    }
    body.removeIf(c -> Captions.caption(c.text));
    if (docs.size() >= BodySelection.TWO_SECTIONS_FROM) {
      // A source writer's guess ("In this scenario, the Angels would ...") tells no news; what
      // comes next may be told as what could happen.
      stages.optional(
          "guesses",
          () -> {
            List<Candidate> guesses =
                body.stream()
                    .filter(c -> c.role != Candidate.Role.NEXT && Speculation.guess(c.text))
                    .toList();
            if (body.size() - guesses.size() >= 2) {
              body.removeAll(guesses);
            }
          });
    }
    stages.optional(
        "restatements",
        () ->
            Redundancy.mergeRestatements(
                ledeNow, body, checker, docs.size() >= BodySelection.TWO_SECTIONS_FROM ? 2 : 0));
    stages.optional(
        "other days",
        () -> {
          chron.dropOtherDays(ledeNow, body);
          chron.dropStale(body, docs.size() >= BodySelection.TWO_SECTIONS_FROM ? 2 : 0);
          if (docs.size() > 1) {
            // One outlet's "last night" is its lede's: only several outlets' days get mixed.
            chron.dropUndatedRelativeDays(
                body, docs.size() >= BodySelection.TWO_SECTIONS_FROM ? 2 : 0);
          }
        });
    List<Reconciler.Reconciled> reconciled =
        stages.optional(
            "reconciliation",
            () -> {
              Set<String> core = OtherInstances.coreNames(docs, entities, ledeNow);
              List<Reconciler.Reconciled> r =
                  docs.size() > 1
                      ? Reconciler.reconcile(
                          docs,
                          chron,
                          checker,
                          t -> OtherInstances.onlyOtherPlaces(t, entities, core),
                          ledeNow.isEmpty() ? "" : ledeNow.get(0).text)
                      : List.of();
              Redundancy.dropConflicting(ledeNow, body, r);
              return r;
            },
            List::of);
    stages.optional("one record", () -> Redundancy.oneRecordEach(ledeNow, body));
    String planned = keyphrase;
    if (docs.size() > 1) {
      // One article introduces what it refers to before it; several outlets' sentences may not.
      stages.optional(
          "references",
          () ->
              SectionLayout.dropUnreferenced(
                  ledeNow,
                  body,
                  planned,
                  chron,
                  docs.size() >= BodySelection.TWO_SECTIONS_FROM ? 2 : 0));
    }
    List<Section> sections =
        stages.optional(
            "sections",
            () -> SectionLayout.sections(body, planned, reconciled.size(), chron, checker),
            () -> PlanFallbacks.oneSection(body));
    String full = keyphrase;
    List<Section> first = sections;
    String fitted =
        stages.optional(
            "keyphrase fit",
            () -> fitToOpening(choice, ledeNow, first, refs(articles)),
            () -> full);
    if (!fitted.equals(keyphrase)) {
      keyphrase = fitted;
      List<Section> before = sections;
      sections =
          stages.optional(
              "sections",
              () -> SectionLayout.sections(body, fitted, reconciled.size(), chron, checker),
              () -> before);
    }
    List<Section> laidOut = sections;
    String focus = keyphrase;
    sections =
        stages.optional(
            "reconciliation",
            () -> SectionLayout.withReconciled(laidOut, reconciled, focus),
            () -> laidOut);
    Map<String, Doc> byId = new LinkedHashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    List<WrittenSentence> ledeSentences =
        stages.optional(
            "lede days",
            () -> chron.lede(ledeNow, checker),
            () -> ledeNow.stream().map(Candidate::toSentence).toList());
    List<Section> plain = sections;
    Introductions.Result named =
        stages.optional(
            "introductions",
            () -> Introductions.introduce(ledeSentences, plain, byId, checker),
            () -> new Introductions.Result(ledeSentences, plain, 0, 0));
    sections = named.sections();
    List<WrittenSentence> background1 =
        stages.optional(
            "background",
            () ->
                BackgroundSelection.background(
                    bgCands, chosen, GroundingChecker.forInputs(background)),
            List::of);
    List<PullQuote> quotes =
        stages
            .<List<PullQuote>>optional(
                "pull quotes", () -> PullQuotes.of(docs, fromCands, entities), List::of)
            .stream()
            .filter(q -> !separate.tellsAnotherApart(q.text()))
            .toList();
    List<Disagreement> disagreements =
        stages.optional("disagreements", () -> DisagreementFinder.find(docs), List::of);
    List<StoryPlan.NewsSentence> news =
        stages.optional(
            "headline news",
            () -> HeadlineNews.of(named.lede(), ledeNow, fromCands, docs.size(), chron, checker),
            List::of);
    return new StoryPlan(
        storyId,
        keyphrase,
        named.lede(),
        sections,
        quotes,
        background1,
        disagreements,
        refs(articles),
        refs(cited(background, background1)),
        news);
  }

  /** A sentence telling an incident the sources set apart from the lede's, or both at once. */
  private static Predicate<Candidate> apart(
      List<Doc> docs, List<Candidate> lede, StoryEntities entities) {
    if (docs.size() < 2) {
      return c -> false;
    }
    SeparateIncidents separate = SeparateIncidents.of(docs, lede, entities);
    return c -> separate.tellsAnother(c) || separate.tellsBoth(c.text);
  }

  /**
   * The lede, chosen again without the photo captions it held (a caption never opens the story);
   * the captions chosen are taken out of {@code cands}.
   */
  private static List<Candidate> ledeWithoutCaptions(
      List<Doc> docs,
      List<Candidate> cands,
      Set<String> kpWords,
      GroundingChecker checker,
      StoryEntities entities,
      Chronology chron) {
    List<Candidate> lede = LedeSelection.lede(docs, cands, kpWords, checker, entities, chron);
    for (int round = 0; round < CAPTION_ROUNDS; round++) {
      List<Candidate> captions = lede.stream().filter(c -> Captions.caption(c.text)).toList();
      if (captions.isEmpty()) {
        break;
      }
      cands.removeAll(captions);
      lede = LedeSelection.lede(docs, cands, kpWords, checker, entities, chron);
    }
    return lede;
  }

  /** The analyses of {@code inputs}, in order. */
  private List<Doc> analyzedAll(List<WriterInput> inputs) {
    List<Doc> out = new ArrayList<>();
    for (WriterInput in : inputs) {
      out.add(analyzed(in));
    }
    return out;
  }

  /** The background articles' opening sentences that may tell the story's background. */
  private static List<Candidate> backgroundCandidates(List<Doc> bgDocs, StoryEntities entities) {
    List<Candidate> bgCands = new ArrayList<>();
    for (Doc d : bgDocs) {
      for (int i = 0; i < Math.min(d.sentences.size(), 12); i++) {
        int k = i;
        d.strictDraft(i)
            .filter(dr -> !dr.dangling() && Voices.speaksForItself(dr.text()))
            .ifPresent(dr -> bgCands.add(Scoring.candidate(d, k, dr, entities)));
      }
    }
    return bgCands;
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

  /**
   * The background articles that {@code sentences} cite: the disclaimer and the source list name
   * only those, not every related article offered.
   */
  private static List<WriterInput> cited(
      List<WriterInput> background, List<WrittenSentence> sentences) {
    Set<String> ids = new HashSet<>();
    for (WrittenSentence s : sentences) {
      s.sources().forEach(span -> ids.add(span.article()));
    }
    return background.stream().filter(in -> ids.contains(in.id())).toList();
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
