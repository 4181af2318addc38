package dev.lede.write.internal;

import dev.lede.model.SourceSpan;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one source sentence into a publishable draft, in this order: rejects sentences that are not
 * prose (headlines, captions, bylines, half of a quote, links); cuts a wire dateline ("LONDON (CNN)
 * --"); drops an opening connective ("But", "However,") that only made sense after the sentence
 * before it; cuts short asides in brackets or between dashes; replaces an opening "He" or "She" by
 * the one person named in the sentence before, citing that sentence too; marks other opening
 * pronouns as dangling. Every kept piece is an exact range of the article, so the draft's quotes
 * are exact substrings by construction.
 */
public final class Trimmer {
  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 70;

  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:[A-Z][A-Za-z.'’ ,-]{0,60}?\\s*)?\\((?:CNN|AP|Reuters|AFP|UPI|EW\\.com|CNN Student News)\\)\\s*(?:--|—|–|-)?\\s*"
              + "|^[A-Z][A-Z.'’ ,-]{2,40}(?:\\s*\\([A-Za-z. ]{2,20}\\))?\\s*(?:--|—|–)\\s*");

  /**
   * Page furniture an extractor glued to the text ("Media playback is not supported on this
   * device", share buttons), from {@code page-furniture.txt}: never part of a published sentence.
   */
  private static final Pattern FURNITURE = furniture();

  private static Pattern furniture() {
    List<String> lines = new ArrayList<>();
    for (String line : dev.lede.lang.WordLists.lines(Trimmer.class, "page-furniture.txt")) {
      List<String> words = new ArrayList<>();
      for (String w : line.strip().split("\\s+")) {
        words.add(Pattern.quote(w));
      }
      lines.add(String.join("\\s*", words));
    }
    return Pattern.compile(
        "^(?:(?:" + String.join("|", lines) + ")[\\s.:|]*)+", Pattern.CASE_INSENSITIVE);
  }

  /** The sentence without the page furniture at its start ({@link #FURNITURE}). */
  static String withoutFurniture(String sentence) {
    return sentence.substring(furnitureEnd(sentence));
  }

  private static int furnitureEnd(String sentence) {
    Matcher m = FURNITURE.matcher(sentence);
    return m.lookingAt() ? m.end() : 0;
  }

  private static final Pattern CONNECTIVE =
      Pattern.compile(
          "^(?:And|But|However|Meanwhile|Also|So|Still|Yet|Moreover|Furthermore|In addition"
              + "|Additionally|Nevertheless|Now|Instead|Indeed|Besides|Then"
              + "|그러나|하지만|또한|한편|그리고|게다가|더불어|아울러|또)(?![\\p{L}\\p{N}]),?\\s+"
              // "So far, the Indian Navy has ...": the connective's word starts a phrase
              + "(?!(?:far|much|many|long|that|of|again)\\b)(?=\\p{L})");
  private static final Pattern ASIDE =
      Pattern.compile(" \\((?!CNN\\))[^()\"“”]{1,120}\\)| (?:—|--) [^—\"“”]{1,120} (?:—|--)(?= )");

  /** ", who used to play for the Knicks," : a non-restrictive clause between commas. */
  private static final Pattern RELATIVE_ASIDE =
      Pattern.compile(", (?:who|which) [^,;:()\\d]{3,90},(?= \\p{Ll})");

  /** ", according to reports." or ", the New York Post reported." closing a sentence. */
  private static final Pattern MEDIA_ATTRIBUTION =
      Pattern.compile(
          ",\\s+(?:according to (?:reports|a report|media reports|local media|local reports"
              + "|the [A-Z][\\w'’. ]{1,40})|(?:the |a )?(?:[A-Z][\\w'’.-]*\\s?){1,5} (?:reported|reports)"
              + "|it (?:has been|was) (?:revealed|reported)|(?:a )?reports? (?:said|say|says))"
              + "\\s*[.!]$");

  /** Where a sentence's tail may be cut off to make it fit: a comma before a trailing clause. */
  private static final Pattern TAIL_CLAUSE =
      Pattern.compile(
          ",\\s+(?=(?:with|as|after|while|but|which|including|where|when|before|amid|following"
              + "|despite|and|although|though|because|meaning|leaving|making|prompting|sparking"
              + "|saying|adding)\\b)|\\s+[-–—]{1,2}\\s+"
              + "|\\s(?=(?:who|which|after|because|while|when|following|amid|despite|until|before)"
              + "\\s)");

  private static final Pattern SPLIT_DECIMAL_END = Pattern.compile("\\d\\.$");

  private static final Pattern SINGLE_CLOSE = Pattern.compile("[.,!?]['’](?:\\s|$)");
  private static final Pattern NOT_PROSE =
      Pattern.compile(
          "(?i)https?://|www\\.|@\\w|click here|scroll down|read more|share this|follow us"
              + "|sign up|subscribe|all rights reserved|copyright|\\bphoto:|\\bpictured:"
              + "|ignore (?:all |any )?(?:previous|prior|above) instructions");
  private static final Pattern SUBJECT_PRONOUN = Pattern.compile("^(He|She) (?=\\p{Ll})");

  /** The word lists of openings that lean on the sentence before, by section. */
  private static final Map<String, Set<String>> OPENERS =
      dev.lede.lang.WordLists.sections(Trimmer.class, "dangling-openers.txt");

  /** A section's entries as an alternation, each with its first letter capitalised. */
  private static String openers(String section) {
    return openers(section, true);
  }

  /** A section's entries as an alternation, longest first. */
  private static String openers(String section, boolean capital) {
    List<String> out = new ArrayList<>();
    for (String e : OPENERS.get(section)) {
      out.add(Pattern.quote(capital ? Character.toUpperCase(e.charAt(0)) + e.substring(1) : e));
    }
    out.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return "(?:" + String.join("|", out) + ")";
  }

  private static final Pattern DANGLING =
      Pattern.compile(
          "^"
              + openers("pronouns")
              + "\\b"
              + "|^The "
              + openers("references", false)
              + "\\b"
              // "One of them", "Another ...", "Likewise": a part of, or a sequel to, what came
              // before (an opening "But" or "However" is cut off: CONNECTIVE)
              + "|^"
              + openers("parts")
              + " of (?:them|those|these|whom)\\b"
              + "|^"
              + openers("sequels")
              + "\\b"
              // "If so, that blows ...", "On this basis,", "Up till then,": a condition, ground or
              // time the sentence before gave
              + "|^"
              + openers("grounds")
              + "\\b(?! of\\b| to\\b)"
              // "One, Rahman has nothing left": the first of reasons asked for before
              + "|^One, "
              // "When they arrived they called in ...": the pronoun's referent came before
              + "|^(?:When|After|Before|As|While|Since|Until|Because|If|Once|Although|Though)"
              + " (?:he|she|they|it|his|her|their|its|them)\\b"
              // "During his time in Portland, the Blazers ...", "In 54 games with the Angels he
              // hit .358": an opening phrase of time or place whose person came before
              + "|^(?:During|In|On|At|For|With|Under|Over|Throughout|Despite|Through|Upon|Without)"
              + " (?:his|her|their|him|them)\\b"
              + "|^(?:In|On|At|During|With|Under|Over|Throughout|For)\\b[^,.;:\"“”]{0,60}?,? (?:he|she"
              + "|they) (?=\\p{Ll})"
              // "..., the station reported", "'Ed just wasn't seeing any progress,' the source
              // said", "..., the official said": a speaker the sentence before named
              + "|[,\"”] (?:the|that) (?:source|station|newspaper|paper|network|broadcaster|website"
              + "|magazine|official|spokesman|spokeswoman|spokesperson|agency) (?:said|says|reported"
              + "|reports|told)\\b"
              // "The new death toll came after ...": a figure told in the sentence before
              + "|^The (?:new|latest|revised|updated|higher|lower) (?:death )?(?:toll|figure|tally"
              + "|count|estimate|number)\\b"
              // "Less than three weeks later, P. J. Hill was placed on IR": a time counted from the
              // sentence before, another event's time when that sentence is not there
              + "|^(?i:(?:(?:Less|More|Not|Only|Just) (?:than )?)?(?:a|an|one|two|three|four|five|six"
              + "|seven|eight|nine|ten|a few|several|\\d+) (?:minutes?|hours?|days?|weeks?|months?"
              + "|years?|seasons?|games?) (?:later|earlier|afterwards?)\\b)"
              + "|^(?:The|That) (?:next|following|same) (?:day|night|morning|evening|afternoon|week"
              + "|month|year|season)\\b|^(?:Moments|Minutes|Hours|Days) later\\b"
              + "|^(?:Soon|Shortly) after(?:wards?)?,"
              + "|^(?:그는|그녀는|그가|그녀가|그의|그녀의|그를|이는|이들은|이들이|그들은|그들이|이것은|그것은|이곳은"
              + "|그곳은|이에|이를|이 때문에|이로써|이로|이후)(?![\\p{L}\\p{N}])");

  private Trimmer() {}

  /**
   * A trimmed sentence: its text and the article ranges it was cut from, with the word features
   * every later stage reads (computed once here).
   *
   * @param words {@link Words#count} of the text
   * @param content distinct lower-case content words, in text order
   * @param stems content-word stems ({@link Words#stem}), repeats kept
   */
  public record Draft(
      String text,
      List<SourceSpan> spans,
      boolean dangling,
      boolean resolved,
      int words,
      Set<String> content,
      List<String> stems) {
    static Draft of(String text, List<SourceSpan> spans, boolean dangling, boolean resolved) {
      Set<String> content = new LinkedHashSet<>();
      List<String> stems = new ArrayList<>();
      for (String w : Words.lowerWords(text)) {
        if (Words.isContent(w)) {
          content.add(w);
          String st = Words.stem(w);
          if (!Words.KO_STOPWORDS.contains(st)) {
            stems.add(st);
          }
        }
      }
      return new Draft(
          text,
          List.copyOf(spans),
          dangling,
          resolved,
          Words.count(text),
          Collections.unmodifiableSet(content),
          List.copyOf(stems));
    }

    /** The same draft marked as leaning on the sentence before it. */
    Draft leaning() {
      return new Draft(text, spans, true, resolved, words, content, stems);
    }
  }

  /**
   * The draft for sentence {@code i} of {@code doc}, or empty when it is not publishable prose. Not
   * {@code strict}, only links, boilerplate and too-short or too-long sentences are refused: the
   * fallback for texts with no proper sentence at all.
   */
  public static Optional<Draft> draft(Doc doc, int i, boolean strict) {
    return draft(doc, i, strict, Integer.MAX_VALUE);
  }

  /**
   * Like {@link #draft(Doc, int, boolean)}, but when the sentence has more than {@code maxWords}
   * words its tail is cut at the latest clause boundary that fits (", with ...", ", after ...", ",
   * which ..."), or the draft is empty.
   */
  public static Optional<Draft> draft(Doc doc, int i, boolean strict, int maxWords) {
    Sentence s = doc.sentences.get(i);
    String text = doc.text();
    int start = s.start();
    int end = s.end();
    String raw = s.text();
    if ((strict ? !proseShaped(raw) : NOT_PROSE.matcher(raw).find()) || Captions.byWords(raw)) {
      return Optional.empty(); // not prose, or a photo caption or credit
    }
    if (i > 0
        && SPLIT_DECIMAL_END.matcher(doc.sentences.get(i - 1).text()).find()
        && startsWithDigit(raw)) {
      return Optional.empty(); // "magnitude 6." + "1 on the Richter scale": half of a number
    }
    if (i + 1 < doc.sentences.size()
        && SPLIT_DECIMAL_END.matcher(raw).find()
        && startsWithDigit(doc.sentences.get(i + 1).text())) {
      return Optional.empty(); // "has grossed $368." + "0 million globally.": the other half
    }
    start += furnitureEnd(raw);
    if (start >= end) {
      return Optional.empty();
    }
    Matcher d = DATELINE.matcher(text.substring(start, end));
    if (d.find() && start + d.end() < end) {
      start += d.end();
    }
    Matcher c = CONNECTIVE.matcher(text.substring(start, end));
    if (c.find()) {
      start += c.end();
    }
    String body = text.substring(start, end);
    List<int[]> cuts = new ArrayList<>();
    Matcher a = ASIDE.matcher(body);
    while (a.find()) {
      cuts.add(new int[] {start + a.start(), start + a.end()});
    }
    if (body.indexOf('"') < 0 && body.indexOf('“') < 0) {
      Matcher w = RELATIVE_ASIDE.matcher(body);
      while (w.find()) {
        cuts.add(new int[] {start + w.start(), start + w.end()});
      }
    }
    String suffix = "";
    Matcher t = MEDIA_ATTRIBUTION.matcher(body);
    if (t.find() && body.indexOf('"') < 0 && body.indexOf('“') < 0) {
      cuts.add(new int[] {start + t.start(), end});
      suffix = ".";
    }
    Optional<Built> built = build(doc, start, end, cuts, suffix);
    if (built.isPresent() && Words.count(built.get().text) > maxWords) {
      built = Optional.empty();
      List<Integer> bounds = new ArrayList<>();
      Matcher tail = TAIL_CLAUSE.matcher(body);
      while (tail.find()) {
        if (ClauseCuts.cleanCut(body, tail.start())) {
          bounds.add(start + tail.start()); // not "passed Wal[ - Mart]" nor "days[ after]"
        }
      }
      for (int k = bounds.size() - 1; k >= 0 && built.isEmpty(); k--) {
        int bound = bounds.get(k);
        List<int[]> cs = new ArrayList<>();
        for (int[] c2 : cuts) {
          if (c2[1] <= bound) {
            cs.add(c2);
          }
        }
        cs.add(new int[] {bound, end});
        built =
            build(doc, start, end, cs, ".")
                .filter(x -> Words.count(x.text) <= maxWords && balancedQuotes(x.text));
      }
    }
    if (built.isEmpty()) {
      return Optional.empty();
    }
    String out = built.get().text;
    List<SourceSpan> spans = built.get().spans;
    if (out.isEmpty() || !Character.isLetterOrDigit(out.codePointAt(0)) && !startsWithQuote(out)) {
      return Optional.empty();
    }
    out = capitalize(out);
    int words = Words.count(out);
    if (words < (strict ? MIN_WORDS : 3) || words > MAX_WORDS) {
      return Optional.empty();
    }
    boolean resolved = false;
    Matcher p = SUBJECT_PRONOUN.matcher(out);
    // "He said ..." or "The comedian and talk show host made the announcement ..." right after the
    // sentence naming that person: the subject is written as its name, cited from that sentence,
    // so the sentence still reads right when another outlet's sentence comes before it.
    boolean pronoun = p.find();
    if ((pronoun || out.startsWith("The ")) && i > 0) {
      Optional<Mention> person = onlyPersonIn(doc, doc.sentences.get(i - 1), !pronoun);
      int subjectEnd = person.isEmpty() ? -1 : pronoun ? p.end() - 1 : describedPersonEnd(out);
      if (subjectEnd > 0) {
        String name = shortName(doc, person.get());
        out = name + out.substring(subjectEnd);
        List<SourceSpan> withAntecedent = new ArrayList<>(spans);
        withAntecedent.add(new SourceSpan(doc.id(), doc.sentences.get(i - 1).text()));
        spans = withAntecedent;
        resolved = true;
      }
    }
    if (strict && (Fragments.subjectless(out) || Fragments.halfContrast(out))) {
      return Optional.empty(); // "Not because Mo Cheeks was long for the job.": no main clause
    }
    boolean dangling =
        !resolved && (DANGLING.matcher(out).find() || Fragments.unsetScene(doc, i, out));
    return Optional.of(Draft.of(out, spans, dangling, resolved));
  }

  private record Built(String text, List<SourceSpan> spans) {}

  private static Optional<Built> build(
      Doc doc, int start, int end, List<int[]> cuts, String suffix) {
    String text = doc.text();
    List<int[]> sorted = new ArrayList<>(cuts);
    sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
    List<int[]> pieces = new ArrayList<>();
    int cut = start;
    for (int[] c : sorted) {
      if (c[0] < cut) {
        continue; // overlaps an earlier cut
      }
      pieces.add(new int[] {cut, c[0]});
      cut = c[1];
    }
    if (cut < end) {
      pieces.add(new int[] {cut, end});
    }
    pieces.removeIf(p -> text.substring(p[0], p[1]).isBlank());
    if (pieces.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder();
    List<SourceSpan> spans = new ArrayList<>();
    for (int[] p : pieces) {
      b.append(text, p[0], p[1]);
      spans.add(new SourceSpan(doc.id(), text.substring(p[0], p[1]).strip()));
    }
    String out = b.toString().strip();
    if (!suffix.isEmpty()) {
      out = out.replaceAll("[\\s,;:–—-]+$", "") + suffix;
    }
    return Optional.of(new Built(out, spans));
  }

  private static boolean balancedQuotes(String s) {
    long straight = s.chars().filter(ch -> ch == '"').count();
    long open = s.chars().filter(ch -> ch == '“').count();
    long close = s.chars().filter(ch -> ch == '”').count();
    return straight % 2 == 0 && open == close;
  }

  /** Whether a sentence looks like running prose rather than a headline, caption or fragment. */
  static boolean proseShaped(String s) {
    if (NOT_PROSE.matcher(s).find()) {
      return false;
    }
    int last = s.length() - 1;
    while (last >= 0 && "\"”’')]".indexOf(s.charAt(last)) >= 0) {
      last--;
    }
    if (last < 0 || ".!?…".indexOf(s.charAt(last)) < 0) {
      return false;
    }
    if (s.endsWith("?") || s.endsWith("?\"") || s.endsWith("?”")) {
      return false;
    }
    int straight = 0;
    int open = 0;
    int close = 0;
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (ch == '"') {
        straight++;
      } else if (ch == '“') {
        open++;
      } else if (ch == '”') {
        close++;
      }
    }
    if (straight % 2 != 0 || open != close) {
      return false;
    }
    // A sentence opening with a single quote must close it, or it is half of a longer quote.
    if ((s.startsWith("‘") || s.startsWith("'")) && !SINGLE_CLOSE.matcher(s).find()) {
      return false;
    }
    int letters = 0;
    int upper = 0;
    for (int k = 0; k < s.length(); k++) {
      if (Character.isLetter(s.charAt(k))) {
        letters++;
        upper += Character.isUpperCase(s.charAt(k)) ? 1 : 0;
      }
    }
    return letters > 0 && upper * 2 < letters && !titleCase(s);
  }

  /**
   * A headline run into the text ("Convicted Child Molestor Arcade Joseph Comeaux Jr."): every word
   * capitalised but the short words a title leaves lower-case ("at", "of"), as no sentence of prose
   * is ("Pope Francis met Barack Obama" has its verb in lower case).
   */
  static boolean titleCase(String s) {
    int capitalised = 0;
    for (String w : s.split("[\\s\"“”‘’'(),:;.!?-]+")) {
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      if (Character.isUpperCase(w.codePointAt(0))) {
        capitalised++;
      } else if (!TITLE_LOWER.contains(w)) {
        return false;
      }
    }
    return capitalised >= 4;
  }

  /** Words a title-case headline leaves in lower case. */
  private static final Set<String> TITLE_LOWER =
      Set.of("a", "an", "the", "at", "in", "of", "on", "to", "for", "and", "or", "by", "as", "vs");

  /**
   * The one person named in {@code prev}, when they are its subject: a name after the verb or a
   * preposition ("three weeks after Hurricane Katrina", "..., Michelle Lyons said") is not who an
   * opening "He" or "She" of the next sentence means.
   */
  /**
   * Where an opening "The actress" or "The 27-year-old" describing one unnamed person ends, or -1:
   * not a plural ("The players"), nor a description a name follows ("The man, Brian G. Nichols,").
   */
  private static int describedPersonEnd(String out) {
    int end = UnnamedOpenings.unnamedSubjectEnd(out);
    if (end < 0
        || APPOSITIVE_NAME.matcher(out.substring(end)).lookingAt()
        || QUALIFIED.matcher(out.substring(0, end)).find()) {
      return -1;
    }
    String head = out.substring(out.lastIndexOf(' ', end - 1) + 1, end);
    return head.endsWith("s") && !head.endsWith("ss") ? -1 : end;
  }

  /** A description a name or possessive qualifies: "The Bible Church's head minister". */
  private static final Pattern QUALIFIED = Pattern.compile("^The .*(?:\\s\\p{Lu}|['’]s\\s)");

  /** A name set beside a description: ", Brian G. Nichols,". */
  private static final Pattern APPOSITIVE_NAME = Pattern.compile(",\\s+\\p{Lu}\\p{Ll}");

  /**
   * The one person the sentence {@code prev} names as its subject; {@code asPerson}: counting only
   * mentions read as a person there ("Oscars" taken for an alias of "Oscars Host" is none).
   */
  private static Optional<Mention> onlyPersonIn(Doc doc, Sentence prev, boolean asPerson) {
    Mention found = null;
    String foundKey = null;
    for (var e : doc.entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (prev.contains(m.start()) && (!asPerson || m.type() == EntityType.PERSON)) {
          if (found != null && !foundKey.equals(e.canonical())) {
            return Optional.empty();
          }
          found = m;
          foundKey = e.canonical();
        }
      }
    }
    Mention person = found;
    return Optional.ofNullable(person).filter(m -> isSubject(prev, m.start() - prev.start()));
  }

  /**
   * Whether the word at {@code at} (an offset in the sentence) is in the subject: before the first
   * verb phrase, and not in a phrase a preposition opens (OpenNLP tags and chunks).
   */
  static boolean isSubject(Sentence s, int at) {
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(s.text());
    boolean afterPreposition = false;
    for (EnglishTagger.Tok t : toks) {
      if (t.phrase().equals("VP") || t.tagIs("VB") || t.tagIs("MD")) {
        return false;
      }
      if (t.phrase().equals("PP") || t.tagIs("IN")) {
        afterPreposition = true;
      } else if (t.text().equals(",")) {
        afterPreposition = false; // "On Saturday, Brian Nichols ...": the subject follows the comma
      }
      if (t.end() > at) {
        return !afterPreposition;
      }
    }
    return false;
  }

  /** The surname when the article uses it on its own, else the name as mentioned. */
  private static String shortName(Doc doc, Mention m) {
    for (var e : doc.entities) {
      if (e.mentions().contains(m)) {
        String canonical = e.canonical();
        String[] parts = canonical.split(" ");
        String last = parts[parts.length - 1];
        if (parts.length > 1 && e.aliases().contains(last)) {
          return last;
        }
        return m.text();
      }
    }
    return m.text();
  }

  private static boolean startsWithDigit(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  private static boolean startsWithQuote(String s) {
    return "\"“'‘«".indexOf(s.charAt(0)) >= 0;
  }

  static String capitalize(String s) {
    int cp = s.codePointAt(0);
    if (Character.isLowerCase(cp) && !innerCapital(s)) {
      return new String(Character.toChars(Character.toUpperCase(cp)))
          + s.substring(Character.charCount(cp));
    }
    return s;
  }

  /** "iPhone", "eBay": a first word whose capital is inside it keeps its lower-case start. */
  private static boolean innerCapital(String s) {
    for (int i = 1; i < s.length() && Character.isLetterOrDigit(s.charAt(i)); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
