package dev.lede.write.internal;

import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the words of an English text that can name its event, each with the position it was read
 * at. One job: the grammar of a single occurrence, no scoring. In order:
 *
 * <ol>
 *   <li>a capitalised word, a number or a function word is no event word;
 *   <li>a noun that modifies the next one is not the head of its phrase ("attack helicopter", "fire
 *       - bomb attack", "rehab program", "bondholder offers"): it is skipped;
 *   <li>a head whose modifier changes its sense ("heart attack", "cardiac arrest", "opened fire")
 *       or that stands for a quantity ("a host of features") is skipped, or read as the event it
 *       does name ("opened fire" is a shooting);
 *   <li>a verb ("has died", "to host", "Apple announces Mac OS X") gives the event noun it stands
 *       for ("death", "host") when one is known, else nothing: "announces" is never an event word.
 * </ol>
 *
 * A verb's event noun is a candidate only where the story's sources write that noun themselves (the
 * caller checks), so the keyphrase keeps to the sources' words.
 */
final class EventWords {
  private EventWords() {}

  /**
   * One event-word reading: the stem it counts under, the form written, and where in its text it
   * stood (0 at the start, 1 at the end).
   *
   * @param fromVerb whether a verb stood for it (then {@code written} is the noun, not in the text)
   * @param context whether it stood after a word that opens the circumstances ({@link
   *     #CONTEXT_OPENERS})
   */
  record Occurrence(
      String stem, String written, double position, boolean fromVerb, boolean context) {}

  /**
   * Words after which a sentence gives the circumstances, not the event: "killed three people as
   * police fought protesters furious at budget cuts", "died after a heart attack".
   */
  static final Set<String> CONTEXT_OPENERS =
      Set.of("as", "amid", "after", "because", "following", "despite", "while", "since", "before");

  /** Nouns that name what happens in news: the best event words. */
  static final Set<String> EVENT_NOUNS =
      stems(
          List.of(
              "fire",
              "blaze",
              "arson",
              "earthquake",
              "quake",
              "tsunami",
              "storm",
              "hurricane",
              "typhoon",
              "tornado",
              "flood",
              "floods",
              "flooding",
              "crash",
              "collision",
              "derailment",
              "explosion",
              "blast",
              "bombing",
              "bomb",
              "firebomb",
              "attack",
              "shooting",
              "shootout",
              "stabbing",
              "murder",
              "homicide",
              "manslaughter",
              "killing",
              "killings",
              "slayings",
              "massacre",
              "death",
              "arrest",
              "raid",
              "robbery",
              "heist",
              "theft",
              "hijacking",
              "kidnapping",
              "rescue",
              "riot",
              "rioting",
              "protest",
              "strike",
              "rehab",
              "overdose",
              "trial",
              "verdict",
              "sentence",
              "sentencing",
              "conviction",
              "acquittal",
              "lawsuit",
              "indictment",
              "charges",
              "resignation",
              "dismissal",
              "firing",
              "hiring",
              "appointment",
              "nomination",
              "election",
              "vote",
              "voting",
              "referendum",
              "summit",
              "talks",
              "negotiations",
              "deal",
              "agreement",
              "treaty",
              "merger",
              "acquisition",
              "takeover",
              "bankruptcy",
              "layoffs",
              "cuts",
              "recall",
              "outage",
              "breach",
              "hack",
              "leak",
              "scandal",
              "investigation",
              "probe",
              "inquiry",
              "ban",
              "sanctions",
              "ceasefire",
              "invasion",
              "war",
              "coup",
              "escape",
              "manhunt",
              "capture",
              "outbreak",
              "epidemic",
              "pandemic",
              "injury",
              "surgery",
              "retirement",
              "transfer",
              "signing",
              "contract",
              "offer",
              "bid",
              "launch",
              "landing",
              "flight",
              "delivery",
              "eruption",
              "landslide",
              "avalanche",
              "drought",
              "wildfire",
              "evacuation",
              "collapse",
              "sinking",
              "shipwreck",
              "piracy",
              "pirates",
              "hostage",
              "execution",
              "funeral",
              "wedding",
              "divorce",
              "award",
              "victory",
              "defeat",
              "title",
              "crown",
              "budget",
              "tax",
              "tariffs",
              "reform",
              "bill",
              "law",
              "rules",
              "regulations",
              "ruling",
              "appeal",
              "pardon",
              "meeting",
              "speech",
              "keynote",
              "debate",
              "interview",
              "announcement",
              "study",
              "survey",
              "vulnerability",
              "patch",
              "spill",
              "host",
              "sequel",
              "loan",
              "loans",
              "bailout",
              "package",
              "jobs",
              "prices",
              "fall",
              "plunge",
              "slump",
              "rally",
              "losses",
              "profit",
              "loss",
              "accident",
              "incident",
              "delay",
              "drop",
              "gains",
              "knockout",
              "fight",
              "bout",
              "vigil",
              "closure",
              "shutdown",
              "crackdown",
              "clashes",
              "violence",
              "unrest",
              "uprising",
              "demonstration",
              "demonstrations",
              "boycott",
              "walkout",
              "veto",
              "impeachment",
              "fraud",
              "corruption",
              "bribery",
              "assault",
              "suicide",
              "disappearance",
              "discovery",
              "premiere",
              "debut",
              "sale",
              "auction",
              "buyout",
              "stimulus",
              "hike",
              "recession",
              "crisis",
              "emergency",
              "shortage",
              "lockout",
              "suspension",
              "expulsion",
              "deportation",
              "extradition",
              "ceremony",
              "festival",
              "tournament",
              "championship",
              "win",
              "comeback",
              "injuries",
              "overturn",
              "reversal",
              "approval"));

  /** Verb forms and the event noun each stands for. */
  private static final Map<String, String> VERB_EVENTS = verbEvents();

  private static Map<String, String> verbEvents() {
    Map<String, String> m = new HashMap<>();
    put(m, "death", "die", "dies", "died", "dying");
    put(m, "sentence", "sentence", "sentenced");
    put(m, "arrest", "arrest", "arrested");
    put(m, "escape", "escape", "escaped", "escapes");
    put(m, "explosion", "exploded", "explodes");
    put(m, "crash", "crash", "crashed", "crashes");
    put(m, "resignation", "resigned", "resigns", "resign");
    put(m, "election", "elected");
    put(m, "vote", "vote", "voted", "votes");
    put(m, "killing", "killed", "kills");
    put(m, "shooting", "shot", "shoots", "gunned");
    put(m, "murder", "murdered", "murders");
    put(m, "kidnapping", "kidnapped");
    put(m, "robbery", "robbed");
    put(m, "rescue", "rescued");
    put(m, "evacuation", "evacuated");
    put(m, "charges", "charged");
    put(m, "conviction", "convicted");
    put(m, "firing", "fired");
    put(m, "hiring", "hired", "hires");
    put(m, "host", "host", "hosts", "hosting", "hosted");
    put(m, "appointment", "appointed");
    put(m, "attack", "attack", "attacked");
    put(m, "bombing", "bombed");
    put(m, "stabbing", "stabbed");
    put(m, "collapse", "collapsed");
    put(m, "eruption", "erupted");
    put(m, "capture", "capture", "captured");
    put(m, "offer", "offer", "offered");
    put(m, "retirement", "retired");
    put(m, "indictment", "indicted");
    put(m, "acquittal", "acquitted");
    put(m, "launch", "launch", "launched");
    put(m, "merger", "merged");
    put(m, "acquisition", "acquired");
    put(m, "fall", "fall", "fell", "falls", "fallen");
    put(m, "plunge", "plunge", "plunged", "plunges");
    put(m, "rally", "rally", "rallied");
    put(m, "lawsuit", "sued");
    put(m, "trial", "tried");
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String noun, String... forms) {
    for (String f : forms) {
      m.put(f, noun);
    }
  }

  /** A noun whose modifier gives another sense: the pair names no event of the head. */
  private static final Set<String> OTHER_SENSE =
      Set.of(
          "heart attack",
          "panic attack",
          "asthma attack",
          "anxiety attack",
          "heart failure",
          "cardiac arrest",
          "respiratory arrest",
          "death toll",
          "death row",
          "death penalty",
          "price war",
          "hearing loss",
          "weight loss",
          "memory loss",
          "blood loss",
          "trade war",
          "under fire",
          "cease fire");

  /** "A host of features", "a storm of criticism": a quantity, not the event the noun names. */
  private static final Set<String> QUANTITIES =
      Set.of(
          "host",
          "wave",
          "spate",
          "string",
          "series",
          "flood",
          "storm",
          "raft",
          "barrage",
          "torrent",
          "rash",
          "flurry",
          "avalanche",
          "deluge");

  /** Verbs before "fire" that make it gunfire: the event is a shooting. */
  private static final Set<String> GUNFIRE = Set.of("open", "opened", "opens", "opening");

  /** Verbs and auxiliaries that never follow an event word as its modifier's head noun. */
  private static final Set<String> VERBS =
      Set.copyOf(
          List.of(
              "broke",
              "breaks",
              "spread",
              "spreads",
              "hit",
              "hits",
              "struck",
              "strikes",
              "tore",
              "tears",
              "swept",
              "sweeps",
              "began",
              "begins",
              "left",
              "leaves",
              "kills",
              "kill",
              "destroys",
              "damages",
              "rocks",
              "shakes",
              "jolts",
              "hurts",
              "injures",
              "forces",
              "sparks",
              "claims",
              "erupts",
              "rages",
              "guts",
              "engulfs",
              "continues",
              "ends",
              "comes",
              "came",
              "goes",
              "went",
              "took",
              "takes",
              "causes",
              "happened",
              "occurred",
              "occurs",
              "follows",
              "rocked",
              "shook",
              "set",
              "sets",
              "led",
              "leads",
              "sent",
              "sends",
              "made",
              "makes",
              "saw",
              "sees",
              "put",
              "puts",
              "ran",
              "runs",
              "hurt",
              "cost",
              "costs",
              "brought",
              "brings",
              "caught",
              "drew",
              "fell",
              "falls",
              "grew",
              "knocked",
              "lost",
              "won",
              "wins",
              "became",
              "becomes",
              "stands",
              "stood",
              "sank",
              "rose",
              "rises",
              "get",
              "gets",
              "got",
              "remains",
              "remained",
              "seems",
              "appears",
              "needs",
              "means",
              "helps",
              "shows",
              "keeps",
              "kept",
              "gives",
              "gave",
              "turns",
              "turned",
              "moves",
              "calls",
              "says",
              "said",
              "told",
              "tells",
              "reports",
              "quoted",
              "news",
              "today",
              "yesterday",
              "tonight",
              "earlier",
              "later",
              "again",
              "too",
              "first",
              "last",
              "next",
              "once",
              "now"));

  /** Words after which a word is a verb's bare form ("to host", "will host"). */
  private static final Set<String> BEFORE_VERB =
      Set.of(
          "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did",
          "does", "do", "not", "n't", "never");

  /** Words after which a following "-s" word is a noun, not a verb ("the talks", "his cuts"). */
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this", "that",
          "these", "those", "any", "no", "some", "every", "each", "of");

  /** Words that open a noun phrase object: after them the word before is a verb. */
  private static final Set<String> OBJECT_OPENERS =
      Set.of(
          "the", "a", "an", "his", "her", "its", "their", "our", "him", "them", "it", "out", "up",
          "off", "down", "back");

  private static Set<String> stems(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(Words.stem(w));
    }
    return Set.copyOf(out);
  }

  /** Whether a stem is a known event noun. */
  static boolean isEventNoun(String stem) {
    return EVENT_NOUNS.contains(stem);
  }

  /** The event noun a verb form stands for, if one is known. */
  static Optional<String> eventOfVerb(String lowerWord) {
    return Optional.ofNullable(VERB_EVENTS.get(lowerWord));
  }

  /**
   * The event-word readings of a text, in order. {@code accept} filters the lower-cased words (the
   * caller's stop lists); verbs are read through {@link #eventOfVerb} whatever it says. A
   * capitalised word is read only where its capital comes from its position (the first word, or a
   * title-case headline) and {@code writtenLowerCase} says the sources write it in lower case.
   */
  static List<Occurrence> read(
      String text, Predicate<String> accept, Predicate<String> writtenLowerCase) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) {
      tokens.add(t);
    }
    boolean titleCase = titleCase(tokens);
    List<Occurrence> out = new ArrayList<>();
    int length = Math.max(1, text.length());
    boolean context = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      if (i > 0 && CONTEXT_OPENERS.contains(lower(tokens.get(i - 1)))) {
        context = true;
      }
      if (t.isCapitalized()) {
        // "Bankruptcy for U.S. automaker GM ...", "Driver Charged In Fatal Crash": a capital that
        // only the position or the title style gives is no name.
        boolean byPosition = i == firstWord(tokens) || titleCase;
        String lw = t.text().toLowerCase(Locale.ROOT);
        // "76ers Fire Coach Jim O'Brien": in title case a word before another capital may be a
        // verb or a modifier; only a word that ends its phrase is read.
        boolean beforeCapital =
            titleCase && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized();
        if (!byPosition
            || beforeCapital
            || t.text().chars().skip(1).anyMatch(Character::isUpperCase)
            || !writtenLowerCase.test(lw)) {
          continue;
        }
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      double pos = (double) t.start() / length;
      String prev = i > 0 ? lower(tokens.get(i - 1)) : "";
      Token nextToken = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (GUNFIRE.contains(prev) && w.equals("fire")) {
        out.add(new Occurrence("shooting", "shooting", pos, true, context));
        continue;
      }
      boolean quantity =
          QUANTITIES.contains(w)
              && (prev.equals("a") || prev.equals("an"))
              && nextToken != null
              && lower(nextToken).equals("of");
      if (OTHER_SENSE.contains(prev + " " + w) || quantity) {
        continue;
      }
      if (isVerbUse(tokens, i, w, prev, nextToken)) {
        boolean c = context;
        eventOfVerb(w).ifPresent(n -> out.add(new Occurrence(Words.stem(n), n, pos, true, c)));
        continue;
      }
      if (modifiesNext(tokens, i)) {
        continue;
      }
      if (accept.test(w)) {
        out.add(new Occurrence(Words.stem(w), t.text(), pos, false, context));
      }
    }
    return out;
  }

  private static int firstWord(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == Token.Kind.WORD) {
        return i;
      }
    }
    return -1;
  }

  /** A headline written in title case: most of its longer words capitalised. */
  private static boolean titleCase(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.WORD && t.text().length() >= 4) {
        words++;
        capitalised += t.isCapitalized() ? 1 : 0;
      }
    }
    return words >= 3 && capitalised * 4 >= words * 3;
  }

  private static boolean isVerbUse(
      List<Token> tokens, int i, String w, String prev, Token nextToken) {
    if (w.endsWith("ed") && !isEventNoun(Words.stem(w)) || w.equals("died") || w.equals("shot")) {
      return true;
    }
    if (VERB_EVENTS.containsKey(w) && !isEventNoun(Words.stem(w))) {
      return true; // "dies", "kills", "hosting": no noun reading worth keeping
    }
    if (BEFORE_VERB.contains(prev)) {
      return true;
    }
    String next = nextToken == null ? "" : lower(nextToken);
    // "Apple announces Mac OS X", "Boeing rolls out", "Obama overturns Bush rule": a present-tense
    // verb after a name, before an object.
    boolean afterName =
        i > 0 && tokens.get(i - 1).isCapitalized() && !tokens.get(i).isCapitalized();
    boolean beforeObject =
        nextToken != null
            && (nextToken.isCapitalized()
                || OBJECT_OPENERS.contains(next)
                || nextToken.kind() == Token.Kind.NUMBER);
    return w.endsWith("s") && !DETERMINERS.contains(prev) && afterName && beforeObject;
  }

  /**
   * Whether the word at {@code i} modifies a noun after it: the next word is lower case, a content
   * word and likely a noun (not a verb, adverb, participle or preposition), or it is joined to the
   * next by a spaced hyphen ("fire - bomb").
   */
  static boolean modifiesNext(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token n = tokens.get(i + 1);
    if (n.kind() == Token.Kind.PUNCTUATION
        && (n.text().equals("-") || n.text().equals("‐"))
        && i + 2 < tokens.size()
        && tokens.get(i + 2).kind() == Token.Kind.WORD
        && !tokens.get(i + 2).isCapitalized()
        && n.start() == tokens.get(i).end() + 1) {
      return true;
    }
    if (n.kind() != Token.Kind.WORD || n.isCapitalized() || n.start() > tokens.get(i).end() + 1) {
      return false;
    }
    String w = n.text().toLowerCase(Locale.ROOT);
    return w.chars().allMatch(c -> Character.isLetter(c) || c == '-')
        && !Words.STOPWORDS.contains(w)
        && !VERBS.contains(w)
        && !(w.length() > 4 && (w.endsWith("ed") || w.endsWith("ly") || w.endsWith("ing")))
        && !Words.NUMBER_WORDS.contains(w);
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
