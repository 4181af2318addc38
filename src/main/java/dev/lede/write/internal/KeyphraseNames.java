package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names a keyphrase may hold, most prominent first ({@link Keyphrases}): each entity as the
 * sources write it, agencies, dates and scraping debris left out, a person's variants ("Comeaux",
 * "The Notorious Bettie Page") counted under one full name.
 */
final class KeyphraseNames {
  private KeyphraseNames() {}

  /** News agencies: they file the story, they are not what it is about. */
  private static final Set<String> AGENCIES =
      Set.of(
          "AP",
          "AFP",
          "UPI",
          "PA",
          "dpa",
          "DPA",
          "Reuters",
          "Associated Press",
          "Press Association",
          "Agence France-Presse",
          "Xinhua",
          "Yonhap",
          "Kyodo",
          "EFE",
          "ANSA",
          "TASS");

  /** Holidays, months and days: when it happened, not who. */
  private static final Set<String> TIMES =
      withMonthsAndDays(
          "Christmas",
          "Christmas Eve",
          "Christmas Day",
          "Easter",
          "Thanksgiving",
          "Halloween",
          "New Year",
          "New Year's Eve",
          "New Year's Day",
          "Ramadan",
          "Boxing Day",
          "Independence Day");

  /** {@code holidays} with the lexicon's month and weekday names, capitalised as written. */
  private static Set<String> withMonthsAndDays(String... holidays) {
    Set<String> out = new HashSet<>(List.of(holidays));
    for (String n : EnglishWords.fullMonthNames()) {
      out.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
    }
    for (String n : EnglishWords.weekdayNames()) {
      out.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
    }
    return Set.copyOf(out);
  }

  /** Longest name, and name word, a keyphrase takes: longer ones are scraping debris. */
  private static final int MAX_NAME = 40;

  private static final int MAX_NAME_WORD = 20;

  /** How many of a document's first sentences count as its lead. */
  private static final int LEAD = 2;

  /** An entity, how the keyphrase writes it, and how prominent it is in the story. */
  record Named(Entity entity, String display, double prominence) {}

