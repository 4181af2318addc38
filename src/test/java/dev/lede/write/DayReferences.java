package dev.lede.write;

import dev.lede.lang.EnglishWords;
import dev.lede.model.Section;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.write.internal.Attribution;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts, over every development story of several articles, the written sentences that tell a day
 * by a weekday or relative to their source's date ("on Monday", "yesterday", "last week") with no
 * calendar date beside it, and says whose day it is: the story's latest coverage (LATEST: the
 * story's now), an earlier source's whose day a sentence before it in its section said (TOLD: "...,
 * X reported on 8 October"), an earlier source's not said (EARLIER: the reader cannot tell which
 * Monday), an undated source's in a story with dated ones (UNDATED), or a story with no dated
 * source at all (NODATES). A story mixes days when such sentences come from two or more articles
 * and not all from the latest day. Usage: {@code bench/run-java dev.lede.write.DayReferences
 * [TEXTS_OUT.txt] [DATA_DIR]}; with TEXTS_OUT it also writes the stories as {@link DevStoryTexts}
 * does.
 */
public final class DayReferences {
  private DayReferences() {}

  /** A weekday or a day told relative to the source's date. */
  private static final Pattern DAY =
      Pattern.compile(
          "\\b(?:"
              + EnglishWords.anyWeekday()
              + "|(?i:today|tonight|yesterday|tomorrow|last night|overnight"
              + "|this (?:morning|afternoon|evening|week(?:end)?)"
              + "|(?:last|next) (?:week(?:end)?|month)|(?:a|one|two|three) (?:days?|weeks?) ago"
              + "|earlier this (?:week|month)|the day before|the previous day))\\b");

  /** A calendar date or an attribution's date: "8 October", "Dec. 11", "reported on". */
  private static final Pattern ANCHOR =
      Pattern.compile(
          "\\b(?:\\d{1,2} "
              + EnglishWords.monthPattern()
              + "|"
              + EnglishWords.monthPattern()
              + "\\.? \\d{1,2}\\b|reported on)");

  /** A quotation: the speaker's own words, whose "today" is theirs. */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

  /** The day words a sentence tells outside quotations with no calendar date; empty when none. */
  static List<String> unanchoredDays(String text) {
    String outside = QUOTED.matcher(text).replaceAll(" ");
    List<String> out = new ArrayList<>();
    if (ANCHOR.matcher(text).find()) {
      return out;
    }
    Matcher m = DAY.matcher(outside);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    Path texts = args.length > 0 ? Path.of(args[0]) : null;
    Path data = args.length > 1 ? Path.of(args[1]) : Path.of("..", "shared", "data");
    OfflineWriter writer = OfflineWriter.lexical();
    Map<String, List<WriterInput>> stories = MetaLedeCopies.devStories(data);
    Map<String, Integer> classes = new TreeMap<>();
    int sentences = 0;
    int mixed = 0;
    int multi = 0;
    PrintStream out =
        texts == null ? null : new PrintStream(Files.newOutputStream(texts), true, "UTF-8");
    for (var e : stories.entrySet()) {
      WrittenStory s = writer.write(e.getKey(), e.getValue(), List.of(), Instant.EPOCH);
      if (out != null) {
        DevStoryTexts.print(out, e.getKey(), e.getValue().size(), s);
      }
      if (e.getValue().size() < 2) {
        continue;
      }
      multi++;
      Map<String, Optional<LocalDate>> dates = new HashMap<>();
      e.getValue().forEach(in -> dates.put(in.id(), Attribution.dateOf(in)));
      Optional<LocalDate> latest =
          dates.values().stream().flatMap(Optional::stream).max(LocalDate::compareTo);
      // The lede, then each section; a section opens on the story's latest day.
      List<List<WrittenSentence>> parts = new ArrayList<>();
      parts.add(s.lede());
      for (Section sec : s.sections()) {
        List<WrittenSentence> part = new ArrayList<>();
        sec.paragraphs().forEach(part::addAll);
        parts.add(part);
      }
      Set<String> articles = new HashSet<>();
      boolean notLatest = false;
      for (List<WrittenSentence> part : parts) {
        Optional<LocalDate> told = latest;
        for (WrittenSentence w : part) {
          String article = w.sources().get(0).article();
          Optional<LocalDate> day = dates.getOrDefault(article, Optional.empty());
          if (day.isPresent() && ANCHOR.matcher(w.text()).find()) {
            told = day; // "..., X reported on 8 October": the day the next sentences stand on
          }
          List<String> days = unanchoredDays(w.text());
          if (days.isEmpty()) {
            continue;
          }
          String cls =
              latest.isEmpty()
                  ? "NODATES"
                  : day.isEmpty()
                      ? "UNDATED"
                      : day.equals(latest) ? "LATEST" : day.equals(told) ? "TOLD" : "EARLIER";
          articles.add(article);
          notLatest |= !cls.equals("LATEST") && !cls.equals("TOLD");
          sentences++;
          classes.merge(cls, 1, Integer::sum);
          System.out.printf(
              "%s\t%s\t%s\t%s %s (latest %s)%n\t%s%n",
              e.getKey(),
              cls,
              days,
              article,
              day.map(LocalDate::toString).orElse("undated"),
              latest.map(LocalDate::toString).orElse("-"),
              w.text());
        }
      }
      if (articles.size() > 1 && notLatest) {
        mixed++;
        System.out.printf("%s\tMIXED\t%d articles%n", e.getKey(), articles.size());
      }
    }
    if (out != null) {
      out.close();
    }
    System.out.printf(
        "unanchored days: %d sentences by class %s; days mixed in %d of %d dev stories of several"
            + " articles%n",
        sentences, classes, mixed, multi);
  }
}
