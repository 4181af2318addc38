package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.lang.WordLists;
import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When each source came out ({@link Attribution#dateOf}), and what that means for a story whose
 * sources span more than one day: the lede comes from the latest day, sections run in time order,
 * and a sentence from another day than the one before it says when, as an attribution of its source
 * ("..., BBC reported on 17 September.").
 */
final class Chronology {
  private final Map<Doc, LocalDate> dates = new IdentityHashMap<>();

  /**
   * The day each undated article is ordered by: that of the dated article whose opening shares most
   * words with its own. Only the order uses it; no sentence is ever attributed to it.
   */
  private final Map<Doc, LocalDate> orderDays = new IdentityHashMap<>();

  private final Optional<LocalDate> latest;
  private final boolean spansDays;
  private final boolean withYear;

  /**
   * Whether more than one outlet reports the story: whose "last night" a sentence tells matters.
   */
  private final boolean severalOutlets;

  private Chronology(List<Doc> docs) {
    severalOutlets = docs.stream().map(Doc::outlet).distinct().count() > 1;
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
    if (spansDays) {
      estimateUndated(docs);
    }
  }

  /** Sentences of an article's opening compared to place an undated article among dated ones. */
  private static final int OPENING = 5;

  /**
   * Places each undated article on the day of the dated article it resembles most (content words of
   * the openings): a report of the escape sorts with the escape's coverage, not after the capture
   * (an undated article last in time order would put stale news after the latest).
   */
  private void estimateUndated(List<Doc> docs) {
    Map<Doc, Set<String>> words = new IdentityHashMap<>();
    for (Doc d : docs) {
      Set<String> w = new HashSet<>();
      for (int i = 0; i < Math.min(OPENING, d.sentences.size()); i++) {
        w.addAll(Words.contentWords(d.sentences.get(i).text()));
      }
      words.put(d, w);
    }
    for (Doc d : docs) {
      if (dates.containsKey(d)) {
        continue;
      }
      Doc nearest = null;
      double best = 0;
      for (Doc other : docs) {
        LocalDate day = dates.get(other);
        if (day == null) {
          continue;
        }
        double j = Vectors.jaccard(words.get(d), words.get(other));
        if (j > best || j == best && nearest != null && day.isBefore(dates.get(nearest))) {
          best = j;
          nearest = other;
        }
      }
      if (nearest != null && best > 0) {
        orderDays.put(d, dates.get(nearest));
      }
    }
  }

  /** The day an article is placed on in time order: its own, else the estimate for it. */
  Optional<LocalDate> orderDayOf(Doc d) {
    LocalDate own = dates.get(d);
    return Optional.ofNullable(own != null ? own : orderDays.get(d));
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

  /**
   * Sorts candidates by their source's day (an undated one by the day of the dated source it
   * resembles most, {@link #orderDayOf}; with none, last), keeping the order within a day.
   */
  void order(List<Candidate> items) {
    if (spansDays) {
      items.sort(Comparator.comparing(c -> orderDayOf(c.doc).orElse(LocalDate.MAX)));
    }
  }

  /** A year a sentence tells: "in 1955", "the 2006 film", "born ... 1923". */
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d$£€.,-])(1[6-9]\\d\\d|20\\d\\d)(?![\\d%])");

  /**
   * Background in the order of the years it tells, whatever day its sources reported it: "Page
   * began modeling in 1950", then "in 1954 ...", then "In 1955, Hugh Hefner asked Page". Only the
   * sentences that tell a year move, among the places such sentences hold; the others stay where
   * they are.
   */
  static <T> void byYearTold(List<T> items, Function<T, String> text) {
    List<Integer> at = new ArrayList<>();
    List<T> dated = new ArrayList<>();
    Map<T, Integer> year = new IdentityHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Matcher m = YEAR.matcher(text.apply(items.get(i)));
      if (m.find()) {
        at.add(i);
        dated.add(items.get(i));
        year.put(items.get(i), Integer.parseInt(m.group(1)));
      }
    }
    dated.sort(Comparator.comparing(year::get)); // stable: one year keeps the sources' order
    for (int k = 0; k < at.size(); k++) {
      items.set(at.get(k), dated.get(k));
    }
  }

  /** The numbered parts an event runs through: "round", "inning" ({@code event-phases.txt}). */
  private static final Set<String> PHASES = WordLists.words(Chronology.class, "event-phases.txt");

  /** "the third", "the 11th", "the fifth": an ordinal after "the". */
  private static final Pattern ORDINAL =
      Pattern.compile(
          "\\b[Tt]he\\s+("
              + EnglishWords.pattern(
                  EnglishWords.numberWords(n -> n.form() == EnglishWords.Form.ORDINAL))
              + "|\\d{1,2}(?:st|nd|rd|th))\\b(?:\\s+(\\p{Ll}+))?");

  /** A part of the event, its noun ("round") and its number. */
  record Phase(String noun, long number) {}

  /** "in this stanza", "that round", "the same round": the part the sentence before told. */
  private static final Pattern DEICTIC =
      Pattern.compile("\\b(?:[Tt]his|[Tt]hat|[Tt]he\\s+same)\\s+(\\p{Ll}+)");

  /** What may stand before a bare ordinal read as a part: "in the sixth", "to start the second". */
  private static final Pattern BARE_BEFORE =
      Pattern.compile("(?s).*\\b(?:in|of|during|after|before|into|through|start|until)\\s+$");

  /** The noun of a part, singular: "rounds" -> "round". */
  private static String phaseNoun(String w) {
    return w.endsWith("s") && PHASES.contains(w.substring(0, w.length() - 1))
        ? w.substring(0, w.length() - 1)
        : w;
  }

  /**
   * The part of the event a sentence tells, outside its quotations: the last one it names ("in the
   * third round" -> round 3) or, when {@code bare} names the section's part noun, a word ordinal
   * ending its phrase after a preposition ("in the third", "to start the second"; never "the 11th",
   * mostly a date, nor "won the fourth"); empty when it tells none or tells a year ("in the 11th
   * round of their 2012 fight").
   */
  static Optional<Phase> phaseTold(String text, String bare) {
    String own = QUOTED.matcher(text).replaceAll(" ");
    if (YEAR.matcher(own).find()) {
      return Optional.empty();
    }
    Optional<Phase> found = Optional.empty();
    Matcher m = ORDINAL.matcher(own);
    while (m.find()) {
      String next = m.group(2);
      if (next != null && PHASES.contains(next)) {
        found = Optional.of(new Phase(phaseNoun(next), ordinalValue(m.group(1))));
      } else if (bare != null
          && !Character.isDigit(m.group(1).charAt(0))
          && ended(own, m.end(1))
          && BARE_BEFORE.matcher(own.substring(0, m.start())).matches()) {
        found = Optional.of(new Phase(bare, ordinalValue(m.group(1))));
      }
    }
    return found;
  }

  /** The part noun a sentence points back to ("in this stanza" -> "stanza"), if any. */
  private static Optional<String> deictic(String text) {
    Matcher m = DEICTIC.matcher(QUOTED.matcher(text).replaceAll(" "));
    while (m.find()) {
      if (PHASES.contains(m.group(1))) {
        return Optional.of(phaseNoun(m.group(1)));
      }
    }
    return Optional.empty();
  }

  /** Whether the ordinal ending at {@code at} ends its phrase: "in the sixth, and ...". */
  private static boolean ended(String text, int at) {
    String rest = text.substring(at);
    return rest.isEmpty() || rest.matches("(?s)\\s*(?:[,.;:!?]|and\\b|but\\b|when\\b|before\\b).*");
  }

  private static long ordinalValue(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (Character.isDigit(w.charAt(0))) {
      return Long.parseLong(w.replaceAll("\\D", ""));
    }
    for (EnglishWords.NumberWord n : EnglishWords.numbers()) {
      if (n.form() == EnglishWords.Form.ORDINAL && n.word().equals(w)) {
        return n.value();
      }
    }
    return 0;
  }

  /**
   * A section in the order of the parts of the event it tells ("to start the second", "in the third
   * round", "near the end of the fifth round", "in the sixth"), whatever day its sources reported
   * them: a fight told round after round. Only sentences telling a part move, among the places such
   * sentences hold, and only when at least two tell one and every part the section names is of one
   * noun ("round"; not rounds beside innings), so a bare "the third" is read as that part only
   * beside it. A sentence telling a year is not a part (a past fight); one pointing back ("in this
   * stanza", "that round") tells the part of the sentence before it and moves with it.
   */
  static <T> void byPhaseTold(List<T> items, Function<T, String> text) {
    Set<String> nouns = new java.util.HashSet<>();
    for (T t : items) {
      phaseTold(text.apply(t), null).ifPresent(p -> nouns.add(p.noun()));
    }
    if (nouns.size() != 1) {
      return;
    }
    String noun = nouns.iterator().next();
    List<Integer> at = new ArrayList<>();
    List<T> told = new ArrayList<>();
    Map<T, Long> phase = new IdentityHashMap<>();
    Long previous = null;
    for (int i = 0; i < items.size(); i++) {
      String t = text.apply(items.get(i));
      Optional<Phase> p = phaseTold(t, noun);
      Long number = p.map(Phase::number).orElse(null);
      if (p.isEmpty() && deictic(t).isPresent()) {
        number = previous; // "in this stanza": the part the sentence before told
      }
      if (number != null) {
        at.add(i);
        told.add(items.get(i));
        phase.put(items.get(i), number);
      }
      previous = number;
    }
    if (told.size() < 2) {
      return;
    }
    told.sort(Comparator.comparing(phase::get)); // stable: one part keeps the sources' order
    for (int k = 0; k < at.size(); k++) {
      items.set(at.get(k), told.get(k));
    }
  }

  /**
   * The sentence of {@code c}, saying when its source reported it if its day differs from {@code
   * previous} (the day of the sentence before it, or the latest day at a section's start), or
   * whenever it tells a day relative to its source's ("last night", "tonight") in a story of
   * several outlets, where the reader cannot tell whose night it was; the plain sentence when the
   * sources span one day, the source is undated, or the attributed form does not pass the checker.
   */
  WrittenSentence render(Candidate c, Optional<LocalDate> previous, GroundingChecker checker) {
    WrittenSentence plain = c.toSentence();
    Optional<LocalDate> day = dateOf(c.doc);
    boolean relative = severalOutlets && relativeDay(plain.text());
    if (day.isEmpty() || !relative && (!spansDays || day.equals(previous))) {
      return plain;
    }
    if (tellsNow(plain.text())) {
      // "Greece has denied ..., X reported on 3 May" reads as today's news: the date goes first.
      WrittenSentence led =
          new WrittenSentence(
              Attribution.lead(c.doc.outlet(), day, withYear)
                  + Reconciler.afterThat(plain.text(), c.doc.input.text()),
              plain.sources());
      if (checker.supports(led)) {
        return led;
      }
    }
    return Attribution.attribute(plain.text(), c.doc.outlet(), day, withYear)
        .map(t -> new WrittenSentence(t, plain.sources()))
        .filter(checker::supports)
        .orElse(plain);
  }

  /**
   * The lede's sentences, each telling a day relative to its source's date ("today", "yesterday",
   * "this morning") saying when its source reported it, in a story whose sources span several days:
   * the body's sentences from other days say theirs ("..., ucsusa.org reported on 27 April"), and a
   * bare "today" in the lede beside them leaves the reader two days for one word. A sentence stays
   * plain when its source is undated, the checker refuses the attribution or the lede would pass
   * {@link LedeSelection#LEDE_MAX_WORDS} words.
   */
  List<WrittenSentence> lede(List<Candidate> lede, GroundingChecker checker) {
    List<WrittenSentence> out = new ArrayList<>();
    int words = lede.stream().mapToInt(c -> Words.count(c.text)).sum();
    for (Candidate c : lede) {
      WrittenSentence plain = c.toSentence();
      if (!spansDays || !relativeDay(c.text) && !earlierWeekday(c)) {
        out.add(plain);
        continue;
      }
      WrittenSentence dated = render(c, Optional.empty(), checker);
      int more = Words.count(dated.text()) - Words.count(plain.text());
      if (words + more <= LedeSelection.LEDE_MAX_WORDS) {
        words += more;
        out.add(dated);
      } else {
        out.add(plain);
      }
    }
    return out;
  }

  /**
   * Whether an English sentence's first finite verb is in the present or the future ("has denied",
   * "says", "will"), so a date of its source put after it would clash with its tense; a sentence
   * opening with a quotation keeps its speaker's words first.
   */
  static boolean tellsNow(String text) {
    if (text.isEmpty()
        || "\"“'‘".indexOf(text.charAt(0)) >= 0
        || !"en".equals(Attribution.styleOf(text).language())) {
      return false;
    }
    for (EnglishTagger.Tok t : EnglishTagger.tag(text)) {
      if (t.tagIs("VBD")) {
        return false;
      }
      if (t.tagIs("VBZ") || t.tagIs("VBP") || t.tagIs("MD")) {
        return true;
      }
    }
    return false;
  }

  Optional<LocalDate> latestDay() {
    return latest;
  }

  /**
   * The day the reader stands on after {@code written}, the sentence of {@code c} as {@link
   * #render} wrote it, when {@code told} was the day before it: the source's day when the sentence
   * says it ("..., X reported on 8 October"), else still {@code told}. A sentence that says no day
   * moves nothing: below "Comeaux was in a wheelchair Monday" from an undated report, a dated
   * report of the same days still says when, or "Thursday" reads as the latest coverage's.
   */
  Optional<LocalDate> toldAfter(Candidate c, WrittenSentence written, Optional<LocalDate> told) {
    return written.text().equals(c.text) ? told : dateOf(c.doc).or(() -> told);
  }

  /**
   * Whether a lede sentence tells a weekday (outside quotations) from a source of an earlier day
   * than the latest coverage: "checking in on Thursday" from a report of 3 May above coverage of 14
   * June is not the Thursday the reader takes it for.
   */
  private boolean earlierWeekday(Candidate c) {
    Optional<LocalDate> day = dateOf(c.doc);
    return day.isPresent()
        && !day.equals(latest)
        && WEEKDAY.matcher(QUOTED.matcher(c.text).replaceAll(" ")).find();
  }

  private static final Pattern WEEKDAY = Pattern.compile("\\b" + EnglishWords.anyWeekday() + "\\b");

  /** A verb that says when something was said, not when it happened ("said Friday"). */
  private static final Set<String> SAYING =
      Set.of("said", "say", "says", "told", "announced", "reported", "confirmed");

  /**
   * Tokens between a verb and the weekday that says when it happened ("checked into ... on
   * Friday").
   */
  private static final int WEEKDAY_REACH = 8;

  /** Verbs that say nothing happened (being, having), not an event of their own. */
  private static final Set<String> NOT_EVENTS =
      Set.of("be", "is", "was", "were", "been", "ha", "had", "have");

  /**
   * Without dates to tell them apart (undated sources, or all of one day), takes out of the body a
   * sentence from another article than the lede's that dates the lede's own happening on another
   * weekday: "checked into rehab on Friday" in the lede and "headed to ... on Tuesday" below it
   * leave the reader with two days for one event. Only a verb dated in both (the weekday within
   * {@value #WEEKDAY_REACH} words of it) and a name in common (or none named below) count, so a
   * later development ("was charged on Friday" after "hit ... Wednesday night") and a day something
   * was said ("police said Saturday") stay.
   */
  void dropOtherDays(List<Candidate> lede, List<Candidate> body) {
    if (spansDays || lede.isEmpty()) {
      return;
    }
    List<Map<String, Set<String>>> ledeDays = new ArrayList<>();
    Set<Doc> ledeDocs = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Candidate c : lede) {
      ledeDays.add(datedVerbs(c.text));
      ledeDocs.add(c.doc);
    }
    body.removeIf(
        c -> {
          if (ledeDocs.contains(c.doc)) {
            return false;
          }
          Map<String, Set<String>> own = datedVerbs(c.text);
          for (int i = 0; i < lede.size(); i++) {
            for (Map.Entry<String, Set<String>> e : own.entrySet()) {
              Set<String> theirs = ledeDays.get(i).get(e.getKey());
              if (theirs != null
                  && Collections.disjoint(theirs, e.getValue())
                  && sharesName(lede.get(i), c)) {
                return true;
              }
            }
          }
          return false;
        });
  }

  /**
   * A day told relative to when its source came out: "today", "last night", "this morning",
   * "yesterday", "this weekend".
   */
  private static final Pattern RELATIVE_DAY =
      Pattern.compile(
          "(?i)\\b(?:today|tonight|yesterday|tomorrow|last night"
              + "|this (?:morning|afternoon|evening)|(?:this|last) weekend)\\b");

  /** A quotation: the speaker's own words, whose "today" is theirs. */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

  /**
   * Takes out of the body each sentence that tells a day relative to its source's date when that
   * date is unknown: with no date to attribute, "a woman was struck in Queens last night" leaves
   * the reader no day at all. The lede stays (it is the story's own time), and so do a speaker's
   * words in quotation marks. The body keeps at least {@code minBody} sentences (the sections a
   * story of many sources needs).
   */
  void dropUndatedRelativeDays(List<Candidate> body, int minBody) {
    for (Candidate c : List.copyOf(body)) {
      if (body.size() > minBody && dateOf(c.doc).isEmpty() && relativeDay(c.text)) {
        body.remove(c);
      }
    }
  }

  /**
   * What a first report did not know yet: "The victims' conditions weren't immediately known", "the
   * hospital could not provide more details", "no details were released".
   */
  private static final Pattern NOT_YET_KNOWN = notYetKnownPattern();

  /** {@link #NOT_YET_KNOWN} built from the words of {@code not-yet-known.txt}. */
  private static Pattern notYetKnownPattern() {
    Map<String, Set<String>> w = WordLists.sections(Chronology.class, "not-yet-known.txt");
    Function<String, String> any =
        section ->
            w.get(section).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    String details = "(?:" + any.apply("details-words") + " )?details";
    return Pattern.compile(
        "(?i)\\b(?:(?:was|were|is|are)(?:n['’]t| not) immediately "
            + any.apply("not-immediately")
            + "|could not (?:immediately )?"
            + any.apply("could-not")
            + " "
            + details
            + "|no "
            + details
            + " (?:were|have been|had been) (?:immediately )?"
            + any.apply("no-details-were")
            + ")\\b");
  }

  /**
   * Takes out of the body each sentence from an earlier day's source that tells what was not known
   * yet: below a lede of a later day ("was arraigned Wednesday"), Monday's "the victims' conditions
   * weren't immediately known" is stale. A speaker's quoted words stay; the body keeps at least
   * {@code minBody} sentences.
   */
  void dropStale(List<Candidate> body, int minBody) {
    if (!spansDays || latest.isEmpty()) {
      return;
    }
    for (Candidate c : List.copyOf(body)) {
      Optional<LocalDate> day = orderDayOf(c.doc);
      if (body.size() > minBody
          && day.isPresent()
          && day.get().isBefore(latest.get())
          && notYetKnown(c.text)) {
        body.remove(c);
      }
    }
  }

  /** Whether a sentence, outside its quotations, tells what was not known yet. */
  static boolean notYetKnown(String text) {
    return NOT_YET_KNOWN.matcher(QUOTED.matcher(text).replaceAll(" ")).find();
  }

  /** Whether a sentence, outside its quotations, tells a day relative to its source's date. */
  static boolean relativeDay(String text) {
    return RELATIVE_DAY.matcher(QUOTED.matcher(text).replaceAll(" ")).find();
  }

  /** The stems of a sentence's verbs that a weekday dates, each with its weekdays. */
  static Map<String, Set<String>> datedVerbs(String text) {
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(text);
    List<Integer> days = new ArrayList<>();
    for (int k = 0; k < toks.size(); k++) {
      if (WEEKDAY.matcher(toks.get(k).text()).matches()) {
        days.add(k);
      }
    }
    Map<String, Set<String>> out = new HashMap<>();
    if (days.isEmpty()) {
      return out;
    }
    for (int k = 0; k < toks.size(); k++) {
      EnglishTagger.Tok t = toks.get(k);
      String stem = Words.stem(t.lower());
      if (!t.tagIs("VB") || NOT_EVENTS.contains(t.lower()) || NOT_EVENTS.contains(stem)) {
        continue;
      }
      for (int d : days) {
        if (d > k && d - k <= WEEKDAY_REACH && !said(toks, d)) {
          out.computeIfAbsent(stem, x -> new HashSet<>()).add(toks.get(d).text());
        }
      }
    }
    return out;
  }

  /** Whether the weekday at {@code d} dates a saying ("said Friday", "said on Friday"). */
  private static boolean said(List<EnglishTagger.Tok> toks, int d) {
    for (int k = d - 1; k >= Math.max(0, d - 2); k--) {
      if (SAYING.contains(toks.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** A name both give, or none in {@code b} ("The actress ..."), which then tells of the lede's. */
  private static boolean sharesName(Candidate a, Candidate b) {
    FactSignature sa = a.signature();
    FactSignature sb = b.signature();
    return sb.actors().isEmpty()
        || !Collections.disjoint(sa.actors(), sb.actors())
        || !Collections.disjoint(sa.actors(), sb.content())
        || !Collections.disjoint(sb.actors(), sa.content());
  }
}
