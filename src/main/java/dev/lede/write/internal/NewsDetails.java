package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.write.internal.ClauseCompression.Compressed;
import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    return consequence(sentence, t, c, k, max).or(() -> topic(sentence, t, c, k, max));
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
    int p = -1;
    for (int q = k + 1; q < t.size(); q++) {
      Tok x = t.get(q);
      if (x.tag().equals("VBG") && t.get(q - 1).text().equals(",")) {
        p = q;
        break;
      }
      if (x.tagIs("VB") || x.tagIs("MD") || x.tagIs("W") || x.tagIs("CC") || x.text().equals(";")) {
        return Optional.empty();
      }
    }
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
      if (x.tag().equals("DT") && Set.of("a", "an", "the").contains(x.lower())) {
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
