package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.nlp.Fact;
import dev.lede.nlp.Quote;
import dev.lede.nlp.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Candidate sentences and their scores: drafts every sentence, gives it a role (event detail,
 * reaction, background, what comes next), attaches embeddings or calibrated lexical features, and
 * scores centrality, position, entity weight, facts and keyphrase words.
 */
final class Scoring {
  private Scoring() {}

  private static final Pattern NEXT =
      Pattern.compile(
          "(?i)\\b(will|is expected to|are expected to|is set to|are set to|plans? to|scheduled"
              + "|next (?:week|month|year)|upcoming|is due to|are due to|later this)\\b");

  /** A plan or expectation told in the past ("was scheduled to", "were expected to"). */
  private static final Pattern PAST_PLAN =
      Pattern.compile(
          "(?i)\\b(?:was|were|had)\\s+(?:\\w+\\s+)?(?:scheduled|expected|set|due|planning|planned)"
              + "\\b|\\bwould\\b");

  private static final Pattern BACKGROUND =
      Pattern.compile(
          "(?i)\\b(previously|earlier this|last (?:year|month|week)|years? ago"
              + "|months? ago|in (?:19|20)\\d\\d|since (?:19|20)\\d\\d|in the past|first time"
              + "|was founded|began in|formerly)\\b");

  /** "In May", "in December 2008": an earlier month, unless the sentence looks ahead. */
  private static final Pattern IN_MONTH =
      Pattern.compile("\\b[Ii]n " + EnglishWords.anyFullMonth() + "\\b(?! \\d{1,2}\\b)");

