package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.write.internal.ClauseCompression.Compressed;
import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What makes a compressed clause news beyond its subject and verb, read on OpenNLP tags and chunks
 * of the sentence it came from: the consequence a participle after the clause tells ("Bomb
 * explodes, killing police officer and bomb squad technician"), kept before the clause's place
 * adjuncts ("at West Coast Bank branch in Woodburn"), and the topic of an object that a relative
 * clause describes ("issues two regulations [that ... weaken federal protection for endangered
 * species]" -> "issues two regulations on endangered species"), kept before the object's modifiers
 * ("late-term"). The words come from the sentence, but for the "on" before a topic.
 */
final class NewsDetails {
  private NewsDetails() {}

  /** Participles after a comma that tell no consequence: a list, a time, a comparison, a source. */
  private static final Set<String> NOT_CONSEQUENCES =
      Set.of(
          "including",
          "following",
          "according",
          "compared",
          "excluding",
          "regarding",
          "concerning",
          "beginning",
          "starting",
          "citing",
          "saying",
          "adding",
          "noting",
          "claiming",
          "hoping",
          "making",
          "being",
          "having");

  /** Prepositions that end a place adjunct's start: the clause may end before them. */
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("at", "in", "near", "outside", "inside");

  /** Finite verb tags: a verb of another clause ends the clause's phrases. */
  private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

  /** Marks that end the clause's phrases: a sentence's end, a colon, a quotation. */
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", ".", "!", "?", "\"", "“", "”");

  /** The articles a kept phrase goes without. */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Prepositions whose object is what a relative clause is about: "protection for X". */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("for", "on", "about", "over");

  /**
   * The clause with its consequence or its object's topic, when the sentence gives one that fits in
   * {@code max} chars; offsets are the sentence's.
   */
  static Optional<Compressed> extend(String sentence, Compressed c, int max) {
    if (c.cut()) {
      return Optional.empty();
    }
    List<Tok> t = EnglishTagger.tag(sentence);
    int k = lastToken(t, c.to());
    if (k < 0) {
      return Optional.empty();
    }
    return consequence(sentence, t, c, k, max)
        .or(() -> topic(sentence, t, c, k, max))
        .or(() -> complement(t, c, k, max))
        .filter(x -> !clockTimeIn(sentence, c.to(), x.to()));
  }

  /**
   * Whether a clock time said in passing ({@link ClockTimes#IN_PASSING}) stands between {@code
   * from} and {@code to}: a detail no headline keeps ("cast their ballots at 8: 00 am").
   */
  private static boolean clockTimeIn(String sentence, int from, int to) {
    java.util.regex.Matcher m = ClockTimes.IN_PASSING.matcher(sentence);
    while (m.find()) {
      if (m.start() < to && m.end() > from) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first participle right after a comma from {@code from} on ("..., killing a police
   * officer"), or -1 when there is none or another verb, a modal, a wh-word or a token {@code
   * stops} accepts comes first: the participle then belongs to another clause.
   */
  static int participleAfterComma(List<Tok> t, int from, Predicate<Tok> stops) {
    for (int q = Math.max(from, 1); q < t.size(); q++) {
      Tok x = t.get(q);
      if (x.tag().equals("VBG") && t.get(q - 1).text().equals(",")) {
        return q;
      }
      if (x.tagIs("VB") || x.tagIs("MD") || x.tagIs("W") || stops.test(x)) {
        return -1;
      }
    }
    return -1;
  }

  private static int lastToken(List<Tok> t, int to) {
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).end() == to) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "A bomb exploded at a bank in Woodburn, Oregon, killing a Woodburn police officer and ...": the
   * participle after a comma past the clause's end, before any other verb, with its object; the
   * object's names before a common noun go when the whole does not fit ("Woodburn police officer"
   * -> "police officer"), and so do the clause's place adjuncts.
   */
  private static Optional<Compressed> consequence(
      String sentence, List<Tok> t, Compressed c, int k, int max) {
    int p =
        participleAfterComma(
            t, k + 1, x -> x.tagIs("CC") || x.text().equals(";")); // "and", ";": another clause
    if (p < 0
        || NOT_CONSEQUENCES.contains(t.get(p).lower())
        || HeadlineVerbs.reporting(t.get(p).lower())) {
      return Optional.empty();
    }
    int end = p + 1;
    boolean noun = false;
    while (end < t.size()) {
      Tok x = t.get(end);
      boolean np = x.phrase().equals("NP") && !x.tag().equals("PRP");
      boolean and =
          x.lower().equals("and")
              && end + 1 < t.size()
              && t.get(end + 1).phrase().equals("NP")
              && t.get(end + 1).opensPhrase();
      if (!np && !and) {
        break;
      }
      noun |= x.tagIs("NN") || x.tagIs("CD");
      end++;
    }
    if (!noun
        || end == p + 1
        || t.get(end - 1).tagIs("DT")
        || t.get(end - 1).tagIs("JJ")
        || end < t.size() && !Set.of(",", ".", ";", "!").contains(t.get(end).text())
        || end + 1 < t.size() && t.get(end).text().equals(".")) {
      return Optional.empty(); // "blaming the incident [on a moment of ...]": the phrase goes on
    }
    String participle = t.get(p).text();
    for (boolean compact : new boolean[] {false, true}) {
      String object = object(t, p + 1, end, compact);
      for (String main : shorterMains(c.text())) {
        String text = main + ", " + participle + " " + object;
        if (text.length() <= max && ClauseCuts.balanced(text)) {
          return Optional.of(
              new Compressed(
                  text, c.from(), t.get(end - 1).end(), c.verb(), c.named(), false, true));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The object's words without articles; {@code compact}: without the names before a noun phrase's
   * common nouns ("an Oregon State Police bomb squad technician" -> "bomb squad technician").
   */
  private static String object(List<Tok> t, int from, int to, boolean compact) {
    StringBuilder b = new StringBuilder();
    int phrase = from;
    int kept = -1;
    for (int k = from; k < to; k++) {
      Tok x = t.get(k);
      if (x.opensPhrase() || x.lower().equals("and")) {
        phrase = k;
      }
      if (x.tag().equals("DT") && ARTICLES.contains(x.lower())) {
        continue;
      }
      if (compact && capitalised(x) && commonHeadAfter(t, k, to) && nameStart(t, phrase, k)) {
        continue;
      }
      // "24%", "Bush's": written onto the word before as the sentence writes them.
      boolean attach =
          b.length() == 0
              || x.tag().equals("POS")
              || kept == k - 1 && x.start() == t.get(kept).end();
      b.append(attach ? "" : " ").append(x.text());
      kept = k;
    }
    return b.toString();
  }

  private static boolean capitalised(Tok x) {
    return x.tagIs("NN") && Character.isUpperCase(x.text().charAt(0));
  }

  /** Whether the tokens from {@code phrase} to {@code k} are a determiner and names only. */
  private static boolean nameStart(List<Tok> t, int phrase, int k) {
    for (int q = phrase; q < k; q++) {
      Tok x = t.get(q);
      if (!(capitalised(x) || x.tag().equals("DT") || x.lower().equals("and"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the noun phrase of {@code k} goes on to a lower-case noun: its head is no name. */
  private static boolean commonHeadAfter(List<Tok> t, int k, int to) {
    for (int q = k + 1; q < to && t.get(q).chunk().startsWith("I-"); q++) {
      if (t.get(q).tagIs("NN") && !capitalised(t.get(q))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the clause was cut before that says what for, where, how much or to what end: a phrase of
   * its clause after the kept words, a preposition and its noun phrase (with its "of" phrases) or
   * "to" and a verb phrase, read on the chunker's phrases. "Staunton Police arrest Sharron Diane
   * Crawford Smith[, of Staunton,] on first-degree murder charges", "Two possible gang members
   * arrested in the fatal shooting of a sheriff's deputy", "want an SNP vote [in the General
   * Election] to force a second referendum". The phrases between go; so do the phrase's articles,
   * time words ("a March 2005 shooting spree") and, when the whole does not fit, its plain
   * adjectives. Of the clause's phrases, the first that names an event ({@link
   * EventWords#isEventNoun}) or a purpose comes before the first with a number, then a name.
   */
  static Optional<Compressed> complement(List<Tok> t, Compressed c, int k, int max) {
    int told = told(EnglishTagger.tag(c.text()));
    List<int[]> phrases = new ArrayList<>();
    for (int q = k + 1; q < t.size(); q++) {
      Tok x = t.get(q);
      if (x.tagIs("W")
          || x.tagIs("MD")
          || FINITE_TAGS.contains(x.tag())
          || (x.tagIs("VB") && x.opensPhrase() && !t.get(q - 1).tagIs("TO"))
          || CLAUSE_ENDS.contains(x.text())
          || x.tagIs("CC") && !x.lower().equals("and")
          || x.text().equals(",") && q + 1 < t.size() && !t.get(q + 1).tag().equals("IN")) {
        // Another clause ("..., however a deal with Fiat went through"), a participle phrase or
        // a quotation: not the clause's own.
        break;
      }
      int[] phrase = phraseAt(t, q);
      if (phrase != null) {
        if (lacks(told, rank(t, phrase), t.get(phrase[0]))) {
          phrases.add(phrase);
        }
        q = phrase[1] - 1;
      }
    }
    phrases.sort(java.util.Comparator.comparingInt(p -> rank(t, p)));
    for (int[] p : phrases) {
      // Only a phrase that names an event may take the place of the clause's last phrases.
      List<String> mains = rank(t, p) == 0 ? withoutLastPhrases(c.text()) : List.of(c.text());
      boolean[] keep = new boolean[t.size()];
      for (int q = p[0]; q < p[1]; q++) {
        Tok x = t.get(q);
        boolean possessed = q + 1 < p[1] && t.get(q + 1).tag().equals("POS");
        keep[q] =
            !(x.tag().equals("DT") && ARTICLES.contains(x.lower()))
                && (possessed || !TimePhrases.timeWord(x) && !TimePhrases.year(x.text()));
      }
      for (String main : mains) {
        for (boolean[] kept : List.of(keep, withoutAdjectives(t, keep, p[0], p[1]))) {
          String text = main + " " + rendered(t, kept, p[0], p[1]);
          if (text.length() <= max && ClauseCuts.balanced(text)) {
            return Optional.of(
                new Compressed(
                    text, c.from(), t.get(p[1] - 1).end(), c.verb(), c.named(), false, true));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static final int NO_NEWS = 3;

  /**
   * What the clause's words from its verb on tell (bits by rank): an event in a phrase of its verb,
   * a number, a name.
   */
  private static int told(List<Tok> h) {
    int verb = 0;
    while (verb < h.size() && !h.get(verb).phrase().equals("VP")) {
      verb++;
    }
    int told = 0;
    boolean phrase = false;
    for (int q = verb; q < h.size(); q++) {
      int rank = rank(h.get(q));
      // "files for bankruptcy" tells its event; "receives sentence [of life]" what it was for not.
      told |= rank == 0 && !phrase || rank == NO_NEWS ? 0 : 1 << rank;
      phrase |= h.get(q).tag().equals("IN") && !h.get(q).lower().equals("of");
    }
    return told;
  }

  /**
   * Whether a phrase of rank {@code rank} tells what the clause does not: an event or a purpose
   * when the clause names neither an event nor a number after its verb ("arrest Sharron Diane
   * Crawford Smith" takes "on murder charges"; "files for bankruptcy" takes no "with Fiat"; a
   * purpose, only where no name follows the verb either), a number when it has none, a place ("in",
   * "at" and a name) when it has neither a number nor a name after its verb.
   */
  private static boolean lacks(int told, int rank, Tok preposition) {
    boolean event = (told & 1) != 0;
    boolean number = (told & 2) != 0;
    boolean name = (told & 4) != 0;
    return switch (rank) {
      case 0 -> !event && !number && (preposition.tag().equals("IN") || !name);
      case 1 -> !number;
      case 2 -> !number && !name && PLACE_PREPOSITIONS.contains(preposition.lower());
      default -> false;
    };
  }

  /**
   * The clause and the clause cut before each of its prepositional phrases after its verb, longest
   * first: "Scottish nationalists want SNP vote in General Election", "... want SNP vote".
   */
  private static List<String> withoutLastPhrases(String text) {
    List<String> out = new ArrayList<>();
    out.add(text);
    List<Tok> h = EnglishTagger.tag(text);
    int verb = 0;
    while (verb < h.size() && !h.get(verb).phrase().equals("VP")) {
      verb++;
    }
    for (int q = h.size() - 1; q > verb + 1; q--) {
      Tok x = h.get(q);
      if (x.tag().equals("IN") && x.opensPhrase() && !x.lower().equals("of")) {
        out.add(text.substring(0, h.get(q - 1).end()));
      }
    }
    return out;
  }

  /** The kept tokens without the adjectives before a noun, which the phrase's noun names. */
  private static boolean[] withoutAdjectives(List<Tok> t, boolean[] keep, int from, int to) {
    boolean[] out = keep.clone();
    for (int q = from; q + 1 < to; q++) {
      Tok x = t.get(q);
      if (x.tag().startsWith("JJ")
          && Character.isLowerCase(x.text().charAt(0))
          && (t.get(q + 1).tagIs("NN") || t.get(q + 1).tagIs("JJ"))) {
        out[q] = false;
      }
    }
    return out;
  }

  /**
   * The phrase that opens at {@code q}: a preposition (not "of", which belongs to the noun before
   * it) with its noun phrase and the "of" phrases after it, or "to" with its verb and that verb's
   * noun phrase; ending on a noun or a number. Else null.
   */
  private static int[] phraseAt(List<Tok> t, int q) {
    Tok x = t.get(q);
    boolean preposition = x.tag().equals("IN") && !x.lower().equals("of") && x.opensPhrase();
    boolean purpose = x.tagIs("TO") && q + 1 < t.size() && t.get(q + 1).tag().equals("VB");
    if (!preposition && !purpose) {
      return null;
    }
    int e = purpose ? q + 2 : q + 1;
    while (e < t.size()) {
      Tok y = t.get(e);
      boolean np = y.phrase().equals("NP") && !y.tag().equals("PRP") && !y.tagIs("W");
      boolean of =
          y.lower().equals("of")
              && e + 1 < t.size()
              && t.get(e + 1).phrase().equals("NP")
              && e > q + 1;
      if (!np && !of) {
        break;
      }
      e++;
    }
    Tok last = t.get(e - 1);
    Tok next = e < t.size() ? t.get(e) : null;
    boolean closed =
        next == null
            || Set.of(",", ".", ";", ":", "!", "?").contains(next.text())
            || next.tag().equals("IN")
            || next.tagIs("TO")
            || next.tagIs("CC")
            || next.tagIs("W");
    if (!closed) {
      return null; // "with one man [dead]", "after a disappointing 9[-14 start]": it goes on
    }
    if (TimePhrases.timeWord(last) || TimePhrases.year(last.text())) {
      return null; // "on Friday", "in January", "on Hollywood's night": a time phrase
    }
    return e > q + 1 && (last.tagIs("NN") || last.tagIs("CD")) ? new int[] {q, e} : null;
  }

  /** 0: an event or a purpose; 1: a number; 2: a name; {@link #NO_NEWS}: none of these. */
  private static int rank(List<Tok> t, int[] p) {
    if (t.get(p[0]).tagIs("TO")) {
      return 0;
    }
    int rank = NO_NEWS;
    for (int q = p[0] + 1; q < p[1]; q++) {
      rank = Math.min(rank, rank(t.get(q)));
    }
    return rank;
  }

  private static int rank(Tok x) {
    if (x.tagIs("NN") && !x.tagIs("NNP") && EventWords.isEventNoun(Words.stem(x.lower()))) {
      return 0;
    } else if (x.tagIs("CD") && !TimePhrases.year(x.text())) {
      return 1;
    }
    return x.tagIs("NNP") ? 2 : NO_NEWS;
  }

  /**
   * The kept tokens of {@code [from, to)} as the sentence writes them, spaced as it spaces them.
   */
  private static String rendered(List<Tok> t, boolean[] keep, int from, int to) {
    StringBuilder b = new StringBuilder();
    int kept = -1;
    for (int q = from; q < to; q++) {
      if (!keep[q]) {
        continue;
      }
      Tok x = t.get(q);
      boolean attach =
          b.length() > 0
              && (x.tag().equals("POS") || kept == q - 1 && x.start() == t.get(kept).end());
      b.append(b.length() == 0 || attach ? "" : " ").append(x.text());
      kept = q;
    }
    return b.toString();
  }

  /**
   * The clause and the clause without its place adjuncts, longest first: "Bomb explodes at West
   * Coast Bank branch in Woodburn", "... at West Coast Bank branch", "Bomb explodes".
   */
  private static List<String> shorterMains(String text) {
    List<String> out = new ArrayList<>();
    out.add(text);
    String[] w = text.split(" ");
    for (int i = w.length - 1; i >= 2; i--) {
      if (PLACE_PREPOSITIONS.contains(w[i])) {
        out.add(String.join(" ", java.util.Arrays.copyOf(w, i)));
      }
    }
    return out;
  }

  /**
   * "issued two late-term regulations that environmentalists say weaken federal protection for
   * endangered species": an object's head followed by a relative clause gives the clause's topic, a
   * name led by "the" ("the Endangered Species Act") or the object of its first "for", "on",
   * "about" or "over"; the object's modifiers go, leftmost first, when the whole does not fit.
   */
  private static Optional<Compressed> topic(
      String sentence, List<Tok> t, Compressed c, int k, int max) {
    if (!(t.get(k).tag().equals("NN") || t.get(k).tag().equals("NNS"))) {
      return Optional.empty();
    }
    int r = k + 1; // "regulations [on Thursday] that ...": a time phrase between goes
    while (r < t.size() && (TimePhrases.timeWord(t.get(r)) || t.get(r).lower().equals("on"))) {
      r++;
    }
    if (r + 1 >= t.size() || !Set.of("that", "which").contains(t.get(r).lower())) {
      return Optional.empty();
    }
    int end = r + 1;
    while (end < t.size()
        && !Set.of(",", ";", ".", ":").contains(t.get(end).text())
        && !t.get(end).lower().equals("but")) {
      end++;
    }
    int[] topic = namedTopic(t, r + 1, end);
    if (topic == null) {
      topic = prepositionTopic(t, r + 1, end);
    }
    if (topic == null) {
      return Optional.empty();
    }
    String about = sentence.substring(t.get(topic[0]).start(), t.get(topic[1] - 1).end());
    if (c.text()
            .toLowerCase(java.util.Locale.ROOT)
            .contains(about.toLowerCase(java.util.Locale.ROOT))
        || about.contains("\"")) {
      return Optional.empty();
    }
    String text = c.text();
    List<String> modifiers = modifiers(sentence, t, k);
    for (int dropped = 0; dropped <= modifiers.size(); dropped++) {
      String candidate = text + " on " + about;
      if (candidate.length() <= max) {
        return Optional.of(
            new Compressed(
                candidate, c.from(), t.get(topic[1] - 1).end(), c.verb(), c.named(), false, true));
      }
      if (dropped == modifiers.size()) {
        break;
      }
      String m = " " + modifiers.get(dropped) + " ";
      int at = text.lastIndexOf(m);
      if (at < 0) {
        return Optional.empty();
      }
      text = text.substring(0, at) + text.substring(at + m.length() - 1);
    }
    return Optional.empty();
  }

  /** A run of two or more names after "the": "the Endangered Species Act". */
  private static int[] namedTopic(List<Tok> t, int from, int to) {
    for (int q = from + 1; q < to; q++) {
      if (t.get(q - 1).lower().equals("the") && t.get(q).tagIs("NNP")) {
        int e = q;
        while (e < to && t.get(e).tagIs("NNP")) {
          e++;
        }
        if (e - q >= 2) {
          return new int[] {q, e};
        }
      }
    }
    return null;
  }

  /** The noun phrase after the relative clause's first "for", "on", "about" or "over". */
  private static int[] prepositionTopic(List<Tok> t, int from, int to) {
    for (int q = from; q + 1 < to; q++) {
      if (t.get(q).tag().equals("IN") && TOPIC_PREPOSITIONS.contains(t.get(q).lower())) {
        int s = q + 1;
        while (s < to && t.get(s).tag().equals("DT")) {
          s++;
        }
        int e = s;
        while (e < to
            && (t.get(e).phrase().equals("NP") && (e == s || !t.get(e).opensPhrase())
                || t.get(e).lower().equals("and") && e + 1 < to && t.get(e + 1).tagIs("NN"))) {
          e++;
        }
        boolean noun = e > s && (t.get(e - 1).tagIs("NN"));
        return noun && !t.get(s).tag().equals("PRP$") && !t.get(s).tag().equals("PRP")
            ? new int[] {s, e}
            : null;
      }
    }
    return null;
  }

  /**
   * The object's modifiers before its head as the headline writes them, leftmost first, numbers and
   * articles not among them: "eleventh - hour Bush - era rule" gives "eleventh-hour", "Bush-era".
   */
  private static List<String> modifiers(String sentence, List<Tok> t, int k) {
    int j = k;
    while (j > 0
        && (t.get(j - 1).tagIs("NN")
            || t.get(j - 1).tagIs("JJ")
            || t.get(j - 1).tagIs("CD")
            || t.get(j - 1).text().equals("-"))) {
      j--; // "eleventh - hour Bush - era rule", which the chunker reads as three phrases
    }
    List<String> out = new ArrayList<>();
    if (j >= k) {
      return out;
    }
    String span = sentence.substring(t.get(j).start(), t.get(k - 1).end());
    for (String w : span.replaceAll("\\s*-\\s*", "-").split("\\s+")) {
      String lw = w.toLowerCase(java.util.Locale.ROOT);
      if (!w.isEmpty()
          && !Set.of("a", "an", "the", "its", "his", "her", "their").contains(lw)
          && !Character.isDigit(w.charAt(0))
          && EnglishWords.count(lw).isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
