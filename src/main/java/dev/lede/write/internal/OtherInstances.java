package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences about another instance of the story's kind of event: an earlier quake in a quake story
 * ("A powerful quake with a magnitude of 6.1 struck southern Iran in September"), an earlier
 * shooting by someone else in a shooting story ("Earlier this year, Amy Bishop ... was charged with
 * murder in a campus shooting"), last month's patch in a patch story. Such a sentence tells of an
 * earlier time, shares the lede's event word or gives its figure another value, and names no one
 * (person, organisation) the lede names: a sentence on the past of the lede's own person ("Lohan
 * was previously at Betty Ford"), or one that only refers back to them ("In 2007, she ..."), is
 * background of this story and stays.
 */
final class OtherInstances {
  private OtherInstances() {}

  /**
   * An earlier time: "previously", "last year", "in 2005", "years ago", "six months prior",
   * "earlier this month".
   */
  private static final Pattern EARLIER =
      Pattern.compile(
          "(?i)\\b(?:previously|earlier this (?:year|month)|last (?:year|month)"
              + "|(?:years?|months?|weeks?) (?:ago|prior)|in (?:19|20)\\d\\d)\\b");

  /**
   * "in September", "Early November", "mid-October", "at the end of July": a month named without
   * its day, of an earlier time unless it is the story's.
   */
  private static final Pattern IN_MONTH =
      Pattern.compile(
          "\\b(?:(?:[Ii]n|[Ee]arly|[Ll]ate|[Aa]t the (?:end|start|beginning) of) |[Mm]id-?)("
              + EnglishWords.anyFullMonth()
              + ")\\b(?! \\d{1,2}\\b)");

  /**
   * Whether {@code c} tells another instance of the lede's event; {@code latest} is the day of the
   * story's latest source, when known (a month named that is the story's own is not an earlier
   * time).
   */
  static boolean another(
      Candidate c, List<Candidate> lede, StoryEntities entities, Optional<LocalDate> latest) {
    if (lede.isEmpty() || lede.contains(c) && c == lede.get(0) || !earlier(c.text, latest)) {
      return false;
    }
    Set<String> ledeNames = new HashSet<>();
    Set<String> ledeEvents = new HashSet<>();
    for (Candidate l : lede) {
      if (l == c) {
        continue;
      }
      ledeNames.addAll(names(l.entityKeys, entities));
      ledeEvents.addAll(l.signature().events());
    }
    Set<String> own = names(c.entityKeys, entities);
    if (own.isEmpty() && refersBack(c.text)) {
      return false; // "The popular talkshow host also fronted the Emmys in 2001": the story's own
    }
    Set<String> ledeWords = new HashSet<>();
    ledeNames.forEach(n -> ledeWords.add(lastWord(n)));
    own.removeIf(n -> !ledeWords.contains(lastWord(n)));
    if (!own.isEmpty() && onlyOwning(c.text, own) && persons(othersIn(c, own), entities)) {
      // "Six months prior to this incident, Deputy Ortiz's brother-in-law, Corrections Officer
      // Manuel A. Gonzalez, ... was stabbed to death": another person's event, the story's person
      // named only as a relative's
      own.clear();
    }
    if (!own.isEmpty()) {
      // The past of the story's own person stays ("DeGeneres previously hosted"); the same body's
      // earlier act of the story's kind is another instance ("A year ago, the Sixers fired
      // president Billy King" in a coach's firing story; last month's patch in a patch story).
      return !persons(own, entities) && opensWithBody(c.text, own) && sameKind(c, lede);
    }
    if (toldInOpening(c, lede) || namesOpeningsPlace(c.text, ledeNames)) {
      return false; // "charged with killing two women in a Staunton ice cream shop 41 years ago"
    }
    if (!Collections.disjoint(c.signature().events(), ledeEvents) || sameKind(c, lede)) {
      return true;
    }
    for (Figures.Figure f : Figures.in(c.text)) {
      for (Candidate l : lede) {
        for (Figures.Figure g : Figures.in(l.text)) {
          if (l != c
              && f.key().equals(g.key())
              && !new Figures.Reported(f, c.doc.day)
                  .oneFactWith(new Figures.Reported(g, l.doc.day))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Sentences read at the top of each article for the names its event is told with. */
  static final int LEAD_SENTENCES = 3;

  /**
   * Articles that, naming someone anywhere, make them one of the story's own (and at least half of
   * the story's: the Cannes heist a Paris heist's articles all recall is not).
   */
  static final int NAMED_IN_DOCS = 3;

  /**
   * The last words (lower case) of the names the story's own event is told with: every name of the
   * opening, each name two or more articles give in their first {@value #LEAD_SENTENCES} sentences,
   * and each name half the articles (at least {@value #NAMED_IN_DOCS}) give. A name one article
   * gives further down (an undercard boxer, another city's shooting) is not one of them. Last
   * words, so that "Gray" is "Kimani Gray" and "Miles Vinar" is of the Vinar story.
   */
  static Set<String> coreNames(List<Doc> docs, StoryEntities entities, List<Candidate> lede) {
    Set<String> core = new HashSet<>();
    lede.forEach(l -> l.entityKeys.forEach(k -> core.add(lastWord(k))));
    Map<String, Integer> leads = new HashMap<>();
    for (Doc d : docs) {
      Set<String> named = new HashSet<>();
      for (int i = 0; i < Math.min(LEAD_SENTENCES, d.sentences.size()); i++) {
        named.addAll(entities.in(d, d.sentences.get(i)));
      }
      named.forEach(k -> leads.merge(k, 1, Integer::sum));
    }
    Map<String, Set<String>> docsOfWord = new HashMap<>();
    for (Entity e : entities.entities) {
      String w = lastWord(e.canonical());
      e.mentions().forEach(m -> docsOfWord.computeIfAbsent(w, k -> new HashSet<>()).add(m.docId()));
      if (leads.getOrDefault(e.canonical(), 0) >= 2) {
        core.add(w);
      }
    }
    int often = Math.max(NAMED_IN_DOCS, (docs.size() + 1) / 2);
    docsOfWord.forEach(
        (w, in) -> {
          if (in.size() >= often) {
            core.add(w);
          }
        });
    return core;
  }

  /**
   * Whether a sentence names places and none of them is one the story's event is told with ({@code
   * core}, {@link #coreNames}): "killed by a quake in eastern China" in the story of a quake in
   * Iran.
   */
  static boolean onlyOtherPlaces(String text, StoryEntities entities, Set<String> core) {
    boolean any = false;
    for (Entity e : entities.entities) {
      if (e.type() != EntityType.PLACE) {
        continue;
      }
      String w = lastWord(e.canonical());
      if (Words.lowerWords(text).contains(w) && Character.isUpperCase(firstLetterOf(text, w))) {
        if (core.contains(w)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The first letter of {@code lowerWord} where it is written in {@code text}, or a space. */
  private static char firstLetterOf(String text, String lowerWord) {
    int at = text.toLowerCase(Locale.ROOT).indexOf(lowerWord);
    return at < 0 ? ' ' : text.charAt(at);
  }

  private static String lastWord(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
    return parts[parts.length - 1].replaceAll("['’]s$", "");
  }

  /**
   * Whether {@code c} tells of other participants, naming no one and nothing the story's event is
   * told with ({@code core}): other people or bodies at an earlier time; or the story's kind of
   * event ({@link EventKinds}) with another person, not as a source quoted ("Former champion
   * Riddick Bowe returned to the ring with a decision win over Gene Pukall" in a Klitschko fight
   * story); or another place with a word that sets it apart ("Thieves also targeted the Cannes film
   * festival" in a Paris heist story; an earlier time).
   */
  static boolean elsewhere(
      Candidate c,
      List<Candidate> lede,
      StoryEntities entities,
      Set<String> core,
      Optional<LocalDate> latest) {
    if (lede.isEmpty() || lede.contains(c)) {
      return false;
    }
    if (anotherOfKind(c.text, lede)) {
      return true; // "Paris also witnessed another dramatic robbery on Sunday night" (a heist
      // story)
    }
    if (refersBack(c.text)) {
      return false;
    }
    Set<String> ledeWords = new HashSet<>();
    lede.forEach(l -> l.entityKeys.forEach(k -> ledeWords.add(lastWord(k))));
    boolean otherPerson = false;
    boolean otherPlace = false;
    boolean otherBody = false;
    boolean unlikeOpening = true;
    boolean coreNamed = false;
    // Whether the story's own people or bodies are named: a place every instance shares
    // ("Georgia", "Fulton County") does not make a conviction of other men the story's own.
    boolean coreActorNamed = false;
    Set<String> placeWords = new HashSet<>();
    for (Entity e : entities.entities) {
      if (e.type() == EntityType.PLACE) {
        placeWords.add(lastWord(e.canonical()));
      }
    }
    for (String w : Words.lowerWords(c.text)) {
      // "Page began modeling in 1950": the story's own person, though the sentence's name is not
      // resolved to her
      boolean named = core.contains(w) && Character.isUpperCase(firstLetterOf(c.text, w));
      coreNamed |= named;
      coreActorNamed |= named && !placeWords.contains(w);
    }
    for (Entity e : entities.entities) {
      if (!c.entityKeys.contains(e.canonical())) {
        continue;
      }
      boolean named = core.contains(lastWord(e.canonical()));
      coreNamed |= named;
      coreActorNamed |= named && e.type() != EntityType.PLACE;
      unlikeOpening &= !ledeWords.contains(lastWord(e.canonical()));
      otherPerson |= e.type() == EntityType.PERSON;
      otherPlace |= e.type() == EntityType.PLACE;
      otherBody |= e.type() == EntityType.ORGANIZATION;
    }
    boolean past = earlier(c.text, latest);
    if (!coreNamed && past && (otherPerson || otherBody) && !toldInOpening(c, lede)) {
      return true; // "In December 2008, three men emptied the Harry Winston store" in a 2009 heist
    }
    if (!sameKind(c, lede)) {
      return false;
    }
    if (!coreActorNamed && otherPerson && !SOURCE.matcher(c.text).find()) {
      return true;
    }
    // A place the opening does not name, set apart, though every article recalls it: "Thieves also
    // targeted the Cannes film festival" in the story of a Paris heist.
    return otherPlace && unlikeOpening && (past || SET_APART.matcher(c.text).find());
  }

  /**
   * The share of a sentence's content words the opening has, from which it tells the opening's own
   * event in other words though it names an earlier time (a story on the arrest in a 1967 double
   * murder: "charged with killing two young women in a Staunton ice cream shop 41 years ago").
   */
  static final double OPENING_WORDS = 0.35;

  private static boolean toldInOpening(Candidate c, List<Candidate> lede) {
    if (c.content.isEmpty()) {
      return false;
    }
    Set<String> opening = new HashSet<>();
    for (Candidate l : lede) {
      if (l != c) {
        opening.addAll(l.content);
      }
    }
    long common = c.content.stream().filter(opening::contains).count();
    return common >= OPENING_WORDS * c.content.size();
  }

  /**
   * Whether a sentence names, in any case, a name of two or more words the opening gives ("High's
   * Ice Cream Shop" / "a Staunton ice cream shop"): the opening's own scene.
   */
  private static boolean namesOpeningsPlace(String text, Set<String> ledeNames) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String n : ledeNames) {
      if (n.contains(" ") && lower.contains(n.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "another dramatic robbery", "a separate attack": words that count a further event ("a second
   * bomb" may be feared at the same scene).
   */
  private static final Pattern ANOTHER =
      Pattern.compile("(?i)\\b(?:another|a separate|a similar)((?: [\\w-]+){1,3})");

  /** Whether a sentence counts another event of a kind the opening tells ("another robbery"). */
  static boolean anotherOfKind(String text, List<Candidate> lede) {
    Set<String> ledeKinds = new HashSet<>();
    lede.forEach(l -> ledeKinds.addAll(EventKinds.of(l.text, l.signature().events())));
    Matcher m = ANOTHER.matcher(text);
    while (m.find()) {
      Set<String> kinds = EventKinds.of(m.group(1), FactSignature.of(m.group(1)).events());
      if (!Collections.disjoint(kinds, ledeKinds)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence tells an event of a kind the opening tells. */
  static boolean sameKind(Candidate c, List<Candidate> lede) {
    Set<String> ledeKinds = new HashSet<>();
    for (Candidate l : lede) {
      if (l != c) {
        ledeKinds.addAll(EventKinds.of(l.text, l.signature().events()));
      }
    }
    return !Collections.disjoint(EventKinds.of(c.text, c.signature().events()), ledeKinds);
  }

  /** Words that tell a second instance: "Thieves also targeted", "another attack", "a similar". */
  private static final Pattern SET_APART =
      Pattern.compile("(?i)\\b(?:also|another|similar|separate|separately)\\b");

  /** A source quoted: the people it names may be officials speaking of the story's own event. */
  private static final Pattern SOURCE =
      Pattern.compile(
          "(?i)\\b(?:said|says|told|tells|warned|added|explained|according to|reported|reports"
              + "|announced|confirmed|stated)\\b");

  /** Whether a sentence tells of an earlier time than the story's. */
  static boolean earlier(String text, Optional<LocalDate> latest) {
    if (EARLIER.matcher(text).find()) {
      return true;
    }
    Matcher m = IN_MONTH.matcher(text);
    while (m.find()) {
      Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      if (latest.isEmpty() || latest.get().getMonth() != month) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people and organisations among a sentence's entity keys: places and other names ("Qeshm",
   * "Oscars") are shared by every instance of the event there.
   */
  private static Set<String> names(Set<String> keys, StoryEntities entities) {
    Set<String> out = new HashSet<>();
    for (Entity e : entities.entities) {
      boolean actor = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
      if (actor && keys.contains(e.canonical())) {
        out.add(e.canonical());
      }
    }
    return out;
  }

  /**
   * How far into a sentence a body's name stands when it is the one acting ("A year ago, the
   * Sixers").
   */
  static final int SUBJECT_CHARS = 40;

  /** Whether one of the bodies' names opens the sentence: it is who acts, not where. */
  private static boolean opensWithBody(String text, Set<String> bodies) {
    String head = text.substring(0, Math.min(text.length(), SUBJECT_CHARS + 20));
    for (String b : bodies) {
      int at = head.indexOf(b);
      if (at < 0) {
        at = head.indexOf(lastWordAsWritten(b));
      }
      if (at >= 0 && at <= SUBJECT_CHARS) {
        return true;
      }
    }
    return false;
  }

  private static String lastWordAsWritten(String name) {
    String[] parts = name.split("\\s+");
    return parts[parts.length - 1];
  }

  /**
   * A relative or companion after an owner's name: "Ortiz's brother-in-law" is someone else;
   * "Klitschko's record" is still Klitschko's.
   */
  private static final String RELATIVE =
      "['’]s (?:(?:late|former|younger|older|elder|own) )?(?:brother|sister|son|daughter|wife"
          + "|husband|father|mother|cousin|uncle|aunt|nephew|niece|friend|partner|fianc[eé]e?"
          + "|girlfriend|boyfriend|colleague|grandson|granddaughter|stepson|stepdaughter)"
          + "(?:\\s?-\\s?in\\s?-\\s?law)?\\b";

  /**
   * Whether each of {@code names} is written in {@code text} only as a relative's ("Ortiz's
   * brother-in-law"), by its last word.
   */
  static boolean onlyOwning(String text, Set<String> names) {
    for (String n : names) {
      Matcher m =
          Pattern.compile("\\b" + Pattern.quote(lastWordAsWritten(n)) + "\\b(" + RELATIVE + ")?")
              .matcher(text);
      boolean any = false;
      while (m.find()) {
        any = true;
        if (m.group(1) == null) {
          return false;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** The entity keys of {@code c} other than {@code own}. */
  private static Set<String> othersIn(Candidate c, Set<String> own) {
    Set<String> out = new HashSet<>(c.entityKeys);
    out.removeAll(own);
    return out;
  }

  private static boolean persons(Set<String> keys, StoryEntities entities) {
    for (Entity e : entities.entities) {
      if (e.type() == EntityType.PERSON && keys.contains(e.canonical())) {
        return true;
      }
    }
    return false;
  }

  /** A sentence opening with a pronoun or a definite description: it tells of someone named. */
  private static boolean refersBack(String text) {
    return REFERS_BACK.matcher(text).find() || FactText.opensWithDescription(text);
  }

  private static final Pattern REFERS_BACK =
      Pattern.compile(
          "^(?:[A-Z][^,]{0,40}, )?(?:he|she|they|his|her|their|it|its)\\b",
          Pattern.CASE_INSENSITIVE);
}
