package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.List;
import java.util.Set;

/**
 * The subject of a clause being compressed, on OpenNLP tags and chunks: where it ends, what
 * describes it (a relative clause or participle, an aside between commas, a description before a
 * name), whether it names someone and is singular, and what may go to fit a headline ("President of
 * the United States Barack Obama" -> "Obama"), objects' descriptions included.
 */
final class Subjects {
  private Subjects() {}

  /** Plural-looking last words of names of one thing ("General Motors", "United States"). */
  static final Set<String> SINGULAR_NAME_ENDS =
      WordLists.words(ClauseCompression.class, "singular-name-ends.txt");

  /** Quantifiers that take the number of what follows "of": "most of the bondholders". */
  static final Set<String> QUANTIFIERS =
      Set.of("most", "many", "some", "all", "both", "several", "few", "none", "half");

  static final Set<String> PRONOUNS =
      Set.of("he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those");

  /** Subject pronouns that open a clause of their own: "... after he killed ...". */
  static final Set<String> CLAUSE_SUBJECTS = Set.of("he", "she", "they", "we", "i");

  /**
   * The prepositional phrase that closes the subject ("over noise levels" in "An argument between
   * two Brisbane neighbours over noise levels"), as [from, to), or null: never an "of" phrase,
   * which names what the head noun is of.
   */
  static int[] subjectPhrase(List<Tok> t, int s, int v) {
    return subjectPhrase(t, s, v, false);
  }

