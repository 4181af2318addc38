package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.Sentence;
import dev.lede.write.GroundingChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Conflicting figures said once: when outlets give different amounts for the same quantity (the
 * toll, the magnitude), one sentence states each version with its outlet and date, earliest first
 * ("BBC reported on 17 September that at least 11 people were killed, while AP reported on 18
 * September that 24 people died."; in Korean, Japanese and Chinese each clause takes its
 * attribution in brackets, from {@code attributions.txt}). Each version's clause is an exact quote
 * of its outlet's sentence and the attribution comes from that outlet's metadata ({@link
 * Attribution}), so the {@link GroundingChecker} checks every clause against its own outlet's
 * quote.
 */
final class Reconciler {
  private Reconciler() {}

  /** Sentences of an article read for its figures: where its own event is reported. */
  private static final int LEAD = 15;

  /** At most this many versions in one sentence; at most this many reconciled quantities. */
  private static final int MAX_VERSIONS = 3;

  private static final int MAX_RECONCILED = 2;

  /**
   * "in September", "Early November", "last month": a figure of an earlier event, not this one's.
   */
  private static final Pattern MONTH_PAST =
      Pattern.compile(
          "\\b(?:(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?) ?"
              + EnglishWords.anyFullMonth()
              + "\\b|[Ll]ast (?:week|month|year)\\b|[Ee]arlier this (?:month|year))");

  /**
   * One reconciled quantity.
   *
   * @param key the figures' key ({@link Figures.Figure#key})
   * @param values every value the sources give for it
   * @param latest the value of the latest version
   * @param sentence the published reconciliation
   */
  record Reconciled(String key, Set<String> values, String latest, WrittenSentence sentence) {}

  private record Reading(Figures.Figure figure, Doc doc, Sentence sentence, int order) {
    /** The figure with the day its article came out: a bound is read with its day. */
    Figures.Reported reported() {
      return new Figures.Reported(figure, doc.day);
    }

    String clause() {
      return withoutOwnAttribution(sentence.text().substring(figure.start(), figure.end()));
    }
  }

  /**
   * An attribution opening a clause ("According to the ISNA news agency, ", "Iran's state
   * television says "): after "X reported that" it would attribute twice, in two tenses.
   */
  private static final Pattern OWN_ATTRIBUTION =
      Pattern.compile(
          "^(?:[Aa]ccording to [^,;]{2,60}, |[A-Z][^,;\"“]{1,50}? (?:says|reports|tells \\p{L}+)"
              + " (?:that )?)");

  /** The clause without an attribution it opens with, when enough is left to stand alone. */
  static String withoutOwnAttribution(String clause) {
    java.util.regex.Matcher m = OWN_ATTRIBUTION.matcher(clause);
    if (m.find() && Words.count(clause.substring(m.end())) >= 4) {
      return clause.substring(m.end());
    }
    return clause;
  }

  /**
   * A clause after "reported that": its first word in lower case unless the tagger reads it as a
   * name ("At least 11 people" -> "at least 11 people", "Officials" -> "officials", "Greece"
   * stays).
   */
  static String afterThat(String clause) {
    return afterThat(clause, "");
  }

  /**
   * As {@link #afterThat(String)}, but a first word the tagger reads as a name only because it is
   * capitalised ("Registration will run ...") is lowered when {@code context} (its source's text)
   * uses it in lower case as a word of its own elsewhere.
   */
  static String afterThat(String clause, String context) {
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(clause);
    if (toks.isEmpty()
        || toks.get(0).text().length() > 1
            && toks.get(0).text().chars().skip(1).anyMatch(Character::isUpperCase)) {
      return clause;
    }
    if (toks.get(0).tagIs("NNP") && !usedInLowerCase(toks.get(0).text(), context)) {
      return clause;
    }
    return Character.toLowerCase(clause.charAt(0)) + clause.substring(1);
  }

