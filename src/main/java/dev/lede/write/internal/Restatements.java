package dev.lede.write.internal;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The same fact told twice: two sentences with the same actor (a name the entity extractor finds,
 * compared by its last word, so "Barack Obama" and "Obama" are one actor; or no actor in either),
 * the same amounts (the less detailed one's amounts all in the other's, from the fact extractor)
 * and the same event (the event word its verb or noun stands for, {@link EventWords}; with none in
 * either, a share of their content words). What a sentence states is its {@link FactSignature}; the
 * readings of its text the tests share are in {@link FactText}, a wire phrase two outlets keep in
 * {@link SharedPhrases}, the keys a retelling in other words shares in {@link FactKeys}; another
 * outlet's account of the opening is judged by {@link OpeningRetellings}, and whether a sentence
 * adds anything by {@link NewFacts}.
 */
public final class Restatements {
  private Restatements() {}

  /** With no event word in either sentence, the share of content words that makes them one fact. */
  private static final double SAME_WORDS = 0.3;

  /**
   * MiniLM cosine over which two sentences naming the same actor, with no conflicting figure and an
   * event word in common when both have a verb of one, tell the same fact. On ECB+ dev stories the
   * cross-outlet retellings of one event ("Tara Reid has entered a rehab program" / "Tara Reid is
   * seeking help at rehabilitation facility in California") score 0.58-0.84, sentences about
   * another fact of the same actor mostly under 0.6.
   */
  static final double SAME_FACT_COSINE = 0.6;

  /** Whether the two sentences state the same fact. */
  public static boolean restates(FactSignature a, FactSignature b) {
    if (a.amounts().isEmpty() || b.amounts().isEmpty()) {
      return false;
    }
    FactSignature less = a.information() <= b.information() ? a : b;
    FactSignature more = less == a ? b : a;
    if (!more.amounts().containsAll(less.amounts())) {
      return false;
    }
    // A name opening a sentence is not always found as one: its word among the other's counts.
    boolean sameActor =
        a.actors().isEmpty() && b.actors().isEmpty()
            || !Collections.disjoint(a.actors(), b.actors())
            || !Collections.disjoint(a.actors(), b.content())
            || !Collections.disjoint(b.actors(), a.content());
    if (!sameActor) {
      return false;
    }
    if (!a.events().isEmpty() || !b.events().isEmpty()) {
      return !Collections.disjoint(a.events(), b.events());
    }
    return Vectors.jaccard(a.content(), b.content()) >= SAME_WORDS;
  }

  /**
   * Whether two candidate sentences tell the same fact, as an editor reads them: the amounts-based
   * test of {@link #restates}, a figure both may tell ({@link FactText#sameFigure}) and none that
   * conflicts, an event word and a number in common ({@link #sharesNumber}), or the same actor, no
   * two values for one quantity ({@link Figures}), an event word in common when both have a verb of
   * one, and sentence embeddings close enough ({@value #SAME_FACT_COSINE}); without both
   * embeddings, a shared event word and a share of content words. A quotation of someone's words is
   * its own content, and a sentence about an earlier event (a year it happened in, "previously") is
   * no retelling of the news: neither restates the other kind. Figures read with their days that
   * differ only as a rising toll ({@link FactText#risingAcrossDays}) are two reports.
   */
  static boolean sameFact(Candidate a, Candidate b) {
    // A description one source says of a named person ("Orozco, 27, a parolee") stands for the
    // name in the other's deeds ("A 27-year-old parolee ...").
    Descriptions links = a.doc.descriptions().with(b.doc.descriptions());
    FactSignature sa = a.signature().withDeeds(links.named(a.text, a.signature().deeds()));
    FactSignature sb = b.signature().withDeeds(links.named(b.text, b.signature().deeds()));
    boolean vectors = a.hasVector() && b.hasVector();
    return sameFact(
            a.text,
            sa,
            b.text,
            sb,
            vectors ? Vectors.cosine(a.vector, b.vector) : Double.NaN,
            describedActor(a, sa, b, sb),
            a.sentence < LEAD_SENTENCES || b.sentence < LEAD_SENTENCES,
            a.doc != b.doc)
        // "at least 11 killed" on Monday, "24 died" on Tuesday: a rising toll (read last, for
        // the pairs found to tell one fact: it reads both sentences' figures twice)
        && !FactText.risingAcrossDays(a.text, a.doc.day, b.text, b.doc.day);
  }