  /**
   * The story's usable names, most prominent first: weight across the story plus the articles that
   * name it in their lead, a place counting three quarters.
   */
  static List<Named> rankedNames(List<Doc> docs, StoryEntities entities) {
    List<Named> out = new ArrayList<>();
    for (Entity e : entities.ranked()) {
      Optional<String> name = display(e, docs);
      if (name.isEmpty()) {
        continue;
      }
      double p = entities.weight.get(e.canonical()) + leadDocs(e, docs);
      out.add(new Named(e, name.get(), e.type() == EntityType.PLACE ? 0.75 * p : p));
    }
    out = mergeVariants(out);
    out.sort((x, y) -> Double.compare(y.prominence(), x.prominence()));
    return out;
  }

  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /**
   * One person written several ways counts once, under the full name: "The Notorious Bettie Page"
   * (a film title) and "Lindsay Lohan Checks" (a title-case headline's debris) count for the
   * two-word name they hold at their start or end, a lone surname ("Comeaux") for the one full name
   * of a person that ends on it ("Arcade Joseph Comeaux Jr").
   */
  static List<Named> mergeVariants(List<Named> names) {
    List<Named> out = new ArrayList<>(names);
    for (int i = 0; i < out.size(); i++) {
      Named a = out.get(i);
      for (int j = 0; j < out.size(); j++) {
        Named b = out.get(j);
        if (i == j || a == null || b == null) {
          continue;
        }
        if (a.entity().type() == EntityType.PERSON && holdsAtEdge(b.display(), a.display())
            || surnameOf(a, b, out)) {
          Named into = holdsAtEdge(b.display(), a.display()) ? a : b;
          Named from = into == a ? b : a;
          Named merged =
              new Named(into.entity(), into.display(), into.prominence() + from.prominence());
          out.set(into == a ? i : j, merged);
          out.set(into == a ? j : i, null);
          a = out.get(i);
        }
      }
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /** Whether {@code longer} is {@code core} (two words or more) plus words at one end. */
  private static boolean holdsAtEdge(String longer, String core) {
    return core.contains(" ")
        && longer.length() > core.length()
        && (longer.startsWith(core + " ") || longer.endsWith(" " + core));
  }

  /** Whether one-word {@code a} is the surname of person {@code b}, and of no other name. */
  private static boolean surnameOf(Named a, Named b, List<Named> all) {
    if (a.display().contains(" ")
        || b.entity().type() != EntityType.PERSON
        || a.entity().type() == EntityType.PLACE
        || !a.display().equals(surname(b.display()))) {
      return false;
    }
    for (Named c : all) {
      if (c != null && c != b && c != a && a.display().equals(surname(c.display()))) {
        return false; // "Bush": George W. Bush or Laura Bush
      }
    }
    return true;
  }

  private static String surname(String name) {
    List<String> w = new ArrayList<>(List.of(name.split("\\s+")));
    while (w.size() > 1
        && NAME_SUFFIXES.contains(w.get(w.size() - 1).replace(".", "").toLowerCase(Locale.ROOT))) {
      w.remove(w.size() - 1);
    }
    return w.size() > 1 ? w.get(w.size() - 1) : "";
  }

  /** Documents naming the entity in their lead. */
  private static int leadDocs(Entity e, List<Doc> docs) {
    int n = 0;
    for (Doc d : docs) {
      if (d.sentences.isEmpty()) {
        continue;
      }
      int end = d.sentences.get(Math.min(LEAD, d.sentences.size()) - 1).end();
      for (Mention m : e.mentions()) {
        if (m.docId().equals(d.id()) && m.start() < end) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /**
   * How the keyphrase names an entity: its canonical name when a source writes it, else its most
   * frequent written form; empty for what is not a usable name (an agency, a contraction, a single
   * capitalised word seen only where any word is capitalised, at a sentence start).
   */
  static Optional<String> display(Entity e, List<Doc> docs) {
    String c = e.canonical();
    if (c.codePointCount(0, c.length()) < 2
        || c.length() > MAX_NAME
        || Arrays.stream(c.split("\\s+")).anyMatch(w -> w.length() > MAX_NAME_WORD)
        || AGENCIES.contains(c)
        || TIMES.contains(c)
        || c.matches("(?s).*['’](?:ve|ll|re|m|d|s|t)\\b.*")) {
      return Optional.empty();
    }
    Map<String, Integer> written = new LinkedHashMap<>();
    boolean midSentence = false;
    for (Mention m : e.mentions()) {
      written.merge(m.text(), 1, Integer::sum);
      midSentence |= !atSentenceStart(m, docs);
    }
    if (!midSentence) {
      if (!c.contains(" ")) {
        return Optional.empty();
      }
      // "Iconic Arsenal": a sentence-start word glued to a name; the name alone is safer.
      for (String alias : e.aliases()) {
        if (c.endsWith(" " + alias) && written.containsKey(alias)) {
          return Optional.of(alias);
        }
      }
    }
    if (written.containsKey(c)) {
      return Optional.of(c);
    }
    return written.entrySet().stream()
        .max(
            Comparator.comparingInt((Map.Entry<String, Integer> x) -> x.getValue())
                .thenComparingInt(x -> x.getKey().length()))
        .map(Map.Entry::getKey);
  }

  private static boolean atSentenceStart(Mention m, List<Doc> docs) {
    for (Doc d : docs) {
      if (!d.id().equals(m.docId())) {
        continue;
      }
      for (Sentence s : d.sentences) {
        if (s.contains(m.start())) {
          String before = d.text().substring(s.start(), m.start());
          return before.chars().noneMatch(Character::isLetterOrDigit);
        }
      }
    }
    return false;
  }

  static boolean overlaps(String a, String b) {
    Set<String> wa = new HashSet<>(Words.lowerWords(a));
    for (String w : Words.lowerWords(b)) {
      if (wa.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
