package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import dev.lede.write.SeoAnalyzer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clauses cut verbatim from a published sentence at a clause boundary, and the keyphrase-led
 * headline made of them (the keyphrase followed by a clause; a full name that the keyphrase already
 * gives is shortened to its last word: "Lindsay Lohan rehab: Lohan has checked into ..."). The
 * planner uses these to judge which keyphrase the opening sentences carry; {@link Headlines} falls
 * back on a verbatim clause when no sentence compresses into a news headline.
 */
public final class Clauses {
  private static final int HEADLINE_MAX = Headlines.HEADLINE_MAX;

  /**
   * Where a clause may end: before a comma, dash, colon, or a word that opens a subordinate part.
   */
  private static final Pattern BOUNDARY =
      Pattern.compile(
          ",\\s|;\\s|:\\s|\\s(?:--|–|—)\\s|(?<![-‐])\\s(?=(?:on|in|at|after|with|who|which|when|while"
              + "|because|following|despite|amid|during|since|before|as|for|from|over|than"
              + "|and|but|where|whose|by|until|according)\\s)");

  private static final Pattern NAME_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*)+");
  private static final Set<String> BAD_ENDINGS =
      Set.of(
          "the", "a", "an", "of", "to", "and", "or", "but", "that", "his", "her", "their", "its",
          "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "not",
          "said", "says", "told", "this", "these", "my", "our", "your", "into", "from", "by",
          "fewer", "more", "less", "than", "very", "such", "as", "in", "on", "at", "for", "with",
          "about", "against", "over", "under", "after", "before", "during", "since", "until", "via",
          "per", "like", "near", "just", "also", "already", "still", "even", "only", "nearly",
          "almost", "who", "which", "when", "while", "where", "because", "if", "much", "so", "too",
          "well");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "after",
          "before",
          "when",
          "while",
          "although",
          "though",
          "as",
          "since",
          "because",
          "if",
          "unless",
          "until",
          "once",
          "despite",
          "following",
          "amid",
          "according",
          "in",
          "on",
          "at",
          "with",
          "by",
          "for",
          "from",
          "during",
          "whether",
          "where",
          "who",
          "which");

  private Clauses() {}

  /**
   * The headline, at most {@value #HEADLINE_MAX} chars, carrying the keyphrase and reading like a
   * news site's. Tried on the first sentences in order, the first that gives one wins:
   *
   * <ol>
   *   <li>a main clause of the sentence that itself holds every keyphrase word, its subject's
   *       surname given in full when the keyphrase has the full name ("Tara Reid has entered a
   *       rehab program");
   *   <li>the keyphrase, a colon and a main clause that shares no word with it ("Lee Jae-myung Xi
   *       Jinping summit: Seoul asks Beijing to mediate").
   * </ol>
   *
   * Failing both, the keyphrase and a colon before a clause, names the keyphrase gives shortened to
   * their last word: from the lede's sentences, then the later ones up to the {@value
   * #FALLBACK_FROM}th; in each, a clause that repeats no word first, then one that repeats only a
   * name, then any, each sentence offering only its longest clause that fits. Failing that, the
   * keyphrase and the fixed label "{@value #FALLBACK_LABEL}" (the keyphrase alone for Korean). A
   * clause is cut verbatim at a clause boundary, opens on neither a pronoun nor a subordinate or
   * time word, has a verb before any subordinate part, and ends on no dangling word; a clause cut
   * from a longer sentence keeps what its verb needs ({@link #cutShort}). Korean clauses take the
   * noun-ending style of Korean headlines ({@link Korean#headlineClause}).
   */
  public static String headline(String keyphrase, List<WrittenSentence> sentences) {
    String kp = Trimmer.capitalize(keyphrase.strip());
    if (kp.length() > HEADLINE_MAX) {
      return cutAtWord(kp, HEADLINE_MAX);
    }
    Optional<String> natural = natural(keyphrase, sentences);
    if (natural.isPresent()) {
      return natural.get();
    }
    boolean korean = Korean.isKorean(keyphrase);
    int budget = HEADLINE_MAX - kp.length() - 2;
    int from = Math.min(sentences.size(), FALLBACK_FROM);
    Set<String> kpStems = new HashSet<>();
    kpContent(keyphrase).forEach(w -> kpStems.add(Words.stem(w)));
    // The lede's sentences before the later ones. In each range a clause that repeats no word
    // comes first, then one that repeats only a name ("Esther Williams death: Williams has died"),
    // then any; and a sentence gives only its longest clause that fits, never one cut shorter
    // just to avoid a repeat ("Nichols was saved" [from a death sentence]).
    int[][] ranges = {{0, Math.min(from, NATURAL_FROM)}, {Math.min(from, NATURAL_FROM), from}};
    for (int[] range : ranges) {
      for (int repeats = 0; repeats < 3; repeats++) {
        for (int i = range[0]; i < range[1]; i++) {
          String text =
              korean ? sentences.get(i).text() : shorten(sentences.get(i).text(), keyphrase);
          for (String c : clauses(text, budget, korean)) {
            if (korean) {
              // "이대호, 9경기 연속 …" after "이대호 달성:": the subject is already said.
              int comma = c.indexOf(", ");
              if (comma > 0 && keyphrase.contains(c.substring(0, comma))) {
                c = c.substring(comma + 2);
              }
            }
            if (Words.count(c) < 3) {
              continue;
            }
            boolean allowed =
                repeats == 2
                    || !repeatsAWord(kp + " " + c)
                    || repeats == 1 && !repeatsAWord(c) && repeatsOnlyNames(c, kpStems);
            if (allowed) {
              return kp + ": " + c;
            }
            if (!korean) {
              break;
            }
          }
        }
      }
    }
    String pattern = kp + FALLBACK_LABEL;
    return korean || pattern.length() > HEADLINE_MAX ? kp : pattern;
  }

  /** How many of the story's sentences, in reading order, a fallback headline may come from. */
  static final int FALLBACK_FROM = 12;

  /**
   * What follows the keyphrase when no sentence gives a clause that fits: a fixed label that states
   * no fact, so the headline still reads as one.
   */
  public static final String FALLBACK_LABEL = ": what the sources report";

  /** Length of a Korean headline clause tried first: Korean news headlines run 20-40 chars. */
  static final int KOREAN_SHORT = 40;

  /** How many opening sentences a natural headline may come from: the lede's. */
  static final int NATURAL_FROM = 3;

  /**
   * The headline of one of the two natural forms (a clause holding the keyphrase, or the keyphrase
   * and a clause sharing no word with it) from the first {@value #NATURAL_FROM} sentences, when one
   * exists.
   */
  public static Optional<String> natural(String keyphrase, List<WrittenSentence> sentences) {
    return naturalAt(keyphrase, sentences).map(Natural::headline);
  }

  /** A natural headline and the index of the sentence it came from. */
  public record Natural(String headline, int sentence) {}

  /** Like {@link #natural}, with the index of the sentence the headline came from. */
  public static Optional<Natural> naturalAt(String keyphrase, List<WrittenSentence> sentences) {
    String kp = Trimmer.capitalize(keyphrase.strip());
    boolean korean = Korean.isKorean(keyphrase);
    List<String> kpWords = kpContent(keyphrase);
    Set<String> kpStems = new HashSet<>();
    for (String w : kpWords) {
      kpStems.add(Words.stem(w));
    }
    int budget = HEADLINE_MAX - kp.length() - 2;
    for (int i = 0; i < Math.min(sentences.size(), NATURAL_FROM); i++) {
      String text = sentences.get(i).text();
      for (String c : clauses(text, HEADLINE_MAX, korean)) {
        String whole = Trimmer.capitalize(expandSubject(c, keyphrase));
        if (whole.length() <= HEADLINE_MAX
            && Words.count(whole) >= 4
            && SeoAnalyzer.holds(whole, kpWords)
            && !repeatsAWord(whole)) {
          return Optional.of(new Natural(whole, i));
        }
      }
      for (String c : clauses(text, budget, korean)) {
        if (Words.count(c) >= 3 && shares(c, kpStems) == 0 && !repeatsAWord(kp + " " + c)) {
          return Optional.of(new Natural(kp + ": " + c, i));
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> kpContent(String keyphrase) {
    List<String> kp = Words.contentWords(keyphrase);
    return kp.isEmpty() ? Words.lowerWords(keyphrase) : kp;
  }

  /** Words that open no main clause: pronouns, time words, connectives. */
  private static final Set<String> DANGLING_OPENERS =
      Set.of(
          "he",
          "she",
          "it",
          "they",
          "this",
          "these",
          "that",
          "those",
          "his",
          "her",
          "its",
          "their",
          "there",
          "i",
          "we",
          "you",
          "our",
          "my",
          "yesterday",
          "today",
          "tomorrow",
          "tonight",
          "meanwhile",
          "earlier",
          "later",
          "but",
          "and",
          "so",
          "also",
          "however",
          "then",
          "now",
          "still",
          "yet",
          "or",
          "nor",
          "both",
          "such",
          "some",
          "others",
          "other",
          "one",
          "another",
          "here",
          "what",
          "how",
          "why",
          "if",
          "although",
          "though");

  private static final Set<String> AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
          "could", "may", "might", "must", "should", "shall", "did", "does", "do", "said", "says",
          "told", "won", "lost", "hit", "shot", "left", "led", "made", "took", "gave", "came",
          "went", "got", "met", "held", "kept", "found", "sent", "set", "put", "ran", "fell",
          "beat", "broke", "became", "began", "brought", "bought", "caught", "chose", "drew",
          "drove", "fled", "flew", "fought", "grew", "hid", "knew", "paid", "quit", "rose", "sank",
          "saw", "sold", "spoke", "spent", "stole", "struck", "swore", "threw", "wore", "wrote",
          "sued", "slew", "seized", "stood", "died", "dies", "freed", "wins");

  /**
   * The headline clauses of a sentence, longest first: verbatim prefixes ending at clause
   * boundaries, from its start and, when it opens on a subordinate clause or an adverbial ("After
   * she left rehab, Lohan ..."), from the main clause after it.
   */
  static List<String> clauses(String sentence, int budget, boolean korean) {
    List<String> out = new ArrayList<>();
    if (korean) {
      // Korean headlines are short: try a tight budget before the full one.
      Korean.headlineClause(sentence, Math.min(budget, KOREAN_SHORT)).ifPresent(out::add);
      Korean.headlineClause(sentence, budget).filter(c -> !out.contains(c)).ifPresent(out::add);
      return out;
    }
    String whole = stripEnd(sentence);
    List<String> variants = new ArrayList<>();
    Matcher ap = APPOSITIVE.matcher(whole);
    if (ap.find() && balanced(ap.group(2))) {
      variants.add(ap.group(1) + " " + whole.substring(ap.end())); // the shorter reads better
    }
    variants.add(whole);
    // "Hugh Jackman was named on Friday as host of February's Oscars": the day is the first thing
    // a headline drops, and without it the clause may fit whole.
    for (String v : List.copyOf(variants)) {
      String timeless = TIME_ADVERBIAL.matcher(v).replaceAll("");
      if (!timeless.equals(v) && Words.count(timeless) >= 3) {
        variants.add(variants.indexOf(v), timeless);
      }
    }
    for (String s : variants) {
      clausesOf(s, budget, out);
    }
    return out;
  }

  /**
   * A name and an aside between commas right after it, before the verb: "Esther Williams, the
   * swimming champion turned actress, has died" reads "Esther Williams has died".
   */
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          "^((?:[\\p{Lu}][\\p{L}'’.-]*\\s)*[\\p{Lu}][\\p{L}'’.-]*), ([^,;:]{2,120}), (?=\\p{Ll})");

  /** A day or time of day named in passing, after a verb or its object. */
  private static final Pattern TIME_ADVERBIAL =
      Pattern.compile(
          "(?<=\\p{Ll})\\s(?:on\\s)?(?:(?:early|late)\\s)?"
              + EnglishWords.anyWeekday()
              + "(?:\\s(?:morning|afternoon|evening|night))?(?=[\\s,.])"
              + "|(?<=\\p{Ll})\\s(?:yesterday|today|tonight|this\\s(?:morning|afternoon|evening))"
              + "(?=[\\s,.])");

  private static void clausesOf(String s, int budget, List<String> out) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    List<String> first = Words.lowerWords(s);
    int comma = s.indexOf(", ");
    if (!first.isEmpty()
        && comma > 0
        && comma < s.length() * 0.6
        && (SUBORDINATORS.contains(first.get(0)) || participleOpener(first))) {
      starts.add(comma + 2);
    }
    for (int start : starts) {
      String rest = s.substring(start);
      List<Integer> ends = new ArrayList<>();
      Matcher m = BOUNDARY.matcher(rest);
      while (m.find()) {
        ends.add(m.start());
      }
      ends.add(rest.length());
      for (int k = ends.size() - 1; k >= 0; k--) {
        String c = stripEnd(rest.substring(0, ends.get(k)));
        if (k < ends.size() - 1
            && (cutTail(c) || beforeWord(rest, ends.get(k)) && toVerb(c) || cutShort(c))) {
          continue;
        }
        if (c.length() <= budget
            && Words.count(c) >= 3
            && balanced(c)
            && !badEnding(c)
            && !subordinateStart(c)
            && !danglingStart(c)
            && !openAside(c)
            && !ATTRIBUTION_TAIL.matcher(c).find()
            && hasVerb(c)
            && hasMainVerb(c)
            && !openDash(c)
            && !cutComplement(c)) {
          out.add(Trimmer.capitalize(c));
        }
      }
    }
  }

  /** "Esther Williams, the swimming champion who starred": an aside after the name never closed. */
  private static final Pattern NAME_THEN_COMMA =
      Pattern.compile("^(?:[\\p{Lu}][\\p{L}'’.-]*\\s)*[\\p{Lu}][\\p{L}'’.-]*, ");

  /** ", her publicist told People": who said it belongs in the story, not the headline. */
  private static final Pattern ATTRIBUTION_TAIL =
      Pattern.compile(
          ",\\s[^,]{0,60}\\b(?:said|says|told|tells|reported|reports|added|announced|according)"
              + "\\b[^,]*$");

  /**
   * "…Cheeks on Saturday, one day": a cut clause whose last comma part is a few lower-case words,
   * the start of what was cut off. A name there ("Woodburn, Oregon") is whole.
   */
  private static boolean cutTail(String c) {
    int comma = c.lastIndexOf(", ");
    if (comma < 0) {
      return false;
    }
    String tail = c.substring(comma + 2);
    List<Token> words = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(tail)) {
      if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
        words.add(t);
      }
    }
    return words.size() <= 3 && words.stream().noneMatch(Token::isCapitalized);
  }

  /** Whether a cut at {@code at} falls before a word (a preposition), not at punctuation. */
  private static boolean beforeWord(String s, int at) {
    return at < s.length()
        && Character.isWhitespace(s.charAt(at))
        && at + 1 < s.length()
        && Character.isLetter(s.charAt(at + 1));
  }

  /** "… the deadline to hand" cut before "over": an infinitive that lost its particle or object. */
  private static boolean toVerb(String c) {
    List<String> w = Words.lowerWords(c);
    return w.size() >= 2 && w.get(w.size() - 2).equals("to");
  }

  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "when",
          "that",
          "what",
          "who",
          "which",
          "because",
          "while",
          "if",
          "whether",
          "where",
          "after",
          "before",
          "although",
          "though",
          "since",
          "until",
          "unless",
          "once");

  /**
   * Verbs complete without an object: a clause cut right after one ("Esther Williams has died",
   * "The minor accident occurred") is whole; after any other active verb ("General Motors
   * announced") it lost what the verb needs.
   */
  private static final Set<String> INTRANSITIVE =
      Set.of(
          "died",
          "dies",
          "resigned",
          "resigns",
          "exploded",
          "explodes",
          "occurred",
          "occurs",
          "collapsed",
          "collapses",
          "crashed",
          "crashes",
          "escaped",
          "escapes",
          "erupted",
          "erupts",
          "ended",
          "ends",
          "fell",
          "falls",
          "rose",
          "rises",
          "surged",
          "surges",
          "plunged",
          "plunges",
          "soared",
          "soars",
          "happened",
          "arrived",
          "arrives",
          "landed",
          "retired",
          "retires",
          "returned",
          "returns",
          "recovered",
          "survived",
          "sank",
          "fled",
          "flees",
          "struck",
          "strikes",
          "spread",
          "spreads",
          "began",
          "begins",
          "continued",
          "continues",
          "won",
          "wins",
          "lost",
          "loses",
          "failed",
          "fails",
          "voted",
          "votes",
          "rallied",
          "rallies",
          "slumped",
          "stalled",
          "quit",
          "quits",
          "protested",
          "rioted",
          "disappeared",
          "drowned",
          "vanished",
          "burned",
          "stopped");

  /** Auxiliaries of the passive: "was fired", "has been charged" are whole. */
  private static final Set<String> PASSIVE =
      Set.of("was", "were", "been", "is", "are", "be", "being", "got", "gets", "get");

  /** Passives that still need a complement: "was named" [as host], "has been placed" [on ...]. */
  private static final Set<String> NEEDS_COMPLEMENT =
      Set.of(
          "named",
          "called",
          "considered",
          "seen",
          "expected",
          "scheduled",
          "planned",
          "set",
          "said",
          "thought",
          "believed",
          "asked",
          "told",
          "urged",
          "forced",
          "allowed",
          "made",
          "given",
          "treated",
          "described",
          "known",
          "used",
          "designed",
          "based",
          "reported",
          "supposed",
          "meant",
          "tipped",
          "slated",
          "poised",
          "rated",
          "listed",
          "ranked",
          "placed",
          "put",
          "chosen",
          "picked",
          "tapped",
          "estimated",
          "valued",
          "worth");

  /** Words that end a clause's time adverbial: "was named on Friday" ends on its verb. */
  private static final Pattern TRAILING_TIME =
      Pattern.compile(
          "(?:\\s+(?:on|this|last|early|late|on\\s+the))?\\s+(?:"
              + EnglishWords.anyWeekday()
              + "|yesterday|today|tonight|morning|afternoon|evening|night"
              + "|week|weekend|month|year)$",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> SUPERLATIVES =
      Set.of("best", "worst", "most", "least", "first", "biggest", "largest", "highest", "lowest");

  private static final Pattern SUM_END =
      Pattern.compile(
          "(?:\\b(?:with|for|to|by)\\s(?:an?\\s)?\\p{L}{0,3}\\p{Sc}\\s?[\\d.,]+\\s"
              + "(?:million|billion|trillion|thousand|hundred)"
              + "|\\d\\s(?:percent|dollars))[.!?]?$",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> QUANTITY_ENDINGS =
      Set.of("million", "billion", "trillion", "thousand", "hundred", "percent", "dollars");

  private static final Set<String> REPORTING =
      Set.of("said", "says", "told", "tells", "announced", "reported", "added", "stated");

  /**
   * Whether cutting {@code text} at char {@code at} (its tail dropped) leaves a whole clause, on
   * the tagger's reading of the whole: not a word split by a spaced hyphen ("passed Wal[ - Mart]"),
   * not a phrase the next word still belongs to ({@link VerbComplements#cutMidPhrase}), not a span
   * of time before what it is measured from ("just a few days[ after ...]", "shortly[ before]"),
   * and not inside an aside about the subject before the clause's verb ("Cheeks, who played for the
   * Sixers and served[, was named ...]").
   */
  static boolean cleanCut(String text, int at) {
    if (at <= 0 || at >= text.length()) {
      return true;
    }
    Matcher dash = SPACED_DASH.matcher(text);
    if (dash.find(Math.max(0, at - 1))
        && dash.start() <= at
        && dash.group(1).equals("-")
        && dash.start() > 0
        && Character.isLetterOrDigit(text.charAt(dash.start() - 1))
        && !ASIDE_OPENERS.contains(dash.group(2).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (text.codePoints().filter(Character::isLetter).limit(40).anyMatch(c -> c >= 0x2E80)) {
      return true; // the English tagger's reading is for English
    }
    List<EnglishTagger.Tok> t = EnglishTagger.tag(text);
    int last = -1;
    for (int k = 0; k < t.size() && t.get(k).end() <= at; k++) {
      last = k;
    }
    if (last < 0 || last + 1 >= t.size()) {
      return last >= 0;
    }
    // "After a plan failed to pass the Senate[, the White House ...]": the main clause of a
    // sentence that opens with a subordinate one starts after its first comma.
    int from = 0;
    if (t.get(0).tagIs("IN") || t.get(0).tagIs("WRB")) {
      while (from <= last && !t.get(from).text().equals(",")) {
        from++;
      }
    }
    boolean finite = false;
    for (int k = from; k <= last; k++) {
      finite |= finiteVerb(t.get(k));
    }
    if (!finite) {
      return false; // "Nearly 70 years after the end of the conflict[, ...]": no clause yet
    }
    if (VerbComplements.cutMidPhrase(t, last, t.size())) {
      return false;
    }
    EnglishTagger.Tok x = t.get(last);
    EnglishTagger.Tok next = t.get(last + 1);
    // "Police believe the suspect, only described[, was ...]": a verb right after the comma is the
    // verb of the words before it, which the cut leaves without one.
    if (next.text().equals(",") && last + 2 < t.size() && finiteVerb(t.get(last + 2))) {
      return false;
    }
    boolean subordinator = next.tagIs("IN") || next.tagIs("WRB");
    boolean span =
        x.tagIs("RB")
            || x.tag().equals("NNS") && last > 0 && t.get(last - 1).tagIs("JJ")
            || x.tag().equals("NNS") && last > 0 && t.get(last - 1).tagIs("CD");
    if (subordinator && (span || x.tagIs("JJ"))) {
      return false; // "countries such[ as ...]", "just[ before]", "a few days[ after]"
    }
    // An aside about the subject ("Cheeks, who ...,") must close before the cut, or a verb of the
    // main clause come before it.
    for (int k = 1; k <= last; k++) {
      if (t.get(k - 1).text().equals(",") && (t.get(k).tagIs("WP") || t.get(k).tagIs("WDT"))) {
        boolean verbBefore = false;
        for (int q = 0; q < k; q++) {
          verbBefore |= finiteVerb(t.get(q));
        }
        if (!verbBefore) {
          for (int q = k + 1; q <= last; q++) {
            if (t.get(q).text().equals(",")) {
              return true;
            }
          }
          return false;
        }
        break;
      }
    }
    return true;
  }

  private static boolean finiteVerb(EnglishTagger.Tok x) {
    String tag = x.tag();
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
  }

  /**
   * A clause cut from a longer sentence that lost what it needs: its verb's object or complement
   * ("Steve Jobs announced Monday", "Hugh Jackman was named on Friday"), the measure of its
   * superlative ("Wall Street had its best finish" [since November]), what an amount was of
   * ("received an estimated $1 million" [in damage]), or the verb of what was said ("police said
   * the blaze at the store").
   */
  static boolean cutShort(String c) {
    String core = TRAILING_TIME.matcher(stripEnd(c)).replaceAll("");
    List<String> w = Words.lowerWords(core);
    if (w.isEmpty()) {
      return true;
    }
    String last = w.get(w.size() - 1);
    boolean verb =
        AUXILIARIES.contains(last)
            || last.length() > 4 && last.endsWith("ed")
            || REPORTING.contains(last);
    boolean passive = w.size() > 1 && PASSIVE.contains(w.get(w.size() - 2));
    if (verb && !INTRANSITIVE.contains(last) && !(passive && !NEEDS_COMPLEMENT.contains(last))) {
      return true;
    }
    for (int i = Math.max(0, w.size() - 4); i < w.size(); i++) {
      if (SUPERLATIVES.contains(w.get(i))) {
        return true;
      }
    }
    // A superlative near the end ("the biggest", "the largest ever") wants what it is the most
    // of; the tagger tells one from a noun such as "arrest" or "interest".
    List<EnglishTagger.Tok> tags = EnglishTagger.tag(core);
    for (int i = Math.max(0, tags.size() - 4); i < tags.size(); i++) {
      if (tags.get(i).tag().equals("JJS") || tags.get(i).tag().equals("RBS")) {
        return true;
      }
    }
    // "to 5 million [people]" wants what it counts, "received an estimated $1 million [in
    // damage]" what the sum was; a sum after its preposition ("with AU$52.5 million", "for $7.4
    // billion") or a share ("rose 4 percent") says it.
    if (QUANTITY_ENDINGS.contains(last) && !SUM_END.matcher(core.strip()).find()) {
      return true;
    }
    for (int i = w.size() - 2; i >= 1; i--) {
      if (REPORTING.contains(w.get(i))) {
        String tail = String.join(" ", w.subList(i + 1, w.size()));
        return !hasVerb("X " + tail);
      }
    }
    return false;
  }

  /**
   * Whether the clause has a verb before its first subordinate part ("Three years after it ...").
   */
  static boolean hasMainVerb(String c) {
    List<Token> tokens = Tokenizer.tokenize(c);
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.WORD
          && t.start() > 0
          && CLAUSE_OPENERS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return hasVerb(c.substring(0, t.start()));
      }
    }
    return true;
  }

  /**
   * "Armed robbers - some disguised": an aside opened by a spaced dash and never closed. A spaced
   * hyphen inside a word ("Wal - Mart", "57 - year - old", "son - in - law") opens none.
   */
  static boolean openDash(String c) {
    int n = 0;
    Matcher m = SPACED_DASH.matcher(c);
    while (m.find()) {
      String next = m.group(2).toLowerCase(Locale.ROOT);
      boolean dash = !m.group(1).equals("-") || ASIDE_OPENERS.contains(next);
      n += dash ? 1 : 0;
    }
    return n % 2 == 1;
  }

  private static final Pattern SPACED_DASH = Pattern.compile("\\s(-|–|—|--)\\s([\\p{L}\\p{N}']+)");

  /** Words that open an aside after a spaced hyphen ("robbers - some disguised as women -"). */
  private static final Set<String> ASIDE_OPENERS =
      Set.of(
          "some",
          "more",
          "most",
          "many",
          "all",
          "both",
          "who",
          "which",
          "whose",
          "including",
          "mostly",
          "perhaps",
          "possibly",
          "probably",
          "not",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "even",
          "especially",
          "where",
          "when",
          "now",
          "once");

  /**
   * A subordinate clause cut short: "… did not reveal what the star of American Pie" (no verb left
   * after its opener).
   */
  static boolean cutComplement(String c) {
    List<String> w = Words.lowerWords(c);
    for (int i = w.size() - 1; i > 0; i--) {
      if (CLAUSE_OPENERS.contains(w.get(i))) {
        String tail = String.join(" ", w.subList(i + 1, w.size()));
        return tail.isEmpty() || !hasVerb("X " + tail);
      }
    }
    return false;
  }

  private static boolean openAside(String c) {
    Matcher m = NAME_THEN_COMMA.matcher(c);
    return m.find() && c.indexOf(", ", m.end()) < 0;
  }

  private static final Set<String> PREPOSITIONS =
      Set.of("with", "to", "by", "in", "at", "from", "on", "for", "as", "after", "under");

  private static boolean danglingStart(String c) {
    List<String> w = Words.lowerWords(c);
    if (w.size() > 1 && w.get(0).endsWith("ed") && PREPOSITIONS.contains(w.get(1))) {
      return true; // "Compared with …": a participial phrase, not a clause
    }
    return w.isEmpty()
        || DANGLING_OPENERS.contains(w.get(0))
        || !Character.isLetterOrDigit(c.charAt(0));
  }

  /**
   * Whether a clause likely holds a finite verb: an auxiliary or a common irregular past, a
   * lower-case word ending in "-ed", or one ending in "-s" right after a capitalised word ("Seoul
   * asks").
   */
  static boolean hasVerb(String c) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(c)) {
      if (t.kind() == Token.Kind.WORD) {
        tokens.add(t);
      }
    }
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String w = t.text();
      if (t.isCapitalized()) {
        continue;
      }
      if (AUXILIARIES.contains(w)
          || w.length() > 4 && w.endsWith("ed")
          || w.length() > 3
              && w.endsWith("s")
              && !w.endsWith("ss")
              && !w.endsWith("us")
              && w.chars().allMatch(Character::isLetter)
              && !pluralNoun(w)
              && i < tokens.size() - 1 // "Many Japanese stars": a plural ends the phrase
              && nameLike(tokens.get(i - 1).text())) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> NOUN_PLURALS =
      List.of(
          "als", "ers", "ors", "ists", "ians", "ants", "ents", "ions", "ities", "ships", "ments",
          "nesses", "ties", "ics", "ees", "eers");

  /** "Air Force officials", "Detroit workers": a plural by its suffix, no verb. */
  private static boolean pluralNoun(String w) {
    for (String suffix : NOUN_PLURALS) {
      if (w.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word that may be a subject's name: not a number, article or acronym. */
  private static boolean nameLike(String w) {
    String lw = w.toLowerCase(Locale.ROOT);
    return Character.isUpperCase(w.charAt(0))
        && !w.equals(w.toUpperCase(Locale.ROOT))
        && !Words.STOPWORDS.contains(lw)
        && !Words.NUMBER_WORDS.contains(lw);
  }

  /** A clause opening on the surname of a full name in the keyphrase gets the full name. */
  static String expandSubject(String clause, String keyphrase) {
    Matcher m = NAME_RUN.matcher(keyphrase);
    while (m.find()) {
      String full = m.group();
      String last = full.substring(full.lastIndexOf(' ') + 1);
      if (clause.startsWith(last + " ") && !clause.contains(full)) {
        return full + clause.substring(last.length());
      }
    }
    return clause;
  }

  /** How many of {@code stems} the text's content words hit. */
  private static int shares(String text, Set<String> stems) {
    int n = 0;
    for (String w : Words.contentWords(text)) {
      n += stems.contains(Words.stem(w)) ? 1 : 0;
    }
    return n;
  }

  /** Whether every word the clause shares with the keyphrase is capitalised there: a name. */
  private static boolean repeatsOnlyNames(String clause, Set<String> kpStems) {
    for (Token t : Tokenizer.tokenize(clause)) {
      if (t.kind() == Token.Kind.WORD
          && !t.isCapitalized()
          && kpStems.contains(Words.stem(t.text().toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a content word (by stem) occurs twice. */
  static boolean repeatsAWord(String text) {
    Set<String> seen = new HashSet<>();
    for (String w : Words.contentWords(text)) {
      if (!seen.add(Words.stem(w))) {
        return true;
      }
    }
    return false;
  }

  /** "After telling People", "Speaking to reporters": not a main clause. */
  private static boolean subordinateStart(String c) {
    List<String> w = Words.lowerWords(c);
    return w.isEmpty() || SUBORDINATORS.contains(w.get(0)) || participleOpener(w);
  }

  /**
   * "Speaking to reporters, ...": an opening participle; "Boeing had been suspended" opens on a
   * name that only looks like one, since a verb follows it.
   */
  private static boolean participleOpener(List<String> w) {
    if (w.isEmpty() || !w.get(0).endsWith("ing") || w.get(0).length() <= 5) {
      return false;
    }
    return w.size() < 2 || !(AUXILIARIES.contains(w.get(1)) || w.get(1).endsWith("ed"));
  }

  private static boolean badEnding(String c) {
    List<String> w = Words.lowerWords(c);
    if (w.isEmpty()) {
      return true;
    }
    String last = w.get(w.size() - 1);
    // "…, killing": a participle that opened what was cut off; "currently": an adverb whose verb
    // was; "fallen 2": a number cut at its thousands comma.
    return BAD_ENDINGS.contains(last)
        || last.length() > 5 && last.endsWith("ing")
        || last.length() > 4 && last.endsWith("ly")
        || Character.isDigit(last.charAt(last.length() - 1))
        || c.indexOf(':') >= 0;
  }

  /** Whether quotes and parentheses open and close in pairs. */
  static boolean balanced(String c) {
    long straight = c.chars().filter(ch -> ch == '"').count();
    long open = c.chars().filter(ch -> ch == '“').count();
    long close = c.chars().filter(ch -> ch == '”').count();
    return straight % 2 == 0 && open == close && c.indexOf('(') < 0 == c.indexOf(')') < 0;
  }

  private static String stripEnd(String s) {
    String t = s.strip();
    while (!t.isEmpty() && ".,;:!?-–— ".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** Shortens full names that the keyphrase already carries to their last word. */
  static String shorten(String text, String keyphrase) {
    Matcher m = NAME_RUN.matcher(text);
    StringBuilder b = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String run = m.group();
      if (keyphrase.contains(run) && run.contains(" ")) {
        b.append(text, last, m.start());
        b.append(run.substring(run.lastIndexOf(' ') + 1));
        last = m.end();
      }
    }
    b.append(text.substring(last));
    return b.toString();
  }

  private static String cutAtWord(String s, int max) {
    int cut = s.lastIndexOf(' ', max);
    return (cut > 0 ? s.substring(0, cut) : s.substring(0, max)).strip();
  }
}