  private static boolean usedInLowerCase(String word, String context) {
    if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return Pattern.compile("(?<!\\p{L})" + Pattern.quote(lower) + "(?!\\p{L})")
        .matcher(context)
        .find();
  }

  static List<Reconciled> reconcile(List<Doc> docs, Chronology chron, GroundingChecker checker) {
    return reconcile(docs, chron, checker, text -> false);
  }

  /**
   * The conflicting figures of the story's event; a sentence {@code elsewhere} finds telling
   * another place's event ("more than a dozen people were killed by a quake in eastern China" in a
   * story of a quake in Iran) gives no version of them.
   */
  static List<Reconciled> reconcile(
      List<Doc> docs, Chronology chron, GroundingChecker checker, Predicate<String> elsewhere) {
    return reconcile(docs, chron, checker, elsewhere, "");
  }

  /**
   * As above, each version quoted, where its outlets give it more than once, from a sentence that
   * does not retell {@code lede} (the story's opening sentence, which states one version itself):
   * "a powerful earthquake hit southern Iran on Sunday, ... killing 10 people" right after the lede
   * saying just that would tell the news twice, "ten people were killed" does not.
   */
  static List<Reconciled> reconcile(
      List<Doc> docs,
      Chronology chron,
      GroundingChecker checker,
      Predicate<String> elsewhere,
      String lede) {
    Map<String, List<Reading>> byKey = new LinkedHashMap<>();
    Set<String> eventActs = eventActs(docs, lede);
    for (int di = 0; di < docs.size(); di++) {
      Doc d = docs.get(di);
      for (int i = 0; i < Math.min(LEAD, d.sentences.size()); i++) {
        Sentence s = d.sentences.get(i);
        if (FactText.tellsThePast(s.text())
            || MONTH_PAST.matcher(s.text()).find()
            || s.text().contains(" ago")) {
          continue; // a dated or earlier figure is history, not this event's
        }
        if (d.strictDraft(i).isEmpty() || !Voices.speaksForItself(s.text())) {
          continue; // not publishable prose (a caption, a link, markup): no figure of its own
        }
        if (elsewhere.test(s.text())) {
          continue;
        }
        for (Figures.Figure f : Figures.in(s.text())) {
          if (PRONOUN_OPENING
              .matcher(withoutOwnAttribution(s.text().substring(f.start(), f.end())))
              .find()) {
            continue; // "he said 30 of the 80 wounded": whose version, the reader cannot tell
          }
          if (Figures.isRecord(f)) {
            continue; // two records are two spans of games, not two reports of one figure
          }
          if (Figures.isCount(f) && !eventActs.contains(Figures.countedAct(f))) {
            continue; // "scored six touchdowns" in an injury story: a tally, not the event's count
          }
          byKey
              .computeIfAbsent(f.key(), k -> new ArrayList<>())
              .add(new Reading(f, d, s, di * 1000 + i));
        }
      }
    }
    dropOtherInstances(byKey);
    List<Reconciled> out = new ArrayList<>();
    Map<String, List<String>> quoted = new LinkedHashMap<>();
    // The quantity most outlets report first (the toll before the villages destroyed): of two that
    // would quote one sentence, it is the one told.
    List<Map.Entry<String, List<Reading>>> keys = new ArrayList<>(byKey.entrySet());
    keys.sort(
        Comparator.comparingLong(
            (Map.Entry<String, List<Reading>> e) ->
                -e.getValue().stream().map(r -> r.doc.outlet()).distinct().count()));
    for (Map.Entry<String, List<Reading>> e : keys) {
      if (out.size() >= MAX_RECONCILED) {
        break;
      }
      Optional<Reconciled> r = reconcile(e.getKey(), e.getValue(), chron, checker, lede);
      // A quantity whose versions quote a sentence another reconciliation quotes ("ten people are
      // killed and about 50 hurt" after "ten people are killed") would tell that version twice.
      if (r.isPresent()
          && r.get().sentence().sources().stream().noneMatch(sp -> quoted(quoted, sp))) {
        out.add(r.get());
        for (SourceSpan sp : r.get().sentence().sources()) {
          quoted.computeIfAbsent(sp.article(), a -> new ArrayList<>()).add(sp.quote());
        }
      }
    }
    return out;
  }

