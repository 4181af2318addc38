package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import dev.lede.write.SeoAnalyzer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clauses cut verbatim from a published sentence at a clause boundary, and the keyphrase-led
 * headline made of them (the keyphrase followed by a clause; a full name that the keyphrase already
 * gives is shortened to its last word: "Lindsay Lohan rehab: Lohan has checked into ..."). The
 * planner uses these to judge which keyphrase the opening sentences carry; {@link Headlines} falls
 * back on a verbatim clause when no sentence compresses into a news headline. Whether a cut reads
 * whole is {@link ClauseCuts}'.
 */
public final class Clauses {
  private static final int HEADLINE_MAX = Headlines.HEADLINE_MAX;

  /**
   * Where a clause may end: before a comma, dash, colon, or a word that opens a subordinate part.
   */
  private static final Pattern BOUNDARY =
      Pattern.compile(
          ",\\s|;\\s|:\\s|\\s(?:--|–|—)\\s|(?<![-‐])\\s(?=(?:on|in|at|after|with|who|which|when|while"
              + "|because|following|despite|amid|during|since|before|as|for|from|over|than"
              + "|and|but|where|whose|by|until|according)\\s)");

  private static final Pattern NAME_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*)+");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "after",
          "before",
          "when",
          "while",
          "although",
          "though",
          "as",
          "since",
          "because",
          "if",
          "unless",
          "until",
          "once",
          "despite",
          "following",
          "amid",
          "according",
          "in",
          "on",
          "at",
          "with",
          "by",
          "for",
          "from",
          "during",
          "whether",
          "where",
          "who",
          "which");

  private Clauses() {}

  /**
   * The headline, at most {@value #HEADLINE_MAX} chars, carrying the keyphrase and reading like a
   * news site's. Tried on the first sentences in order, the first that gives one wins:
   *
   * <ol>
   *   <li>a main clause of the sentence that itself holds every keyphrase word, its subject's
   *       surname given in full when the keyphrase has the full name ("Tara Reid has entered a
   *       rehab program");
   *   <li>the keyphrase, a colon and a main clause that shares no word with it ("Lee Jae-myung Xi
   *       Jinping summit: Seoul asks Beijing to mediate").
   * </ol>
   *
   * Failing both, the keyphrase and a colon before a clause, names the keyphrase gives shortened to
   * their last word: from the lede's sentences, then the later ones up to the {@value
   * #FALLBACK_FROM}th; in each, a clause that repeats no word first, then one that repeats only a
   * name, then any, each sentence offering only its longest clause that fits. Failing that, the
   * keyphrase and the fixed label "{@value #FALLBACK_LABEL}" (the keyphrase alone for Korean). A
   * clause is cut verbatim at a clause boundary, opens on neither a pronoun nor a subordinate or
   * time word, has a verb before any subordinate part, and ends on no dangling word; a clause cut
   * from a longer sentence keeps what its verb needs ({@link ClauseCuts#cutShort}). Korean clauses
   * take the noun-ending style of Korean headlines ({@link Korean#headlineClause}).
   */
  public static String headline(String keyphrase, List<WrittenSentence> sentences) {
    String kp = Trimmer.capitalize(keyphrase.strip());
    if (kp.length() > HEADLINE_MAX) {
      return cutAtWord(kp, HEADLINE_MAX);
    }
    Optional<String> natural = natural(keyphrase, sentences);
    if (natural.isPresent()) {
      return natural.get();
    }
    boolean korean = Korean.isKorean(keyphrase);
    int budget = HEADLINE_MAX - kp.length() - 2;
    int from = Math.min(sentences.size(), FALLBACK_FROM);
    Set<String> kpStems = new HashSet<>();
    kpContent(keyphrase).forEach(w -> kpStems.add(Words.stem(w)));
    // The lede's sentences before the later ones. In each range a clause that repeats no word
    // comes first, then one that repeats only a name ("Esther Williams death: Williams has died"),
    // then any; and a sentence gives only its longest clause that fits, never one cut shorter
    // just to avoid a repeat ("Nichols was saved" [from a death sentence]).
    int[][] ranges = {{0, Math.min(from, NATURAL_FROM)}, {Math.min(from, NATURAL_FROM), from}};
    for (int[] range : ranges) {
      for (int repeats = 0; repeats < 3; repeats++) {
        for (int i = range[0]; i < range[1]; i++) {
          String text =
              korean ? sentences.get(i).text() : shorten(sentences.get(i).text(), keyphrase);
          for (String c : clauses(text, budget, korean)) {
            if (korean) {
              // "이대호, 9경기 연속 …" after "이대호 달성:": the subject is already said.
              int comma = c.indexOf(", ");
              if (comma > 0 && keyphrase.contains(c.substring(0, comma))) {
                c = c.substring(comma + 2);
              }
            }
            if (Words.count(c) < 3) {
              continue;
            }
            boolean allowed =
                repeats == 2
                    || !repeatsAWord(kp + " " + c)
                    || repeats == 1 && !repeatsAWord(c) && repeatsOnlyNames(c, kpStems);
            if (allowed) {
              return kp + ": " + c;
            }
            if (!korean) {
              break;
            }
          }
        }
      }
    }
    String pattern = kp + FALLBACK_LABEL;
    return korean || pattern.length() > HEADLINE_MAX ? kp : pattern;
  }

  /** How many of the story's sentences, in reading order, a fallback headline may come from. */
  static final int FALLBACK_FROM = 12;

  /**
   * What follows the keyphrase when no sentence gives a clause that fits: a fixed label that states
   * no fact, so the headline still reads as one.
   */
  public static final String FALLBACK_LABEL = ": what the sources report";

  /** Length of a Korean headline clause tried first: Korean news headlines run 20-40 chars. */
  static final int KOREAN_SHORT = 40;

  /** How many opening sentences a natural headline may come from: the lede's. */
  static final int NATURAL_FROM = 3;

  /**
   * The headline of one of the two natural forms (a clause holding the keyphrase, or the keyphrase
   * and a clause sharing no word with it) from the first {@value #NATURAL_FROM} sentences, when one
   * exists.
   */
  public static Optional<String> natural(String keyphrase, List<WrittenSentence> sentences) {
    return naturalAt(keyphrase, sentences).map(Natural::headline);
  }

  /** A natural headline and the index of the sentence it came from. */
  public record Natural(String headline, int sentence) {}

  /** Like {@link #natural}, with the index of the sentence the headline came from. */
  public static Optional<Natural> naturalAt(String keyphrase, List<WrittenSentence> sentences) {
    String kp = Trimmer.capitalize(keyphrase.strip());
    boolean korean = Korean.isKorean(keyphrase);
    List<String> kpWords = kpContent(keyphrase);
    Set<String> kpStems = new HashSet<>();
    for (String w : kpWords) {
      kpStems.add(Words.stem(w));
    }
    int budget = HEADLINE_MAX - kp.length() - 2;
    for (int i = 0; i < Math.min(sentences.size(), NATURAL_FROM); i++) {
      String text = sentences.get(i).text();
      for (String c : clauses(text, HEADLINE_MAX, korean)) {
        String whole = Trimmer.capitalize(expandSubject(c, keyphrase));
        if (whole.length() <= HEADLINE_MAX
            && Words.count(whole) >= 4
            && SeoAnalyzer.holds(whole, kpWords)
            && !repeatsAWord(whole)) {
          return Optional.of(new Natural(whole, i));
        }
      }
      for (String c : clauses(text, budget, korean)) {
        if (Words.count(c) >= 3 && shares(c, kpStems) == 0 && !repeatsAWord(kp + " " + c)) {
          return Optional.of(new Natural(kp + ": " + c, i));
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> kpContent(String keyphrase) {
    List<String> kp = Words.contentWords(keyphrase);
    return kp.isEmpty() ? Words.lowerWords(keyphrase) : kp;
  }

  /**
   * The headline clauses of a sentence, longest first: verbatim prefixes ending at clause
   * boundaries, from its start and, when it opens on a subordinate clause or an adverbial ("After
   * she left rehab, Lohan ..."), from the main clause after it.
   */
  static List<String> clauses(String sentence, int budget, boolean korean) {
    List<String> out = new ArrayList<>();
    if (korean) {
      // Korean headlines are short: try a tight budget before the full one.
      Korean.headlineClause(sentence, Math.min(budget, KOREAN_SHORT)).ifPresent(out::add);
      Korean.headlineClause(sentence, budget).filter(c -> !out.contains(c)).ifPresent(out::add);
      return out;
    }
    String whole = stripEnd(sentence);
    List<String> variants = new ArrayList<>();
    Matcher ap = APPOSITIVE.matcher(whole);
    if (ap.find() && ClauseCuts.balanced(ap.group(2))) {
      variants.add(ap.group(1) + " " + whole.substring(ap.end())); // the shorter reads better
    }
    variants.add(whole);
    // "Hugh Jackman was named on Friday as host of February's Oscars": the day is the first thing
    // a headline drops, and without it the clause may fit whole.
    for (String v : List.copyOf(variants)) {
      String timeless = TIME_ADVERBIAL.matcher(v).replaceAll("");
      if (!timeless.equals(v) && Words.count(timeless) >= 3) {
        variants.add(variants.indexOf(v), timeless);
      }
    }
    for (String s : variants) {
      clausesOf(s, budget, out);
    }
    return out;
  }

  /**
   * A name and an aside between commas right after it, before the verb: "Esther Williams, the
   * swimming champion turned actress, has died" reads "Esther Williams has died".
   */
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          "^((?:[\\p{Lu}][\\p{L}'’.-]*\\s)*[\\p{Lu}][\\p{L}'’.-]*), ([^,;:]{2,120}), (?=\\p{Ll})");

  /** A day or time of day named in passing, after a verb or its object. */
  private static final Pattern TIME_ADVERBIAL =
      Pattern.compile(
          "(?<=\\p{Ll})\\s(?:on\\s)?(?:(?:early|late)\\s)?"
              + EnglishWords.anyWeekday()
              + "(?:\\s(?:morning|afternoon|evening|night))?(?=[\\s,.])"
              + "|(?<=\\p{Ll})\\s(?:yesterday|today|tonight|this\\s(?:morning|afternoon|evening))"
              + "(?=[\\s,.])");

  private static void clausesOf(String s, int budget, List<String> out) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    List<String> first = Words.lowerWords(s);
    int comma = s.indexOf(", ");
    if (!first.isEmpty()
        && comma > 0
        && comma < s.length() * 0.6
        && (SUBORDINATORS.contains(first.get(0)) || participleOpener(first))) {
      starts.add(comma + 2);
    }
    for (int start : starts) {
      String rest = s.substring(start);
      List<Integer> ends = new ArrayList<>();
      Matcher m = BOUNDARY.matcher(rest);
      while (m.find()) {
        ends.add(m.start());
      }
      ends.add(rest.length());
      for (int k = ends.size() - 1; k >= 0; k--) {
        String c = stripEnd(rest.substring(0, ends.get(k)));
        if (k < ends.size() - 1
            && (cutTail(c)
                || beforeWord(rest, ends.get(k)) && toVerb(c)
                || ClauseCuts.cutShort(c))) {
          continue;
        }
        if (c.length() <= budget
            && Words.count(c) >= 3
            && ClauseCuts.balanced(c)
            && !ClauseCuts.badEnding(c)
            && !subordinateStart(c)
            && !ClauseCuts.danglingStart(c)
            && !ClauseCuts.openAside(c)
            && !ATTRIBUTION_TAIL.matcher(c).find()
            && ClauseCuts.hasVerb(c)
            && ClauseCuts.hasMainVerb(c)
            && !ClauseCuts.openDash(c)
            && !ClauseCuts.cutComplement(c)) {
          out.add(Trimmer.capitalize(c));
        }
      }
    }
  }

  /** "Esther Williams, the swimming champion who starred": an aside after the name never closed. */
  static final Pattern NAME_THEN_COMMA =
      Pattern.compile("^(?:[\\p{Lu}][\\p{L}'’.-]*\\s)*[\\p{Lu}][\\p{L}'’.-]*, ");

  /** ", her publicist told People": who said it belongs in the story, not the headline. */
  private static final Pattern ATTRIBUTION_TAIL =
      Pattern.compile(
          ",\\s[^,]{0,60}\\b(?:said|says|told|tells|reported|reports|added|announced|according)"
              + "\\b[^,]*$");

  /**
   * "…Cheeks on Saturday, one day": a cut clause whose last comma part is a few lower-case words,
   * the start of what was cut off. A name there ("Woodburn, Oregon") is whole.
   */
  private static boolean cutTail(String c) {
    int comma = c.lastIndexOf(", ");
    if (comma < 0) {
      return false;
    }
    String tail = c.substring(comma + 2);
    List<Token> words = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(tail)) {
      if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
        words.add(t);
      }
    }
    return words.size() <= 3 && words.stream().noneMatch(Token::isCapitalized);
  }

  /** Whether a cut at {@code at} falls before a word (a preposition), not at punctuation. */
  private static boolean beforeWord(String s, int at) {
    return at < s.length()
        && Character.isWhitespace(s.charAt(at))
        && at + 1 < s.length()
        && Character.isLetter(s.charAt(at + 1));
  }

  /** "… the deadline to hand" cut before "over": an infinitive that lost its particle or object. */
  private static boolean toVerb(String c) {
    List<String> w = Words.lowerWords(c);
    return w.size() >= 2 && w.get(w.size() - 2).equals("to");
  }

  /** A capitalised word that may be a subject's name: not a number, article or acronym. */
  static boolean nameLike(String w) {
    String lw = w.toLowerCase(Locale.ROOT);
    return Character.isUpperCase(w.charAt(0))
        && !w.equals(w.toUpperCase(Locale.ROOT))
        && !Words.STOPWORDS.contains(lw)
        && !Words.NUMBER_WORDS.contains(lw);
  }

  /** A clause opening on the surname of a full name in the keyphrase gets the full name. */
  static String expandSubject(String clause, String keyphrase) {
    Matcher m = NAME_RUN.matcher(keyphrase);
    while (m.find()) {
      String full = m.group();
      String last = full.substring(full.lastIndexOf(' ') + 1);
      if (clause.startsWith(last + " ") && !clause.contains(full)) {
        return full + clause.substring(last.length());
      }
    }
    return clause;
  }

  /** How many of {@code stems} the text's content words hit. */
  private static int shares(String text, Set<String> stems) {
    int n = 0;
    for (String w : Words.contentWords(text)) {
      n += stems.contains(Words.stem(w)) ? 1 : 0;
    }
    return n;
  }

  /** Whether every word the clause shares with the keyphrase is capitalised there: a name. */
  private static boolean repeatsOnlyNames(String clause, Set<String> kpStems) {
    for (Token t : Tokenizer.tokenize(clause)) {
      if (t.kind() == Token.Kind.WORD
          && !t.isCapitalized()
          && kpStems.contains(Words.stem(t.text().toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a content word (by stem) occurs twice. */
  static boolean repeatsAWord(String text) {
    Set<String> seen = new HashSet<>();
    for (String w : Words.contentWords(text)) {
      if (!seen.add(Words.stem(w))) {
        return true;
      }
    }
    return false;
  }

  /** "After telling People", "Speaking to reporters": not a main clause. */
  private static boolean subordinateStart(String c) {
    List<String> w = Words.lowerWords(c);
    return w.isEmpty() || SUBORDINATORS.contains(w.get(0)) || participleOpener(w);
  }

  /**
   * "Speaking to reporters, ...": an opening participle; "Boeing had been suspended" opens on a
   * name that only looks like one, since a verb follows it.
   */
  private static boolean participleOpener(List<String> w) {
    if (w.isEmpty() || !w.get(0).endsWith("ing") || w.get(0).length() <= 5) {
      return false;
    }
    return w.size() < 2 || !(ClauseCuts.AUXILIARIES.contains(w.get(1)) || w.get(1).endsWith("ed"));
  }

  static String stripEnd(String s) {
    String t = s.strip();
    while (!t.isEmpty() && ".,;:!?-–— ".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** Shortens full names that the keyphrase already carries to their last word. */
  static String shorten(String text, String keyphrase) {
    Matcher m = NAME_RUN.matcher(text);
    StringBuilder b = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String run = m.group();
      if (keyphrase.contains(run) && run.contains(" ")) {
        b.append(text, last, m.start());
        b.append(run.substring(run.lastIndexOf(' ') + 1));
        last = m.end();
      }
    }
    b.append(text.substring(last));
    return b.toString();
  }

  private static String cutAtWord(String s, int max) {
    int cut = s.lastIndexOf(' ', max);
    return (cut > 0 ? s.substring(0, cut) : s.substring(0, max)).strip();
  }
}
