package dev.lede.write;

import dev.lede.lang.WordLists;
import dev.lede.model.Section;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Counts, over every development story, the written sentences that open with a personal pronoun
 * ("He", "They", "When she ...", "In 2004, he ...") or a definite description of a person, body or
 * act ("The man", "The company", "The 27-year-old", "The move") whose antecedent is not in the
 * sentence right before it from the same source, and says why: the sentence before comes from
 * another article (MOVED: its source's predecessor is elsewhere in the story, or OTHER: not in the
 * story), from the same article but not its predecessor (GAP), or there is none (TOP: the lede's or
 * a section's first sentence). Usage: {@code bench/run-java dev.lede.write.DanglingReferences
 * [TEXTS_OUT.txt] [DATA_DIR]}; with TEXTS_OUT it also writes the stories as {@link DevStoryTexts}
 * does, so one run gives both.
 */
public final class DanglingReferences {
  private DanglingReferences() {}

  private static final Set<String> PERSONS =
      WordLists.words(dev.lede.write.internal.Planner.class, "person-nouns.txt");

  /** Bodies and acts a definite description may name: "The company", "The move". */
  private static final String THINGS =
      "company|firm|club|team|side|group|carmaker|automaker|bank|airline|retailer|agency"
          + "|move|decision|announcement|deal|ruling|plan|statement|agreement|verdict|incident"
          + "|pair|couple|two|suspect|suspects|victim|victims|lawsuit|conviction|charges?";

  private static final Pattern PRONOUN =
      Pattern.compile(
          "^(?:He|She|They|It|His|Her|Their|Its|Him|Them)\\b"
              + "|^(?:When|After|Before|As|While|Since|Until|Because|If|Once|Although|Though)"
              + " (?:he|she|they|it|his|her|their|its)\\b"
              + "|^[^,.;:\"“”]{1,60}, (?:he|she|they) (?=\\p{Ll})");

  private static final Pattern DEFINITE =
      Pattern.compile("^The (?:\\d+-year-old|(\\p{Ll}+))(?= (?!\\p{Lu})|[,.'’])");

  /** What a flagged opening refers with: the pronoun or "The noun", else empty. */
  static Optional<String> opening(String text) {
    var p = PRONOUN.matcher(text);
    if (p.find()) {
      return Optional.of(p.group());
    }
    var d = DEFINITE.matcher(text);
    if (d.find()) {
      String noun = d.group(1);
      if (noun == null
          || PERSONS.contains(noun)
          || PERSONS.contains(noun.replaceAll("s$", ""))
          || noun.matches(THINGS)) {
        return Optional.of(d.group());
      }
    }
    return Optional.empty();
  }

  public static void main(String[] args) throws Exception {
    Path texts = args.length > 0 ? Path.of(args[0]) : null;
    Path data = args.length > 1 ? Path.of(args[1]) : Path.of("..", "shared", "data");
    OfflineWriter writer = OfflineWriter.lexical();
    Map<String, List<WriterInput>> stories = MetaLedeCopies.devStories(data);
    Map<String, Integer> causes = new TreeMap<>();
    int flagged = 0;
    int grounded = 0;
    int storiesFlagged = 0;
    PrintStream out =
        texts == null ? null : new PrintStream(Files.newOutputStream(texts), true, "UTF-8");
    for (var e : stories.entrySet()) {
      WrittenStory s = writer.write(e.getKey(), e.getValue(), List.of(), Instant.EPOCH);
      if (out != null) {
        DevStoryTexts.print(out, e.getKey(), e.getValue().size(), s);
      }
      Map<String, String> sourceText = new LinkedHashMap<>();
      e.getValue().forEach(in -> sourceText.put(in.id(), in.text()));
      List<WrittenSentence> all = new ArrayList<>(s.lede());
      List<Boolean> tops = new ArrayList<>();
      s.lede().forEach(w -> tops.add(tops.isEmpty()));
      for (Section sec : s.sections()) {
        for (List<WrittenSentence> para : sec.paragraphs()) {
          for (WrittenSentence w : para) {
            tops.add(false);
            all.add(w);
          }
        }
      }
      int here = 0;
      for (int i = 0; i < all.size(); i++) {
        WrittenSentence w = all.get(i);
        Optional<String> ref = opening(w.text());
        if (ref.isEmpty()) {
          continue;
        }
        String cause = cause(all, i, sourceText);
        if (cause.equals("OK")) {
          grounded++;
          continue;
        }
        here++;
        causes.merge(cause, 1, Integer::sum);
        System.out.printf(
            "%s\t%s\t%s%n\tprev: %s%n\tthis: %s%n",
            e.getKey(), cause, ref.get(), i == 0 ? "-" : all.get(i - 1).text(), w.text());
      }
      flagged += here;
      storiesFlagged += here > 0 ? 1 : 0;
    }
    if (out != null) {
      out.close();
    }
    System.out.printf(
        "dangling references: %d sentences in %d of %d dev stories; by cause %s;"
            + " %d such openings right after their source's sentence%n",
        flagged, storiesFlagged, stories.size(), causes, grounded);
  }

  /**
   * OK when the sentence before is its source's sentence right before it (between the two quotes at
   * most the rest of the earlier sentence, its tail cut, and a connective or dateline cut from this
   * one); else why not.
   */
  private static String cause(List<WrittenSentence> all, int i, Map<String, String> sourceText) {
    SourceSpan own = all.get(i).sources().get(0);
    String text = sourceText.getOrDefault(own.article(), "");
    int start = text.indexOf(own.quote());
    if (i == 0) {
      return "TOP";
    }
    for (SourceSpan p : all.get(i - 1).sources()) {
      if (p.article().equals(own.article()) && start >= 0) {
        return adjacent(text, p.quote(), start) ? "OK" : "GAP";
      }
    }
    // Is its source's sentence before it anywhere in the story?
    for (WrittenSentence w : all) {
      for (SourceSpan p : w.sources()) {
        if (p.article().equals(own.article()) && start >= 0 && adjacent(text, p.quote(), start)) {
          return "MOVED";
        }
      }
    }
    return "OTHER";
  }

  private static final Pattern END = Pattern.compile("[.!?][\"”’)]*(?:\\s|$)");

  /** Whether {@code quote} is (part of) the sentence of {@code text} right before {@code start}. */
  private static boolean adjacent(String text, String quote, int start) {
    int at = text.lastIndexOf(quote, start);
    if (at < 0 || at + quote.length() > start) {
      return false;
    }
    String gap = text.substring(at + quote.length(), start);
    var m = END.matcher(gap);
    boolean quoteEnds = quote.strip().matches("(?s).*[.!?][\"”’)]*");
    if (!quoteEnds && m.find()) {
      gap = gap.substring(m.end()); // the earlier sentence's tail, cut
    }
    return !END.matcher(gap.strip() + " ").find() && gap.strip().length() <= 40;
  }
}
