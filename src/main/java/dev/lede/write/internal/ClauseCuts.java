package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause cut from a sentence reads whole: it keeps a verb of its own and what that verb
 * requires ("received an estimated $1 million [in damage]", "had its best [finish]"), ends on no
 * dangling word, opens no aside it does not close, and cuts no phrase in two. Asked of verbatim
 * clauses ({@link Clauses}), compressed headlines and meta description cuts alike.
 */
final class ClauseCuts {
  private ClauseCuts() {}

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

  static boolean finiteVerb(EnglishTagger.Tok x) {
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
    String core = TRAILING_TIME.matcher(Clauses.stripEnd(c)).replaceAll("");
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
      if (SUPERLATIVES.contains(w.get(i)) && !(i > 0 && w.get(i - 1).equals("at"))) {
        return true;
      }
    }
    // A superlative near the end ("the biggest", "the largest ever") wants what it is the most
    // of; the tagger tells one from a noun such as "arrest" or "interest".
    List<EnglishTagger.Tok> tags = EnglishTagger.tag(core);
    for (int i = Math.max(0, tags.size() - 4); i < tags.size(); i++) {
      // "at least three people": a bound on a number, not a superlative.
      boolean bound = i > 0 && tags.get(i - 1).lower().equals("at");
      if ((tags.get(i).tag().equals("JJS") || tags.get(i).tag().equals("RBS")) && !bound) {
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

  static final Pattern SPACED_DASH = Pattern.compile("\\s(-|–|—|--)\\s([\\p{L}\\p{N}']+)");

  /** Words that open an aside after a spaced hyphen ("robbers - some disguised as women -"). */
  static final Set<String> ASIDE_OPENERS =
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

  static boolean openAside(String c) {
    Matcher m = Clauses.NAME_THEN_COMMA.matcher(c);
    return m.find() && c.indexOf(", ", m.end()) < 0;
  }

  static final Set<String> PREPOSITIONS =
      Set.of("with", "to", "by", "in", "at", "from", "on", "for", "as", "after", "under");

  static boolean danglingStart(String c) {
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
              && Clauses.nameLike(tokens.get(i - 1).text())) {
        return true;
      }
    }
    return false;
  }

  static final List<String> NOUN_PLURALS =
      List.of(
          "als", "ers", "ors", "ists", "ians", "ants", "ents", "ions", "ities", "ships", "ments",
          "nesses", "ties", "ics", "ees", "eers");

  /** "Air Force officials", "Detroit workers": a plural by its suffix, no verb. */
  static boolean pluralNoun(String w) {
    for (String suffix : NOUN_PLURALS) {
      if (w.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether quotes and parentheses open and close in pairs. */
  static boolean balanced(String c) {
    long straight = c.chars().filter(ch -> ch == '"').count();
    long open = c.chars().filter(ch -> ch == '“').count();
    long close = c.chars().filter(ch -> ch == '”').count();
    return straight % 2 == 0 && open == close && c.indexOf('(') < 0 == c.indexOf(')') < 0;
  }

  static boolean badEnding(String c) {
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

  /**
   * Verbs complete without an object: a clause cut right after one ("Esther Williams has died",
   * "The minor accident occurred") is whole; after any other active verb ("General Motors
   * announced") it lost what the verb needs.
   */
  static final Set<String> INTRANSITIVE =
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
  static final Set<String> PASSIVE =
      Set.of("was", "were", "been", "is", "are", "be", "being", "got", "gets", "get");

  /** Passives that still need a complement: "was named" [as host], "has been placed" [on ...]. */
  static final Set<String> NEEDS_COMPLEMENT =
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
  static final Pattern TRAILING_TIME =
      Pattern.compile(
          "(?:\\s+(?:on|this|last|early|late|on\\s+the))?\\s+(?:"
              + EnglishWords.anyWeekday()
              + "|yesterday|today|tonight|morning|afternoon|evening|night"
              + "|week|weekend|month|year)$",
          Pattern.CASE_INSENSITIVE);

  static final Set<String> SUPERLATIVES =
      Set.of("best", "worst", "most", "least", "first", "biggest", "largest", "highest", "lowest");

  static final Pattern SUM_END =
      Pattern.compile(
          "(?:\\b(?:with|for|to|by)\\s(?:an?\\s)?\\p{L}{0,3}\\p{Sc}\\s?[\\d.,]+\\s"
              + "(?:million|billion|trillion|thousand|hundred)"
              + "|\\d\\s(?:percent|dollars))[.!?]?$",
          Pattern.CASE_INSENSITIVE);

  static final Set<String> QUANTITY_ENDINGS =
      Set.of("million", "billion", "trillion", "thousand", "hundred", "percent", "dollars");

  static final Set<String> REPORTING =
      Set.of("said", "says", "told", "tells", "announced", "reported", "added", "stated");

  static final Set<String> AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
          "could", "may", "might", "must", "should", "shall", "did", "does", "do", "said", "says",
          "told", "won", "lost", "hit", "shot", "left", "led", "made", "took", "gave", "came",
          "went", "got", "met", "held", "kept", "found", "sent", "set", "put", "ran", "fell",
          "beat", "broke", "became", "began", "brought", "bought", "caught", "chose", "drew",
          "drove", "fled", "flew", "fought", "grew", "hid", "knew", "paid", "quit", "rose", "sank",
          "saw", "sold", "spoke", "spent", "stole", "struck", "swore", "threw", "wore", "wrote",
          "sued", "slew", "seized", "stood", "died", "dies", "freed", "wins");

  static final Set<String> CLAUSE_OPENERS =
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

  /** Words that open no main clause: pronouns, time words, connectives. */
  static final Set<String> DANGLING_OPENERS =
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

  static final Set<String> BAD_ENDINGS =
      Set.of(
          "the", "a", "an", "of", "to", "and", "or", "but", "that", "his", "her", "their", "its",
          "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "not",
          "said", "says", "told", "this", "these", "my", "our", "your", "into", "from", "by",
          "fewer", "more", "less", "than", "very", "such", "as", "in", "on", "at", "for", "with",
          "about", "against", "over", "under", "after", "before", "during", "since", "until", "via",
          "per", "like", "near", "just", "also", "already", "still", "even", "only", "nearly",
          "almost", "who", "which", "when", "while", "where", "because", "if", "much", "so", "too",
          "well");
}
