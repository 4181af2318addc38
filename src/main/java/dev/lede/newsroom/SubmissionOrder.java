package dev.lede.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Puts the records of one articles partition back in the order their sources were submitted, so
 * that story assignment sees a submission's articles in the order one process would have ingested
 * them, whichever fetch worker finished first. The online clusterer is order-dependent: the demo's
 * NASA press releases of 2021 were joined in pairs when the Wikinews articles had come before them
 * (the words they share were rare by then) and kept apart when they came first, so two fetch
 * workers racing made the distributed stories differ from run to run (issue 14).
 *
 * <p>{@link Worker#submit} gives each source of a submission a {@link Ticket}: the submission's id,
 * the source's place in it and the submission's size. The fetch worker tags each article it
 * announces with its source's ticket, and after the source appends an end mark with the ticket to
 * every articles partition. Here an article of the source whose turn it is passes at once; one of a
 * later source waits until the end marks of every source before it came; records without a ticket
 * (a takeover's sweep of the articles in no story) pass at once, except the id of an article that
 * is waiting here with its ticket, which waits for its turn. A source that never ends (its record
 * lost with a submitter that died mid-way) holds the later ones back at most {@link #PATIENCE},
 * then its turn is skipped.
 *
 * <p>Waiting records stay uncommitted in Kafka: {@link #position()} is the offset of the first one
 * still waiting, and {@link #note()} the progress of each submission, committed with it and handed
 * back when the partition is taken over ({@link #resume}), so nothing waiting is lost with a worker
 * and what was already placed passes again (placing is idempotent).
 */
final class SubmissionOrder {
  /** How long a record waits for the sources before it to end. */
  static final Duration PATIENCE = Duration.ofMinutes(10);

  // Kafka keeps at most 4096 characters of metadata with an offset by default.
  private static final int MAX_NOTE = 4000;
  // Finished submissions kept in memory (a record of one sent twice passes at once).
  private static final int REMEMBERED = 10_000;

  /** A source's place in a submission of {@code count} sources. */
  record Ticket(String submission, int index, int count) {
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{1,32}:\\d{1,9}:\\d{1,9}");

    Ticket {
      if (index < 0 || count <= index) {
        throw new IllegalArgumentException(
            "ticket " + submission + ": source " + index + " of " + count);
      }
    }

    /** The ticket written as {@code text()}, or empty when {@code s} is not one. */
    static Optional<Ticket> parse(String s) {
      if (!FORM.matcher(s).matches()) {
        return Optional.empty();
      }
      String[] p = s.split(":");
      return Optional.of(new Ticket(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }

    String text() {
      return submission + ":" + index + ":" + count;
    }
  }

  /**
   * A record of the articles topic: an article id ({@code ticket TAB id}, or a bare id from before
   * tickets or from a takeover's sweep), or a source's end mark ({@code ticket TAB}).
   */
  record Item(Optional<Ticket> ticket, Optional<String> articleId) {
    static Item parse(String value) {
      int tab = value.indexOf('\t');
      if (tab < 0) {
        return new Item(Optional.empty(), Optional.of(value));
      }
      String id = value.substring(tab + 1);
      return new Item(
          Optional.of(
              Ticket.parse(value.substring(0, tab))
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException("not a ticket in record '" + value + "'"))),
          id.isEmpty() ? Optional.empty() : Optional.of(id));
    }

    static String article(Ticket t, String id) {
      return t.text() + "\t" + id;
    }

    static String end(Ticket t) {
      return t.text() + "\t";
    }
  }

  private record Waiting(Ticket ticket, Optional<String> articleId, Instant since) {}

  private final Clock clock;
  // Per submission: the index of the source whose turn it is, its size, its last offset seen.
  private final Map<String, Integer> turn = new LinkedHashMap<>();
  private final Map<String, Integer> size = new HashMap<>();
  private final Map<String, Long> lastOffset = new HashMap<>();
  private final TreeMap<Long, Waiting> waiting = new TreeMap<>();
  // How many records of each article id are waiting (a record sent twice waits twice).
  private final Map<String, Integer> waitingIds = new HashMap<>();
  private long end = -1;

  private SubmissionOrder(Clock clock) {
    this.clock = clock;
  }

  /** A partition read from its start, or from an offset committed without a note. */
  static SubmissionOrder fresh(Clock clock) {
    return new SubmissionOrder(clock);
  }

  /**
   * A partition taken over at an offset committed with {@code note} ({@link #note()}).
   *
   * @throws IllegalArgumentException when {@code note} is not one, quoting it
   */
  static SubmissionOrder resume(String note, Clock clock) {
    SubmissionOrder o = new SubmissionOrder(clock);
    if (note == null || note.isEmpty()) {
      return o;
    }
    for (String entry : note.split(",")) {
      int eq = entry.indexOf('=');
      try {
        o.turn.put(entry.substring(0, eq), Integer.parseInt(entry.substring(eq + 1)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not a submission-order note: '" + note + "'", e);
      }
    }
    return o;
  }

  /**
   * Takes the record at {@code offset} (offsets increasing); returns the article ids that may be
   * placed now, in order: this one's and those that waited for it.
   */
  List<String> offer(long offset, Item item) {
    end = Math.max(end, offset);
    List<String> ready = new ArrayList<>();
    if (item.ticket().isEmpty()) {
      // A takeover's sweep announces every article in no story without a ticket, those waiting
      // here for their turn too: the waiting record places it in its turn, not this one now.
      item.articleId().filter(id -> !waitingIds.containsKey(id)).ifPresent(ready::add);
      ready.addAll(expire());
      return ready;
    }
    Ticket t = item.ticket().get();
    String s = t.submission();
    size.put(s, t.count());
    lastOffset.merge(s, offset, Math::max);
    int now = turn.getOrDefault(s, 0);
    turn.putIfAbsent(s, now);
    if (t.index() < now) {
      // Its source had its turn (a record read again after a takeover): placing is idempotent.
      item.articleId().ifPresent(ready::add);
    } else if (t.index() == now) {
      if (item.articleId().isPresent()) {
        ready.add(item.articleId().get());
      } else {
        turn.put(s, now + 1);
        ready.addAll(release(s));
      }
    } else {
      waiting.put(offset, new Waiting(t, item.articleId(), clock.instant()));
      item.articleId().ifPresent(id -> waitingIds.merge(id, 1, Integer::sum));
    }
    ready.addAll(expire());
    return ready;
  }

  /** What waited past {@link #PATIENCE}: the turns it waited for are skipped. */
  List<String> expire() {
    List<String> ready = new ArrayList<>();
    Instant limit = clock.instant().minus(PATIENCE);
    while (!waiting.isEmpty() && !waiting.firstEntry().getValue().since().isAfter(limit)) {
      Ticket t = waiting.firstEntry().getValue().ticket();
      int next = t.index();
      for (Waiting w : waiting.values()) {
        if (w.ticket().submission().equals(t.submission())) {
          next = Math.min(next, w.ticket().index());
        }
      }
      turn.put(t.submission(), next);
      ready.addAll(release(t.submission()));
    }
    return ready;
  }

  /** Releases the waiting records of submission {@code s} whose turn has come, in offset order. */
  private List<String> release(String s) {
    List<String> ready = new ArrayList<>();
    boolean advanced = true;
    while (advanced) {
      advanced = false;
      int now = turn.get(s);
      for (Iterator<Waiting> it = waiting.values().iterator(); it.hasNext(); ) {
        Waiting w = it.next();
        if (!w.ticket().submission().equals(s) || w.ticket().index() > now) {
          continue;
        }
        it.remove();
        if (w.articleId().isPresent()) {
          waitingIds.computeIfPresent(w.articleId().get(), (id, n) -> n == 1 ? null : n - 1);
          ready.add(w.articleId().get());
        } else if (w.ticket().index() == now) {
          turn.put(s, now + 1);
          advanced = true;
          break;
        }
      }
    }
    return ready;
  }

  /** Records waiting. */
  int waiting() {
    return waiting.size();
  }

  /** The offset to commit: the first record still waiting, else past the last one taken. */
  long position() {
    return waiting.isEmpty() ? end + 1 : waiting.firstKey();
  }

  /**
   * The turn of each submission still to be read again from {@link #position()} on: a finished one
   * whose records all lie before it is left out, as are the oldest ones past Kafka's limit on a
   * note's length.
   */
  String note() {
    long from = position();
    List<String> entries = new ArrayList<>();
    for (Iterator<Map.Entry<String, Integer>> it = turn.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Integer> e = it.next();
      String s = e.getKey();
      boolean done = size.containsKey(s) && e.getValue() >= size.get(s);
      if (done && lastOffset.getOrDefault(s, -1L) < from) {
        // Not read again after a takeover; remembered here a while for a record sent twice.
        if (turn.size() > REMEMBERED) {
          it.remove();
          size.remove(s);
          lastOffset.remove(s);
        }
      } else {
        entries.add(s + "=" + e.getValue());
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (b.length() + entries.get(i).length() + 1 > MAX_NOTE) {
        break;
      }
      b.insert(0, (b.length() == 0 ? "" : ",")).insert(0, entries.get(i));
    }
    return b.toString();
  }
}
