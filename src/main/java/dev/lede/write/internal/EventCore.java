package dev.lede.write.internal;

import dev.lede.nlp.Fact;
import dev.lede.nlp.FactKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The articles about a story's central event. The clusterer can put two related events in one story
 * (a star's check-in to a clinic in May and her move to another one in June; a shooting and the
 * killer's sentencing two years later); a story tells one of them. Its articles' days are grouped
 * into runs of coverage with no gap over {@value #GAP_DAYS} days between consecutive days; the run
 * with the most articles (the earliest of equal runs: the event the later ones follow up) is the
 * core, and the dated articles of the other runs are left out. Undated articles stay: nothing says
 * they tell another event. With fewer than {@value #MIN_CORE} articles in the core, every article
 * stays: a story of scattered days is one running story, not two events.
 */
final class EventCore {
  private EventCore() {}

  /** A week with no coverage separates two events; an escape and the capture days later do not. */
  static final int GAP_DAYS = 7;

  /** Articles the core must hold for the others to be left out. */
  static final int MIN_CORE = 3;

  /** How far into an article its dateline may stand ("May 03, 2013" under the title). */
  private static final int DATELINE_CHARS = 160;

  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The core event's articles (in input order) and each dated article's day. */
  record Core(List<Doc> docs, Map<Doc, LocalDate> days) {
    /** The first and last day of the core's coverage, when any core article is dated. */
    Optional<LocalDate[]> span() {
      LocalDate first = null;
      LocalDate last = null;
      for (Doc d : docs) {
        LocalDate day = days.get(d);
        if (day != null) {
          first = first == null || day.isBefore(first) ? day : first;
          last = last == null || day.isAfter(last) ? day : last;
        }
      }
      return first == null ? Optional.empty() : Optional.of(new LocalDate[] {first, last});
    }
  }

  static Core of(List<Doc> docs) {
    Map<Doc, LocalDate> days = new IdentityHashMap<>();
    for (Doc d : docs) {
      dayOf(d).ifPresent(day -> days.put(d, day));
    }
    List<List<Doc>> runs = runs(docs, days);
    if (runs.size() < 2) {
      return new Core(List.copyOf(docs), days);
    }
    List<Doc> core = runs.get(0);
    for (List<Doc> run : runs) {
      if (run.size() > core.size()) {
        core = run; // runs are in time order: of equal runs the earliest stays
      }
    }
    if (core.size() < MIN_CORE) {
      return new Core(List.copyOf(docs), days);
    }
    List<Doc> kept = new ArrayList<>();
    for (Doc d : docs) {
      if (!days.containsKey(d) || core.contains(d)) {
        kept.add(d);
      }
    }
    return new Core(List.copyOf(kept), days);
  }

  /** The dated articles in runs of close days, earliest run first. */
  private static List<List<Doc>> runs(List<Doc> docs, Map<Doc, LocalDate> days) {
    List<Doc> dated = new ArrayList<>();
    for (Doc d : docs) {
      if (days.containsKey(d)) {
        dated.add(d);
      }
    }
    dated.sort(Comparator.comparing(days::get));
    List<List<Doc>> runs = new ArrayList<>();
    LocalDate last = null;
    for (Doc d : dated) {
      LocalDate day = days.get(d);
      if (last == null || day.isAfter(last.plusDays(GAP_DAYS))) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(d);
      last = day;
    }
    return runs;
  }

  /**
   * The day an article came out: its metadata's ({@link Attribution#dateOf}), else a full date at
   * its top, where a page puts its dateline ("May 03, 2013" under the title).
   */
  static Optional<LocalDate> dayOf(Doc d) {
    Optional<LocalDate> meta = Attribution.dateOf(d.input);
    if (meta.isPresent()) {
      return meta;
    }
    for (Fact f : d.facts) {
      if (f.start() > DATELINE_CHARS) {
        break;
      }
      if (f.kind() == FactKind.DATE && FULL_DATE.matcher(f.value()).matches()) {
        try {
          return Optional.of(LocalDate.parse(f.value()));
        } catch (DateTimeParseException e) {
          // "2013-02-30": no day; look further
        }
      }
    }
    return Optional.empty();
  }
}
