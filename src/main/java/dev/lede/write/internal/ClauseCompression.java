package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.lang.WordLists;
import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compresses an English sentence into a news headline, on OpenNLP tags and chunks: the main clause
 * only (an opening subordinate or time clause, an attribution "police said" and what follows a
 * clause boundary are dropped), no appositive after the subject, no time phrase ("on Monday"), no
 * articles, the verb in headline tense ({@link HeadlineVerbs}) and a second verb of the same
 * subject joined by a comma ("Chrysler files for bankruptcy, agrees to alliance with Fiat"). A
 * pronoun subject of a reported clause takes the speaker's name ("Ford said its sales rose 43%" ->
 * "Ford's sales rise 43%"); a compound split around its hyphen in pre-tokenised text is written
 * joined ("5.6 -magnitude" -> "5.6-magnitude"). Every word but the verbs' endings, a "to" for
 * "will" and a possessive "'s" comes from the sentence.
 */
public final class ClauseCompression {
  private ClauseCompression() {}

  /**
   * A compressed clause.
   *
   * @param text the headline text
   * @param from offset in the sentence of its first kept word
   * @param to offset in the sentence after its last kept word
   * @param verb the lemma of its main verb ("file" for "files")
   * @param named whether its subject holds a name or a number ("Chrysler", "Two men"), not only
   *     common nouns ("Purchase", "Aircraft")
   * @param cut whether it ends before what its verb or last phrase requires: a last resort, for a
   *     story whose opening sentences give no whole clause
   */
  public record Compressed(String text, int from, int to, String verb, boolean named, boolean cut) {
    public Compressed(String text, int from, int to, String verb, boolean named) {
      this(text, from, to, verb, named, false);
    }
  }

