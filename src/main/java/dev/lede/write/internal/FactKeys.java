package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.lang.WordLists;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * What a sentence states, as keys two outlets' retellings of one fact share whatever their words,
 * read from the part-of-speech tagger ({@link EnglishTagger}): the things it counts ("two hours",
 * "Sixty residents" and "60 people") and the acts its verbs tell, by lemma ("apologized" and
 * "offered an apology", "arrested" and "made an arrest").
 */
final class FactKeys {
  private FactKeys() {}

  private static final Map<String, Set<String>> LISTS =
      WordLists.sections(FactKeys.class, "fact-keys.txt");

  /** The [counts] entries, "word value", as a map. */
  private static Map<String, Integer> counts(Set<String> entries) {
    Map<String, Integer> out = new HashMap<>();
    for (String e : entries) {
      String[] wv = e.split("\\s+");
      out.put(wv[0], Integer.parseInt(wv[1]));
    }
    return Map.copyOf(out);
  }

  /** Nouns that count people: "Sixty residents were moved" and "60 people evacuated" count one. */
  private static final Set<String> PEOPLE = Set.copyOf(LISTS.get("people"));

  /** Counting words and what they stand for. */
  private static final Map<String, Integer> COUNTS = counts(LISTS.get("counts"));

  /** Words between a number and what it counts: "two young women", "a dozen other people". */
  private static final Set<String> BETWEEN = Set.copyOf(LISTS.get("between"));

  /**
   * Verbs that tell no act of their own: being, having, saying, and the light verbs whose object
   * names the act ("made an arrest", "offered an apology", "held a press conference").
   */
  private static final Set<String> LIGHT = Set.copyOf(LISTS.get("light"));

  /** Verbs of perceiving, being somewhere or speaking: the frame of a fact, not its act. */
  private static final Set<String> FRAME = Set.copyOf(LISTS.get("frame"));

  /**
   * The things the sentence counts, as "value|noun" ("12|people" for "a dozen other people"): a
   * number of two or more and the noun it counts; not an age ("61-year-old"), a year, a clock time
   * or money (those are compared as amounts).
   */
  static Set<String> counts(String text) {
    Set<String> out = new LinkedHashSet<>();
    List<EnglishTagger.Tok> t = EnglishTagger.tag(Voices.outsideQuotes(text));
    for (int i = 0; i < t.size(); i++) {
      long value = value(t, i);
      if (value < 2
          || i + 1 < t.size() && t.get(i + 1).start() == t.get(i).end() // "76ers", "9-14"
          || i > 0 && t.get(i - 1).end() == t.get(i).start() // "2008-09"
          || afterMonth(t, i)) {
        continue;
      }
      int j = i + 1;
      while (j < t.size() && (BETWEEN.contains(t.get(j).lower()) || t.get(j).tagIs("JJ"))) {
        j++;
      }
      if (j >= t.size() || !t.get(j).tagIs("NN") || t.get(j).tagIs("NNP")) {
        continue;
      }
      // The head of a noun group ("two bank workers"): its last noun.
      while (j + 1 < t.size() && t.get(j + 1).tagIs("NNS") && !t.get(j + 1).tagIs("NNP")) {
        j++;
      }
      String noun = t.get(j).lower();
      if (noun.length() < 3 || !noun.chars().allMatch(Character::isLetter)) {
        continue; // "7 p. m."
      }
      if (noun.startsWith("year")) {
        continue; // an age or an anniversary describes, it is no fact of its own
      }
      out.add(value + "|" + (PEOPLE.contains(noun) ? "people" : root(noun)));
    }
    return out;
  }

  /**
   * Whether the number at {@code i} is a day of the month written before it: "the June 20
   * shooting", "the Dec. 5 attack" tell a date, not twenty shootings.
   */
  private static boolean afterMonth(List<EnglishTagger.Tok> t, int i) {
    int m = i > 1 && t.get(i - 1).text().equals(".") ? i - 2 : i - 1;
    return m >= 0
        && Character.isUpperCase(t.get(m).text().charAt(0))
        && EnglishWords.month(t.get(m).text()) > 0;
  }