  /** "On January 30", "March 9": a day of the month named in a sentence. */
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + EnglishWords.fullMonthPattern() + " (\\d{1,2})\\b(?!,? \\d{4})");

  /** Days before its source's date from which a dated happening is an earlier event. */
  static final int EARLIER_EVENT_DAYS = 4;

  /**
   * Whether the sentence dates what it tells ("On January 30, Obama signed ...") more than {@value
   * #EARLIER_EVENT_DAYS} days before its source came out: an earlier event, background to this one.
   */
  static boolean datedBefore(String text, Optional<java.time.LocalDate> published) {
    if (published.isEmpty()) {
      return false;
    }
    java.util.regex.Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) {
      java.time.Month month =
          java.time.Month.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
      int day = Integer.parseInt(m.group(2));
      java.time.LocalDate p = published.get();
      if (day < 1 || day > month.length(java.time.Year.isLeap(p.getYear()))) {
        continue;
      }
      java.time.LocalDate d = java.time.LocalDate.of(p.getYear(), month, day);
      if (d.isAfter(p.plusDays(60))) {
        d = d.minusYears(1); // "December 30" in a January article
      }
      if (d.isBefore(p.minusDays(EARLIER_EVENT_DAYS))) {
        return true;
      }
    }
    return false;
  }

  /** Korean: plans and expectations ("예정이다", "계획", "방침", "전망"). */
  private static final Pattern KO_NEXT = Pattern.compile("예정|계획|방침|전망|할 것|될 것|내년|다음 달|다음 주|앞으로");

  /** Korean: earlier events ("앞서", "지난해", "년 전", "처음"). */
  private static final Pattern KO_BACKGROUND =
      Pattern.compile("앞서|지난해|지난 \\d+년|\\d+년 전|과거|이전에|처음으로|당시|설립|창립");

  /** Korean: what someone said ("밝혔다", "말했다", "…라고"). */
  private static final Pattern KO_SAID =
      Pattern.compile("(?:밝혔|말했|전했|강조했|주장했|설명했|덧붙였|지적했|비판했|비난했)다|[\"”'’]\\s?(?:라|이라)고");

  /** How many vector-bearing candidates feed the pairwise calibration. */
  private static final int CALIBRATION_PAIRS_FROM = 40;

  static List<Candidate> candidates(List<Doc> docs, StoryEntities entities, boolean strict) {
    List<Candidate> out = new ArrayList<>();
    for (Doc d : docs) {
      for (int i = 0; i < Math.min(d.sentences.size(), Planner.MAX_SENTENCES_PER_DOC); i++) {
        int k = i;
        (strict ? d.strictDraft(i) : Trimmer.draft(d, i, false))
            .filter(
                dr ->
                    !trailsOff(dr.text())
                        && !spliced(dr.text())
                        && (!strict || Voices.speaksForItself(dr.text())))
            .ifPresent(dr -> out.add(candidate(d, k, dr, entities)));
      }
    }
    return out;
  }

  /**
   * A word broken by other text spliced into it: a page's caption or link set inside a sentence
   * when it was extracted ("Firefighters baAlaska Republican governor ... arsonttled for about
   * eight hours"). Two lower-case letters or more, then a capitalised word, in one token; names
   * written that way ("iPhone", "eBay", "McCain") have at most one lower-case letter first.
   */
  private static final Pattern SPLICED = Pattern.compile("\\b\\p{Ll}{2,}\\p{Lu}\\p{Ll}{2,}");

  static boolean spliced(String text) {
    return SPLICED.matcher(text).find();
  }

  /**
   * A teaser that trails off ("The next host of the Academy Awards is …"): it tells nothing until
   * the text after it, so it is never published on its own.
   */
  static boolean trailsOff(String text) {
    String t = text.strip();
    return t.endsWith("…") || t.endsWith("...") && !t.endsWith("....");
  }

  static Candidate candidate(Doc d, int i, Trimmer.Draft draft, StoryEntities entities) {
    Sentence s = d.sentences.get(i);
    // "…," he said: who "he" is, only the sentence before it tells.
    Trimmer.Draft dr =
        draft.dangling() || !Voices.pronounSpeaker(draft.text()) ? draft : draft.leaning();
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
    if (quote && saying(dr.text()) || korean && KO_SAID.matcher(dr.text()).find()) {
      role = Candidate.Role.REACTION;
    } else if (korean ? KO_NEXT.matcher(dr.text()).find() : forwardLooking(dr.text())) {
      role = Candidate.Role.NEXT;
    } else if (korean
        ? KO_BACKGROUND.matcher(dr.text()).find()
        : BACKGROUND.matcher(dr.text()).find()
            || IN_MONTH.matcher(dr.text()).find() && !NEXT.matcher(dr.text()).find()
            || datedBefore(dr.text(), Attribution.dateOf(d.input))) {
      role = Candidate.Role.BACKGROUND;
    } else {
      role = Candidate.Role.DETAIL;
    }
    return new Candidate(d, i, dr, entities.in(d, s), facts, quote, role);
  }

  /**
   * Someone's words: a quotation, or quoted words with a verb of saying. A title or a name in
   * quotation marks ("promoting a Focus on the Family 'Love Won Out Conference'") is no reaction,
   * and under "What was said" it would not fit its heading.
   */
  static boolean saying(String text) {
    return FactText.speaks(text) || SAYING.matcher(text).find();
  }

  private static final Pattern SAYING =
      Pattern.compile(
          "(?i)\\b(?:said|says|say|saying|told|tells|according to|added|adds|asked|stated|wrote"
              + "|writes|tweeted|argued|warned|insisted|explained|noted|declared|recalled|quoted"
              + "|statement|called)\\b");

  /**
   * Whether an English sentence only looks ahead: a plan or expectation, not told in the past, with
   * no earlier date and no figure of what already happened ("11 people were killed").
   */
  static boolean forwardLooking(String text) {
    return NEXT.matcher(text).find()
        && !PAST_PLAN.matcher(text).find()
        && !BACKGROUND.matcher(text).find()
        && Figures.in(text).isEmpty()
        && mainVerbLooksAhead(text);
  }

  /** Verbs of saying or reporting: what they introduce carries the sentence's tense. */
  private static final Set<String> REPORTING =
      Set.of(
          "says",
          "say",
          "said",
          "reports",
          "report",
          "reported",
          "adds",
          "add",
          "believes",
          "expects",
          "thinks",
          "according",
          "announced",
          "announces",
          "told",
          "tells");

  /** Words after "is"/"are" that make it look ahead ("is set to", "are due to", "is likely to"). */
  private static final Set<String> AHEAD_AFTER_BE =
      Set.of(
          "set",
          "due",
          "expected",
          "scheduled",
          "slated",
          "poised",
          "likely",
          "about",
          "going",
          "planning",
          "preparing",
          "to");

  /**
   * Whether the sentence's first finite verb (past a verb of saying) looks ahead: "will", "is set
   * to", "plans to". "The star checked in to a clinic, where she will receive treatment" and
   * "Cheeks had signed an extension that was guaranteed through next year" tell what happened.
   */
  static boolean mainVerbLooksAhead(String text) {
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(text);
    for (int i = 0; i < toks.size(); i++) {
      EnglishTagger.Tok t = toks.get(i);
      String w = t.lower();
      if (t.tagIs("MD")) {
        return !w.equals("would") && !w.equals("could") && !w.equals("might");
      }
      if (!t.tagIs("VB") || REPORTING.contains(w) || t.tagIs("VBG") && !w.equals("planning")) {
        continue;
      }
      if (w.equals("planning") || w.startsWith("plan") || w.equals("intends") || w.equals("aims")) {
        return true;
      }
      if (t.tagIs("VBZ") || t.tagIs("VBP")) {
        for (int k = i + 1; k < toks.size() && k <= i + 2; k++) {
          if (AHEAD_AFTER_BE.contains(toks.get(k).lower())) {
            return true;
          }
        }
        if (w.equals("is") || w.equals("are") || w.equals("'s") || w.equals("has")) {
          continue; // "it's clear that he will ...": read on
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Scores every candidate lexically, lets the vector source attach embeddings (a model takes the
   * lexically best first), then sets each candidate's centrality: its embedding's cosine to the
   * centre of the story's vectors when it has one, else its lexical centrality put on that scale.
   */
  static Calibration attachVectors(
      SentenceVectors vectors,
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
  static float[] lexicalCentre(List<Doc> docs, List<Candidate> cands, Lexical lex) {
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
  static Optional<float[]> vectorCentre(
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

  static void score(List<Candidate> cands, StoryEntities entities, Set<String> kpWords) {
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

  static double kpShare(Candidate c, Set<String> kpWords) {
    if (kpWords.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : kpWords) {
      n += c.content.contains(w) ? 1 : 0;
    }
    return (double) n / kpWords.size();
  }

  static String firstWord(String s) {
    int sp = s.indexOf(' ');
    return sp < 0 ? s : s.substring(0, sp);
  }
}
