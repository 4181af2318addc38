package dev.lede.write.internal;

import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Sentence;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people of a separate incident of the story's kind that its sources tell beside its own: in
 * the story of a British climber who died, aged 32, on Mount Sefton, "another climber, 36-year-old
 * Duncan Rait, died the day before" near the Tasman Saddle Hut. Such a person is given another age
 * than the opening's people, in a sentence that sets the incident apart ("another", "separate", "a
 * day after", "the day before") and tells the opening's kind of event. Sentences naming that
 * person, or giving that age to an unnamed one ("A 36-year-old Australian climber is dead after
 * falling about 150 metres"), tell the other incident, unless they name the opening's own people.
 */
final class SeparateIncidents {
  private final Set<String> ledePeople;
  private final Set<String> otherPeople;
  private final Set<Integer> ledeAges;
  private final Set<Integer> otherAges;

  private SeparateIncidents(
      Set<String> ledePeople, Set<String> otherPeople, Set<Integer> ledeAges, Set<Integer> ages) {
    this.ledePeople = ledePeople;
    this.otherPeople = otherPeople;
    this.ledeAges = ledeAges;
    this.otherAges = ages;
  }

  /** "36-year-old Duncan Rait": an age, then the name it is given to. */
  private static final Pattern AGE_BEFORE =
      Pattern.compile(
          "\\b(\\d{1,3})\\s?-\\s?year\\s?-\\s?old ((?:\\p{Lu}[\\p{L}'’-]+ ){0,2}\\p{Lu}[\\p{L}'’-]+)");

  /** "Robert Buckley, 32,": a name, then its age between commas. */
  private static final Pattern AGE_AFTER =
      Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]+ ){0,2}\\p{Lu}[\\p{L}'’-]+), (\\d{1,3}),");

  /** Any age: "a 36-year-old", "Buckley, 32,". */
  private static final Pattern AGE =
      Pattern.compile("\\b(\\d{1,3})\\s?-\\s?year\\s?-\\s?old\\b|\\p{Lu}[\\p{L}'’-]+, (\\d{1,3}),");

  /** Words that set an incident apart from the story's own. */
  private static final Pattern SET_APART =
      Pattern.compile(
          "(?i)\\b(?:another|separate|second|(?:a|one|the) day (?:before|after|earlier)"
              + "|the (?:previous|next) day)\\b");

  /** The story's separate incidents, read from every article against its opening {@code lede}. */
  static SeparateIncidents of(List<Doc> docs, List<Candidate> lede, StoryEntities entities) {
    Set<String> persons = new HashSet<>();
    for (Entity e : entities.entities) {
      if (e.type() == EntityType.PERSON) {
        persons.add(lastWord(e.canonical()));
      }
    }
    // The opening's people are those it gives an age ("Robert Buckley, 32,"): place words the
    // tagger takes for names ("Mount Cook") are not compared.
    Set<String> ledePeople = new HashSet<>();
    Set<Integer> ledeAges = new HashSet<>();
    Set<String> ledeKinds = new HashSet<>();
    for (Candidate l : lede) {
      for (Pattern p : List.of(AGE_BEFORE, AGE_AFTER)) {
        Matcher m = p.matcher(l.text);
        while (m.find()) {
          ledePeople.add(lastWord(m.group(p == AGE_BEFORE ? 2 : 1)));
        }
      }
      ledeAges.addAll(ages(l.text));
      ledeKinds.addAll(EventKinds.of(l.text, l.signature().events()));
    }
    Set<String> otherPeople = new HashSet<>();
    Set<Integer> otherAges = new HashSet<>();
    if (!ledeAges.isEmpty()) {
      for (Doc d : docs) {
        for (Sentence s : d.sentences) {
          String text = s.text();
          if (!SET_APART.matcher(text).find()) {
            continue;
          }
          Set<String> kinds = EventKinds.of(text, FactSignature.of(text).events());
          if (Collections.disjoint(kinds, ledeKinds)) {
            continue;
          }
          addAged(
              AGE_BEFORE.matcher(text),
              1,
              2,
              persons,
              ledePeople,
              ledeAges,
              otherPeople,
              otherAges);
          addAged(
              AGE_AFTER.matcher(text), 2, 1, persons, ledePeople, ledeAges, otherPeople, otherAges);
        }
      }
    }
    return new SeparateIncidents(ledePeople, otherPeople, ledeAges, otherAges);
  }

  private static void addAged(
      Matcher m,
      int ageGroup,
      int nameGroup,
      Set<String> persons,
      Set<String> ledePeople,
      Set<Integer> ledeAges,
      Set<String> otherPeople,
      Set<Integer> otherAges) {
    while (m.find()) {
      int age = Integer.parseInt(m.group(ageGroup));
      String who = lastWord(m.group(nameGroup));
      if (persons.contains(who) && !ledePeople.contains(who) && !ledeAges.contains(age)) {
        otherPeople.add(who);
        otherAges.add(age);
      }
    }
  }

  /** Whether {@code c} tells the separate incident and not the opening's own people. */
  boolean tellsAnother(Candidate c) {
    if (otherPeople.isEmpty()) {
      return false;
    }
    Set<String> named = capitalised(c.text);
    if (!Collections.disjoint(named, ledePeople)) {
      return false;
    }
    if (!Collections.disjoint(named, otherPeople)) {
      return true;
    }
    Set<Integer> ages = ages(c.text);
    return !Collections.disjoint(ages, otherAges) && Collections.disjoint(ages, ledeAges);
  }

  /** The ages a sentence gives. */
  static Set<Integer> ages(String text) {
    Set<Integer> out = new HashSet<>();
    Matcher m = AGE.matcher(text);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    return out;
  }

  /** The capitalised words of a sentence, in lower case, without a possessive "'s". */
  private static Set<String> capitalised(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(lastWord(m.group()));
    }
    return out;
  }

  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");

  private static String lastWord(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).trim().split("\\s+");
    return parts[parts.length - 1].replaceAll("['’]s$", "");
  }
}