  /**
   * Sentences of an article, from its first, that tell its event whole: a count there ("the 1967
   * slayings of two women") describes the event, so another sentence giving it retells that
   * sentence only with an act in common.
   */
  static final int LEAD_SENTENCES = 1;

  /**
   * MiniLM cosine over which two sentences of one actor whose verbs tell one act ({@link
   * FactKeys#acts}: "arrested" and "made an arrest", "apologized" and "offered an apology") tell
   * one fact: on ECB+ dev stories such retellings score 0.50-0.73, under {@link #SAME_FACT_COSINE}
   * for half of them.
   */
  static final double SAME_ACT_COSINE = 0.45;

  /**
   * The fact keys' test ({@link FactKeys}): the same thing counted ("60 people" / "Sixty
   * residents", "two hours"), the same doer's same act to the same undergoer ({@link
   * FactKeys#deeds}), or one actor's same act with the embeddings (or, without them, a detail)
   * agreeing.
   */
  private static boolean sameKeys(
      String a, FactSignature sa, String b, FactSignature sb, double cosine, boolean leads) {
    if (!Collections.disjoint(sa.counts(), sb.counts())
        && (!leads || !Collections.disjoint(sa.lemmas(), sb.lemmas()) || sharesWeekday(a, b))) {
      return true;
    }
    boolean otherPeople =
        !sa.people().isEmpty()
            && !sb.people().isEmpty()
            && Collections.disjoint(sa.people(), sb.people());
    if ((!otherPeople || deedToOnePerson(sa, sb)) && FactKeys.sharedDeed(sa, sb)) {
      return true; // "Critics say the vote is a sham" / "Critics say the poll is a sham ..."
    }
    Set<String> parties = FactKeys.sharedParties(sa, sb);
    if (!otherPeople && !parties.isEmpty()) {
      Set<String> details = commonDetails(a, sa, b, sb);
      details.removeAll(parties);
      // A verb is the act, no detail of it: "Gray pointed a gun" / "too much common sense to point
      // a loaded gun" share "point" as two acts, one done, one not.
      details.removeAll(actRoots(sa));
      details.removeAll(actRoots(sb));
      if (details.size() >= PARTIES_DETAILS) {
        return true; // "Police stopped LaSalle ... two blocks away" / "Police pulled him over a
        // few blocks away"
      }
    }
    return !Collections.disjoint(sa.lemmas(), sb.lemmas())
        && FactSignature.sharesActor(sa, sb)
        && !otherPeople // "placed Pierre Thomas", "placing Chris Ivory": two acts
        && (Double.isNaN(cosine) ? sharesDetail(a, sa, b, sb) : cosine >= SAME_ACT_COSINE);
  }

