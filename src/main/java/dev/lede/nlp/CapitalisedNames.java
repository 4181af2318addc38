package dev.lede.nlp;

import dev.lede.nlp.internal.Lexicon;
import dev.lede.nlp.internal.Names;
import dev.lede.nlp.internal.Scripts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Chunking and typing of capitalised words in one sentence: chunks joined across connectors,
 * initials and "and", leading function words dropped, titles split off, typed by cues.
 */
final class CapitalisedNames {
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "for", "de", "del", "della", "di", "da", "do", "dos", "das", "van", "von", "der",
          "den", "la", "le", "du", "bin", "ibn", "al", "el", "y", "&");
  private static final Set<String> CORPORATE_SUFFIXES =
      Set.of(
          "inc",
          "corp",
          "ltd",
          "llc",
          "plc",
          "co",
          "n.v.",
          "ag",
          "gmbh",
          "s.a.",
          "l.l.c.",
          "incorporated",
          "corporation",
          "limited");
  private static final Set<String> PLACE_SUFFIXES =
      Set.of(
          "city",
          "province",
          "state",
          "county",
          "region",
          "district",
          "island",
          "islands",
          "prefecture",
          "oblast",
          "governorate",
          "valley",
          "river",
          "mountains",
          "sea",
          "ocean",
          "lake",
          "bay",
          "peninsula",
          "strait",
          "desert",
          "coast");

  private final String text;
  private final List<Token> tokens;
  private final List<NameCandidate> out;
  private final Set<String> capitalisedMidSentence;
  private final Lexicon lex = Lexicon.get();
  private final int firstWord;

  CapitalisedNames(
      String text,
      List<Token> tokens,
      List<NameCandidate> out,
      Set<String> capitalisedMidSentence) {
    this.text = text;
    this.tokens = tokens;
    this.out = out;
    this.capitalisedMidSentence = capitalisedMidSentence;
    int f = 0;
    while (f < tokens.size() && tokens.get(f).kind() != Token.Kind.WORD) {
      f++;
    }
    this.firstWord = f;
  }

  void run() {
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (!isNameWord(i)) {
        i++;
        continue;
      }
      int j = chunkEnd(i);
      for (int k = i == firstWord ? i + 1 : i; k < j; k++) {
        capitalisedMidSentence.add(tokens.get(k).text());
      }
      classify(i, j, i == firstWord);
      i = j;
    }
  }

  private boolean isNameWord(int k) {
    Token t = tokens.get(k);
    if (t.kind() != Token.Kind.WORD || t.text().startsWith("'")) {
      return false;
    }
    String w = t.text();
    int first = w.codePointAt(0);
    if (Scripts.isCjkOrHangul(first)) {
      return false;
    }
    if (Character.isUpperCase(first)) {
      if (w.length() == 1 && w.equals("I")) {
        return false;
      }
      // In all-caps text, function words and speech verbs still end a name.
      return !(k != firstWord
          && Names.isAllCaps(w)
          && isBreaker(w)
          && lex.place(w).isEmpty()
          && !lex.in("org-standalone", w));
    }
    // "iPhone", "eBay": lower-case start, capital inside.
    if (w.length() >= 3 && Character.isLowerCase(first)) {
      for (int m = 1; m < w.length(); m++) {
        if (Character.isUpperCase(w.charAt(m))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isBreaker(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return lex.section("sentence-starters").contains(l)
        || lex.section("person-cue-verbs").contains(l)
        || CONNECTORS.contains(l);
  }

  private boolean adjacent(int a, int b) {
    // Only spaces between two tokens of a name, and no line break.
    for (int k = tokens.get(a).end(); k < tokens.get(b).start(); k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private int chunkEnd(int i) {
    int n = tokens.size();
    int j = i + 1;
    while (j < n) {
      Token t = tokens.get(j);
      String prev = tokens.get(j - 1).text();
      if (CORPORATE_SUFFIXES.contains(prev.toLowerCase(Locale.ROOT))
          || (isOrgWord(prev) && Names.isAllCaps(t.text()) && j - i > 1)) {
        break; // "Chrysler LLC Jim Press", "Space Company EADS N.V."
      }
      if (isNameWord(j) && adjacent(j - 1, j) && !lex.in("sentence-starters", t.text())) {
        j++;
        continue;
      }
      // "J. R. R. Tolkien", "Mr. Lee", "St. Louis": a period glued to an initial or title.
      if (t.text().equals(".")
          && t.start() == tokens.get(j - 1).end()
          && j + 1 < n
          && isNameWord(j + 1)
          && (tokens.get(j - 1).text().length() == 1 || isTitle(tokens.get(j - 1).text()))) {
        j += 2;
        continue;
      }
      String l = t.text().toLowerCase(Locale.ROOT);
      if (CONNECTORS.contains(l) && !t.isCapitalized() && adjacent(j - 1, j)) {
        int k = j + 1;
        if (k < n && (l.equals("of") || l.equals("for")) && tokens.get(k).text().equals("the")) {
          k++;
        }
        if (k < n
            && isNameWord(k)
            && adjacent(k - 1, k)
            && !lex.in("sentence-starters", tokens.get(k).text())) {
          j = k + 1;
          continue;
        }
      }
      if (l.equals("and") && adjacent(j - 1, j) && j + 1 < n && isNameWord(j + 1)) {
        int k = j + 1;
        while (k + 1 < n
            && isNameWord(k + 1)
            && adjacent(k, k + 1)
            && !(isOrgWord(tokens.get(k).text()) && Names.isAllCaps(tokens.get(k + 1).text()))) {
          k++;
        }
        String joined = text.substring(tokens.get(i).start(), tokens.get(k).end());
        boolean ofPhrase = false;
        for (int m = i; m < j; m++) {
          ofPhrase |= tokens.get(m).text().equals("of") || tokens.get(m).text().equals("for");
        }
        boolean leftIsName = false;
        for (int m = i; m < j; m++) {
          String w = tokens.get(m).text();
          leftIsName |= isOrgWord(w) || Names.isAllCaps(w) || lex.in("org-standalone", w);
        }
        // "Ministry of Trade and Industry", "Bosnia and Herzegovina", "European Aeronautic
        // Defence and Space Company"; not "IMF and World Bank".
        if (lex.place(joined).isPresent()
            || (ofPhrase && isOrgWord(tokens.get(i).text()))
            || (!leftIsName && isOrgWord(tokens.get(k).text()))) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    return j;
  }

  private boolean isTitle(String w) {
    return lex.in("person-titles", w);
  }

  private boolean isOrgWord(String w) {
    return lex.in("org-words", w);
  }

  private String span(int a, int b) {
    return text.substring(tokens.get(a).start(), tokens.get(b - 1).end());
  }

  /** Types tokens [a, b) and records what it names. */
  private void classify(int a, int b, boolean sentenceInitial) {
    // Drop function words and other capitalised common words from the front.
    while (a < b) {
      String w = tokens.get(a).text();
      boolean common = lex.in("sentence-starters", w) || lex.in("common-words", w);
      if (!common || isTitle(w) || known(a, b) || (isOrgWord(w) && b - a > 1)) {
        break;
      }
      a++;
      sentenceInitial = false;
    }
    while (a < b && !isNameWord(a)) {
      a++;
    }
    while (b > a && !isNameWord(b - 1)) {
      b--; // trailing connectors or periods
    }
    while (b - a > 1 && isTitle(tokens.get(b - 1).text()) && !isOrgWord(tokens.get(b - 1).text())) {
      b--; // "Zimbabwean President, Robert Mugabe": the name comes after the comma
    }
    while (b - a > 1
        && lex.isDemonym(tokens.get(a).text())
        && titleEndAt(a, b) == a
        && !isOrgWord(tokens.get(b - 1).text())
        && !known(a, b)) {
      a++; // "Kenyan Gay", "Iranian bloggers"
    }
    if (a >= b) {
      return;
    }
    String whole = span(a, b);
    String last = tokens.get(b - 1).text();
    if (b - a == 2
        && lex.in("first-names", tokens.get(a).text())
        && !CORPORATE_SUFFIXES.contains(last.toLowerCase(Locale.ROOT))) {
      add(a, b, EntityType.PERSON, titleWordBefore(a), 0.7, sentenceInitial); // "Jim Press"
      return;
    }
    if (isOrgWord(last) && b - a > 1) {
      add(a, b, EntityType.ORGANIZATION, Optional.empty(), 0.9, sentenceInitial);
      return;
    }
    boolean org = lex.in("org-standalone", whole);
    boolean afterThe = a > 0 && tokens.get(a - 1).text().equalsIgnoreCase("the");
    // "Amazon" the company, "the Amazon" the region.
    if ((lex.place(whole).isPresent() && (!org || afterThe)) || isPlaceWithSuffix(a, b)) {
      add(a, b, EntityType.PLACE, Optional.empty(), 0.9, sentenceInitial);
      return;
    }
    if (org) {
      add(a, b, EntityType.ORGANIZATION, Optional.empty(), 0.9, sentenceInitial);
      return;
    }
    if (titleEndAt(a, b) == b) {
      return; // a title alone: "Prime Minister"
    }
    if (splitAtTitle(a, b, sentenceInitial)) {
      return;
    }
    for (int c = a + 2; c < b - 1; c++) {
      // "Keith Springer of Capital Financial Advisory Services": a person, then an organisation.
      if (tokens.get(c).text().equals("of")
          && (isGivenNameFirst(a, c) || isEastAsianName(a, c))
          && isOrgWord(tokens.get(b - 1).text())) {
        add(a, c, EntityType.PERSON, Optional.empty(), 0.8, sentenceInitial);
        classify(c + 1, b, false);
        return;
      }
    }
    if (b - a > 1 && (isEastAsianName(a, b) || isGivenNameFirst(a, b))) {
      add(a, b, EntityType.PERSON, Optional.empty(), 0.8, sentenceInitial);
      return;
    }
    // A known organisation or place at the front of a longer chunk: "Apple iTunes", "Iran Air".
    for (int k = b - 1; k > a; k--) {
      String head = span(a, k);
      if (lex.in("org-standalone", head) || lex.place(head).isPresent()) {
        classify(a, k, sentenceInitial);
        classify(k, b, false);
        return;
      }
    }
    if (b - a == 1) {
      classifySingle(a, sentenceInitial);
      return;
    }
    if (isOrgWord(tokens.get(a).text()) && hasConnector(a, b)) {
      // "Ministry of Foreign Affairs", "University of California", "Bank of Korea".
      add(a, b, EntityType.ORGANIZATION, Optional.empty(), 0.9, sentenceInitial);
      return;
    }
    if (isEastAsianName(a, b) || isGivenNameFirst(a, b)) {
      add(a, b, EntityType.PERSON, Optional.empty(), 0.8, sentenceInitial);
      return;
    }
    boolean nameLike = words(a, b) <= 4 && !hasConnector(a, b) && noCommonWords(a, b);
    if (nameLike && (speechVerbAfter(b) || speechVerbBefore(a) || titleBefore(a))) {
      add(a, b, EntityType.PERSON, titleWordBefore(a), 0.6, sentenceInitial);
      return;
    }
    if (nameLike && words(a, b) <= 3 && nameShaped(a, b)) {
      // Two or three plain capitalised words with no other cue are most often a person.
      add(a, b, EntityType.PERSON, Optional.empty(), 0.45, sentenceInitial);
      return;
    }
    add(a, b, EntityType.OTHER, Optional.empty(), 0.3, sentenceInitial);
  }

  private boolean known(int a, int b) {
    String whole = span(a, b);
    return lex.place(whole).isPresent() || lex.in("org-standalone", whole);
  }

  private void classifySingle(int a, boolean sentenceInitial) {
    String w = tokens.get(a).text();
    if (isOrgWord(w)
        && !sentenceInitial
        && a > 0
        && tokens.get(a - 1).text().equals("the")
        && w.length() > 3) {
      // "the Commission", "the Ministry": a short reference the resolver may link.
      add(a, a + 1, EntityType.ORGANIZATION, Optional.empty(), 0.4, false);
      return;
    }
    if (lex.in("common-words", w)
        || lex.in("sentence-starters", w)
        || isTitle(w)
        || lex.isDemonym(w)) {
      return;
    }
    if (Names.isAllCaps(w) && w.length() <= 8 && !w.contains("-")) {
      if (lex.in("not-names", w)) {
        return;
      }
      // An unknown acronym may be a product or a standard; its expansion, if any, decides.
      add(a, a + 1, EntityType.OTHER, Optional.empty(), 0.3, sentenceInitial);
      return;
    }
    if (titleBefore(a)) {
      add(a, a + 1, EntityType.PERSON, titleWordBefore(a), 0.8, sentenceInitial);
      return;
    }
    if (speechVerbAfter(a + 1) || speechVerbBefore(a)) {
      add(a, a + 1, EntityType.PERSON, Optional.empty(), 0.4, sentenceInitial);
      return;
    }
    add(a, a + 1, EntityType.OTHER, Optional.empty(), 0.3, sentenceInitial);
  }

  private boolean nameShaped(int a, int b) {
    for (int k = a; k < b; k++) {
      String w = tokens.get(k).text();
      if (w.equals(".")) {
        continue;
      }
      boolean letters = w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
      if (!letters
          || Names.isAllCaps(w)
          || !Character.isUpperCase(w.charAt(0))
          || lex.isDemonym(w)
          || lex.place(w).isPresent()
          || lex.in("org-standalone", w)) {
        return false;
      }
    }
    return true;
  }

  private boolean isPlaceWithSuffix(int a, int b) {
    if (b - a < 2) {
      return false;
    }
    String last = tokens.get(b - 1).text().toLowerCase(Locale.ROOT);
    return PLACE_SUFFIXES.contains(last) && noCommonWords(a, b - 1);
  }

  /**
   * Splits "Foreign Minister Yu Myung-hwan" or "Apple CEO Steve Jobs" at its last title: the words
   * after it are a person, the words before it are classified on their own.
   */
  private boolean splitAtTitle(int a, int b, boolean sentenceInitial) {
    int titleStart = -1;
    int nameStart = -1;
    for (int k = a; k < b; k++) {
      int end = titleEndAt(k, b);
      if (end == k || end >= b) {
        continue;
      }
      if (isNameWord(end)) {
        titleStart = k;
        nameStart = end;
      } else if (CONNECTORS.contains(tokens.get(end).text()) && end + 1 < b) {
        // "Commissioner for Competition Neelie Kroes": the title takes one more word.
        int skip = end + 1;
        if (tokens.get(skip).text().equals("the")) {
          skip++;
        }
        skip++;
        if (skip < b && isNameWord(skip)) {
          titleStart = k;
          nameStart = skip;
        }
      }
      if (nameStart > k) {
        k = nameStart - 1;
      }
    }
    if (titleStart < 0) {
      return false;
    }
    int titleEnd = nameStart;
    if (b - nameStart > 2) {
      // "Minister of Foreign Affairs Yu Myung-hwan": start at the name pattern if there is one.
      for (int s = nameStart + 1; s < b - 1; s++) {
        if (isEastAsianName(s, b) || isGivenNameFirst(s, b)) {
          nameStart = s;
          break;
        }
      }
      nameStart = Math.max(nameStart, b - 3);
    }
    for (int k = nameStart; k < b; k++) {
      if (isOrgWord(tokens.get(k).text())) {
        add(a, b, EntityType.ORGANIZATION, Optional.empty(), 0.6, sentenceInitial);
        return true;
      }
    }
    String title = span(titleStart, titleEnd).replaceAll("\\s+", " ");
    add(nameStart, b, EntityType.PERSON, Optional.of(title), 0.9, false);
    if (titleStart > a) {
      classify(a, titleStart, sentenceInitial);
    }
    return true;
  }

  /** End of the longest title phrase starting at token {@code k}, or {@code k} for none. */
  private int titleEndAt(int k, int limit) {
    int best = k;
    StringBuilder phrase = new StringBuilder();
    int words = 0;
    for (int m = k; m < limit && words < lex.longestTitleWords(); m++) {
      String t = tokens.get(m).text();
      if (t.equals(".")) {
        if (best == m && m > k) {
          best = m + 1; // keep "Mr." whole
        }
        continue;
      }
      if (phrase.length() > 0) {
        phrase.append(' ');
      }
      phrase.append(t.toLowerCase(Locale.ROOT));
      words++;
      if (lex.section("person-titles").contains(phrase.toString())) {
        best = m + 1;
      }
    }
    return best;
  }

  private boolean titleBefore(int a) {
    return titleWordBefore(a).isPresent();
  }

  /** A lower-case role just before a name: "spokesman John Smith", "chief executive Jobs". */
  private Optional<String> titleWordBefore(int a) {
    if (a == 0 || !adjacent(a - 1, a)) {
      return Optional.empty();
    }
    Token t = tokens.get(a - 1);
    if (t.kind() == Token.Kind.WORD && !t.isCapitalized() && isTitle(t.text())) {
      return Optional.of(t.text());
    }
    return Optional.empty();
  }

  private boolean speechVerbAfter(int b) {
    int k = b;
    if (k < tokens.size() && tokens.get(k).text().equals(",")) {
      return false; // "Lee, 45, said" is too far to tell
    }
    return k < tokens.size()
        && lex.in("person-cue-verbs", tokens.get(k).text())
        && !tokens.get(k).text().equals("according");
  }

  private boolean speechVerbBefore(int a) {
    if (a == 0) {
      return false;
    }
    String w = tokens.get(a - 1).text().toLowerCase(Locale.ROOT);
    return w.equals("said") || w.equals("says") || w.equals("told") || w.equals("asked");
  }

  private boolean hasConnector(int a, int b) {
    for (int k = a; k < b; k++) {
      if (CONNECTORS.contains(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private boolean noCommonWords(int a, int b) {
    for (int k = a; k < b; k++) {
      String w = tokens.get(k).text();
      if (w.equals(".")) {
        continue;
      }
      if (lex.in("common-words", w) || lex.in("sentence-starters", w) || isOrgWord(w)) {
        return false;
      }
    }
    return true;
  }

  /** "Lee Jae-myung", "Lee Jae Myung", "LEE JAE-MYUNG", "Xi Jinping", "Ma Ying-jeou". */
  private boolean isEastAsianName(int a, int b) {
    int words = b - a;
    if (words < 2 || words > 3) {
      return false;
    }
    String surname = tokens.get(a).text();
    boolean korean = lex.in("korean-surnames-latin", surname);
    boolean chinese = lex.in("chinese-surnames-latin", surname);
    if (!korean && !chinese) {
      return false;
    }
    for (int k = a + 1; k < b; k++) {
      String w = tokens.get(k).text();
      if (w.length() > 10 || lex.in("common-words", w) || isOrgWord(w) || isTitle(w)) {
        return false;
      }
    }
    String given = tokens.get(a + 1).text();
    if (words == 2) {
      return given.indexOf('-') > 0 || (chinese && given.length() >= 3 && given.length() <= 8);
    }
    // Three words: "Lee Jae Myung", "Kim Jong Un": short syllables each.
    return given.length() <= 5 && tokens.get(a + 2).text().length() <= 5;
  }

  private int words(int a, int b) {
    int words = 0;
    for (int k = a; k < b; k++) {
      if (!tokens.get(k).text().equals(".")) {
        words++;
      }
    }
    return words;
  }

  private boolean isGivenNameFirst(int a, int b) {
    int words = words(a, b);
    return words >= 2
        && words <= 4
        && lex.in("first-names", tokens.get(a).text())
        && !hasConnector(a, b)
        && !isOrgWord(tokens.get(b - 1).text());
  }

  private void add(
      int a, int b, EntityType type, Optional<String> title, double conf, boolean initial) {
    Token first = tokens.get(a);
    out.add(
        new NameCandidate(
            first.start(),
            tokens.get(b - 1).end(),
            type,
            title,
            conf,
            initial,
            first.end() - first.start()));
  }
}
