package dev.lede.write.internal;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.StoryPlan.NewsSentence;
import dev.lede.write.internal.EnglishTagger.Tok;
import dev.lede.write.internal.Headlines.Headline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A headline whose subject is a definite description its sentence uses for what the sentence before
 * it names as its subject ("After the Maverick Tottenham forward posted a video of himself ..."
 * right after "Emmanuel Adebayor is sometimes branded 'eccentric' ...") is told by that name
 * ("Emmanuel Adebayor posts video of himself"): the sentence's reader knows who is meant, the
 * headline's does not (dev verdicts: "no name", "never names ..."). The name is fused from the
 * sentence before, cited beside the headline's own span, and the whole passes the grounding check.
 * Read on the tagger's output: the headline's subject runs to its first verb and ends in a singular
 * noun of a person ({@code person-nouns.txt}: "forward", "captain"), holding no word of the name;
 * the source writes it after "the"; the sentence before it, in the same article, has one subject
 * ending in a name, with no "and" in it. An indefinite description ("A 61-year-old man was
 * charged") introduces someone and is left as it is.
 */
final class HeadlineReferents {
  private HeadlineReferents() {}

  /** The headline with its description subject told by the name it stands for, or as it was. */
  static Headline named(Headline h, List<NewsSentence> news) {
    if (h.from().isEmpty() || !EnglishTagger.readable(h.text())) {
      return h;
    }
    WrittenSentence ws = h.from().get();
    Optional<NewsSentence> at =
        news.stream().filter(n -> n.sentence().text().equals(ws.text())).findFirst();
    if (at.isEmpty()) {
      return h;
    }
    String article = article(at.get().sentence());
    int position = at.get().position();
    Optional<NewsSentence> before =
        news.stream()
            .filter(n -> n.position() == position - 1 && article(n.sentence()).equals(article))
            .findFirst();
    int subject = descriptionEnd(h.text(), ws.text());
    if (before.isEmpty() || subject < 0) {
      return h;
    }
    Optional<String> name = subjectName(before.get().sentence().text());
    if (name.isEmpty()) {
      return h;
    }
    for (String w : name.get().split("\\s+")) {
      if (h.text().substring(0, subject).contains(w)) {
        return h; // the description holds the name: it tells more than the name alone
      }
    }
    String head = lastWord(h.text().substring(0, subject));
    if (!describedAs(name.get(), head, news, article)
        || (VICTIMS.contains(head) && OTHER_PARTY.matcher(before.get().sentence().text()).find())) {
      return h; // nothing ties the description to that name: it may be someone else
    }
    String text = name.get() + h.text().substring(subject);
    if (text.length() > Headlines.HEADLINE_MAX) {
      return h;
    }
    List<SourceSpan> sources = new ArrayList<>(h.sources());
    for (SourceSpan s : before.get().sentence().sources()) {
      if (s.quote().contains(name.get())) {
        sources.add(new SourceSpan(s.article(), name.get()));
      }
    }
    return Headlines.supported(text, sources, sources)
        ? new Headline(text, sources, h.sentence(), h.from())
        : h;
  }

  /**
   * Where the headline's subject ends when the sentence writes it as "the" and a description in
   * common words ending in a singular common noun, right before its verb or an aside ("the Maverick
   * Tottenham forward posted", "The automaker, in financial straits, has"), or -1. Read on the
   * sentence's tags, which a headline's missing articles would mislead ("forward posts video").
   */
  static int descriptionEnd(String headline, String sentence) {
    List<Tok> t = EnglishTagger.tag(sentence);
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!t.get(i).lower().equals("the")) {
        continue;
      }
      int v = i + 1;
      while (v < t.size() && (t.get(v).tagIs("NN") || t.get(v).tagIs("JJ") || nounRead(t, v))) {
        v++;
      }
      if (v == i + 1 || v >= t.size() || !(t.get(v - 1).tag().equals("NN") || nounRead(t, v - 1))) {
        continue;
      }
      Tok next = t.get(v);
      boolean verb = ClauseCompression.isVerbish(next) && next.phrase().equals("VP");
      if (!verb && !next.text().equals(",")) {
        continue;
      }
      if (!UnnamedOpenings.personNoun(t.get(v - 1).lower())) {
        continue; // "the Airbus A330 jetliner": a thing the sentence before may only make
      }
      String description = sentence.substring(t.get(i + 1).start(), t.get(v - 1).end());
      int n = description.length();
      if (headline.length() > n
          && headline.charAt(n) == ' '
          && headline.regionMatches(true, 0, description, 0, 1)
          && headline.regionMatches(1, description, 1, n - 1)) {
        return n;
      }
    }
    return -1;
  }

  /**
   * Whether the word at {@code k}, right before a verb, is a noun the tagger read otherwise: "the
   * Maverick Tottenham forward[/RB] posted".
   */
  private static boolean nounRead(List<Tok> t, int k) {
    return k + 1 < t.size()
        && t.get(k + 1).tagIs("VB")
        && !t.get(k).tagIs("VB")
        && (EnglishTagger.known(t.get(k).lower(), "NN")
            || UnnamedOpenings.personNoun(t.get(k).lower()));
  }

  /**
   * The name that ends the sentence's subject ("The United States automobile manufacturing firm
   * General Motors announced" -> "General Motors"), when it has one subject.
   */
  static Optional<String> subjectName(String sentence) {
    if (!EnglishTagger.readable(sentence)) {
      return Optional.empty();
    }
    List<Tok> t = EnglishTagger.tag(sentence);
    int s = t.size() < 3 ? -1 : ClauseBounds.mainStart(t, t.size());
    int[] span = s < 0 ? null : Subjects.subjectSpan(t, s);
    if (span == null) {
      return Optional.empty();
    }
    for (int k = span[0]; k < span[1]; k++) {
      if (t.get(k).tagIs("CC") || t.get(k).tagIs("PRP") || t.get(k).tagIs("IN")) {
        return Optional.empty(); // "Northrop Grumman and EADS", "Officials from China": not one
      }
    }
    int name = span[1];
    while (name > span[0] && t.get(name - 1).tagIs("NNP")) {
      name--;
    }
    if (name == span[1] || t.get(span[1] - 1).tag().equals("NNPS")) {
      return Optional.empty();
    }
    String out = sentence.substring(t.get(name).start(), t.get(span[1] - 1).end());
    return out.length() >= 3 ? Optional.of(out) : Optional.empty();
  }

  /** Nouns of someone something was done to, whom a name charged or arrested is not. */
  private static final Set<String> VICTIMS =
      Set.of("victim", "woman", "man", "girl", "boy", "teenager", "child", "person", "driver");

  /** A sentence that makes its subject a suspect rather than a victim. */
  private static final Pattern OTHER_PARTY =
      Pattern.compile("\\b(charged|arrested|accused|convicted|suspected|detained|held)\\b");

  private static String lastWord(String s) {
    String[] w = s.trim().split("\\s+");
    return w[w.length - 1].toLowerCase(Locale.ROOT);
  }

  /**
   * Whether some sentence of the article puts the description's head noun with the name, within a
   * few words of its last word: "forward Emmanuel Adebayor", "Adebayor, the Tottenham forward",
   * "Adebayor is a forward". Without that, the sentence before may name someone else ("John Doe has
   * been charged" before "The victim was found").
   */
  static boolean describedAs(String name, String head, List<NewsSentence> news, String article) {
    String[] parts = name.split("\\s+");
    String surname = parts[parts.length - 1];
    for (NewsSentence n : news) {
      if (!article(n.sentence()).equals(article)) {
        continue;
      }
      String[] w = n.sentence().text().split("[\\s,;:()\"'.]+");
      for (int i = 0; i < w.length; i++) {
        if (!w[i].equals(surname)) {
          continue;
        }
        for (int j = Math.max(0, i - 4); j < Math.min(w.length, i + 6); j++) {
          if (j != i && w[j].toLowerCase(Locale.ROOT).equals(head)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String article(WrittenSentence ws) {
    return ws.sources().isEmpty() ? "" : ws.sources().get(0).article();
  }
}
