package dev.lede.write;

import dev.lede.model.Section;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.write.internal.Attribution;
import dev.lede.write.internal.Figures;
import dev.lede.write.internal.Restatements;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an editor flags in a multi-outlet story, counted: the same fact told twice, conflicting
 * figures stated without saying who reported which, paragraphs opening with a pronoun or "the move"
 * whose antecedent is not right before them, and sentences under "what comes next" that do not look
 * ahead.
 */
public final class StoryChecks {
  private StoryChecks() {}

  private static final Pattern LOOSE_OPENING =
      Pattern.compile(
          "^(?:He|She|It|They|This|These|Those|That|His|Her|Its|Their|We|I|There|Such|Both)\\b"
              + "|^The (?:move|decision|announcement|incident|deal|development|news|ruling|step"
              + "|change|plan|remarks|comments|statement|measure|proposal|agreement|verdict|same"
              + "|other|two|pair|couple)\\b"
              + "|^(?:One|Some|Many|Most|All|Each|None|Neither|Either|Several|Two|Three) of"
              + " (?:them|those|these|whom)\\b"
              + "|^(?:Another|Likewise|Similarly|Otherwise|Thus|Hence|Therefore)\\b");

  private static final Pattern AHEAD =
      Pattern.compile(
          "(?i)\\b(?:will|would|expected|plans?|planned|scheduled|set to|due to|next|upcoming"
              + "|later|future|intends?|hopes?)\\b");

  /**
   * The counts for one story.
   *
   * @param restatedPairs pairs of sentences stating the same fact ({@link Restatements})
   * @param unattributedConflicts quantities ({@link Figures}) given more than one value by
   *     sentences that carry no attribution
   * @param reconciled sentences attributing figures to two or more outlets
   * @param pronounParagraphs paragraphs opening with a loose pronoun or reference
   * @param pastInNext sentences under "what comes next" with no word looking ahead
   * @param samples examples of what was counted
   */
  public record Counts(
      int restatedPairs,
      int unattributedConflicts,
      int reconciled,
      int pronounParagraphs,
      int pastInNext,
      List<String> samples) {}

  public static Counts count(WrittenStory s, List<WriterInput> inputs) {
    List<String> samples = new ArrayList<>();
    List<WrittenSentence> all = new ArrayList<>(s.lede());
    for (Section sec : s.sections()) {
      sec.paragraphs().forEach(all::addAll);
    }
    List<String> texts = all.stream().map(WrittenSentence::text).toList();
    List<String> forms = new ArrayList<>();
    for (WriterInput in : inputs) {
      forms.addAll(Attribution.forms(in.outlet(), Attribution.dateOf(in)));
      forms.addAll(Attribution.leads(in.outlet(), Attribution.dateOf(in)));
    }
    // Facts are compared without their attributions (outlet names and dates are metadata).
    // A reconciliation of conflicting figures restates them on purpose, once: it is not compared.
    List<String> bare = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!reconciles(texts.get(i), forms)) {
        bare.add(Attribution.bare(texts.get(i), inputs));
        at.add(i);
      }
    }
    int restated = 0;
    for (int[] p : Restatements.pairs(bare)) {
      restated++;
      samples.add(
          "restated: \"" + texts.get(at.get(p[0])) + "\" / \"" + texts.get(at.get(p[1])) + "\"");
    }
    Map<String, Optional<LocalDate>> dayOf = new LinkedHashMap<>();
    inputs.forEach(in -> dayOf.put(in.id(), Attribution.dateOf(in)));
    Map<String, List<Figures.Reported>> values = new LinkedHashMap<>();
    int reconciled = 0;
    // The background section tells earlier events: its figures are other instances ("a
    // magnitude-6.4 temblor rocked Zarand" in February beside the 6.1 quake), not versions.
    Set<WrittenSentence> history =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Section sec : s.sections()) {
      if (sec.heading().toLowerCase(Locale.ROOT).endsWith("the background")) {
        sec.paragraphs().forEach(history::addAll);
      }
    }
    for (WrittenSentence w : all) {
      String t = w.text();
      reconciled += reconciles(t, forms) ? 1 : 0;
      if (forms.stream().anyMatch(t::contains) || history.contains(w)) {
        continue;
      }
      Optional<LocalDate> day =
          w.sources().isEmpty()
              ? Optional.empty()
              : dayOf.getOrDefault(w.sources().get(0).article(), Optional.empty());
      for (Figures.Figure f : Figures.in(t)) {
        values.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(new Figures.Reported(f, day));
      }
    }
    int conflicts = 0;
    for (Map.Entry<String, List<Figures.Reported>> e : values.entrySet()) {
      // Two figures of one day that may both be true ("at least 20", "24") are one value, no
      // conflict; across days ("at least 11" on Monday, "24" on Tuesday) they are a rising toll.
      List<Figures.Reported> fs = e.getValue();
      if (!Figures.oneValue(fs)) {
        conflicts++;
        Set<String> shown = new LinkedHashSet<>();
        fs.forEach(f -> shown.add(f.figure().value()));
        samples.add("unattributed conflict " + e.getKey() + ": " + shown);
      }
    }
    Map<String, String> textOf = new LinkedHashMap<>();
    inputs.forEach(in -> textOf.put(in.id(), in.text()));
    int loose = 0;
    WrittenSentence previous = s.lede().isEmpty() ? null : s.lede().get(s.lede().size() - 1);
    for (Section sec : s.sections()) {
      for (List<WrittenSentence> p : sec.paragraphs()) {
        WrittenSentence first = p.get(0);
        if (LOOSE_OPENING.matcher(first.text()).find() && !follows(previous, first, textOf)) {
          loose++;
          samples.add("loose opening: \"" + first.text() + "\"");
        }
        previous = p.get(p.size() - 1);
      }
    }
    int pastInNext = 0;
    for (Section sec : s.sections()) {
      if (!sec.heading().toLowerCase(Locale.ROOT).contains("what comes next")) {
        continue;
      }
      for (List<WrittenSentence> p : sec.paragraphs()) {
        for (WrittenSentence w : p) {
          if (!AHEAD.matcher(w.text()).find()) {
            pastInNext++;
            samples.add("not ahead, under what comes next: \"" + w.text() + "\"");
          }
        }
      }
    }
    return new Counts(restated, conflicts, reconciled, loose, pastInNext, samples);
  }

  /** A sentence attributing figures to two or more outlets ("X reported ..., while Y ..."). */
  private static boolean reconciles(String t, List<String> forms) {
    return forms.stream().filter(t::contains).count() >= 2
        && (t.contains("; ") || t.contains(", while "));
  }

  /** Whether {@code next}'s quote comes right after {@code previous}'s in the same article. */
  private static boolean follows(
      WrittenSentence previous, WrittenSentence next, Map<String, String> textOf) {
    if (previous == null) {
      return false;
    }
    for (SourceSpan a : previous.sources()) {
      for (SourceSpan b : next.sources()) {
        String text = textOf.get(a.article());
        if (!a.article().equals(b.article()) || text == null) {
          continue;
        }
        int end = text.indexOf(a.quote());
        int start = text.indexOf(b.quote());
        if (end >= 0
            && start >= end + a.quote().length()
            && text.substring(end + a.quote().length(), start).isBlank()) {
          return true;
        }
      }
    }
    return false;
  }
}