  /** Words that open a subordinate clause: what follows them is not the main news. */
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "after",
          "before",
          "because",
          "while",
          "when",
          "although",
          "though",
          "as",
          "since",
          "until",
          "unless",
          "if",
          "whereas",
          "despite",
          "amid",
          "following",
          "whether",
          "where",
          "once",
          "so",
          "according",
          "including",
          "than");

  /** Words of a time phrase a headline drops: days, months, relative times. */
  private static final Set<String> TIME_WORDS =
      withDaysAndMonths(
          "yesterday",
          "today",
          "tonight",
          "tomorrow",
          "morning",
          "afternoon",
          "evening",
          "night",
          "week",
          "weekend",
          "month",
          "year",
          "earlier",
          "later",
          "last",
          "this",
          "next",
          "early",
          "late",
          "overnight",
          "recently",
          "hours",
          "days",
          "weeks",
          "months",
          "ago");

  /** {@code relative} with the lexicon's weekday and month names and abbreviations ("sept."). */
  private static Set<String> withDaysAndMonths(String... relative) {
    Set<String> out = new HashSet<>(List.of(relative));
    out.addAll(EnglishWords.weekdayNames());
    out.addAll(EnglishWords.fullMonthNames());
    for (String a : EnglishWords.monthAbbreviations()) {
      out.add(a + ".");
    }
    return Set.copyOf(out);
  }

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Plural-looking last words of names of one thing ("General Motors", "United States"). */
  private static final Set<String> SINGULAR_NAME_ENDS =
      WordLists.words(ClauseCompression.class, "singular-name-ends.txt");

  /** Quantifiers that take the number of what follows "of": "most of the bondholders". */
  private static final Set<String> QUANTIFIERS =
      Set.of("most", "many", "some", "all", "both", "several", "few", "none", "half");

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those");

  /** Tags a headline may not end on. */
  private static final Set<String> BAD_END_TAGS =
      Set.of("IN", "DT", "CC", "TO", "PRP$", "MD", "POS", "WDT", "WP", "WRB", "EX", "PDT", ",");

  /** An aside in brackets: "(GM)", "(which credits the team-owned flagship radio station)". */
  private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[][^()\\[\\]]{0,120}[)\\]]");

  /** A day or a relative day, said in passing: headlines drop it, and the tagger misreads it. */
  private static final Pattern DAY =
      Pattern.compile(
          "\\s(?:today|yesterday|tonight|(?:[Oo]n\\s)?"
              + EnglishWords.anyWeekday()
              + "(?:\\s(?:morning|afternoon|evening|night))?)(?=[\\s,])");

  /**
   * An aside between commas after the opening noun phrase and before a lower-case word (its verb):
   * "Bettie Page, the 1950s pinup and bondage model ..., died".
   */
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          "^([^,;:]{3,90}?),\\s(?!and\\s|or\\s|but\\s)(?=\\p{Ll})[^,;:]{3,160},"
              + "(?=\\s(?!and\\s|or\\s|but\\s|who\\s|which\\s)\\p{Ll})");

  /** "It was a milestone in aviation history: the first Airbus A380 landed ...": a lead-in. */
  private static final Pattern COLON_LEAD = Pattern.compile("^[^:\"“”]{3,80}?:\\s(?=\\p{L})");

  /** What opens a sentence before its news: "-- ", ": " left by a dateline or a bracket. */
  private static final Pattern LEAD_IN = Pattern.compile("^[\\s\\-–—:]+");

  /**
   * The sentence's headlines: from the sentence as written and from simpler readings of it, in
   * which an aside in brackets, a day said in passing or an aside after the opening noun phrase is
   * taken out before tagging (the tagger reads the rest better, and what is left is a clause of its
   * own); distinct, in that order. Offsets are the sentence's.
   */
  public static List<Compressed> candidates(String sentence, int max) {
    return candidates(sentence, max, Set.of());
  }

  /**
   * As {@link #candidates(String, int)}, where {@code known} holds the names the story also uses
   * alone ("Obama", "Gupta"): a subject that ends in one may shrink to it, and an object's
   * description before a name may go, when the clause does not fit whole otherwise.
   */
  public static List<Compressed> candidates(String sentence, int max, Set<String> known) {
    List<List<Pattern>> readings =
        List.of(
            List.of(),
            List.of(BRACKETS, LEAD_IN),
            List.of(BRACKETS, LEAD_IN, DAY),
            List.of(BRACKETS, LEAD_IN, DAY, APPOSITIVE),
            List.of(BRACKETS, COLON_LEAD, LEAD_IN, DAY));
    List<Compressed> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String previous = null;
    for (List<Pattern> r : readings) {
      Reading reading = Reading.of(sentence);
      for (Pattern p : r) {
        reading = reading.without(p);
      }
      if (reading.text().equals(previous)
          || r.contains(APPOSITIVE) && opensWithPhrase(EnglishTagger.tag(sentence))) {
        // "Dotted among scrubland, placed in ..., these huge arrows were": the commas close an
        // opening phrase, not an aside after the subject.
        continue;
      }
      previous = reading.text();
      Optional<Compressed> c = headline(reading.text(), max, known);
      if (c.isPresent() && seen.add(c.get().text())) {
        out.add(reading.original(c.get()));
      }
    }
    return out;
  }

  /** A sentence with parts taken out, and where each of its chars stood in the sentence. */
  private record Reading(String text, int[] origin) {
    static Reading of(String sentence) {
      int[] o = new int[sentence.length() + 1];
      for (int i = 0; i <= sentence.length(); i++) {
        o[i] = i;
      }
      return new Reading(sentence, o);
    }

    Reading without(Pattern p) {
      Matcher m = p.matcher(text);
      StringBuilder b = new StringBuilder();
      int[] o = new int[text.length() + 1];
      int n = 0;
      int at = 0;
      while (m.find()) {
        // A pattern with a group keeps the group: what it matched before the part to drop.
        int dropFrom = m.groupCount() > 0 && m.group(1) != null ? m.end(1) : m.start();
        for (int i = at; i < dropFrom; i++) {
          b.append(text.charAt(i));
          o[n++] = origin[i];
        }
        at = m.end();
      }
      for (int i = at; i < text.length(); i++) {
        b.append(text.charAt(i));
        o[n++] = origin[i];
      }
      o[n] = origin[text.length()];
      return new Reading(b.toString(), java.util.Arrays.copyOf(o, n + 1));
    }

    /** The compressed clause with offsets in the original sentence. */
    Compressed original(Compressed c) {
      int from = origin[c.from()];
      int to = c.to() == 0 ? from : origin[c.to() - 1] + 1;
      return new Compressed(c.text(), from, to, c.verb(), c.named(), c.cut());
    }
  }

  /** The sentence as a headline of at most {@code max} chars, when it compresses into one. */
  public static Optional<Compressed> headline(String sentence, int max) {
    return headline(sentence, max, Set.of());
  }

  /**
   * The sentence as a headline, where {@code known} holds the names the story also uses alone: when
   * the clause gives no headline as written (too long to keep what its verb requires), a compact
   * reading that names the subject by its known name ("President of the United States Barack Obama"
   * -> "Obama") and drops an object's description before its name ("neurosurgeon Sanjay Gupta" ->
   * "Sanjay Gupta").
   */
  public static Optional<Compressed> headline(String sentence, int max, Set<String> known) {
    Optional<Compressed> c = headline(sentence, max, Set.of(), false);
    Optional<Compressed> compact = headline(sentence, max, known, true);
    if (c.isPresent() && !c.get().cut()) {
      // "Police in Maryland issue warrant" leaves out whom for: a compact reading that keeps a
      // name the plain one drops ("... warrant for arrest of Alexander Soumbadze") says who.
      return compact.isPresent() && !compact.get().cut() && names(compact.get()) > names(c.get())
          ? compact
          : c;
    }
    return compact.isPresent() && (c.isEmpty() || !compact.get().cut()) ? compact : c;
  }

  /** How many names and numbers a headline holds: its capitalised words after the first, digits. */
  static int names(Compressed c) {
    int n = 0;
    List<String> words = List.of(c.text().split("\\s+"));
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (!w.isEmpty()
          && (i > 0 && Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        n++;
      }
    }
    return n;
  }

  private static Optional<Compressed> headline(
      String sentence, int max, Set<String> known, boolean compact) {
    List<Tok> t = EnglishTagger.tag(sentence);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    boolean attribution = true;
    Optional<Compressed> c = headline(sentence, t, max, true, false, known, compact);
    if (c.isEmpty()) {
      // What was reported, with a shorter subject, before the attribution itself: "development
      // of a replacement [for their airliner] pushed back", not "Boeing announces development".
      c = headline(sentence, t, max, true, true, known, compact).filter(x -> !x.cut());
    }
    if (c.isEmpty()) {
      attribution = false;
      c = headline(sentence, t, max, false, false, known, compact);
    }
    if (c.isEmpty() || c.get().cut() || endsBeforeComplement(t, c.get())) {
      // "Argument between two Brisbane neighbours over noise levels ends": a shorter subject
      // leaves room for what the verb needs ("... ends in tragedy").
      Optional<Compressed> shorter = headline(sentence, t, max, attribution, true, known, compact);
      if (shorter.isPresent()
          && (c.isEmpty()
              || !shorter.get().cut() && (c.get().cut() || shorter.get().to() > c.get().to()))) {
        return shorter;
      }
    }
    return c;
  }

  /** Whether the clause ends on its verb or a noun right before a preposition it leaves out. */
  private static boolean endsBeforeComplement(List<Tok> t, Compressed c) {
    for (int k = 0; k + 1 < t.size(); k++) {
      if (t.get(k).end() == c.to()) {
        Tok next = t.get(k + 1);
        return (t.get(k).tagIs("VB") || t.get(k).tagIs("NN") && !t.get(k).tag().equals("NNP"))
            && (next.tagIs("IN") || next.tagIs("TO"))
            && !SUBORDINATORS.contains(next.lower())
            && !TIME_WORDS.contains(k + 2 < t.size() ? t.get(k + 2).lower() : "");
      }
    }
    return false;
  }

  /**
   * The prepositional phrase that closes the subject ("over noise levels" in "An argument between
   * two Brisbane neighbours over noise levels"), as [from, to), or null: never an "of" phrase,
   * which names what the head noun is of.
   */
  private static int[] subjectPhrase(List<Tok> t, int s, int v) {
    for (int k = v - 1; k > s; k--) {
      Tok x = t.get(k);
      if (x.tagIs("IN") && x.opensPhrase() && !x.lower().equals("of") && t.get(k - 1).tagIs("NN")) {
        int end = k + 1;
        // "from the People's Republic of China": a name's own "of" stays inside the phrase.
        while (end < v && (t.get(end).phrase().equals("NP") || ofInName(t, end, k))) {
          end++;
        }
        return end == v ? new int[] {k, end} : null;
      }
    }
    return null;
  }

  private static Optional<Compressed> headline(
      String sentence,
      List<Tok> t,
      int max,
      boolean dropAttribution,
      boolean shortSubject,
      Set<String> known,
      boolean compact) {
    int end = t.size();
    while (end > 0 && isPunct(t.get(end - 1)) && !isCloser(t.get(end - 1))) {
      end--;
    }
    if (end < 3) {
      return Optional.empty();
    }
    int s = mainStart(t, end);
    if (s < 0) {
      return Optional.empty();
    }
    // A pronoun subject of what was reported stands for the one who reported it: "Apple
    // announced that it will give ..." -> "Apple to give ...".
    int[] speaker = null;
    boolean reported = false;
    for (int guard = 0; dropAttribution && guard < 2; guard++) {
      int after = afterAttribution(t, s, end);
      if (after < 0) {
        break;
      }
      reported = true;
      int[] who = subjectSpan(t, s);
      s = after;
      if ((t.get(s).tag().equals("PRP") || t.get(s).tag().equals("PRP$"))
          && who != null
          && hasName(t, who[0], who[1])) {
        speaker = who;
        int name = who[1];
        while (name > who[0]
            && (t.get(name - 1).tagIs("NNP")
                || ofInName(t, name - 1, who[0]))) { // "Bank of America Corporation"
          name--;
        }
        if (name < who[1] && name > who[0]) {
          speaker = new int[] {name, who[1]}; // "automaker Chrysler LLC" -> "Chrysler LLC"
        }
      }
    }
    String[] replaced = new String[t.size()];
    // "Ford said that its sales rose" -> "Ford's sales rise": the possessive takes the name too.
    boolean possessive = speaker != null && t.get(s).tag().equals("PRP$");
    if (speaker != null) {
      replaced[s] =
          sentence
                  .substring(t.get(speaker[0]).start(), t.get(speaker[1] - 1).end())
                  .replaceFirst("^(?:The|A|An|the|a|an)\\s+", "")
              + (possessive ? "'s" : "");
    }
    // Subject: up to the first verb group; an aside between commas right after it goes.
    int v = s;
    List<int[]> drops = new ArrayList<>();
    // "A convicted sex offender who was the subject of a manhunt was captured": the relative or
    // participle that describes the subject goes, and its verb is not the clause's.
    int[] modifier = replaced[s] == null ? subjectModifier(t, s, end) : null;
    int head = v;
    boolean namedModifier = false;
    if (modifier != null) {
      v = modifier[1];
      if (compact) {
        int[] named = namedParticiple(t, s, modifier);
        namedModifier = named != modifier;
        modifier = named;
      }
      drops.add(modifier);
      head = modifier[0];
    }
    while (modifier == null
        && v < end
        && !(t.get(v).phrase().equals("VP") && isVerbish(t.get(v)))) {
      if (t.get(v).text().equals(",")) {
        if (listedSubject(t, v, end)) {
          v++; // "Launch Systems, Launch Services and Delta Program units": one subject, listed
          continue;
        }
        int close = -1;
        for (int k = v + 1; k < end; k++) {
          if (t.get(k).text().equals(",")) {
            close = k;
            break;
          }
        }
        if (close < 0 || close + 1 >= end || !isVerbish(t.get(close + 1))) {
          return Optional.empty();
        }
        drops.add(new int[] {v, close + 1});
        v = close + 1;
        break;
      }
      v++;
    }
    if (modifier == null && v > s + 1 && v < end && t.get(v - 1).text().equals(",")) {
      // "development of a replacement, begun two years ago, has been pushed back": a participle
      // aside between commas after the subject; the verb comes after it.
      int close = asideEnd(t, v, end);
      if (close > 0) {
        drops.add(new int[] {v - 1, close + 1});
        v = close + 1;
      }
    }
    // The subject's own words: an aside dropped before the verb does not count.
    int subjectStop = modifier != null ? head : v;
    for (int[] d : drops) {
      if (d[1] == v && modifier == null) {
        subjectStop = d[0];
      }
    }
    if (v >= end || v == s || !subjectOk(t, s, subjectStop, replaced[s] != null)) {
      return Optional.empty();
    }
    int vEnd = v;
    while (vEnd < end
        && (t.get(vEnd).tagIs("VB") || t.get(vEnd).tagIs("MD") || t.get(vEnd).tagIs("RB"))
        && (vEnd == v
            || !t.get(vEnd).opensPhrase()
            || t.get(vEnd).tagIs("RB")
            || t.get(vEnd).tagIs("VB") && t.get(vEnd - 1).tagIs("VB"))) {
      vEnd++;
    }
    while (vEnd > v + 1 && t.get(vEnd - 1).tagIs("RB")) {
      vEnd--; // "... said Friday": an adverb after the verb belongs to what follows
    }
    if (reducedRelative(t, v, vEnd, end)) {
      return Optional.empty();
    }
    boolean singular =
        replaced[s] != null && !possessive ? !plural(replaced[s]) : singular(t, s, v, drops);
    Optional<List<String>> verb = verbGroup(t, v, vEnd, singular, reported);
    if (verb.isEmpty()) {
      return Optional.empty();
    }
    int cut = clauseEnd(t, vEnd, end);
    // A second verb of the same subject: "... and agreed to an alliance" -> ", agrees to alliance".
    List<Tok> toks = t;
    int second = -1;
    boolean perfect = HeadlineVerbs.lemma(t.get(v).lower()).equals("have");
    for (int k = vEnd; k < cut - 1; k++) {
      if (t.get(k).lower().equals("and")
          && secondVerb(t, k + 1, cut, perfect)
          && (k == 0 || !t.get(k - 1).text().equals(","))) {
        second = k;
        break;
      }
    }
    if (second < 0) {
      int ext = clauseEndAllowingAnd(t, vEnd, end, cut);
      if (ext > cut) {
        for (int k = cut; k < ext - 1; k++) {
          if (t.get(k).lower().equals("and") && secondVerb(t, k + 1, ext, perfect)) {
            second = k;
            cut = clauseEnd(t, k + 2, end);
            break;
          }
        }
      }
    }
    if (second >= 0) {
      int sEnd = second + 1;
      while (sEnd < cut
          && (t.get(sEnd).tagIs("VB") || t.get(sEnd).tagIs("RB"))
          && (sEnd == second + 1 || !t.get(sEnd).opensPhrase() || t.get(sEnd).tagIs("RB"))) {
        sEnd++;
      }
      Optional<List<String>> v2 = verbGroup(t, second + 1, sEnd, singular, reported);
      if (v2.isPresent() && v2.get().size() == sEnd - second - 1) {
        replaced[second] = ",";
        for (int k = second + 1; k < sEnd; k++) {
          replaced[k] = v2.get().get(k - second - 1);
        }
      } else {
        cut = second;
      }
    }
    boolean[] keep = new boolean[t.size()];
    for (int k = s; k < cut; k++) {
      keep[k] = true;
    }
    for (int[] d : drops) {
      for (int k = d[0]; k < d[1]; k++) {
        keep[k] = false;
      }
    }
    dropDescriptor(t, s, v, drops, keep);
    if (shortSubject) {
      int[] pp = modifier == null && replaced[s] == null ? subjectPhrase(t, s, subjectStop) : null;
      if (pp == null) {
        return Optional.empty();
      }
      for (int k = pp[0]; k < pp[1]; k++) {
        keep[k] = false;
      }
    }
    if (compact) {
      int subjectEnd = modifier != null ? head : v;
      boolean subject = replaced[s] == null && knownName(t, s, subjectEnd, drops, known, keep);
      boolean objects = objectDescriptors(t, vEnd, cut, keep);
      if (!subject && !objects && !namedModifier) {
        return Optional.empty(); // nothing to make compact: the plain reading stands
      }
    }
    dropTimePhrases(t, vEnd, cut, keep);
    dropTimePhrases(t, s, v, keep);
    for (int k = s; k < cut; k++) {
      Tok x = t.get(k);
      if (x.tag().equals("DT") && ARTICLES.contains(x.lower())) {
        keep[k] = false;
      }
      if (x.lower().equals("that") && x.tag().equals("IN") && k == vEnd) {
        keep[k] = false; // "agreed that ...": the complementiser
      }
    }
    List<String> verbWords = verb.get();
    int subjectEnd = modifier != null ? head : v;
    boolean named = speaker != null || hasName(t, s, subjectEnd) || hasNumber(t, s, subjectEnd);
    // Whether the verb takes nothing in this clause but an adverb or a time phrase ("rose on
    // Friday", "have fallen dramatically today"): then the clause may end on it (or the adverb).
    boolean bare = bareVerb(t, vEnd, cut, keep);
    for (int k = v; k < vEnd; k++) {
      keep[k] = false;
    }
    // Fit: drop trailing phrases until the clause is short enough and ends well.
    Compressed cutOne = null;
    for (int tries = 0; tries < 12; tries++) {
      String text = render(sentence, toks, keep, replaced, v, verbWords, s, cut);
      int last = lastKept(keep, cut);
      boolean whole = last + 1 >= end || t.get(last + 1).text().equals(".");
      // "Stock markets fall dramatically [on worries that ...]": an adverb of the verb ends well.
      boolean adverbEnd =
          last == vEnd && t.get(last).tagIs("RB") && t.get(last).lower().endsWith("ly");
      // A clause cut mid-phrase ("confirmed as the man [who will present ...]") or before what
      // its verb requires is no headline while a shorter one ends cleanly; failing one, it is
      // returned marked cut, a last resort (Headlines takes it only when no sentence gives more).
      if (text.length() <= max
          && last >= vEnd
          && (endsWell(t, last) || adverbEnd)
          && wordCount(text) >= 3
          && Clauses.balanced(text)
          && VerbComplements.complete(t, vEnd, last, keep)
          && !stutters(text)
          && quotedVerbatim(text, sentence)
          && (whole || last == vEnd - 1 && passive(t, v, vEnd) || !Clauses.cutShort(text))) {
        int from = t.get(firstKept(keep, s, v)).start();
        if (speaker != null) {
          from = Math.min(from, t.get(speaker[0]).start());
        }
        int to = t.get(Math.max(last, vEnd - 1)).end();
        boolean cutShort =
            VerbComplements.dropsRequired(t, keep, v, vEnd, last, end)
                || !whole && VerbComplements.cutMidPhrase(t, last, end);
        Compressed c = new Compressed(text, from, to, mainVerb(t, v, vEnd), named, cutShort);
        if (!cutShort) {
          return Optional.of(c);
        }
        cutOne = cutOne == null ? c : cutOne;
      }
      if (last < vEnd
          && text.length() <= max
          && wordCount(text) >= 3
          && (intransitive(t, v, vEnd) || bare)
          && Clauses.balanced(text)) {
        int from = t.get(firstKept(keep, s, v)).start();
        if (speaker != null) {
          from = Math.min(from, t.get(speaker[0]).start());
        }
        boolean cutShort = VerbComplements.dropsRequired(t, keep, v, vEnd, vEnd - 1, end);
        Compressed c =
            new Compressed(
                text, from, t.get(vEnd - 1).end(), mainVerb(t, v, vEnd), named, cutShort);
        return Optional.of(cutShort && cutOne != null ? cutOne : c);
      }
      int newCut = shorterCut(t, vEnd, cut, keep);
      if (newCut < 0 || newCut >= cut) {
        return Optional.ofNullable(cutOne);
      }
      for (int k = newCut; k < cut; k++) {
        keep[k] = false;
      }
      if (second >= newCut) {
        second = -1;
      }
      cut = newCut;
    }
    return Optional.ofNullable(cutOne);
  }

  /**
   * Whether the comma at {@code c} lists the subject's parts: the words after it, up to the first
   * verb, hold an "and" or "or" and no other comma ("A, B and C units are ...").
   */
  private static boolean listedSubject(List<Tok> t, int c, int end) {
    boolean and = false;
    for (int k = c + 1; k < end; k++) {
      Tok x = t.get(k);
      if (isVerbish(x) && x.phrase().equals("VP")) {
        return and;
      }
      if (x.text().equals(",") || !(x.phrase().equals("NP") || x.tagIs("CC") || x.tagIs("POS"))) {
        return false;
      }
      and |= x.lower().equals("and") || x.lower().equals("or");
    }
    return false;
  }

  /**
   * Where a participle aside opening at {@code v} after a comma closes: the index of its closing
   * comma when a finite verb or an auxiliary follows that comma, else -1.
   */
  private static int asideEnd(List<Tok> t, int v, int end) {
    if (!t.get(v).tag().equals("VBN") && !t.get(v).tag().equals("VBG")) {
      return -1;
    }
    for (int k = v + 1; k < end && k < v + 12; k++) {
      if (t.get(k).text().equals(",")) {
        Tok next = k + 1 < end ? t.get(k + 1) : null;
        boolean finite =
            next != null
                && (next.tagIs("MD")
                    || next.tag().equals("VBZ")
                    || next.tag().equals("VBP")
                    || next.tag().equals("VBD"));
        return finite ? k : -1;
      }
      if (isVerbish(t.get(k)) && k > v) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a second verb of the clause's subject opens at {@code k}, after "and": a past verb
   * ("and agreed"), one after an adverb ("and later died"), or a participle sharing a perfect's
   * auxiliary ("has emulated ... and scored").
   */
  private static boolean secondVerb(List<Tok> t, int k, int end, boolean perfect) {
    int q = k;
    if (q + 1 < end && t.get(q).tagIs("RB") && !Words.isNegation(t.get(q).lower())) {
      q++;
    }
    return q < end && (t.get(q).tagIs("VBD") || perfect && t.get(q).tag().equals("VBN"));
  }

  /** Subject pronouns that open a clause of their own: "... after he killed ...". */
  private static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "they", "we", "i");

  /**
   * The part that describes the subject opening at {@code s}, as [from, main verb): a relative
   * clause ("offender who was the subject of a manhunt", "members whose names remain unreleased")
   * or a participle ("woman running an alleged scheme", "accountant accused of wounding two"), each
   * a relative's own verb counted off before the clause's verb; null when there is none or the
   * reading is unsure (a comma, another clause's subject, no verb left for the main clause).
   */
  static int[] subjectModifier(List<Tok> t, int s, int end) {
    int from = -1;
    int pending = 0;
    boolean participle = false;
    for (int k = s; k < end; k++) {
      Tok x = t.get(k);
      boolean afterNoun = k > s && t.get(k - 1).tagIs("NN");
      boolean afterCommonNoun = afterNoun && !t.get(k - 1).tagIs("NNP");
      if (x.text().equals(",") || x.text().equals(";") || x.text().equals(":")) {
        return null;
      }
      if (CLAUSE_SUBJECTS.contains(x.lower())
          || x.lower().equals("it") && k + 1 < end && isVerbish(t.get(k + 1))) {
        return null;
      }
      if (x.tagIs("WP") || x.tagIs("WDT") || x.lower().equals("that") && afterNoun) {
        if (from < 0 && !afterNoun) {
          return null;
        }
        from = from < 0 ? k : from;
        pending++;
        continue;
      }
      boolean finite =
          x.tag().equals("VBD") || x.tag().equals("VBZ") || x.tag().equals("VBP") || x.tagIs("MD");
      boolean passiveParticiple =
          x.tag().equals("VBN") || x.tag().equals("VBD") && k + 1 < end && t.get(k + 1).tagIs("IN");
      if (from < 0 && afterCommonNoun && (x.tag().equals("VBG") || passiveParticiple)) {
        from = k;
        participle = true;
        continue;
      }
      if (!finite) {
        continue;
      }
      if (from < 0) {
        return null; // the clause's own verb comes first: nothing describes the subject
      }
      if (pending > 0) {
        pending--;
        while (k + 1 < end && (t.get(k + 1).tagIs("VB") || t.get(k + 1).tagIs("RB"))) {
          k++;
        }
        continue;
      }
      // After a bare participle only an auxiliary or modal group is surely the main verb:
      // "The company filed for bankruptcy after the bank lost ..." has no subject modifier.
      String lemma = HeadlineVerbs.lemma(x.lower());
      boolean auxiliary =
          x.tagIs("MD")
              || (lemma.equals("be") || lemma.equals("have"))
                  && k + 1 < end
                  && (t.get(k + 1).tagIs("VB") || t.get(k + 1).tagIs("RB"));
      if (participle && !auxiliary && !t.get(from).tag().equals("VBG")) {
        return null;
      }
      return k - from >= 2 && from - s >= 1 ? new int[] {from, k} : null;
    }
    return null;
  }

  /**
   * "A series of images capturing the late actor Peter O'Toole on set ... have been released": a
   * participle that describes a subject without a name keeps its object when that names someone
   * ("Series of images capturing late actor Peter O'Toole released", not "Series of images
   * released"); what follows that object still goes. The modifier as given otherwise.
   */
  private static int[] namedParticiple(List<Tok> t, int s, int[] modifier) {
    int p = modifier[0];
    if (!t.get(p).tag().equals("VBG") || hasName(t, s, p) || p + 1 >= modifier[1]) {
      return modifier;
    }
    int e = p + 1;
    if (!t.get(e).phrase().equals("NP") || !t.get(e).opensPhrase()) {
      return modifier;
    }
    e++;
    while (e < modifier[1] && t.get(e).phrase().equals("NP") && !t.get(e).opensPhrase()) {
      e++;
    }
    return hasName(t, p + 1, e) && e < modifier[1] ? new int[] {e, modifier[1]} : modifier;
  }

  /**
   * "American auto company Chrysler" -> "Chrysler": a description in common nouns before the name
   * that ends the subject goes, as headlines name the actor alone.
   */
  private static void dropDescriptor(List<Tok> t, int s, int v, List<int[]> drops, boolean[] keep) {
    int end = v;
    for (int[] d : drops) {
      if (d[1] == v) {
        end = d[0];
      }
    }
    int name = end;
    while (name > s && t.get(name - 1).tagIs("NNP")) {
      name--;
    }
    if (name == end || name == s) {
      return;
    }
    // "The United States's largest car manufacturer General Motors": a possessive name may lead.
    int from = s;
    for (int k = s; k < name; k++) {
      if (t.get(k).tag().equals("POS")) {
        from = k + 1;
      }
    }
    boolean common = false;
    for (int k = from; k < name; k++) {
      Tok x = t.get(k);
      if (!(x.tag().equals("DT") || x.tagIs("JJ") || x.tagIs("NN"))) {
        return;
      }
      common |= x.tag().equals("NN") || x.tag().equals("NNS");
    }
    common &= t.get(name - 1).tag().equals("NN") || t.get(name - 1).tag().equals("NNS");
    if (common) {
      for (int k = s; k < name; k++) {
        keep[k] = false;
      }
    }
  }

  /**
   * "President of the United States Barack Obama" -> "Obama": a subject ending in a name of two or
   * more words whose last the story also uses alone keeps only that word; not a subject of several
   * ("Northrop Grumman and EADS"). Whether it shrank.
   */
  private static boolean knownName(
      List<Tok> t, int s, int v, List<int[]> drops, Set<String> known, boolean[] keep) {
    int end = v;
    for (int[] d : drops) {
      if (d[1] == v) {
        end = d[0];
      }
    }
    if (end - s < 2
        || !t.get(end - 1).tag().equals("NNP")
        || !known.contains(t.get(end - 1).text())) {
      return false;
    }
    // Only a subject whose head is the name: titles and descriptions before it, no "Family of
    // ... Chris Lane", "Police in Maryland", "Merry widow from Edinburgh" (whose head is another).
    for (int k = s; k < end; k++) {
      Tok x = t.get(k);
      boolean title = x.lower().equals("of") && k > s && t.get(k - 1).tag().equals("NNP");
      // "Former US president and Nobel laureate Barack Obama": one person of two descriptions,
      // not "Northrop Grumman and EADS", two subjects.
      boolean joins =
          x.lower().equals("and")
              && k > s
              && t.get(k - 1).tagIs("NN")
              && !t.get(k - 1).tagIs("NNP");
      boolean describes =
          x.tag().equals("DT") || x.tagIs("JJ") || x.tagIs("NN") || x.tagIs("CD") || title || joins;
      if (!describes || x.tag().equals("NNPS") && k == end - 1) {
        return false;
      }
    }
    for (int k = s; k < end; k++) {
      if (t.get(k).lower().equals("of")) {
        for (int q = s; q < k; q++) {
          if (!t.get(q).tag().equals("NNP") && !t.get(q).tag().equals("DT")) {
            return false; // "Family of murdered ... Chris Lane": of a common noun
          }
        }
      }
    }
    for (int k = s; k < end - 1; k++) {
      keep[k] = false;
    }
    return true;
  }

  /**
   * "a lawsuit against computer and electronics maker Apple Computer" -> "against Apple Computer":
   * in each noun phrase after the verb, a description in common words before the name that ends it
   * goes. Whether any went.
   */
  private static boolean objectDescriptors(List<Tok> t, int vEnd, int cut, boolean[] keep) {
    boolean any = false;
    int k = vEnd;
    while (k < cut) {
      if (!t.get(k).phrase().equals("NP") || !t.get(k).opensPhrase()) {
        k++;
        continue;
      }
      int e = k + 1;
      while (e < cut && t.get(e).phrase().equals("NP") && !t.get(e).opensPhrase()) {
        e++;
      }
      int name = e;
      while (name > k && t.get(name - 1).tagIs("NNP")) {
        name--;
      }
      int from = k < e && t.get(k).tag().equals("DT") ? k + 1 : k;
      boolean common = name > from && name < e && t.get(name - 1).tagIs("NN");
      for (int q = from; q < name && common; q++) {
        Tok x = t.get(q);
        common = x.tag().equals("NN") || x.tag().equals("NNS") || x.tagIs("JJ") || x.tagIs("CC");
      }
      if (common) {
        for (int q = k; q < name; q++) {
          keep[q] = false;
        }
        if (k >= vEnd + 2 && t.get(k - 1).text().equals("-") && t.get(k - 2).tagIs("CD")) {
          keep[k - 1] = false; // "26 - year-old karate instructor": the number is the age's
          keep[k - 2] = false;
        }
        any = true;
      }
      k = e;
    }
    return any;
  }

  /** The verb group in headline tense, with the verb's words in their sentence case. */
  private static Optional<List<String>> verbGroup(
      List<Tok> t, int v, int vEnd, boolean singular, boolean reported) {
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (int k = v; k < vEnd; k++) {
      // "announced that the government would be providing": in what was reported, "would" is the
      // reporter's "will" moved back a tense, the future of then, not a conditional.
      boolean shifted = reported && k == v && t.get(k).lower().equals("would");
      words.add(shifted ? "will" : t.get(k).text());
      tags.add(t.get(k).tag());
    }
    return HeadlineVerbs.headlineTense(words, tags, singular);
  }

  /** "Five years after its launch, ...", "Two days before the vote, ...": a span of time opens. */
  private static boolean spanThenSubordinator(List<Tok> t, int end) {
    int k = 0;
    while (k < end && t.get(k).phrase().equals("NP") && !t.get(k).tagIs("NNP")) {
      k++;
    }
    return k > 0
        && k < end
        && t.get(k - 1).tagIs("NNS")
        && Set.of("after", "before", "since", "ago").contains(t.get(k).lower());
  }

  /**
   * Whether the sentence opens with a clause of time led by a noun phrase ending in "time" right
   * before a subject of its own ("The last time Frank Jordan spoke with his son, ..."): the chunker
   * reads it as the subject, but the main clause comes after the comma.
   */
  private static boolean timeClause(List<Tok> t, int end) {
    int k = 0;
    while (k + 1 < end && t.get(k + 1).phrase().equals("NP") && !t.get(k + 1).opensPhrase()) {
      k++;
    }
    return k + 1 < end
        && Set.of("time", "moment").contains(t.get(k).lower())
        && t.get(k).tagIs("NN")
        && t.get(k + 1).phrase().equals("NP")
        && t.get(k + 1).opensPhrase();
  }

  /**
   * Whether the sentence opens with a phrase before its subject: a subordinate or adverbial part,
   * or a participle and its preposition ("Dotted among scrubland", which the tagger may read as a
   * name).
   */
  private static boolean opensWithPhrase(List<Tok> t) {
    if (t.size() < 3) {
      return false;
    }
    String w = t.get(0).lower();
    return mainStart(t, t.size()) != 0
        || (w.endsWith("ed") || w.endsWith("ing")) && t.get(1).tag().equals("IN");
  }

  /** Where the main clause starts: 0, or after an opening subordinate or adverbial part. */
  private static int mainStart(List<Tok> t, int end) {
    Tok first = t.get(0);
    boolean opener =
        first.tagIs("IN")
            || first.tagIs("RB")
            || first.tagIs("VBG")
            || first.tagIs("VBN")
            || first.tagIs("WRB")
            || first.tagIs("TO")
            || first.tagIs("CC")
            || first.phrase().equals("PP")
            || first.phrase().equals("SBAR")
            || first.phrase().equals("ADVP")
            || SUBORDINATORS.contains(first.lower())
            || spanThenSubordinator(t, end)
            || timeClause(t, end);
    if (!opener) {
      return 0;
    }
    for (int k = 1; k < Math.min(end - 2, (int) (end * 0.7)); k++) {
      if (t.get(k).text().equals(",")) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * Past an attribution that leads the clause ("Police said [that] ...", "The BBC says ...",
   * "Officials told reporters ..."): where the reported clause starts, or -1 when there is none.
   */
  private static int afterAttribution(List<Tok> t, int s, int end) {
    int k = s;
    while (k < end && !(isVerbish(t.get(k)) && t.get(k).phrase().equals("VP"))) {
      if (t.get(k).text().equals(",")) {
        return -1;
      }
      k++;
    }
    while (k + 1 < end
        && (t.get(k + 1).tagIs("VB") || t.get(k + 1).tagIs("RB"))
        && !t.get(k + 1).opensPhrase()) {
      k++; // "has announced": the reporting verb ends the group
    }
    if (k >= end || k == s || !HeadlineVerbs.reporting(t.get(k).lower())) {
      return -1;
    }
    int r = k + 1;
    if (t.get(k).lower().equals("told") || t.get(k).lower().equals("tells")) {
      while (r < end && t.get(r).phrase().equals("NP")) {
        r++; // "told reporters"
      }
    }
    while (r < end
        && (TIME_WORDS.contains(t.get(r).lower())
            || t.get(r).tagIs("RB")
            || t.get(r).lower().equals("on")
                && r + 1 < end
                && TIME_WORDS.contains(t.get(r + 1).lower()))) {
      r++; // "announced Friday that", "said today", "said on Tuesday that"
    }
    if (r < end && t.get(r).lower().equals("that")) {
      r++;
    }
    // What follows must be a clause of its own: a subject and then a verb.
    int verb = r;
    while (verb < end && !isVerbish(t.get(verb))) {
      verb++;
    }
    return verb > r && verb < end ? r : -1;
  }

  static boolean isVerbish(Tok x) {
    return x.tagIs("VB") || x.tagIs("MD");
  }

  /** The noun phrase that opens at {@code s} and runs to the first verb, as [from, to). */
  private static int[] subjectSpan(List<Tok> t, int s) {
    int k = s;
    while (k < t.size() && !isVerbish(t.get(k))) {
      if (t.get(k).text().equals(",")) {
        return null;
      }
      k++;
    }
    while (k > s && (t.get(k - 1).tagIs("RB") || TIME_WORDS.contains(t.get(k - 1).lower()))) {
      k--;
    }
    return k > s ? new int[] {s, k} : null;
  }

  private static boolean hasName(List<Tok> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).tagIs("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** "was delayed", "has been arrested": a passive, whole without an object. */
  private static boolean passive(List<Tok> t, int v, int vEnd) {
    if (vEnd - v < 2 || !t.get(vEnd - 1).tag().equals("VBN")) {
      return false;
    }
    String lemma = HeadlineVerbs.lemma(t.get(vEnd - 2).lower());
    return lemma.equals("be") || t.get(vEnd - 2).lower().equals("been");
  }

  private static boolean hasNumber(List<Tok> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).tagIs("CD")) {
        return true;
      }
    }
    return false;
  }

  /** The lemma of the last verb of the group: "has been arrested" gives "arrest". */
  private static String mainVerb(List<Tok> t, int v, int vEnd) {
    for (int k = vEnd - 1; k >= v; k--) {
      if (t.get(k).tagIs("VB")) {
        return HeadlineVerbs.lemma(t.get(k).lower());
      }
    }
    return HeadlineVerbs.lemma(t.get(v).lower());
  }

  private static boolean plural(String np) {
    return np.contains(" and ");
  }

  private static boolean subjectOk(List<Tok> t, int s, int v, boolean resolved) {
    if (resolved) {
      return true;
    }
    boolean noun = false;
    for (int k = s; k < v; k++) {
      Tok x = t.get(k);
      if (x.tagIs("NN") || x.tagIs("CD")) {
        noun = true;
      }
      if (k > s
          && x.tag().equals("DT")
          && Set.of("these", "those", "this").contains(x.lower())
          && t.get(k - 1).tagIs("NN")) {
        return false; // "Dotted among scrubland these huge arrows": two phrases run together
      }
      if (x.tagIs("WP")
          || x.tagIs("WDT")
          || x.tag().equals("EX")
          || SUBORDINATORS.contains(x.lower())
          || x.lower().equals("that")) {
        return false;
      }
    }
    String first = t.get(s).lower();
    if (t.get(s).tag().equals("VBN") || t.get(s).tag().equals("VBG")) {
      return false; // "Dotted among the scrubland these arrows": an opener, not a subject
    }
    if (PRONOUNS.contains(first) && v - s == 1 || t.get(s).tag().equals("PRP")) {
      return false;
    }
    if (t.get(s).tag().equals("PRP$")) {
      return false; // "His lawyer ...": whose, the headline cannot say
    }
    return noun && v - s <= 12;
  }

  private static boolean singular(List<Tok> t, int s, int v, List<int[]> drops) {
    int head = v - 1;
    for (int[] d : drops) {
      if (d[1] == v) {
        head = d[0] - 1;
      }
    }
    for (int k = s; k <= head; k++) {
      if (t.get(k).lower().equals("and")) {
        return false;
      }
    }
    // "The mayor of London": the head noun comes before "of".
    for (int k = s; k <= head; k++) {
      if (t.get(k).tagIs("IN")) {
        head = k - 1;
        break;
      }
    }
    while (head > s && !(t.get(head).tagIs("NN") || t.get(head).tagIs("CD"))) {
      head--; // "Stock indexes worldwide": the noun, not the adverb after it
    }
    if (head < s) {
      return true;
    }
    Tok h = t.get(head);
    if (h.lower().equals("police") || h.lower().equals("people")) {
      return false;
    }
    if (h.tag().equals("NNPS") && head > s && t.get(head - 1).tagIs("NNP")) {
      return SINGULAR_NAME_ENDS.contains(h.lower()); // "General Motors" is one; "Red Sox" many
    }
    if (QUANTIFIERS.contains(h.lower())) {
      for (int k = head + 1; k < v; k++) {
        if (t.get(k).tag().equals("NNS") || t.get(k).tag().equals("NNPS")) {
          return false; // "most of its bondholders"
        }
      }
    }
    return !(h.tag().equals("NNS") || h.tag().equals("NNPS"));
  }

  /** The end of the main clause after the verb: at a clause boundary, or the sentence's end. */
  private static int clauseEnd(List<Tok> t, int from, int end) {
    for (int k = from; k < end; k++) {
      Tok x = t.get(k);
      String lw = x.lower();
      if (lw.equals(";")
          || lw.equals(":")
          || lw.equals("(")
          || lw.equals("--")
          || lw.equals("—")
          || lw.equals("–")) {
        return k;
      }
      if (lw.equals("-")
          && k > 0
          && t.get(k).start() > t.get(k - 1).end()
          && !(k + 1 < end && compounds(t.get(k - 1), t.get(k + 1)))) {
        return k; // a spaced hyphen opens an aside, unless inside a word ("Wal - Mart")
      }
      if (lw.equals(",") && k > from) {
        return k;
      }
      if (k > from && (x.tagIs("WDT") || x.tagIs("WP") || x.tagIs("WRB"))) {
        return k;
      }
      if (k > from
          && SUBORDINATORS.contains(lw)
          && (x.tagIs("IN") || x.tagIs("VBG") || x.tagIs("RB") || lw.equals("according"))
          && !prepositional(t, k, end)) {
        return k;
      }
      if (k > from && x.phrase().equals("SBAR") && x.opensPhrase() && !lw.equals("that")) {
        return k;
      }
      if (k > from + 1 && x.tagIs("VBG") && t.get(k - 1).text().equals(",")) {
        return k - 1;
      }
    }
    return end;
  }

  /**
   * "named Mary Barra as its new chief executive", "delayed after an accident": a subordinator used
   * as a preposition, with a noun phrase and no verb of its own up to the clause's end or comma.
   */
  private static boolean prepositional(List<Tok> t, int k, int end) {
    String lw = t.get(k).lower();
    if (!Set.of("as", "after", "before", "since", "until", "following", "despite", "amid")
            .contains(lw)
        || k + 1 >= end
        || !t.get(k + 1).phrase().equals("NP")) {
      return false;
    }
    for (int q = k + 1; q < end; q++) {
      Tok x = t.get(q);
      if (x.text().equals(",") || x.text().equals(";")) {
        return true;
      }
      if (isVerbish(x) || x.tagIs("WDT") || x.tagIs("WP")) {
        return false;
      }
    }
    return true;
  }

  private static boolean compoundPart(Tok x) {
    char c = x.text().charAt(0);
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || x.text().length() <= 4 && Character.isLowerCase(c) && x.tagIs("NN");
  }

  /** Like {@link #clauseEnd}, but running past a comma that only precedes "and" + a past verb. */
  private static int clauseEndAllowingAnd(List<Tok> t, int from, int end, int cut) {
    if (cut + 2 < end
        && t.get(cut).text().equals(",")
        && t.get(cut + 1).lower().equals("and")
        && t.get(cut + 2).tagIs("VBD")) {
      return Math.min(end, cut + 3);
    }
    return cut;
  }

  private static void dropTimePhrases(List<Tok> t, int from, int to, boolean[] keep) {
    // "five years ago", "a few days ago": the whole span, not "ago" alone ("plays for Derby on
    // loan five years").
    for (int a = from + 1; a < to; a++) {
      if (t.get(a).lower().equals("ago") && t.get(a - 1).tagIs("NN")) {
        int q = a - 1;
        while (q - 1 >= from
            && a - q < 4
            && (t.get(q - 1).tagIs("CD") || t.get(q - 1).tagIs("DT") || t.get(q - 1).tagIs("JJ"))) {
          q--;
        }
        for (int z = q; z <= a; z++) {
          keep[z] = false;
        }
      }
    }
    int k = from;
    while (k < to) {
      Tok x = t.get(k);
      // "on Monday", "last week", "earlier this month", "in 2008"
      int j = k;
      boolean ofThis = // "in the third quarter of this year"
          x.lower().equals("of")
              && k + 1 < to
              && Set.of("this", "last", "next").contains(t.get(k + 1).lower());
      if (x.lower().equals("since")) {
        k++; // "best finish since November 2008": the measure of what it says
        while (k < to && (TIME_WORDS.contains(t.get(k).lower()) || t.get(k).tagIs("CD"))) {
          k++;
        }
        continue;
      }
      // "begin on Wednesday": the tagger reads "on" after a verb as its particle.
      if ((x.tagIs("IN") || x.tag().equals("RP")) && (!x.lower().equals("of") || ofThis)) {
        j = k + 1;
      }
      if (hyphenated(t, j, to)) {
        k++;
        continue; // "36 - year - old": part of a compound
      }
      int m = j;
      boolean time = false;
      while (m < to
          && (timeWord(t.get(m))
              || t.get(m).tag().equals("DT") && m + 1 < to && timeWord(t.get(m + 1))
              || t.get(m).tagIs("CD") && year(t.get(m).text())
              || t.get(m).tagIs("CD") && m > j && timeWord(t.get(m - 1)))) {
        if (timeWord(t.get(m)) || year(t.get(m).text())) {
          time = true;
        }
        m++;
      }
      if (time
          && m > j
          && (m == to || !t.get(m).tagIs("NN") && !t.get(m).tag().equals("POS"))
          && !onlyModifier(t, j, m)) {
        for (int q = k; q < m; q++) {
          keep[q] = false;
        }
        k = m;
      } else {
        k++;
      }
    }
  }

  /** A word of a time phrase; "may" only as the month ("this may have" is no time phrase). */
  static boolean timeWord(Tok x) {
    return TIME_WORDS.contains(x.lower())
        && !(x.lower().equals("may") && (!x.text().equals("May") || x.tagIs("MD")));
  }

  private static boolean hyphenated(List<Tok> t, int j, int to) {
    return j < to
        && (j > 0 && t.get(j - 1).text().equals("-")
            || j + 1 < t.size() && t.get(j + 1).text().equals("-"));
  }

  /** "this", "last", "next" alone are no time phrase: "this deal", "last year" is. */
  private static boolean onlyModifier(List<Tok> t, int j, int m) {
    for (int q = j; q < m; q++) {
      String lw = t.get(q).lower();
      if (!Set.of("this", "last", "next", "early", "late", "earlier", "later").contains(lw)) {
        return false;
      }
    }
    return true;
  }

  private static boolean year(String s) {
    return s.matches("(?:19|20)\\d\\d");
  }

  /** A shorter end for the clause: before its last prepositional phrase or conjunction. */
  private static int shorterCut(List<Tok> t, int vEnd, int cut, boolean[] keep) {
    for (int k = cut - 1; k >= vEnd; k--) {
      Tok x = t.get(k);
      if (!keep[k]) {
        continue;
      }
      if ((x.tagIs("IN") || x.tagIs("TO") || x.tagIs("CC") || x.text().equals(","))
          && !x.lower().equals("of")
          && (k > vEnd || x.tagIs("IN"))) { // right after the verb: only a whole phrase
        return k;
      }
      if (k > vEnd + 1 && (x.tagIs("VBN") || x.tagIs("VBG")) && x.opensPhrase()) {
        return k; // "rose 43% [compared to the same period]": a participle phrase
      }
      if (k > vEnd + 1 && "\"“”".contains(x.text()) && t.get(k - 1).tagIs("CD")) {
        return k; // "with AU$52.5 million [\"financial assistance package\"]": the sum says it
      }
    }
    return -1;
  }

  /**
   * Whether nothing after the verb group up to the clause's end is kept but adverbs: its object and
   * complements, if any, were time phrases already dropped ("rose [on Friday]").
   */
  private static boolean bareVerb(List<Tok> t, int vEnd, int cut, boolean[] keep) {
    if (vEnd == 0 || HeadlineVerbs.reporting(t.get(vEnd - 1).lower())) {
      return false; // "Steve Jobs announced [on Monday]": what he announced was cut
    }
    for (int k = vEnd; k < cut; k++) {
      if (keep[k] && !(t.get(k).tagIs("RB") && t.get(k).lower().endsWith("ly"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Emails exchanged among officials ... have been entered", "A woman named Yvonne Hiller shot
   * ...": a lone past participle with a finite verb after it modifies the subject; it is not the
   * clause's verb.
   */
  private static boolean reducedRelative(List<Tok> t, int v, int vEnd, int end) {
    boolean vbn = t.get(v).tag().equals("VBN");
    if (vEnd - v != 1 || !(vbn || t.get(v).tag().equals("VBD"))) {
      return false;
    }
    for (int k = vEnd; k < end; k++) {
      Tok x = t.get(k);
      if (x.text().equals(",")
          || x.text().equals(";")
          || x.tagIs("WDT")
          || x.tagIs("WP")
          || x.tagIs("CC")
          || x.lower().equals("that")) {
        return false;
      }
      String lemma = HeadlineVerbs.lemma(x.lower());
      boolean auxiliary =
          (lemma.equals("be") || lemma.equals("have"))
              && k + 1 < end
              && (t.get(k + 1).tag().equals("VBN") || t.get(k + 1).tag().equals("VBG"));
      boolean finite = x.tag().equals("VBD") || x.tag().equals("VBZ") || x.tag().equals("VBP");
      if (x.tagIs("MD") || auxiliary || vbn && finite) {
        return true;
      }
    }
    return false;
  }

  /** "Bank of America": an "of" between two parts of a name, inside the subject from {@code s}. */
  private static boolean ofInName(List<Tok> t, int k, int s) {
    return k > s
        && t.get(k).lower().equals("of")
        && t.get(k - 1).tagIs("NNP")
        && k + 1 < t.size()
        && t.get(k + 1).tagIs("NNP");
  }

  private static boolean intransitive(List<Tok> t, int v, int vEnd) {
    String lemma = HeadlineVerbs.lemma(t.get(vEnd - 1).lower());
    return Set.of("die", "resign", "crash", "collapse", "retire", "surrender", "quit", "erupt")
            .contains(lemma)
        || t.get(vEnd - 1).tag().equals("VBN") && vEnd - v > 1;
  }

  private static boolean endsWell(List<Tok> t, int last) {
    Tok x = t.get(last);
    boolean openAfter =
        last + 1 < t.size() && (t.get(last + 1).tagIs("IN") || t.get(last + 1).tagIs("TO"));
    return !BAD_END_TAGS.contains(x.tag())
        && !(x.tagIs("JJ") && openAfter) // "takes place due" [to]
        && !(x.tagIs("CD") && last + 1 < t.size() && t.get(last + 1).lower().equals("of"))
        && !(x.tagIs("JJ") && last + 1 < t.size() && t.get(last + 1).tagIs("NN"))
        && !x.tagIs("RB")
        && !(x.tagIs("VB")
            && !x.tag().equals("VBN")
            && !x.tag().equals("VBD")
            && !x.tag().equals("VBZ")
            && !x.tag().equals("VBP")
            && !x.tag().equals("VB"))
        && !HeadlineVerbs.reporting(x.lower())
        && !(x.tagIs("VB")
            && Set.of("be", "been", "being", "have", "has", "had", "is", "was")
                .contains(x.lower()));
  }

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|“([^”]+)”");

  /** Whether words in quotation marks are the sentence's as written (no article dropped). */
  private static boolean quotedVerbatim(String text, String sentence) {
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      String inner = m.group(1) != null ? m.group(1) : m.group(2);
      if (!sentence.contains(inner.strip())) {
        return false;
      }
    }
    return true;
  }

  /** "and and": words left side by side by what was dropped between them. */
  private static boolean stutters(String text) {
    List<String> w = Words.lowerWords(text);
    for (int i = 1; i < w.size(); i++) {
      if (w.get(i).equals(w.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static int lastKept(boolean[] keep, int cut) {
    for (int k = cut - 1; k >= 0; k--) {
      if (keep[k]) {
        return k;
      }
    }
    return -1;
  }

  private static int firstKept(boolean[] keep, int s, int v) {
    for (int k = s; k < v; k++) {
      if (keep[k]) {
        return k;
      }
    }
    return v;
  }

  /** The kept words with the sentence's own spacing, the verb group replaced. */
  private static String render(
      String sentence,
      List<Tok> t,
      boolean[] keep,
      String[] replaced,
      int v,
      List<String> verbWords,
      int s,
      int cut) {
    StringBuilder b = new StringBuilder();
    int prev = -1;
    for (int k = s; k < cut; k++) {
      if (k == v) {
        for (String w : verbWords) {
          if (!w.startsWith("'") && !w.startsWith("’") && !w.equalsIgnoreCase("n't")) {
            space(b);
          }
          b.append(w);
        }
        prev = -1;
        continue;
      }
      if (!keep[k]) {
        continue;
      }
      String word = replaced[k] != null ? replaced[k] : t.get(k).text();
      boolean attach =
          prev >= 0 && prev == k - 1 && t.get(k).start() == t.get(prev).end()
              || prev >= 0
                  && prev == k - 1
                  && (compoundHyphen(t, keep, k) || compoundHyphen(t, keep, k - 1))
              || word.equals(",")
              || clitic(t, k);
      if (!attach) {
        space(b);
      }
      b.append(word);
      prev = k;
    }
    String out = b.toString().strip().replaceAll("\\s+,", ",").replaceAll(",\\s*,", ",");
    while (out.endsWith(",")) {
      out = out.substring(0, out.length() - 1).strip();
    }
    return Trimmer.capitalize(out);
  }

  /**
   * Whether the hyphen at {@code k} joins the two kept words around it into one ("5.6 -magnitude",
   * "Wal - Mart", "36 - year - old" in pre-tokenised text): written joined, as the compound it is.
   */
  static boolean compoundHyphen(List<Tok> t, boolean[] keep, int k) {
    if (k <= 0
        || k + 1 >= t.size()
        || !t.get(k).text().equals("-")
        || !keep[k - 1]
        || !keep[k + 1]
        || !Character.isLetterOrDigit(t.get(k - 1).text().charAt(0))
        || !Character.isLetterOrDigit(t.get(k + 1).text().charAt(0))) {
      return false;
    }
    boolean before = t.get(k).start() > t.get(k - 1).end();
    boolean after = t.get(k + 1).start() > t.get(k).end();
    return before != after || compounds(t.get(k - 1), t.get(k + 1));
  }

  /**
   * Whether two words around a spaced hyphen make one compound: two names or numbers ("Wal -
   * Mart"), or content words one of which is short ("co - workers", "multi - pronged", "year -
   * old"), not a dash before a function word ("Apple Inc. - and").
   */
  private static boolean compounds(Tok a, Tok b) {
    return compoundPart(a) && compoundPart(b)
        || hyphenPart(a) && hyphenPart(b) && Math.min(a.text().length(), b.text().length()) <= 5;
  }

  private static boolean hyphenPart(Tok x) {
    return compoundPart(x)
        || Character.isLowerCase(x.text().charAt(0))
            && (x.tagIs("NN")
                || x.tagIs("JJ")
                || x.tagIs("VBN")
                || x.tagIs("VBG")
                || x.tagIs("FW"));
  }

  /**
   * Whether the token is a clitic or closing quote written onto the word before ("'s", "n't",
   * "players'"), not a quotation mark opening after a space ("branded 'eccentric'").
   */
  private static boolean clitic(List<Tok> t, int k) {
    String x = t.get(k).text();
    if (!x.startsWith("'") && !x.startsWith("’")) {
      return false;
    }
    return x.length() > 1 || k == 0 || t.get(k).start() == t.get(k - 1).end();
  }

  private static void space(StringBuilder b) {
    if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
      b.append(' ');
    }
  }

  private static boolean isPunct(Tok x) {
    return !Character.isLetterOrDigit(x.text().charAt(0)) && !x.text().equals("%");
  }

  private static boolean isCloser(Tok x) {
    return x.text().equals("\"") || x.text().equals("”") || x.text().equals(")");
  }

  private static int wordCount(String text) {
    return Words.count(text);
  }

  /** Lower-case form, for tests. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