  /** Whether a quote of the same article overlaps one already quoted (either holds the other). */
  private static boolean quoted(Map<String, List<String>> quoted, SourceSpan sp) {
    return quoted.getOrDefault(sp.article(), List.of()).stream()
        .anyMatch(q -> q.contains(sp.quote()) || sp.quote().contains(q));
  }

  /**
   * A clause opening on a pronoun ("He said 30 of the 80 wounded ..."): after "X reported that" it
   * names no one the reader knows.
   */
  private static final Pattern PRONOUN_OPENING =
      Pattern.compile("^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\b");

  /**
   * The acts the story's event is told with ({@link FactKeys#acts}): the lede's, and each act two
   * articles or more tell in their first {@value OtherInstances#LEAD_SENTENCES} sentences ("The
   * Indian navy has captured 23 pirates"). A count of another act is no figure of the event.
   */
  private static Set<String> eventActs(List<Doc> docs, String lede) {
    Set<String> out = new java.util.HashSet<>(FactKeys.acts(lede));
    Map<String, Integer> articles = new java.util.HashMap<>();
    for (Doc d : docs) {
      Set<String> acts = new java.util.HashSet<>();
      for (int i = 0; i < Math.min(OtherInstances.LEAD_SENTENCES, d.sentences.size()); i++) {
        acts.addAll(FactKeys.acts(d.sentences.get(i).text()));
      }
      acts.forEach(a -> articles.merge(a, 1, Integer::sum));
    }
    articles.forEach(
        (a, n) -> {
          if (n >= 2) {
            out.add(a);
          }
        });
    return out;
  }