  /**
   * A word's root by the Snowball English stemmer, so a verb and its noun meet ("apologized",
   * "apology": "apolog"); the stemmer keeps state, so each thread has its own.
   */
  static String root(String lowerWord) {
    EnglishStemmer s = STEMMER.get();
    s.setCurrent(lowerWord.toLowerCase(Locale.ROOT));
    s.stem();
    return s.getCurrent();
  }

  private static final ThreadLocal<EnglishStemmer> STEMMER =
      ThreadLocal.withInitial(EnglishStemmer::new);

  /**
   * The count a token gives, or 0: digits (up to 18, so "4,294,967,296 addresses" counts and a
   * longer run is no count rather than an overflow), a counting word, "a dozen".
   */
  private static long value(List<EnglishTagger.Tok> t, int i) {
    String w = t.get(i).lower();
    if (w.matches("[1-9]\\d{0,2}(,\\d{3}){0,5}")) {
      return Long.parseLong(w.replace(",", ""));
    }
    Integer n = COUNTS.get(w);
    if (n == null) {
      return 0;
    }
    if (w.equals("dozen") && i > 0 && !t.get(i - 1).lower().equals("a")) {
      return 0; // "two dozen" is read at "two", "dozens" is no count
    }
    if (i > 0 && t.get(i - 1).tagIs("CD")) {
      return 0; // "two dozen", "three hundred": only the first word counts
    }
    if (i + 1 < t.size()
        && (t.get(i + 1).lower().equals("dozen") || t.get(i + 1).lower().equals("hundred"))) {
      return n * (t.get(i + 1).lower().equals("dozen") ? 12 : 100);
    }
    return n;
  }

  /**
   * The acts the sentence's verbs tell, outside quotation marks, by the stem of their lemma; a
   * light verb's act is its object's head noun ("made an arrest" is "arrest", "offered an apology"
   * "apolog", as "apologized" is).
   */
  static Set<String> acts(String text) {
    Set<String> out = new LinkedHashSet<>();
    List<EnglishTagger.Tok> t = EnglishTagger.tag(Voices.outsideQuotes(text));
    for (int i = 0; i < t.size(); i++) {
      EnglishTagger.Tok v = t.get(i);
      if (!v.tagIs("VB") || v.lower().contains("-") || modifier(t, i)) {
        continue; // "the convicted sex offender", "veteran running back": a modifier, no act
      }
      String lemma = HeadlineVerbs.lemma(v.lower());
      if (FRAME.contains(lemma)) {
        continue;
      }
      // "will miss" is not "missed", "tried to board" not "boarded": an act not (yet) done is
      // another fact than the act done.
      String mood = unreal(t, i) ? "~" : "";
      if (!LIGHT.contains(lemma)) {
        boolean particle = i + 1 < t.size() && t.get(i + 1).tagIs("RP");
        out.add(mood + root(lemma) + (particle ? " " + t.get(i + 1).lower() : ""));
        continue;
      }
      // The light verb's object: the head noun of the noun phrase right after it.
      int j = i + 1;
      while (j < t.size()
          && (t.get(j).tagIs("DT") || t.get(j).tagIs("JJ") || t.get(j).tagIs("PRP$"))) {
        j++;
      }
      if (j < t.size() && t.get(j).tagIs("NN") && !t.get(j).tagIs("NNP")) {
        while (j + 1 < t.size() && t.get(j + 1).tagIs("NN") && !t.get(j + 1).tagIs("NNP")) {
          j++;
        }
        out.add(mood + root(t.get(j).lower()));
      }
    }
    return out;
  }

  /**
   * Counted nouns (by root) that measure a span of time or games ("four games", "30 hours"), no
   * count of what the story's event did.
   */
  static final Set<String> SPANS = Set.copyOf(LISTS.get("spans"));

  /** Verbs of being or having: "Eight pirates <b>were</b> captured". */
  static final Set<String> AUXILIARIES = Set.copyOf(LISTS.get("auxiliaries"));

  /** Whether a tagged word is a verb telling an act: not being, having, saying or perceiving. */
  static boolean isAct(EnglishTagger.Tok t) {
    if (!t.tagIs("VB") || t.lower().contains("-")) {
      return false;
    }
    String lemma = HeadlineVerbs.lemma(t.lower());
    return !LIGHT.contains(lemma) && !FRAME.contains(lemma);
  }

