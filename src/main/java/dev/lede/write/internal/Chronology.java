package dev.lede.write.internal;

import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When each source came out ({@link Attribution#dateOf}), and what that means for a story whose
 * sources span more than one day: the lede comes from the latest day, sections run in time order,
 * and a sentence from another day than the one before it says when, as an attribution of its source
 * ("..., BBC reported on 17 September.").
 */
final class Chronology {
  private final Map<Doc, LocalDate> dates = new IdentityHashMap<>();
  private final Optional<LocalDate> latest;
  private final boolean spansDays;
  private final boolean withYear;

  private Chronology(List<Doc> docs) {
    Set<LocalDate> days = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    for (Doc d : docs) {
      Attribution.dateOf(d.input)
          .ifPresent(
              day -> {
                dates.put(d, day);
                days.add(day);
                years.add(day.getYear());
              });
    }
    latest = days.stream().max(Comparator.naturalOrder());
    spansDays = days.size() > 1;
    withYear = years.size() > 1;
  }

  static Chronology of(List<Doc> docs) {
    return new Chronology(docs);
  }

  Optional<LocalDate> dateOf(Doc d) {
    return Optional.ofNullable(dates.get(d));
  }

  /** Whether the sources came out on more than one day. */
  boolean spansDays() {
    return spansDays;
  }

  /** Whether dates must carry their year (the sources span more than one year). */
  boolean withYear() {
    return withYear;
  }

  /** Whether a candidate comes from the latest day's coverage. */
  boolean latest(Candidate c) {
    return latest.isPresent() && latest.equals(dateOf(c.doc));
  }

  /** Sorts candidates by their source's day (undated last), keeping the order within a day. */
  void order(List<Candidate> items) {
    if (spansDays) {
      items.sort(Comparator.comparing(c -> dateOf(c.doc).orElse(LocalDate.MAX)));
    }
  }

  /**
   * The sentence of {@code c}, saying when its source reported it if its day differs from {@code
   * previous} (the day of the sentence before it, or the latest day at a section's start); the
   * plain sentence when the sources span one day, the source is undated, or the attributed form
   * does not pass the checker.
   */
  WrittenSentence render(Candidate c, Optional<LocalDate> previous, GroundingChecker checker) {
    WrittenSentence plain = c.toSentence();
    Optional<LocalDate> day = dateOf(c.doc);
    if (!spansDays || day.isEmpty() || day.equals(previous)) {
      return plain;
    }
    return Attribution.attribute(plain.text(), c.doc.outlet(), day, withYear)
        .map(t -> new WrittenSentence(t, plain.sources()))
        .filter(checker::supports)
        .orElse(plain);
  }

  Optional<LocalDate> latestDay() {
    return latest;
  }

  private static final java.util.regex.Pattern WEEKDAY =
      java.util.regex.Pattern.compile(
          "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** The weekdays a sentence names ("on Friday", "Tuesday's"). */
  static Set<String> weekdays(String text) {
    Set<String> out = new HashSet<>();
    java.util.regex.Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Without dates to tell them apart (undated sources, or all of one day), takes out of the body a
   * sentence from another article than the lede's that tells the lede's event (an event word in
   * common) on another weekday: "checked into rehab on Friday" in the lede and "headed to a
   * treatment facility on Tuesday" below it leave the reader with two days for one event.
   */
  void dropOtherDays(List<Candidate> lede, List<Candidate> body) {
    if (spansDays || lede.isEmpty()) {
      return;
    }
    Set<String> days = new HashSet<>();
    Set<String> events = new HashSet<>();
    Set<Doc> ledeDocs = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Candidate c : lede) {
      days.addAll(weekdays(c.text));
      events.addAll(happenings(c));
      ledeDocs.add(c.doc);
    }
    if (days.isEmpty()) {
      return;
    }
    body.removeIf(
        c -> {
          Set<String> own = weekdays(c.text);
          return !ledeDocs.contains(c.doc)
              && !own.isEmpty()
              && java.util.Collections.disjoint(own, days)
              && !java.util.Collections.disjoint(happenings(c), events);
        });
  }

  /** Verbs that say nothing happened (being, saying), not an event of their own. */
  private static final Set<String> NOT_EVENTS =
      Set.of(
          "be", "is", "was", "were", "been", "ha", "had", "have", "said", "say", "told", "report");

  /**
   * What a sentence says happened: its event words ({@link Restatements.Signature#events}) and the
   * stems of its verbs (OpenNLP tags), as "checked into" is no listed event word.
   */
  private static Set<String> happenings(Candidate c) {
    Set<String> out = new HashSet<>(c.signature().events());
    for (EnglishTagger.Tok t : EnglishTagger.tag(c.text)) {
      String stem = Words.stem(t.lower());
      if (t.tagIs("VB") && !NOT_EVENTS.contains(t.lower()) && !NOT_EVENTS.contains(stem)) {
        out.add(stem);
      }
    }
    return out;
  }
}
