package dev.lede.write.internal;

import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock time at which the story's event began, as a figure ({@link Figures}): "broke out on the
 * roof at about 2045 GMT", "after the blaze broke out about 8.40pm", "the fire started at 8.49
 * p.m.". Outlets often disagree on it; as a figure, two times are a conflict said once ({@link
 * Reconciler}) rather than two bare statements. Only the start of the event is read (a verb of
 * starting right before the time): when roads reopened or residents returned is another quantity.
 */
final class ClockTimes {
  private ClockTimes() {}

  /** The key of every start-time figure. */
  static final String KEY = "TIME|began";

  /**
   * Zone abbreviations with one offset in news use. Ambiguous ones (CST: US Central or China; IST:
   * India, Ireland or Israel) and the season-dependent ET/PT are left out: such a time stays local.
   */
  private static final Map<String, ZoneOffset> ZONES =
      Map.ofEntries(
          Map.entry("GMT", ZoneOffset.UTC),
          Map.entry("UTC", ZoneOffset.UTC),
          Map.entry("BST", ZoneOffset.ofHours(1)),
          Map.entry("CET", ZoneOffset.ofHours(1)),
          Map.entry("CEST", ZoneOffset.ofHours(2)),
          Map.entry("EET", ZoneOffset.ofHours(2)),
          Map.entry("EEST", ZoneOffset.ofHours(3)),
          Map.entry("MSK", ZoneOffset.ofHours(3)),
          Map.entry("EST", ZoneOffset.ofHours(-5)),
          Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("MST", ZoneOffset.ofHours(-7)),
          Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("PST", ZoneOffset.ofHours(-8)),
          Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("HKT", ZoneOffset.ofHours(8)),
          Map.entry("SGT", ZoneOffset.ofHours(8)),
          Map.entry("JST", ZoneOffset.ofHours(9)),
          Map.entry("KST", ZoneOffset.ofHours(9)),
          Map.entry("AEST", ZoneOffset.ofHours(10)),
          Map.entry("AEDT", ZoneOffset.ofHours(11)));

  // Sorted so the pattern is the same on every run; matched case-sensitively ("est" is no zone).
  private static final String ZONE =
      "(?-i:" + String.join("|", new java.util.TreeSet<>(ZONES.keySet())) + ")";

  /**
   * "8.40pm", "9: 40 p. m." (ECB+ texts space their tokens), "9pm", "3 p.m. GMT", "2045 GMT",
   * "20:45 GMT", "5pm (EDT)"; a 24-hour time needs a zone of {@link #ZONES} (else it may be a
   * year).
   */
  private static final Pattern TIME =
      Pattern.compile(
          "(?i)\\b(?<h>\\d{1,2})(?:[.:]\\s?(?<m>[0-5]\\d))?\\s?(?<ap>[ap])\\.?\\s?m\\b\\.?"
              + "(?:\\s?(?<z>"
              + ZONE
              + ")\\b|\\s?\\((?<zp>"
              + ZONE
              + ")\\))?"
              + "|\\b(?<hh>[01]\\d|2[0-3]):?(?<mm>[0-5]\\d)\\s?(?<zz>"
              + ZONE
              + ")\\b");

  /**
   * A clock time said in passing, with its preposition and what qualifies it: "shortly after 06: 00
   * BST", "at 8: 00 am local time", "at 9.30pm". A headline drops it as it drops a day; left in,
   * the colon of a spaced time ended the clause mid-time ("cast their ballots at 8"). A 24-hour
   * time needs its colon (a bare "at 8" may be a rate or a score).
   */
  static final Pattern IN_PASSING =
      Pattern.compile(
          "(?i)\\s(?:(?:shortly|just|soon)\\s)?(?:at|after|before|by|around|about|from|until|till)"
              + "\\s(?:(?:about|around|approximately)\\s)?"
              + "(?:\\d{1,2}(?:[.:]\\s?[0-5]\\d)?\\s?[ap]\\.?\\s?m\\b\\.?|\\d{1,2}:\\s?[0-5]\\d)"
              + "(?:\\s?"
              + ZONE
              + "\\b)?(?:\\slocal\\stime)?(?=[\\s,;:!?]|$)");