  /** A verb's act by the root of its lemma ("captured" and "capture": "captur"). */
  static String actRoot(EnglishTagger.Tok t) {
    return root(HeadlineVerbs.lemma(t.lower()));
  }

  /**
   * A participle modifying the noun after it ("aggravated rape", "running back"), or a verb the
   * chunker puts in a noun phrase.
   */
  private static boolean modifier(List<EnglishTagger.Tok> t, int i) {
    EnglishTagger.Tok v = t.get(i);
    if (v.phrase().equals("NP")) {
      return true;
    }
    boolean participle = v.tagIs("VBG") || v.tagIs("VBN");
    boolean nounAfter =
        i + 1 < t.size()
            && (t.get(i + 1).tagIs("NN") && !t.get(i + 1).tagIs("NNP")
                || t.get(i + 1).lower().equals("back"));
    boolean auxiliaryBefore = i > 0 && (t.get(i - 1).tagIs("VB") || t.get(i - 1).tagIs("MD"));
    return participle && nounAfter && !auxiliaryBefore;
  }

  /** Words in a verb group that make its act not (yet) done: a modal, "to", a negation. */
  private static final Set<String> UNREAL = Set.copyOf(LISTS.get("unreal"));

  /** Whether the verb at {@code i} is in a group with a modal, "to" or a negation before it. */
  private static boolean unreal(List<EnglishTagger.Tok> t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      EnglishTagger.Tok w = t.get(k);
      if (UNREAL.contains(w.lower())) {
        return true;
      }
      if (!w.tagIs("VB") && !w.tagIs("RB") && !w.tagIs("MD")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Who did what to whom, as "doer|act|undergoer" keys read from the tagger's chunks: the head noun
   * of the noun phrase before each verb phrase, the root of its last verb's lemma, and the head of
   * the noun phrase after it ("Police arrested the driver": "police|arrest|driver"). A passive
   * names its undergoer first ("A driver has been charged": "|charg|driver"); a copula's act is its
   * complement ("The vote is a sham": "vote|be sham|"); a speaker's words are the speaker's deed
   * too ("Critics say the poll is a sham": also "critic|be sham|"). Frame verbs and acts not (yet)
   * done give no key; a personal pronoun is a person's slot ({@link #PERSON}, matched to a name by
   * {@link #sharedParties}): two outlets' sentences sharing a key tell one act of one doer,
   * whatever else their words, which a common noun ("the driver", "critics") makes as plain as a
   * name.
   */
  static Set<String> deeds(String text) {
    Set<String> out = new LinkedHashSet<>();
    List<EnglishTagger.Tok> t = EnglishTagger.tag(Voices.outsideQuotes(text));
    String speaker = "";
    for (int i = 0; i < t.size(); i++) {
      if (!t.get(i).phrase().equals("VP") || !t.get(i).opensPhrase()) {
        continue;
      }
      int end = i;
      while (end + 1 < t.size()
          && t.get(end + 1).phrase().equals("VP")
          && !t.get(end + 1).opensPhrase()) {
        end++;
      }
      int v = end;
      while (v >= i && !t.get(v).tagIs("VB")) {
        v--;
      }
      if (v < i || unreal(t, v) || modifier(t, v)) {
        i = end;
        continue;
      }
      String lemma = HeadlineVerbs.lemma(t.get(v).lower());
      boolean passive = t.get(v).tagIs("VBN") && beforeIs(t, i, v);
      String doer = headBefore(t, i, finite(t, i, end));
      String object = headAfter(t, end + 1);
      String act;
      if (lemma.equals("be") && !passive) {
        String complement = complementAfter(t, end + 1);
        if (complement.isEmpty()) {
          i = end;
          continue;
        }
        act = "be " + complement;
        object = "";
      } else if (FRAME.contains(lemma) || LIGHT.contains(lemma) && !lemma.equals("be")) {
        if (Set.of("say", "tell", "allege", "claim", "believe", "report").contains(lemma)) {
          speaker = doer;
        }
        i = end;
        continue;
      } else {
        act = root(lemma);
      }
      if (passive) {
        object = doer;
        doer = "";
      }
      // A participle with no doer before it ("killing Banky") or a passive with no undergoer
      // says too little of who did what to be a key.
      if (!(passive ? object : doer).isEmpty()) {
        out.add(doer + "|" + act + "|" + object);
        if (object.equals(PERSON) && !doer.equals(PERSON) && !(passive && datesOther(t, i))) {
          out.add(doer + "|" + act + "|"); // "Police pulled him over": as with no undergoer
        }
        if (act.startsWith("be ") && !speaker.isEmpty() && !speaker.equals(doer)) {
          out.add(speaker + "|" + act + "|"); // "critics say the poll is a sham"
        }
      }
      i = end;
    }
    return out;
  }

  /**
   * Words opening a clause that dates another fact by this one ("a hearing ... less than ten
   * minutes after she had been escorted out"): the act it tells is when, not what, the sentence
   * reports.
   */
  private static final Set<String> DATING = Set.of("after", "before", "since", "until");

  /**
   * Whether the verb group at {@code at} has a pronoun subject right after a dating word ("after
   * she'd been escorted"): with no party named, the act alone is no key of the sentence's fact.
   */
  private static boolean datesOther(List<EnglishTagger.Tok> t, int at) {
    int k = at - 1;
    return k >= 1 && t.get(k).tag().equals("PRP") && DATING.contains(t.get(k - 1).lower());
  }

  /** Whether a form of "be" or "get" stands in the verb group before the verb at {@code v}. */
  private static boolean beforeIs(List<EnglishTagger.Tok> t, int from, int v) {
    for (int k = from; k < v; k++) {
      String w = HeadlineVerbs.lemma(t.get(k).lower());
      if (w.equals("be") || w.equals("get")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head noun of the noun phrase right before {@code at}, or "" (a name-less): the subject of a
   * finite verb group past what describes it, an apposition between commas ("Anthony Phillip
   * LaSalle, 36, of Bloomington, was charged": "lasall") or an "of" phrase ("the mayor of
   * Bloomington said": "mayor"); a personal pronoun is {@link #PERSON}.
   */
  private static String headBefore(List<EnglishTagger.Tok> t, int at, boolean finite) {
    int k = at - 1;
    while (k >= 0 && t.get(k).phrase().equals("ADVP")) {
      k--;
    }
    if (finite && k > 0 && t.get(k).text().equals(",")) {
      // Back to the clause's first noun phrase, if only descriptions stand between it and here.
      int j = k;
      while (j >= 0
          && !t.get(j).phrase().equals("VP")
          && !t.get(j).phrase().equals("SBAR")
          && !";:\"“”".contains(t.get(j).text())) {
        j--;
      }
      int first = j + 1;
      if (first < k && t.get(first).phrase().equals("NP") && t.get(first).opensPhrase()) {
        int last = first;
        while (last + 1 < k
            && t.get(last + 1).phrase().equals("NP")
            && !t.get(last + 1).opensPhrase()) {
          last++;
        }
        if (last + 1 < k && t.get(last + 1).text().equals(",")) {
          return head(t.get(last));
        }
      }
      return "";
    }
    if (k < 0 || !t.get(k).phrase().equals("NP")) {
      return "";
    }
    int start = k;
    while (start > 0 && t.get(start).phrase().equals("NP") && !t.get(start).opensPhrase()) {
      start--;
    }
    if (finite
        && start >= 2
        && Set.of("of", "from").contains(t.get(start - 1).lower())
        && t.get(start - 2).tag().equals("NNP")) {
      return head(t.get(start - 2)); // "LaSalle of Bloomington was charged": LaSalle
    }
    return head(t.get(k));
  }

  /** Whether the verb group from {@code i} to {@code end} has a finite verb or a modal. */
  private static boolean finite(List<EnglishTagger.Tok> t, int i, int end) {
    for (int k = i; k <= end; k++) {
      if (Set.of("VBD", "VBZ", "VBP", "MD").contains(t.get(k).tag())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the two sentences tell one deed ({@link #deeds}): the same key, not of two pronouns (a
   * pronoun meets a name only with details in common, {@link #sharedParties}: "when he was shot" /
   * "where Ortiz had been shot" tell other facts around one act).
   */
  static boolean sharedDeed(FactSignature a, FactSignature b) {
    for (String x : a.deeds()) {
      for (String y : b.deeds()) {
        if (x.contains(PERSON) && y.contains(PERSON)) {
          continue; // two pronouns: maybe two people
        }
        if (x.equals(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The doer and the undergoer two sentences share, whatever act each tells ("Police stopped
   * LaSalle ..." / "Police pulled him over ..."), as their two roots, or empty: both named in both
   * (a personal pronoun, {@link #PERSON}, standing for a name the other gives, its own sentence
   * naming no other person), neither a pronoun in both.
   */
  static Set<String> sharedParties(FactSignature a, FactSignature b) {
    for (String x : a.deeds()) {
      for (String y : b.deeds()) {
        String[] p = x.split("\\|", -1);
        String[] q = y.split("\\|", -1);
        if (p.length != 3
            || q.length != 3
            || p[0].isEmpty()
            || p[2].isEmpty()
            || q[0].isEmpty()
            || q[2].isEmpty()
            || p[1].startsWith("be ")
            || q[1].startsWith("be ")
            || x.contains(PERSON) && y.contains(PERSON)) {
          continue;
        }
        if (p[0].equals(q[0]) && p[2].equals(q[2])) {
          return Set.of(p[0], p[2]);
        }
        if (sameParties(x, a, y, b)) {
          return Set.of(q[0], q[2]);
        }
        if (sameParties(y, b, x, a)) {
          return Set.of(p[0], p[2]);
        }
      }
    }
    return Set.of();
  }

  /** Key {@code x} with a pronoun where {@code y} has a name {@code b} gives, the other alike. */
  private static boolean sameParties(String x, FactSignature a, String y, FactSignature b) {
    String[] p = x.split("\\|", -1);
    String[] q = y.split("\\|", -1);
    for (int slot : new int[] {0, 2}) {
      int other = 2 - slot;
      if (p[slot].equals(PERSON)
          && p[other].equals(q[other])
          && named(q[slot], b.actors())
          && (a.people().isEmpty() || named(q[slot], a.people()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code root} is the root of one of {@code names} (last words of names; the extractor
   * does not always tell a person's name from a place's, so a pronoun meets any name).
   */
  private static boolean named(String root, Set<String> names) {
    return !root.isEmpty() && names.stream().anyMatch(n -> root(n).equals(root));
  }

  /** The slot of a personal pronoun ("pulled him over"): one person, named in another sentence. */
  static final String PERSON = "@person";

  private static final Set<String> PERSONAL = Set.of("he", "him", "she", "her");

  /** The head noun of the noun phrase starting at {@code at}, or "". */
  private static String headAfter(List<EnglishTagger.Tok> t, int at) {
    if (at >= t.size() || !t.get(at).phrase().equals("NP")) {
      return "";
    }
    int k = at;
    while (k + 1 < t.size() && t.get(k + 1).phrase().equals("NP") && !t.get(k + 1).opensPhrase()) {
      k++;
    }
    return head(t.get(k));
  }

  /** A copula's complement: the head of the noun or adjective phrase after it. */
  private static String complementAfter(List<EnglishTagger.Tok> t, int at) {
    if (at < t.size() && t.get(at).phrase().equals("ADJP")) {
      return t.get(at).tagIs("JJ") ? t.get(at).lower() : "";
    }
    return headAfter(t, at);
  }

  /** A noun's key: its root, people's nouns as "people"; nothing for a pronoun or a number. */
  private static String head(EnglishTagger.Tok tok) {
    if (tok.tag().equals("PRP") && PERSONAL.contains(tok.lower())) {
      return PERSON;
    }
    if (!tok.tagIs("NN") || !tok.lower().matches("\\p{L}+(?:-\\p{L}+)*")) {
      return "";
    }
    return nounKey(tok.lower());
  }

  /** A lower-case noun's key in a deed: its root, people's nouns as "people". */
  static String nounKey(String lowerNoun) {
    return PEOPLE.contains(lowerNoun) ? "people" : root(lowerNoun);
  }
}