  /**
   * As {@link #subjectPhrase(List, int, int)}; {@code first}: every phrase after the head noun,
   * from the first preposition on, when only noun and prepositional phrases follow it ("on her way
   * to a religious service in Richmond Hill last Friday").
   */
  static int[] subjectPhrase(List<Tok> t, int s, int v, boolean first) {
    if (first) {
      for (int k = s + 1; k < v; k++) {
        Tok x = t.get(k);
        if (x.tagIs("IN")
            && x.opensPhrase()
            && !x.lower().equals("of")
            && t.get(k - 1).tagIs("NN")) {
          for (int q = k; q < v; q++) {
            String phrase = t.get(q).phrase();
            Tok y = t.get(q);
            boolean clause = // "in Turkmenistan which are planned": a relative clause, no phrase
                y.tagIs("WDT")
                    || y.tagIs("WP")
                    || y.lower().equals("that")
                    || ClauseBounds.SUBORDINATORS.contains(y.lower());
            if (clause || !(phrase.equals("NP") || phrase.equals("PP") || y.tagIs("TO"))) {
              return null;
            }
          }
          return new int[] {k, v};
        }
      }
      return null;
    }
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

  /**
   * Whether the comma at {@code c} lists the subject's parts: the words after it, up to the first
   * verb, hold an "and" or "or" and no other comma ("A, B and C units are ...").
   */
  static boolean listedSubject(List<Tok> t, int c, int end) {
    boolean and = false;
    for (int k = c + 1; k < end; k++) {
      Tok x = t.get(k);
      if (ClauseCompression.isVerbish(x) && x.phrase().equals("VP")) {
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
  static int asideEnd(List<Tok> t, int v, int end) {
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
      if (ClauseCompression.isVerbish(t.get(k)) && k > v) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether "by" (after a particle: "carried out by") opens at {@code k}: a passive's agent. */
  private static boolean byAgent(List<Tok> t, int k, int end) {
    int at = k < end && t.get(k).tagIs("RP") ? k + 1 : k;
    return at < end && t.get(at).lower().equals("by");
  }

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
    boolean agentive = false;
    for (int k = s; k < end; k++) {
      Tok x = t.get(k);
      boolean afterNoun = k > s && t.get(k - 1).tagIs("NN");
      boolean afterCommonNoun = afterNoun && !t.get(k - 1).tagIs("NNP");
      if (x.text().equals(",") || x.text().equals(";") || x.text().equals(":")) {
        return null;
      }
      if (CLAUSE_SUBJECTS.contains(x.lower())
          || x.lower().equals("it") && k + 1 < end && ClauseCompression.isVerbish(t.get(k + 1))) {
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
          x.tag().equals("VBN")
              || x.tag().equals("VBD")
                  && k + 1 < end
                  && (t.get(k + 1).tagIs("IN") || byAgent(t, k + 1, end));
      // A sentence's first word is capitalised whatever it is: "Research" may be tagged a name.
      boolean afterFirstNoun = afterNoun && k - 1 == s && byAgent(t, k + 1, end);
      if (from < 0
          && (afterCommonNoun || afterFirstNoun)
          && (x.tag().equals("VBG") || passiveParticiple)) {
        from = k;
        participle = true;
        // "Research carried out by the Forsa Institute found ...": a participle with its agent
        // is surely passive, so the next finite verb is the clause's.
        agentive = byAgent(t, k + 1, end);
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
      if (participle && !auxiliary && !agentive && !t.get(from).tag().equals("VBG")) {
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
  static int[] namedParticiple(List<Tok> t, int s, int[] modifier) {
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
  static void dropDescriptor(List<Tok> t, int s, int v, List<int[]> drops, boolean[] keep) {
    if (namedAside(t, s, v, drops, keep)) {
      return;
    }
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
   * "Irish low cost airline, Ryanair, announced ..." -> "Ryanair announces ...": a subject in
   * common nouns whose name follows it between commas, as an aside the clause drops, is named by
   * that name (dev Wikinews 34, "Irish cost airline announces"). Whether it was.
   */
  private static boolean namedAside(List<Tok> t, int s, int v, List<int[]> drops, boolean[] keep) {
    for (int[] d : drops) {
      if (d[1] != v || d[0] <= s || !t.get(d[0]).text().equals(",")) {
        continue;
      }
      int close = v - 1;
      if (!t.get(close).text().equals(",") || close <= d[0] + 1) {
        return false;
      }
      // "The world's largest passenger aircraft, the Airbus A380, has made": the name's own "the"
      // goes with the description (dev Wikinews 58, "World's largest passenger aircraft makes its
      // maiden flight").
      int nameFrom = t.get(d[0] + 1).lower().equals("the") ? d[0] + 2 : d[0] + 1;
      if (nameFrom >= close) {
        return false;
      }
      for (int k = nameFrom; k < close; k++) {
        if (!t.get(k).tagIs("NNP")) {
          return false;
        }
      }
      for (int k = s; k < d[0]; k++) {
        Tok x = t.get(k);
        // "Golden girl of screen and pool, Esther Williams, has died": a description may hold an
        // "of" phrase of common nouns (dev ECB+ 4_ecbplus, judged vague: "never names Esther
        // Williams").
        boolean ofPhrase =
            k > s
                && (x.lower().equals("of") || x.lower().equals("and"))
                && t.get(k - 1).tagIs("NN")
                && !t.get(k - 1).tag().startsWith("NNP");
        boolean possessive = x.tag().equals("POS") && k > s && t.get(k - 1).tagIs("NN");
        if (!(x.tag().equals("DT") || x.tagIs("JJ") || x.tagIs("NN") || ofPhrase || possessive)) {
          return false;
        }
      }
      String head = t.get(d[0] - 1).tag();
      if (!head.equals("NN") && !head.equals("NNS")) {
        return false;
      }
      for (int k = s; k < close; k++) {
        keep[k] = k >= nameFrom;
      }
      return true;
    }
    return false;
  }

  /**
   * "President of the United States Barack Obama" -> "Obama": a subject ending in a name of two or
   * more words whose last the story also uses alone keeps only that word; not a subject of several
   * ("Northrop Grumman and EADS"). Whether it shrank.
   */
  static boolean knownName(
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
  static boolean objectDescriptors(List<Tok> t, int vEnd, int cut, boolean[] keep) {
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

  /** The noun phrase that opens at {@code s} and runs to the first verb, as [from, to). */
  static int[] subjectSpan(List<Tok> t, int s) {
    int k = s;
    while (k < t.size() && !ClauseCompression.isVerbish(t.get(k))) {
      if (t.get(k).text().equals(",")) {
        return null;
      }
      k++;
    }
    while (k > s
        && (t.get(k - 1).tagIs("RB") || TimePhrases.TIME_WORDS.contains(t.get(k - 1).lower()))) {
      k--;
    }
    return k > s ? new int[] {s, k} : null;
  }

  static boolean hasName(List<Tok> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).tagIs("NNP")) {
        return true;
      }
    }
    return false;
  }

  static boolean hasNumber(List<Tok> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).tagIs("CD")) {
        return true;
      }
    }
    return false;
  }

  static boolean plural(String np) {
    return np.contains(" and ");
  }

  /** The most tokens a headline's subject holds. */
  static final int LONGEST = 12;

  static boolean subjectOk(List<Tok> t, int s, int v, boolean resolved) {
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
          || ClauseBounds.SUBORDINATORS.contains(x.lower())
          || x.lower().equals("that")) {
        return false;
      }
    }
    String first = t.get(s).lower();
    if ((t.get(s).tag().equals("VBN") || t.get(s).tag().equals("VBG"))
        && !ClauseBounds.describesNoun(t, s)
        && !ClauseBounds.participleBeforeNoun(t, s)) {
      return false; // "Dotted among the scrubland these arrows": an opener, not a subject
    }
    if (PRONOUNS.contains(first) && v - s == 1 || t.get(s).tag().equals("PRP")) {
      return false;
    }
    if (t.get(s).tag().equals("PRP$")) {
      return false; // "His lawyer ...": whose, the headline cannot say
    }
    return noun && v - s <= LONGEST;
  }

  static boolean singular(List<Tok> t, int s, int v, List<int[]> drops) {
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
    if (teamName(t, s, head)) {
      return false; // "The New Orleans Saints place": the tagger reads "Saints" as one name
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

  /**
   * Whether the subject is "the" and a name whose last word is a common plural noun capitalised
   * ("The New Orleans Saints", "the Giants") that names no single body ({@link
   * #SINGULAR_NAME_ENDS}: "the United States", "The New York Times"): a team or group, which takes
   * a plural verb. A person's name ("Tiger Woods") never follows "the".
   */
  static boolean teamName(List<Tok> t, int s, int head) {
    Tok h = t.get(head);
    String w = h.text();
    return head > s
        && t.get(s).lower().equals("the")
        && h.tagIs("NNP")
        && w.length() > 3
        && Character.isUpperCase(w.charAt(0))
        && w.endsWith("s")
        && !w.endsWith("ss")
        && (EnglishTagger.known(h.lower(), "NNS")
            || EnglishTagger.known(h.lower().substring(0, w.length() - 1), "NN"))
        && !SINGULAR_NAME_ENDS.contains(h.lower());
  }

  /** "Bank of America": an "of" between two parts of a name, inside the subject from {@code s}. */
  static boolean ofInName(List<Tok> t, int k, int s) {
    return k > s
        && t.get(k).lower().equals("of")
        && t.get(k - 1).tagIs("NNP")
        && k + 1 < t.size()
        && t.get(k + 1).tagIs("NNP");
  }
}
