package dev.lede.write.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Another outlet's account of the lede's opening event: whether a body sentence only retells it,
 * and whether another outlet's lead adds news of another kind with its figure.
 */
final class OpeningRetellings {
  private OpeningRetellings() {}

  /**
   * Whether a body sentence from another article retells the lede's opening: it tells an event of
   * the opening's kind ({@link EventKinds}: "Ram-raiders ploughed their vehicle into an upmarket
   * jewellery boutique" after "Thieves pulled off a jewellery heist"), no event of another kind and
   * no number the opening lacks, names someone or something the opening names, and is neither a
   * quotation nor about an earlier time: an editor reading it below the lede finds the news told
   * twice.
   */
  static boolean retellsOpening(Candidate c, Candidate opening) {
    if (c.doc == opening.doc || FactText.speaks(c.text) || FactText.tellsThePast(c.text)) {
      return false;
    }
    FactSignature sc = c.signature();
    FactSignature so = opening.signature();
    Set<String> kinds = EventKinds.of(c.text, sc.events());
    Set<String> told = EventKinds.of(opening.text, so.events());
    if (kinds.isEmpty()
        || !told.containsAll(kinds)
        || !FactText.numbers(opening.text).containsAll(FactText.numbers(c.text))
        || !so.amounts().containsAll(sc.amounts())
        || FactText.conflicting(c.text, c.doc.day, opening.text, opening.doc.day)) {
      return false; // a number the lede lacks ("at 2:56", "dragging her 10 feet") is news of its
      // own
    }
    return FactSignature.sharesActor(sc, so) || FactText.sharesCapitalised(c.text, opening.text);
  }

  /** Whether every kind of event {@code c} tells is one {@link EventKinds} names (a fire). */
  static boolean ofNamedKinds(Candidate c) {
    Set<String> kinds = EventKinds.of(c.text, c.signature().events());
    return !kinds.isEmpty() && kinds.stream().allMatch(EventKinds::named);
  }

  /**
   * Whether {@code c}'s verb tells an event of a kind {@code told} does not ({@link EventKinds})
   * with a figure it lacks ({@link Figures}: a toll, a count of people): "Six people died when the
   * bridge gave way" after "The collapse of the bridge closed the main route" is news of its own,
   * "Four men rammed their car into the store" after "Thieves pulled off a jewellery heist" is the
   * same news.
   */
  static boolean addsNewsWithFigure(Candidate c, Candidate told) {
    FactSignature sc = c.signature();
    FactSignature st = told.signature();
    Set<String> kinds = new HashSet<>(EventKinds.of("", sc.acts()));
    kinds.removeAll(EventKinds.of(told.text, st.events()));
    if (kinds.isEmpty()) {
      return false;
    }
    Set<String> keys = new HashSet<>();
    Figures.in(told.text).forEach(f -> keys.add(f.key()));
    // A count keyed by its own verb ("attacked two boats") is of that verb's kind by construction:
    // it adds no toll to the other kind of event.
    return Figures.in(c.text).stream()
        .anyMatch(f -> !Figures.isCount(f) && !keys.contains(f.key()));
  }
}