  /**
   * A verb of the event's start right before the time, on the same clause: "broke out", "started",
   * "erupted"; not one followed by another verb ("began returning", "started to").
   */
  private static final Pattern START =
      Pattern.compile(
          "(?i)\\b(?:broke out|erupted|started|began|struck|happened|occurred|took place)\\b"
              + "(?! (?:\\w+ing|to)\\b)(?<between>[^.;:!?\"“”]{0,40})$");

  /** Words of a clause that lean on the sentence before: the clause cannot be quoted alone. */
  private static final Pattern LEANS_BACK =
      Pattern.compile("(?i)^(?:it|they|he|she|this|that|which|these|those)\\b");

  private static final Pattern ABBREVIATED = Pattern.compile("(?i)[ap]\\.\\s?m\\.$");

  /** What opens the clause of the start: "after the blaze broke out", ", when the fire began". */
  private static final Pattern OPENER =
      Pattern.compile("(?i)(?:\\b(?:after|when|as|since|before|until)\\s|,\\s)");

  /** The start-time figures of a sentence (a clause stating when the event began), in order. */
  static List<Figures.Figure> in(String sentence) {
    List<Figures.Figure> out = new ArrayList<>();
    Matcher m = TIME.matcher(sentence);
    while (m.find()) {
      Optional<String> value = value(m);
      if (value.isEmpty()) {
        continue;
      }
      Matcher start = START.matcher(sentence.substring(0, m.start()));
      if (!start.find()) {
        continue;
      }
      int clause = clauseStart(sentence, start.start());
      if (clause < 0) {
        continue;
      }
      int end = m.end();
      if (sentence.charAt(end - 1) == '.' && !ABBREVIATED.matcher(m.group()).find()) {
        end--; // "8.40pm." ends the sentence: the stop is not the time's ("9:40 p.m." keeps it)
      }
      out.add(new Figures.Figure(KEY, value.get(), clause, end));
    }
    return out;
  }

  /**
   * Where the clause stating the start begins: after its opener ("after the blaze broke out"), or
   * the sentence's start; -1 when the clause opens with a word that leans on another sentence ("It
   * broke out", "which broke out" with nothing before to quote).
   */
  private static int clauseStart(String sentence, int verb) {
    String before = sentence.substring(0, verb);
    Matcher o = OPENER.matcher(before);
    int at = 0;
    while (o.find()) {
      at = o.end();
    }
    String subject = before.substring(at).strip();
    if (at > 0 && (subject.isEmpty() || LEANS_BACK.matcher(subject).find())) {
      at = 0; // ", which broke out": the whole sentence up to the time is the clause
      subject = before.strip();
    }
    if (subject.isEmpty() || LEANS_BACK.matcher(subject).find()) {
      return -1;
    }
    while (at < sentence.length() && Character.isWhitespace(sentence.charAt(at))) {
      at++;
    }
    return at;
  }

  /**
   * "20:40" for "8.40pm", "21:00" for "9pm" (a local clock); with a zone, the instant's clock in
   * UTC: "20:45Z" for "2045 GMT", "19:00Z" for "3 p.m. EDT", so one time told in two zones is one
   * value.
   */
  private static Optional<String> value(Matcher m) {
    int h;
    int min;
    if (m.group("hh") != null) {
      h = Integer.parseInt(m.group("hh"));
      min = Integer.parseInt(m.group("mm"));
    } else {
      h = Integer.parseInt(m.group("h"));
      min = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
      if (h < 1 || h > 12) {
        return Optional.empty();
      }
      boolean pm = m.group("ap").toLowerCase(Locale.ROOT).equals("p");
      h = h % 12 + (pm ? 12 : 0);
    }
    Optional<String> zone =
        Optional.ofNullable(m.group("zz"))
            .or(() -> Optional.ofNullable(m.group("z")))
            .or(() -> Optional.ofNullable(m.group("zp")));
    if (zone.isPresent()) {
      return Optional.of(
          OffsetTime.of(LocalTime.of(h, min), ZONES.get(zone.get()))
              .withOffsetSameInstant(ZoneOffset.UTC)
              .toString());
    }
    return Optional.of(String.format(Locale.ROOT, "%02d:%02d", h, min));
  }
}
