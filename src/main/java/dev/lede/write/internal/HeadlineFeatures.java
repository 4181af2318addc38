package dev.lede.write.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a headline candidate is, as numbers a fitted model weighs ({@link HeadlineWeights}): first
 * what its text alone shows ({@link #TEXT}: length, a finite verb in headline tense, a named or a
 * generic subject, a number with its unit, a place, a cut ending, quotation, label, pronoun without
 * referent, hedge, negation), on which a publishability model is fitted from judged headlines (the
 * outlets' own among them); then where it comes from ({@link #CONTEXT}: the sentence's place in its
 * article, the lede, its centrality, how many sources share its words, whether it names the story's
 * main entity, the compression's own marks and the hand-set score of earlier sessions).
 */
public final class HeadlineFeatures {
  private HeadlineFeatures() {}

  /** Features of the headline text alone, in order. */
  public static final List<String> TEXT =
      List.of(
          "bias",
          "chars",
          "words",
          "finite_verb",
          "present_verb",
          "subject_named",
          "subject_generic",
          "number_unit",
          "number",
          "place",
          "ends_cut",
          "quote_mark",
          "label_colon",
          "pronoun_subject",
          "hedge",
          "negated",
          "also_or_refers_back",
          "state_verb",
          "dash",
          "opens_no_subject",
          "name_share",
          "says_verb");

  /** Features of where a candidate comes from, in order, after {@link #TEXT}. */
  public static final List<String> CONTEXT =
      List.of(
          "cut",
          "named",
          "detailed",
          "ends_on_verb",
          "claim_told_as_fact",
          "opening_clause",
          "feature_lead",
          "place_in_article",
          "sentence_index",
          "lede_first",
          "in_lede",
          "centrality_gap",
          "single_source",
          "focus_words",
          "shared_sources",
          "main_entity",
          "hand_score");

  /** Every feature name, text then context. */
  public static final List<String> ALL = all();

  private static List<String> all() {
    List<String> out = new ArrayList<>(TEXT);
    out.addAll(CONTEXT);
    return List.copyOf(out);
  }

  private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");
  private static final Set<String> CUT_END =
      Set.of("IN", "DT", "TO", "CC", "PRP$", "WDT", "WP", "POS", "MD");
  private static final Set<String> HEDGES = Set.of("would", "could", "might", "may", "should");
  private static final Set<String> REFERS_BACK =
      Set.of("them", "it", "him", "they", "he", "she", "this", "these", "those", "also");
  private static final Set<String> STATE_VERBS =
      Set.of("be", "have", "remain", "seem", "appear", "include", "contain");
  private static final Set<String> OPENS_NO_SUBJECT =
      Set.of("of", "and", "or", "but", "to", "in", "on", "at", "for", "with", "by");
  private static final Set<String> SAYS =
      Set.of("say", "tell", "report", "announce", "state", "claim", "add");
  private static final Pattern NUMBER_UNIT =
      Pattern.compile(
          "(?:[$£€]\\s?\\d|\\d[\\d,.]*\\s?(?:%|percent|per cent|\\p{L}{2,}))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|near|off|from)\\s+\\p{Lu}");
  private static final Pattern LABEL = Pattern.compile("^[^:：\"“]{1,40}[:：]\\s");

  /** The {@link #TEXT} features of a headline. */
  public static double[] text(String headline) {
    double[] f = new double[TEXT.size()];
    String h = headline.strip();
    List<EnglishTagger.Tok> t = EnglishTagger.tag(h);
    List<String> lower = Words.lowerWords(h);
    f[0] = 1;
    f[1] = h.length() / 70.0;
    f[2] = Words.count(h) / 12.0;
    int verb = -1;
    for (int k = 0; k < t.size(); k++) {
      if (FINITE.contains(t.get(k).tag()) || verbReadAsNoun(t, k)) {
        verb = k;
        break;
      }
    }
    f[3] = verb >= 0 ? 1 : 0;
    f[4] =
        verb >= 0 && (verbReadAsNoun(t, verb) || Set.of("VBZ", "VBP").contains(t.get(verb).tag()))
            ? 1
            : 0;
    int subjectEnd = verb >= 0 ? verb : t.size();
    boolean named = false;
    boolean noun = false;
    for (int k = 0; k < subjectEnd; k++) {
      EnglishTagger.Tok x = t.get(k);
      named |= x.tagIs("NNP") || x.tagIs("CD") && k > 0;
      named |= x.tagIs("CD") && k == 0;
      noun |= x.tagIs("NN");
    }
    f[5] = named ? 1 : 0;
    f[6] = !named && noun ? 1 : 0;
    f[7] = NUMBER_UNIT.matcher(h).find() ? 1 : 0;
    f[8] = h.chars().anyMatch(Character::isDigit) ? 1 : 0;
    f[9] = PLACE.matcher(h).find() ? 1 : 0;
    f[10] = !t.isEmpty() && (CUT_END.contains(t.get(t.size() - 1).tag())) ? 1 : 0;
    f[11] = h.matches("(?s).*[\"“”‘].*") || h.matches("(?s).*(?:^|\\s)['’].*") ? 1 : 0;
    f[12] = LABEL.matcher(h).find() ? 1 : 0;
    f[13] = Headlines.pointsAtNothing(h) ? 1 : 0;
    f[14] = lower.stream().anyMatch(HEDGES::contains) ? 1 : 0;
    f[15] = Headlines.negated(h) ? 1 : 0;
    f[16] = lower.stream().anyMatch(REFERS_BACK::contains) ? 1 : 0;
    String lemma = verb >= 0 ? HeadlineVerbs.lemma(t.get(verb).lower()) : "";
    f[17] = STATE_VERBS.contains(lemma) ? 1 : 0;
    f[18] = h.matches(".*\\s[-–—]\\s.*") ? 1 : 0;
    f[19] = !lower.isEmpty() && OPENS_NO_SUBJECT.contains(lower.get(0)) ? 1 : 0;
    long caps = t.stream().filter(x -> x.tagIs("NNP")).count();
    f[20] = t.isEmpty() ? 0 : (double) caps / t.size();
    f[21] = SAYS.contains(lemma) ? 1 : 0;
    return f;
  }

  /**
   * Whether the tagger read a headline's present-tense verb after a name as a plural noun
   * ("European Commission forces Apple ..."), as headlines drop the articles it leans on.
   */
  private static boolean verbReadAsNoun(List<EnglishTagger.Tok> t, int k) {
    return t.get(k).tag().equals("NNS")
        && k > 0
        && t.get(k - 1).tagIs("NNP")
        && EnglishTagger.known(t.get(k).lower(), "VBZ");
  }

  /** Where a candidate comes from: the inputs of the {@link #CONTEXT} features. */
  public record Context(
      ClauseCompression.Compressed clause,
      boolean claimTold,
      boolean openingClause,
      int place,
      int sentenceIndex,
      int lede,
      double centralityGap,
      boolean single,
      String keyphrase,
      double sharedSources,
      boolean mainEntity,
      double handScore) {}

  /** Every feature ({@link #ALL}) of a candidate headline. */
  public static double[] of(String headline, Context c) {
    double[] text = text(headline);
    double[] f = new double[ALL.size()];
    System.arraycopy(text, 0, f, 0, text.length);
    int k = text.length;
    f[k++] = c.clause().cut() ? 1 : 0;
    f[k++] = c.clause().named() ? 1 : 0;
    f[k++] = c.clause().detailed() ? 1 : 0;
    f[k++] = Headlines.endsOnVerb(c.clause()) ? 1 : 0;
    f[k++] = c.claimTold() ? 1 : 0;
    f[k++] = c.openingClause() ? 1 : 0;
    f[k++] = c.place() < 0 ? 1 : 0;
    f[k++] = Math.min(Math.max(c.place(), 0), 5);
    f[k++] = Math.min(c.sentenceIndex(), 5);
    f[k++] = c.lede() == 0 ? 1 : 0;
    f[k++] = c.lede() >= 0 ? 1 : 0;
    f[k++] = c.centralityGap();
    f[k++] = c.single() ? 1 : 0;
    f[k++] = Math.min(focus(headline, c.keyphrase()), 3);
    f[k++] = c.sharedSources();
    f[k++] = c.mainEntity() ? 1 : 0;
    f[k] = c.handScore();
    return f;
  }

  private static int focus(String headline, String keyphrase) {
    Set<String> words = new HashSet<>(Words.lowerWords(headline));
    int n = 0;
    for (String k : Words.lowerWords(keyphrase)) {
      if (Words.isContent(k) && words.contains(k)) {
        n++;
      }
    }
    return n;
  }

  /**
   * How widely the sources share a headline's content words: per content word (stemmed), the share
   * of the articles whose opening sentences hold it, averaged.
   */
  static double sharedSources(String headline, List<Set<String>> articleStems) {
    if (articleStems.isEmpty()) {
      return 0;
    }
    List<String> words = Words.contentWords(headline);
    if (words.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String w : words) {
      String s = Words.stem(w);
      sum += articleStems.stream().filter(a -> a.contains(s)).count();
    }
    return sum / words.size() / articleStems.size();
  }

  /** Whether the headline names the story's main entity ({@code main}, blank when none). */
  static boolean names(String headline, String main) {
    return !main.isBlank()
        && headline.toLowerCase(Locale.ROOT).contains(main.toLowerCase(Locale.ROOT));
  }
}
