package dev.lede.write.internal;

import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Sentence;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** Per article, the sentences that go on telling the separate incident ({@link #runs}). */
  private final Map<Doc, BitSet> told = new IdentityHashMap<>();

  private SeparateIncidents(
      Set<String> ledePeople, Set<String> otherPeople, Set<Integer> ledeAges, Set<Integer> ages) {
    this.ledePeople = ledePeople;
    this.otherPeople = otherPeople;
    this.ledeAges = ledeAges;
    this.otherAges = ages;
  }

  /** No separate incident: nothing is left out. */
  static final SeparateIncidents NONE =
      new SeparateIncidents(Set.of(), Set.of(), Set.of(), Set.of());

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
    SeparateIncidents out = new SeparateIncidents(ledePeople, otherPeople, ledeAges, otherAges);
    if (!otherPeople.isEmpty()) {
      docs.forEach(d -> out.told.put(d, out.runs(d)));
    }
    return out;
  }

  /**
   * The sentences of an article that tell the separate incident: one that names its person or age,
   * and each after it that names neither the opening's people nor their age, for a source goes on
   * about one incident until it turns back to the other ("The 36-year-old slipped and fell ... His
   * brother witnessed the fall ... The victim was still alive when rescuers reached him").
   */
  private BitSet runs(Doc d) {
    BitSet out = new BitSet();
    boolean inRun = false;
    for (int i = 0; i < d.sentences.size(); i++) {
      String text = d.sentences.get(i).text();
      Set<String> named = capitalised(text);
      Set<Integer> ages = ages(text);
      boolean other =
          !Collections.disjoint(named, otherPeople)
              || !Collections.disjoint(ages, otherAges) && Collections.disjoint(ages, ledeAges);
      boolean own =
          !Collections.disjoint(named, ledePeople) || !Collections.disjoint(ages, ledeAges);
      // "The day before Buckley's death another climber, 36-year-old Duncan Rait, died": the
      // opening's climber named only to say when; what follows is of the other one.
      inRun = other || inRun && !own;
      out.set(i, inRun && !own);
    }
    return out;
  }

  /**
   * Sentences that tell both incidents at once ("the two incidents on consecutive days were not
   * related", "two men have died in separate climbing accidents", "I can't speak for the first
   * death"): in the story of one of them, the other is not its news.
   */
  private static final Pattern BOTH =
      Pattern.compile(
          "(?i)\\b(?:two|both)(?: [\\w-]+){0,2} (?:incidents|deaths|accidents|attacks|crashes"
              + "|fatalities|falls)\\b|\\bthe (?:first|second|other) (?:death|incident|accident"
              + "|fatality)\\b|\\bseparate(?: [\\w-]+)? (?:incidents|accidents|attacks|crashes|falls)\\b"
              + "|\\b(?:second|another) (?:death|fatality)\\b"
              + "|\\bone [\\w-]+ and one [\\w-]+");

  /** Whether a text tells both incidents at once, when the story's sources set one apart. */
  boolean tellsBoth(String text) {
    return !otherPeople.isEmpty() && BOTH.matcher(text).find();
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

  /**
   * Whether {@code c} tells the separate incident and not the opening's own people, by itself, by
   * going on about it in its source, or by telling both incidents at once.
   */
  boolean tellsAnother(Candidate c) {
    if (otherPeople.isEmpty()) {
      return false;
    }
    BitSet run = told.get(c.doc);
    return tellsAnother(c.text) || tellsBoth(c.text) || run != null && run.get(c.sentence);
  }

  /**
   * Whether a text read apart from its source (a pull quote) tells the separate incident or both:
   * "I can't speak for the first death".
   */
  boolean tellsAnotherApart(String text) {
    return !otherPeople.isEmpty() && (tellsAnother(text) || tellsBoth(text));
  }

  private boolean tellsAnother(String text) {
    Set<String> named = capitalised(text);
    if (!Collections.disjoint(named, ledePeople)) {
      return false;
    }
    if (!Collections.disjoint(named, otherPeople)) {
      return true;
    }
    Set<Integer> ages = ages(text);
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
