package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import dev.lede.model.WrittenSentence;
import dev.lede.write.internal.EnglishTagger.Tok;
import dev.lede.write.internal.Headlines.Headline;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The last stage of an English headline: what an editor would tighten in a chosen headline that
 * already tells the news, every step a deletion read on the tagger's tags and chunks, so the words
 * left are the source's (dev blind verdicts, "wordy" and "clunky" headlines):
 *
 * <ul>
 *   <li>a name in the shortest form the story's own sentences use alone: an organisation by the
 *       first words of its full name ("Ford Motor Company's sales" -> "Ford's sales" where a source
 *       writes "Ford said"), never a person by a given name; a wordy title before a person's full
 *       name goes when the story names the person by surname alone ("President of United States
 *       Barack Obama" -> "Barack Obama");
 *   <li>no unsized group before the plural that tells it ("Series of images capturing ..." ->
 *       "Images capturing ...") and no praise before a name ("Prominent Japanese Nikkei ...");
 *   <li>one figure: "falls by 3.41% to end day at 7,114.3" -> "falls 3.41%", the figure's unit noun
 *       kept with it.
 * </ul>
 *
 * The tightened headline cites the spans the headline did and must pass the grounding check, else
 * the headline stays as it was.
 */
final class HeadlineTightening {
  private HeadlineTightening() {}

  private static final Map<String, Set<String>> WORDS =
      WordLists.sections(HeadlineTightening.class, "headline-tightening.txt");

  /** Adjectives that praise a named subject without news: "prominent". */
  private static final Set<String> PRAISE = WORDS.get("praise");

  /** Nouns of an unsized group: "series", "host". */
  private static final Set<String> COLLECTIVE = WORDS.get("collective");

  /** The last words of an organisation's name, its legal form: "Company", "Inc.", "LLC". */
  private static final Set<String> ORGANISATION_ENDS = WORDS.get("organisation-ends");

  /** Verbs of a figure's rise or fall: "fall", "rise". */
  private static final Set<String> CHANGE = WORDS.get("change");

  /** How many words a title before a person's name holds for it to go: "President of the US". */
  static final int WORDY_TITLE = 3;

  /** The headline tightened, citing what it cited; or as it was when nothing tightens. */
  static Headline tightened(Headline h, List<WrittenSentence> story) {
    String text = h.text();
    if (text.isBlank() || !EnglishTagger.readable(text)) {
      return h;
    }
    String t = shortNames(text, storyNames(story));
    t = withoutGroupNoun(t);
    t = withoutPraise(t);
    t = oneFigure(t);
    if (t.equals(text) || t.isBlank()) {
      return h;
    }
    return Headlines.supported(t, h.sources(), h.sources())
        ? new Headline(t, h.sources(), h.sentence(), h.from())
        : h;
  }

  /**
   * The runs of proper nouns the story's sentences write: every whole run ({@code all}) and those
   * no noun or number follows ({@code alone}: "Ford said", "the Dow fell", not "Ford plant").
   */
  record StoryNames(Set<String> all, Set<String> alone) {
    StoryNames {
      all = Set.copyOf(all);
      alone = Set.copyOf(alone);
    }
  }

  static StoryNames storyNames(List<WrittenSentence> story) {
    Set<String> all = new HashSet<>();
    Set<String> alone = new HashSet<>();
    for (WrittenSentence ws : story) {
      String s = ws.text();
      if (!EnglishTagger.readable(s)) {
        continue;
      }
      List<Tok> t = EnglishTagger.tag(s);
      int k = 0;
      while (k < t.size()) {
        if (!name(t.get(k))) {
          k++;
          continue;
        }
        int from = k;
        k = runEnd(t, from, false);
        String run = s.substring(t.get(from).start(), t.get(k - 1).end());
        all.add(run);
        boolean modifies = k < t.size() && (t.get(k).tagIs("NN") || t.get(k).tagIs("CD"));
        if (!modifies) {
          alone.add(run);
        }
      }
    }
    return new StoryNames(all, alone);
  }

  /**
   * Where the run of names from {@code from} ends; with {@code titles} it goes on through "of" and
   * "the" between names, as a title's run does: "President of the United States Barack Obama".
   */
  private static int runEnd(List<Tok> t, int from, boolean titles) {
    int k = from;
    while (k < t.size()
        && (name(t.get(k))
            || titles
                && k > from
                && k + 1 < t.size()
                && Set.of("of", "the").contains(t.get(k).text())
                && (name(t.get(k + 1)) || t.get(k + 1).text().equals("the")))) {
      k++;
    }
    return k;
  }

  /**
   * Whether the token may be part of a person's name: a name word the lexicon does not know as a
   * common noun or adjective ("State", "States", "Vice" are; "Rodham", "Barack" are not).
   */
  private static boolean personal(Tok x) {
    String w = x.lower();
    return name(x)
        && !EnglishTagger.known(w, "NN")
        && !EnglishTagger.known(w, "NNS")
        && !EnglishTagger.known(w, "JJ");
  }

  private static boolean name(Tok x) {
    return x.tagIs("NNP") && Character.isUpperCase(x.text().charAt(0));
  }

  /**
   * Each run of names in the headline in its shortest form the story uses alone: an organisation's
   * first words ("Ford" of "Ford Motor Company") when the run ends in a legal form and the story
   * gives no other name opening with those words ("Apple Corps" beside "Apple Computer"); a
   * person's given name and surname without a title of {@value #WORDY_TITLE} words or more before
   * them when the surname stands alone.
   */
  static String shortNames(String headline, StoryNames names) {
    List<Tok> t = EnglishTagger.tag(headline);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int k = 0;
    while (k < t.size()) {
      if (!name(t.get(k))) {
        k++;
        continue;
      }
      int from = k;
      k = runEnd(t, from, true);
      String replaced = shortForm(headline, t, from, k, names);
      if (replaced != null) {
        out.append(headline, copied, t.get(from).start()).append(replaced);
        copied = t.get(k - 1).end();
        if (k < t.size() && t.get(k).text().equals(".") && t.get(k).start() == copied) {
          copied = t.get(k).end(); // the period of "Inc.", "Corp."
        }
      }
    }
    return out.append(headline.substring(copied)).toString();
  }

  /** The short form of the run of tokens [from, to), or null to keep it. */
  private static String shortForm(String h, List<Tok> t, int from, int to, StoryNames names) {
    if (to - from < 2) {
      return null;
    }
    Set<String> alone = names.alone();
    if (alone.contains(t.get(to - 1).text())) {
      // A person named by surname: the title before the full name goes. The given name is the
      // name word before the surname (not "State" of "Secretary of State Kerry", nor a role:
      // "Police Commissioner Kelly"); the name runs on
      // left over name words the lexicon does not know as common words, so "Hillary Rodham
      // Clinton" stays whole after "Secretary of State" and "States" of a title is left out.
      int first = to - 2;
      if (!name(t.get(first))
          || alone.contains(t.get(first).text())
          || Roles.roleNoun(t.get(first).text())
          || first > from && t.get(first - 1).lower().equals("of")) {
        return null;
      }
      while (first > from
          && personal(t.get(first - 1))
          && !alone.contains(t.get(first - 1).text())) {
        first--;
      }
      return first - from >= WORDY_TITLE
          ? h.substring(t.get(first).start(), t.get(to - 1).end())
          : null;
    }
    // An organisation by the first words of a name that ends in its legal form: "Ford Motor
    // Company", "Chrysler LLC"; not "Staunton Police", "Wasilla Bible Church" (a place's name).
    if (!ORGANISATION_ENDS.contains(t.get(to - 1).lower())) {
      return null;
    }
    for (int k = from; k < to; k++) {
      if (!name(t.get(k))) {
        return null;
      }
    }
    String run = h.substring(t.get(from).start(), t.get(to - 1).end());
    for (int k = from + 1; k < to; k++) {
      String prefix = h.substring(t.get(from).start(), t.get(k - 1).end());
      if (alone.contains(prefix) && prefix.length() >= 3 && onlyOne(prefix, run, names.all())) {
        return prefix;
      }
    }
    return null;
  }

  /**
   * Whether every run of names the story writes that opens with {@code prefix} is part of {@code
   * run}: "Apple" is no short form where the story has "Apple Corps" beside "Apple Computer".
   */
  private static boolean onlyOne(String prefix, String run, Set<String> all) {
    for (String r : all) {
      if (r.startsWith(prefix + " ") && !run.startsWith(r)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The headline without an unsized group noun opening it before "of" and a plural: "Series of
   * images capturing ..." -> "Images capturing ...". Not when a singular verb agrees with the group
   * ("A series of talks is planned").
   */
  static String withoutGroupNoun(String headline) {
    List<Tok> t = EnglishTagger.tag(headline);
    int k = 0;
    while (k < t.size() && (t.get(k).tagIs("DT") || t.get(k).tagIs("JJ"))) {
      k++;
    }
    if (k + 2 >= t.size()
        || !COLLECTIVE.contains(t.get(k).lower())
        || !t.get(k).tagIs("NN")
        || !t.get(k + 1).lower().equals("of")
        || t.stream().anyMatch(x -> x.tag().equals("VBZ"))) {
      return headline;
    }
    // The plural the group is of: the head of the noun phrase after "of".
    int head = k + 2;
    while (head + 1 < t.size() && t.get(head + 1).chunk().equals("I-NP")) {
      head++;
    }
    if (!t.get(head).tag().equals("NNS")) {
      return headline;
    }
    return capitalised(headline.substring(t.get(k + 2).start()));
  }

  /**
   * The headline without an adjective of praise in a noun phrase that names someone after it:
   * "Prominent Japanese Nikkei 225 stock market index" -> "Japanese Nikkei 225 ...".
   */
  static String withoutPraise(String headline) {
    List<Tok> t = EnglishTagger.tag(headline);
    for (int k = 0; k < t.size() - 1; k++) {
      Tok x = t.get(k);
      if (!PRAISE.contains(x.lower()) || !(x.tagIs("JJ") || x.tagIs("NNP") && k == 0)) {
        continue;
      }
      for (int j = k + 1; j < t.size() && t.get(j).chunk().equals("I-NP"); j++) {
        if (t.get(j).tagIs("NNP")) {
          String rest = headline.substring(t.get(k + 1).start());
          return k == 0 ? capitalised(rest) : headline.substring(0, x.start()) + rest;
        }
      }
    }
    return headline;
  }

  /**
   * The headline with one figure after its verb of change: "falls by 3.41% to end day at 7,114.3"
   * -> "falls 3.41%". The "by" before the figure goes, and a phrase with "to" after the figure's
   * noun phrase (which holds its unit, "%", "points") that gives a second figure.
   */
  static String oneFigure(String headline) {
    List<Tok> t = EnglishTagger.tag(headline);
    for (int v = 0; v < t.size(); v++) {
      if (!t.get(v).tagIs("VB") || !CHANGE.contains(HeadlineVerbs.lemma(t.get(v).lower()))) {
        continue;
      }
      int f = v + 1;
      boolean by = f < t.size() && t.get(f).lower().equals("by");
      f += by ? 1 : 0;
      if (f < t.size() && t.get(f).lower().equals("another")) {
        f++;
      }
      if (f >= t.size() || !t.get(f).tagIs("CD")) {
        continue; // "rises to ...": a later verb may carry the figure
      }
      int end = f + 1; // past the figure's noun phrase: "3.41 %", "344.65 points"
      while (end < t.size() && t.get(end).chunk().equals("I-NP")) {
        end++;
      }
      String out = headline;
      boolean unit =
          end > f + 1
              || t.get(f).text().matches(".*[%$£€].*")
              || (f > 0 && t.get(f - 1).text().matches("[$£€]"));
      boolean second =
          unit
              && end < t.size()
              && t.get(end).tag().equals("TO")
              && t.subList(end + 1, t.size()).stream().anyMatch(x -> x.tagIs("CD"));
      if (second) {
        out = out.substring(0, t.get(end - 1).end());
      }
      if (by) {
        out = out.substring(0, t.get(v + 1).start()) + out.substring(t.get(v + 2).start());
      }
      return out;
    }
    return headline;
  }

  private static String capitalised(String s) {
    String t = s.strip();
    return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }
}