  /**
   * A deed both sentences tell by or to a person both name: the extractor may read a surname alone
   * as a name of no type ("that Thomas had been placed on IR" after "Pierre Thomas ... was placed
   * on injured reserve"), so their people seem to differ while the deed's party is one.
   */
  private static boolean deedToOnePerson(FactSignature sa, FactSignature sb) {
    Set<String> people = new java.util.HashSet<>(sa.people());
    people.addAll(sb.people());
    people.retainAll(sa.actors());
    people.retainAll(sb.actors());
    for (String x : sa.deeds()) {
      if (!sb.deeds().contains(x)) {
        continue;
      }
      String[] parties = x.split("\\|", -1);
      for (String p : people) {
        String r = FactKeys.root(p);
        if (parties.length == 3 && (parties[0].equals(r) || parties[2].equals(r))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The roots of a sentence's acts, done or not ("~point" is "point"), particles left off. */
  private static Set<String> actRoots(FactSignature s) {
    Set<String> out = new java.util.HashSet<>();
    for (String x : s.lemmas()) {
      String act = x.startsWith("~") ? x.substring(1) : x;
      int space = act.indexOf(' ');
      out.add(space < 0 ? act : act.substring(0, space));
    }
    return out;
  }

  /**
   * Details (by root, {@link #commonDetails}) besides their doer and undergoer that two sentences
   * of one doer acting on one undergoer ({@link FactKeys#sharedParties}) share to tell one act in
   * two verbs ("stopped" / "pulled over", "two blocks away" / "a few blocks away").
   */
  static final int PARTIES_DETAILS = 2;

  /**
   * Whether two published sentences tell the same fact, by their words alone (no embeddings): what
   * {@link #sameFact(Candidate, Candidate)} finds without vectors, so a check of a written story
   * counts the paraphrases the writer itself merges ("Bush rushed for 404 yards" / "Bush finished
   * with just 404 yards"), not only sentences with the same amounts.
   */
  public static boolean sameFact(String a, String b) {
    return sameFact(a, FactSignature.of(a), b, FactSignature.of(b), Double.NaN, false, false, true);
  }

  /**
   * The editor's test of {@link #sameFact(Candidate, Candidate)}; {@code cosine} is NaN without
   * both embeddings, {@code described} whether one sentence describes the other's named actor,
   * {@code otherOutlets} whether they come from two articles.
   */
  private static boolean sameFact(
      String a,
      FactSignature sa,
      String b,
      FactSignature sb,
      double cosine,
      boolean described,
      boolean leads,
      boolean otherOutlets) {
    // A figure both may tell counts only when no other conflicts: "at least 11 killed and 30
    // injured" / "24 killed and 50 injured" are two reports.
    if (restates(sa, sb) || FactText.sameFigure(a, b) && !FactText.conflicting(a, b)) {
      return true;
    }
    if (FactText.tellsThePast(a) == FactText.tellsThePast(b)
        && !FactText.conflicting(a, b)
        && sameKeys(a, sa, b, sb, cosine, leads)) {
      return true;
    }
    if (otherOutlets
        && FactText.tellsThePast(a) == FactText.tellsThePast(b)
        && !FactText.speaks(a)
        && !FactText.speaks(b)
        && !FactText.conflicting(a, b)
        && retoldAct(sa, sb)) {
      return true; // "Nichols has received a sentence of life ..." / "A judge ... sentenced the
      // man"
    }
    if (otherOutlets
        && Double.isFinite(cosine)
        && cosine >= SHARED_DETAILS_COSINE
        && FactText.tellsThePast(a) == FactText.tellsThePast(b)
        && !FactText.speaks(a)
        && !FactText.speaks(b)
        && !FactText.conflicting(a, b)
        && (sa.amounts().containsAll(sb.amounts()) || sb.amounts().containsAll(sa.amounts()))
        && !namesOtherPeople(sa, sb)
        && !doneAndNotDone(sa, sb)
        && commonDetails(a, sa, b, sb).size() >= SHARED_DETAILS) {
      return true; // "she was a popular pinup for GIs ... kept her popular afterwards" / "...
      // became a favourite pinup of US people in World War II, and her popularity continued"
    }
    if (SharedPhrases.sharesPhrase(a, b) && !FactText.conflicting(a, b)) {
      return true; // "escorting a group of five merchant vessels" told by two outlets
    }
    if (FactText.speaks(a) != FactText.speaks(b)) {
      return false;
    }
    boolean sameTime = FactText.tellsThePast(a) == FactText.tellsThePast(b);
    if (sameTime
        && sharesAmount(sa, sb, DISTINCTIVE)
        && (FactSignature.sharesActor(sa, sb)
            || FactText.sharesCapitalised(a, b)
            || !Collections.disjoint(sa.events(), sb.events()))
        && !FactText.conflicting(a, b)) {
      return true; // "Bush rushed for 404 yards ..." / "Bush finished ... with just 404 yards"
    }
    if (!Collections.disjoint(sa.events(), sb.events())
        && FactText.sharesNumber(a, b)
        && !FactText.conflicting(a, b)) {
      return true; // "hosted the 79th Oscars in 2007" / "served as emcee during the 2007 ceremony"
    }
    if (sameTime
        && sharesAmount(sa, sb, LARGE)
        && sharesWordBesides(sa, sb)
        && !FactText.conflicting(a, b)) {
      // "Ram-raiders ... making off with €2 million worth of loot" / "the men ... grabbed
      // jewellery and luxury watches worth an estimated €2 million": no name nor event word in
      // common, but a sum of a thousand or more and a word besides it is one haul.
      return true;
    }
    if (!sameTime) {
      return false;
    }
    if (!Collections.disjoint(sa.events(), sb.events())
        && sa.amounts().equals(sb.amounts()) // an amount only one gives is news of its own
        && !FactText.conflicting(a, b)
        && (FactSignature.sharesActor(sa, sb) && sharesDetail(a, sa, b, sb)
            || unnamedRetelling(a, sa, b, sb))) {
      // "Williams died early Thursday in her sleep" after "Esther Williams ... died on Thursday";
      // "The actress ... finally checked into rehab" after "Tara Reid has entered a rehab program"
      return true;
    }
    if (!sa.acts().isEmpty()
            && !sb.acts().isEmpty()
            && Collections.disjoint(sa.acts(), sb.acts())
            && Collections.disjoint(sa.events(), sb.events())
        || FactText.conflicting(a, b)
        || !FactSignature.sharesActor(sa, sb)
            && !described
            && !(Double.isFinite(cosine) && FactText.pronounFor(a, b))) {
      return false;
    }
    if (!Double.isNaN(cosine)) {
      return cosine >= SAME_FACT_COSINE;
    }
    // Without embeddings, the story's own event noun ("fire", "shooting") and its names are in
    // most of its sentences: one act told by both verbs ("hosted" / "named as host"), or most of
    // the words, makes one fact; "No one was hurt in the fire" is another fact than "a fire that
    // was deliberately set".
    double words = Vectors.jaccard(sa.content(), sb.content());
    return !Collections.disjoint(sa.events(), sb.events())
        && words >= SAME_ACTOR_EVENT_WORDS
        && (!Collections.disjoint(sa.acts(), sb.acts()) || words >= SAME_WORDS_NO_ACT);
  }

  /**
   * Content words (by root) besides the act and the names that two sentences telling one done act
   * must share to be one fact whatever their subjects: "Nichols has received a sentence of life in
   * prison without parole for a ... shooting spree in an Atlanta courthouse" and "A judge ...
   * sentenced the man who killed four people in a brazen courthouse escape to multiple life
   * sentences with no chance of parole" share "life", "parole" and "courthouse" (MiniLM puts them
   * at 0.36, under any cosine that tells retellings from other facts).
   */
  static final int RETOLD_DETAILS = 3;

  /**
   * One act done ({@link FactKeys#acts}, not one to come or not done), told by two outlets (one
   * article tells its story in order, its act and then its details) with other subjects or voices
   * ("received a sentence" / "sentenced the man"), and {@value #RETOLD_DETAILS} of its details in
   * common; two sentences naming different people are two acts.
   */
  static boolean retoldAct(FactSignature sa, FactSignature sb) {
    Set<String> acts = new java.util.HashSet<>(sa.lemmas());
    acts.retainAll(sb.lemmas());
    acts.removeIf(x -> x.startsWith("~"));
    if (acts.isEmpty()
        || !sa.people().isEmpty()
            && !sb.people().isEmpty()
            && Collections.disjoint(sa.people(), sb.people())) {
      return false;
    }
    Set<String> details = roots(sa.content());
    details.retainAll(roots(sb.content()));
    details.removeAll(acts);
    details.removeAll(roots(sa.actors())); // the names are the actor's test, not the act's details
    details.removeAll(roots(sb.actors()));
    return details.size() >= RETOLD_DETAILS;
  }

  /**
   * MiniLM cosine over which two outlets' sentences sharing {@value #SHARED_DETAILS} common words
   * tell one fact whatever their actors and verbs: on the dev stories judged in round 18 such
   * retellings ("Escalante was shot outside his boyhood home ... on his way to work" after "... the
   * murder of ... Escalante ... outside his Cypress Park home ... as he prepared to leave for
   * work") score 0.52-0.60, under {@link #SAME_FACT_COSINE}.
   */
  static final double SHARED_DETAILS_COSINE = 0.5;

  /**
   * Common words (by root) two outlets' sentences share in {@link #SHARED_DETAILS_COSINE}'s band.
   */
  static final int SHARED_DETAILS = 3;

  /**
   * The roots of the lower-case content words both sentences use, besides numbers, names, any word
   * either writes capitalised (a name the extractor missed, a sentence's first word) and verbs of
   * saying: the details of what happened, which two facts of one story rarely share three of.
   */
  static Set<String> commonDetails(String a, FactSignature sa, String b, FactSignature sb) {
    Set<String> details = roots(sa.content());
    details.retainAll(roots(sb.content()));
    for (String w : FactText.capitalised(a)) {
      details.remove(FactKeys.root(w));
    }
    for (String w : FactText.capitalised(b)) {
      details.remove(FactKeys.root(w));
    }
    details.removeAll(roots(sa.actors()));
    details.removeAll(roots(sb.actors()));
    details.removeIf(
        w ->
            w.chars().anyMatch(Character::isDigit)
                || SAYING.contains(w)
                || NUMBER_WORD.matcher(w).matches());
    return details;
  }

  /** Both name people and no one in common: "placed Pierre Thomas", "placing Chris Ivory". */
  private static boolean namesOtherPeople(FactSignature sa, FactSignature sb) {
    return !sa.people().isEmpty()
        && !sb.people().isEmpty()
        && Collections.disjoint(sa.people(), sb.people());
  }

  /** One tells an act done, the other the same act to come or not done ("missed", "will miss"). */
  private static boolean doneAndNotDone(FactSignature sa, FactSignature sb) {
    for (String x : sa.lemmas()) {
      if (sb.lemmas().contains(x.startsWith("~") ? x.substring(1) : "~" + x)) {
        return true;
      }
    }
    return false;
  }

  /** A number written as a word ("three", "dozen"): an amount, compared as one, not a detail. */
  private static final java.util.regex.Pattern NUMBER_WORD =
      java.util.regex.Pattern.compile(
          "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|dozen|hundr|thousand"
              + "|million|billion");

  /** Roots of the verbs of saying: every attributed sentence has one. */
  private static final Set<String> SAYING =
      Set.of("said", "say", "told", "tell", "report", "accord", "ad", "statement");

  private static Set<String> roots(Set<String> words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(FactKeys.root(w));
    }
    return out;
  }

  /**
   * Without embeddings nor an act in common, the share of content words over which two sentences of
   * one actor and one event word tell one fact: a retelling in other words keeps most of them,
   * another fact of the same fire (the damage, that no one was hurt, where they will worship)
   * shares only the story's names and its event noun (0.20-0.33 on ECB+ dev topic 13 and 14).
   */
  static final double SAME_WORDS_NO_ACT = 0.4;

  /**
   * Besides the actor, a detail both sentences give: a day of the week, a number, or a capitalised
   * word that is not the actor's name (a place, an institution, a first name): with the same actor
   * and the same event, an editor reads one fact told twice.
   */
  private static boolean sharesDetail(String a, FactSignature sa, String b, FactSignature sb) {
    if (FactText.sharesNumber(a, b)) {
      return true;
    }
    Set<String> names = FactText.capitalised(a);
    names.retainAll(FactText.capitalised(b));
    for (String n : names) {
      String w = n.toLowerCase(Locale.ROOT);
      if (!sa.actors().contains(w) && !sb.actors().contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One sentence names the actor, the other only describes its subject ("The actress ...") and
   * names no one and no amount of its own: with the same event it retells the named one's fact.
   */
  private static boolean unnamedRetelling(String a, FactSignature sa, String b, FactSignature sb) {
    return unnamed(b, sb) && !sa.actors().isEmpty() || unnamed(a, sa) && !sb.actors().isEmpty();
  }

  private static boolean unnamed(String text, FactSignature s) {
    return s.actors().isEmpty() && s.amounts().isEmpty() && FactText.opensWithDescription(text);
  }

  /**
   * Without embeddings, the share of content words that makes two sentences with the same actor and
   * the same event word one fact: each outlet words a retelling its own way, so a fifth in common
   * is already much ("Hugh Jackman was named on Friday as host of February's Oscars ..." / "Jackman
   * was announced Friday as the host of the 81st Academy Awards ..." share 0.21).
   */
  static final double SAME_ACTOR_EVENT_WORDS = 0.2;

  /**
   * An amount both sentences give that tells them apart from other facts: money, a percentage, a
   * count of {@code atLeast} or more.
   */
  private static boolean sharesAmount(FactSignature a, FactSignature b, double atLeast) {
    for (String v : a.amounts()) {
      if (b.amounts().contains(v) && atLeast(v, atLeast)) {
        return true;
      }
    }
    return false;
  }

  /** A count of ten or more tells a fact apart ("404 yards"); "two women" is in too many. */
  private static final double DISTINCTIVE = 10;

  /** So large a figure (a sum, a crowd of a thousand) is rarely told of two facts of one story. */
  private static final double LARGE = 1000;

  private static boolean atLeast(String amount, double min) {
    try {
      return Double.parseDouble(amount) >= min;
    } catch (NumberFormatException e) {
      return true; // money with its currency, a range
    }
  }

  /** Words that only spell an amount ("million", "worth"): no detail of their own. */
  private static final Set<String> AMOUNT_WORDS =
      Set.of("million", "millions", "billion", "billions", "thousand", "thousands", "worth");

  /** A content word both sentences use besides the words of an amount. */
  private static boolean sharesWordBesides(FactSignature a, FactSignature b) {
    for (String w : a.content()) {
      if (b.content().contains(w)
          && !AMOUNT_WORDS.contains(w)
          && !w.chars().allMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern WEEKDAY =
      java.util.regex.Pattern.compile("\\b" + dev.lede.lang.EnglishWords.anyWeekday() + "\\b");

  /**
   * A weekday both sentences date their fact by ("four robbers on Thursday afternoon", "Three or
   * four robbers burst into the store ... late Thursday afternoon"): the same count on the same day
   * is one fact, whatever verb each outlet chose.
   */
  static boolean sharesWeekday(String a, String b) {
    Set<String> days = new java.util.HashSet<>();
    java.util.regex.Matcher m = WEEKDAY.matcher(a);
    while (m.find()) {
      days.add(m.group());
    }
    m = WEEKDAY.matcher(b);
    while (m.find()) {
      if (days.contains(m.group())) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code chosen} tells the fact {@code c} tells; the first such, if any. */
  static java.util.Optional<Candidate> restated(Candidate c, List<Candidate> chosen) {
    for (Candidate k : chosen) {
      if (k != c && sameFact(k, c)) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * One sentence names its actor, the other describes them as its subject ("The actress, 33,
   * reportedly headed to a Malibu treatment facility" after "Tara Reid checked into Promises"): an
   * outlet's other word for the person the story is about, which only the embeddings can confirm.
   */
  private static boolean describedActor(
      Candidate a, FactSignature sa, Candidate b, FactSignature sb) {
    if (!a.hasVector() || !b.hasVector()) {
      return false;
    }
    boolean da = FactText.opensWithDescription(a.text);
    boolean db = FactText.opensWithDescription(b.text);
    return da != db && !(da ? sb : sa).actors().isEmpty();
  }

  /** The pairs (i, j), i before j, of sentences that state the same fact ({@link #sameFact}). */
  public static List<int[]> pairs(List<String> sentences) {
    List<FactSignature> sigs = sentences.stream().map(FactSignature::of).toList();
    List<int[]> out = new java.util.ArrayList<>();
    for (int j = 0; j < sigs.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (sameFact(
            sentences.get(i),
            sigs.get(i),
            sentences.get(j),
            sigs.get(j),
            Double.NaN,
            false,
            false,
            true)) {
          out.add(new int[] {i, j});
        }
      }
    }
    return out;
  }
}
