package dev.lede.write;

import dev.lede.model.Section;
import dev.lede.model.SourceRef;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.Fact;
import dev.lede.nlp.FactExtractor;
import dev.lede.nlp.FactKind;
import dev.lede.write.internal.Attribution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two versions of a written story, in one short line for its update history:
 * the sources added (by outlet) and the new facts, that is amounts, percentages, counts and dates
 * ({@link FactExtractor}) that the new version's sentences state and the old one's did not. A fact
 * is the same when its kind, normalised value and unit are ("$2m" and "$2 million" are one); a day
 * of the week on its own is not counted. Pure: the same two versions give the same note.
 *
 * <pre>{@code
 * VersionNote.between(v1, v2)
 * // "Added 2 sources: Puget Daily, Reuters. New facts: 15 people, $2 million."
 * }</pre>
 */
public final class VersionNote {
  /** Facts named in a note; more are counted. */
  public static final int MAX_FACTS = 4;

  private VersionNote() {}

  /** The note for going from {@code before} to {@code after}. */
  public static String between(WrittenStory before, WrittenStory after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<String> parts = new ArrayList<>();
    newSources(before, after).ifPresent(parts::add);
    List<String> facts = newFacts(before, after);
    if (!facts.isEmpty()) {
      StringBuilder b = new StringBuilder(facts.size() == 1 ? "New fact: " : "New facts: ");
      b.append(String.join(", ", facts.subList(0, Math.min(MAX_FACTS, facts.size()))));
      if (facts.size() > MAX_FACTS) {
        b.append(" and ").append(facts.size() - MAX_FACTS).append(" more");
      }
      parts.add(b.append('.').toString());
    }
    if (parts.isEmpty()) {
      return "Re-written; no new sources or facts.";
    }
    return String.join(" ", parts);
  }

  private static Optional<String> newSources(WrittenStory before, WrittenStory after) {
    Set<String> old = new HashSet<>();
    before.sources().forEach(r -> old.add(r.article()));
    Map<String, Integer> byOutlet = new LinkedHashMap<>();
    int added = 0;
    for (SourceRef r : after.sources()) {
      // Background articles belong to earlier stories: not new coverage of this one.
      if (!r.background() && old.add(r.article())) {
        byOutlet.merge(r.outlet(), 1, Integer::sum);
        added++;
      }
    }
    if (added == 0) {
      return Optional.empty();
    }
    List<String> outlets = new ArrayList<>();
    byOutlet.forEach((o, n) -> outlets.add(n == 1 ? o : o + " (" + n + ")"));
    return Optional.of(
        "Added "
            + added
            + (added == 1 ? " source: " : " sources: ")
            + String.join(", ", outlets)
            + ".");
  }

  /** The new version's facts, as written there, in reading order, that the old one lacked. */
  static List<String> newFacts(WrittenStory before, WrittenStory after) {
    Set<String> old = new HashSet<>();
    for (WrittenSentence s : sentences(before)) {
      for (Fact f : facts(Attribution.strip(s.text(), before.sources()))) {
        old.add(key(f));
      }
    }
    Set<String> seen = new HashSet<>();
    Set<String> out = new LinkedHashSet<>();
    for (WrittenSentence s : sentences(after)) {
      for (Fact f : facts(Attribution.strip(s.text(), after.sources()))) {
        if (!old.contains(key(f)) && seen.add(key(f))) {
          out.add(f.text().strip());
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static List<Fact> facts(String text) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : FactExtractor.extract(text)) {
      boolean weekday =
          f.kind() == FactKind.DATE && f.value().chars().allMatch(Character::isLetter);
      if (f.kind() != FactKind.PLACE && !weekday) {
        out.add(f);
      }
    }
    return out;
  }

  private static String key(Fact f) {
    return f.kind() + "|" + f.value() + "|" + f.unit().orElse("");
  }

  private static List<WrittenSentence> sentences(WrittenStory s) {
    List<WrittenSentence> out = new ArrayList<>(s.lede());
    for (Section sec : s.sections()) {
      sec.paragraphs().forEach(out::addAll);
    }
    return out;
  }
}