  /**
   * An article that gives two values for one quantity itself tells two instances (a magnitude-5.2
   * quake and, "earlier on Sunday", a 5.6 one; the first toll and the risen one): its sentences
   * with such a figure are no version of the story's figures, for any quantity they state ("a
   * magnitude-5.2 quake has injured three people" is no report of the 5.6 quake's injured).
   */
  private static void dropOtherInstances(Map<String, List<Reading>> byKey) {
    Map<Doc, Map<String, List<Figures.Reported>>> values = new java.util.IdentityHashMap<>();
    for (Map.Entry<String, List<Reading>> e : byKey.entrySet()) {
      for (Reading r : e.getValue()) {
        values
            .computeIfAbsent(r.doc, d -> new LinkedHashMap<>())
            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(r.reported());
      }
    }
    Set<Sentence> twoInstances =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Map.Entry<String, List<Reading>> e : byKey.entrySet()) {
      for (Reading r : e.getValue()) {
        if (!Figures.oneValue(values.get(r.doc).get(e.getKey()))) {
          twoInstances.add(r.sentence);
        }
      }
    }
    for (List<Reading> rs : byKey.values()) {
      rs.removeIf(r -> twoInstances.contains(r.sentence));
    }
  }

  /**
   * Content words under which a clause is too short to retell a lede ("ten people were killed").
   */
  private static final int RETELLING_WORDS = 5;

  /**
   * Whether half of a clause's words or more are the lede's: quoted after it, it tells the lede
   * again ("an earthquake measuring at least magnitude-5.9 shook ... southern Iran on Sunday, ...
   * killing 10 people" after "An earthquake with a magnitude of at least 5.9 hit southern Iran on
   * Sunday, killing at least 10 people": 10 of 18).
   */
  static boolean retells(String clause, String lede) {
    List<String> words = Words.contentWords(clause);
    if (lede.isEmpty() || words.size() < RETELLING_WORDS) {
      return false;
    }
    Set<String> told = new java.util.HashSet<>(Words.contentWords(lede));
    return words.stream().filter(told::contains).count() >= 0.5 * words.size();
  }

  /**
   * Whether two readings of different values tell of different people: each clause names someone (a
   * person's name, an age) and they name no one in common. "Robert Buckley, 32, fell about 2,000
   * feet" and "Duncan Rait, 36, died after falling about 200 feet" are two climbers' falls, not two
   * reports of one.
   */
  private static boolean ofOtherPeople(List<Reading> rs) {
    List<Set<String>> people = new ArrayList<>();
    for (Reading r : rs) {
      people.add(people(r.clause()));
    }
    for (int i = 0; i < rs.size(); i++) {
      for (int j = i + 1; j < rs.size(); j++) {
        if (!rs.get(i).figure.value().equals(rs.get(j).figure.value())
            && !people.get(i).isEmpty()
            && !people.get(j).isEmpty()
            && java.util.Collections.disjoint(people.get(i), people.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The people a clause names: the last word of each person's name, and each age it gives. */
  static Set<String> people(String clause) {
    Set<String> out = new LinkedHashSet<>();
    for (dev.lede.nlp.Mention m : dev.lede.nlp.EntityExtractor.extract(clause)) {
      if (m.type() == dev.lede.nlp.EntityType.PERSON) {
        String[] parts = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        out.add(parts[parts.length - 1]);
      }
    }
    SeparateIncidents.ages(clause).forEach(a -> out.add("age " + a));
    return out;
  }

  /** Whether {@code a} allows fewer values than {@code b} ("24" than "at least 20"). */
  private static boolean narrower(Reading a, Reading b) {
    return width(a.figure) < width(b.figure);
  }

  private static double width(Figures.Figure f) {
    double[] r = Figures.range(f);
    return r == null
        ? (f.bound() == Figures.Bound.EXACT ? 0 : Double.POSITIVE_INFINITY)
        : r[1] - r[0];
  }

  private static Optional<Reconciled> reconcile(
      String key, List<Reading> rs, Chronology chron, GroundingChecker checker, String lede) {
    Map<String, List<Figures.Reported>> valuesByOutlet = new LinkedHashMap<>();
    for (Reading r : rs) {
      valuesByOutlet.computeIfAbsent(r.doc.outlet(), o -> new ArrayList<>()).add(r.reported());
    }
    // A version counts when an outlet gives it and no other value for the same quantity.
    Map<String, Reading> versions = new LinkedHashMap<>();
    List<Reading> sorted = new ArrayList<>(rs);
    sorted.sort(
        // An undated version sorts by the day of the dated source it resembles (never shown).
        Comparator.comparing((Reading r) -> chron.orderDayOf(r.doc).orElse(LocalDate.MAX))
            .thenComparingInt(r -> r.order));
    for (Reading r : sorted) {
      if (Figures.oneValue(valuesByOutlet.get(r.doc.outlet()))) {
        Reading first = versions.putIfAbsent(r.figure.value(), r);
        if (first != null
            && (retells(first.clause(), lede) && !retells(r.clause(), lede)
                || narrower(r, first)
                    && !(retells(r.clause(), lede) && !retells(first.clause(), lede)))) {
          // "24" stands for its value, not "at least 24": the bound fits counts 24 conflicts with
          versions.put(r.figure.value(), r);
        }
      }
    }
    // Versions that may all be true, reported on one day ("at least 20" and "24"), are one fact,
    // no conflict: of those the narrowest of the latest day stands for them. Across days only one
    // value is ("at least 11" on Monday, "24" on Tuesday: a rising toll to reconcile). A version
    // is read by every figure its outlets give it with: "at least three people" and "three
    // people killed" of one outlet say three.
    Map<String, List<Figures.Reported>> told = new LinkedHashMap<>();
    for (Reading r : sorted) {
      if (Figures.oneValue(valuesByOutlet.get(r.doc.outlet()))) {
        told.computeIfAbsent(r.figure.value(), v -> new ArrayList<>()).add(r.reported());
      }
    }
    List<Reading> inOrder = new ArrayList<>(versions.values());
    inOrder.sort(Comparator.comparingInt(sorted::indexOf));
    // Grouped from the latest back: a version joins the latest group it fits every member of, so
    // a bound fitting two exact counts that conflict ("24", "at least 20", "30") never merges
    // them; each group is stood for by the narrowest version of its latest day.
    List<List<Figures.Reported>> groups = new ArrayList<>();
    List<Reading> distinct = new ArrayList<>();
    for (int i = inOrder.size() - 1; i >= 0; i--) {
      Reading r = inOrder.get(i);
      List<Figures.Reported> mine = told.get(r.figure.value());
      boolean joined = false;
      for (int gi = 0; gi < groups.size(); gi++) {
        List<Figures.Reported> g = groups.get(gi);
        List<Figures.Reported> all = new ArrayList<>(g);
        all.addAll(mine);
        if (Figures.oneValue(all)) {
          g.addAll(mine);
          joined = true;
          // Of the group's latest day, its narrowest version stands for it: "24" (AP, Tuesday),
          // not "at least 20" (Reuters, Tuesday).
          Reading stand = distinct.get(gi);
          if (narrower(r, stand) && chron.orderDayOf(r.doc).equals(chron.orderDayOf(stand.doc))) {
            distinct.set(gi, r);
          }
          break;
        }
      }
      if (!joined) {
        groups.add(new ArrayList<>(mine));
        distinct.add(r);
      }
    }
    versions.values().removeIf(r -> !distinct.contains(r));
    if (versions.size() < 2 || ofOtherPeople(rs)) {
      return Optional.empty();
    }
    List<Reading> shown = new ArrayList<>(versions.values());
    shown.sort(Comparator.comparingInt(sorted::indexOf));
    if (shown.size() > MAX_VERSIONS) {
      shown = shown.subList(shown.size() - MAX_VERSIONS, shown.size());
    }
    if (Figures.oneValue(shown.stream().map(Reading::reported).toList())) {
      // The quoted clauses could all be true ("about 50 hurt" / "as many as 80 people were also
      // wounded"): set side by side they show no conflict, only the fact again.
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    List<SourceSpan> spans = new ArrayList<>();
    boolean english = "en".equals(Attribution.styleOf(shown.get(0).clause()).language());
    for (int i = 0; i < shown.size(); i++) {
      Reading r = shown.get(i);
      String clause = r.clause();
      Optional<LocalDate> day = chron.dateOf(r.doc);
      if (english) {
        // "BBC reported on 27 September that ..., while AP reported on 28 September that ..."
        text.append(i == 0 ? "" : i == shown.size() - 1 ? ", while " : "; ")
            .append(Attribution.lead(r.doc.outlet(), day, chron.withYear()))
            .append(afterThat(clause, r.doc.input.text()));
      } else {
        text.append(i == 0 ? "" : "; ")
            .append(clause)
            .append(Attribution.styleOf(clause).tail(r.doc.outlet(), day, chron.withYear()));
      }
      spans.add(new SourceSpan(r.doc.id(), clause));
    }
    text.append(english ? "." : Attribution.stopOf(shown.get(0).sentence.text()));
    WrittenSentence ws = new WrittenSentence(text.toString(), spans);
    if (!checker.supports(ws)) {
      return Optional.empty();
    }
    Set<String> values = new LinkedHashSet<>(versions.keySet());
    for (Reading r : rs) {
      values.add(r.figure.value());
    }
    String latest = shown.get(shown.size() - 1).figure.value();
    return Optional.of(new Reconciled(key, values, latest, ws));
  }
}
