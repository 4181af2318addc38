package dev.lede.nlp;

import dev.lede.nlp.internal.CjkNames;
import dev.lede.nlp.internal.Lexicon;
import dev.lede.nlp.internal.Names;
import dev.lede.nlp.internal.Scripts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds names of people, organisations and places with heuristics, no model. Per sentence:
 *
 * <ol>
 *   <li>capitalised words are chunked into names, joined across "of", "de", "van", initials ("J. R.
 *       R. Tolkien") and "and" when the result is a known place or ends in an organisation word;
 *   <li>function words at the front of a chunk are dropped ("The European Commission");
 *   <li>a title splits a chunk: "U.S. President Barack Obama" gives the place "U.S." and the person
 *       "Barack Obama" with title "President";
 *   <li>the chunk is typed by cues: an organisation word ("Inc", "Ministry", "University"), the
 *       place gazetteer, a known organisation, an acronym, a Korean or Chinese name pattern, a
 *       common given name, or a speech verb after it ("Lee said");
 *   <li>Korean words are matched after stripping particles: places by gazetteer, organisations by
 *       suffix ("위원회", "대학교"), people by a title after the name ("이재명 대표"); Han text is searched
 *       for gazetteer places;
 *   <li>Japanese names come from Kuromoji's proper-noun tags, Chinese ones from titles beside them
 *       and organisation words ({@code CjkNames}).
 * </ol>
 *
 * A single capitalised word at the start of a sentence with no cue is kept only if the document
 * also capitalises it mid-sentence.
 */
public final class EntityExtractor {
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
  private static final String[] PARTICLES = {
    "에서는", "에게서", "으로서", "으로써", "으로는", "에서도", "까지는", "에서의", "에게는", "이라고", "이라는", "에서", "에게", "으로",
    "까지", "부터", "처럼", "보다", "과의", "와의", "에는", "에도", "이나", "이며", "이고", "라고", "라는", "께서", "은", "는",
    "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만", "측"
  };
  private static final Set<String> HANGUL_MODIFIERS =
      Set.of(
          "신임", "전임", "당시", "초대", "차기", "역대", "공동", "현직", "전직", "상임", "수석", "임시", "현", "전", "부",
          "대리", "후임", "최초", "첫", "여성", "남성", "당", "그", "이", "저", "한", "두", "세", "해당", "각", "모든",
          "새", "이번", "지난", "前", "現");

  private EntityExtractor() {}

  /** Mentions in {@code text}, with document id {@code ""}. */
  public static List<Mention> extract(String text) {
    return extract("", text);
  }

  /** Mentions in {@code text}, tagged with {@code docId}. */
  public static List<Mention> extract(String docId, String text) {
    Objects.requireNonNull(text, "text");
    return extract(docId, text, SentenceSplitter.split(text));
  }

  /** Mentions in {@code text}, reusing its already split {@code sentences}. */
  public static List<Mention> extract(String docId, String text, List<Sentence> sentences) {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    List<Candidate> candidates = new ArrayList<>();
    Set<String> capitalisedMidSentence = new HashSet<>();
    char cjk = cjkLanguage(text);
    for (Sentence s : sentences) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "sentence ["
                + s.start()
                + ", "
                + s.end()
                + ") is outside text of length "
                + text.length());
      }
      List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
      new SentencePass(text, tokens, candidates, capitalisedMidSentence).run();
      hangulPass(tokens, candidates);
      hanPlaces(text, s, candidates);
      if (cjk != 0) {
        cjkNames(text, s, cjk, candidates);
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.sentenceInitial
          && c.type == EntityType.OTHER
          && c.end - c.start == c.firstTokenLength
          && !Names.isAllCaps(c.text(text))
          && !capitalisedMidSentence.contains(c.text(text))) {
        continue;
      }
      out.add(
          new Mention(
              docId,
              text.substring(c.start, c.end),
              c.start,
              c.end,
              c.type,
              c.title,
              c.confidence));
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return dropOverlaps(out);
  }

  private static List<Mention> dropOverlaps(List<Mention> sorted) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).end() > m.start()) {
        Mention last = out.get(out.size() - 1);
        if (m.end() - m.start() > last.end() - last.start()) {
          out.set(out.size() - 1, m);
        }
        continue;
      }
      out.add(m);
    }
    return out;
  }

  private static final class Candidate {
    final int start;
    final int end;
    final EntityType type;
    final Optional<String> title;
    final double confidence;
    final boolean sentenceInitial;
    final int firstTokenLength;

    Candidate(
        int start,
        int end,
        EntityType type,
        Optional<String> title,
        double confidence,
        boolean sentenceInitial,
        int firstTokenLength) {
      this.start = start;
      this.end = end;
      this.type = type;
      this.title = title;
      this.confidence = confidence;
      this.sentenceInitial = sentenceInitial;
      this.firstTokenLength = firstTokenLength;
    }

    String text(String source) {
      return source.substring(start, end);
    }
  }

  /** Chunking and typing of capitalised words in one sentence. */
  private static final class SentencePass {
    private final String text;
    private final List<Token> tokens;
    private final List<Candidate> out;
    private final Set<String> capitalisedMidSentence;
    private final Lexicon lex = Lexicon.get();
    private final int firstWord;

    SentencePass(
        String text, List<Token> tokens, List<Candidate> out, Set<String> capitalisedMidSentence) {
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
      while (b - a > 1
          && isTitle(tokens.get(b - 1).text())
          && !isOrgWord(tokens.get(b - 1).text())) {
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
     * Splits "Foreign Minister Yu Myung-hwan" or "Apple CEO Steve Jobs" at its last title: the
     * words after it are a person, the words before it are classified on their own.
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
          new Candidate(
              first.start(),
              tokens.get(b - 1).end(),
              type,
              title,
              conf,
              initial,
              first.end() - first.start()));
    }
  }

  // ---- Korean ----

  private static void hangulPass(List<Token> tokens, List<Candidate> out) {
    Lexicon lex = Lexicon.get();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.WORD || !Scripts.isHangul(t.text().codePointAt(0))) {
        continue;
      }
      Optional<String> place = stemMatching(t.text(), s -> lex.place(s).isPresent());
      if (place.isPresent()) {
        out.add(hangulCandidate(t, place.get(), EntityType.PLACE, Optional.empty(), 0.8));
        continue;
      }
      Optional<String> org = stemMatching(t.text(), EntityExtractor::isHangulOrg);
      if (org.isPresent()) {
        out.add(hangulCandidate(t, org.get(), EntityType.ORGANIZATION, Optional.empty(), 0.7));
        continue;
      }
      if (i + 1 < tokens.size() && isHangulName(t.text())) {
        int titleAt = i + 1;
        if (tokens.get(titleAt).text().equals("전") && titleAt + 1 < tokens.size()) {
          titleAt++; // "전 대통령": former
        }
        Optional<String> title =
            stemMatching(tokens.get(titleAt).text(), s -> lex.in("hangul-person-titles", s));
        if (title.isPresent()) {
          int start = t.start();
          // A foreign given name before the surname: "힐러리 클린턴 국무장관".
          if (i > 0
              && !looksKorean(t.text())
              && tokens.get(i - 1).end() + 1 == t.start()
              && isHangulName(tokens.get(i - 1).text())
              && lex.place(tokens.get(i - 1).text()).isEmpty()
              && !lex.in("hangul-surnames", tokens.get(i - 1).text())) {
            start = tokens.get(i - 1).start();
          }
          out.add(
              new Candidate(
                  start, t.end(), EntityType.PERSON, title, 0.8, false, t.end() - t.start()));
        }
      }
    }
  }

  private static Candidate hangulCandidate(
      Token t, String stem, EntityType type, Optional<String> title, double conf) {
    return new Candidate(
        t.start(), t.start() + stem.length(), type, title, conf, false, stem.length());
  }

  /** The token itself or the token minus a particle, whichever first passes {@code test}. */
  private static Optional<String> stemMatching(String word, Predicate<String> test) {
    if (test.test(word)) {
      return Optional.of(word);
    }
    for (String p : PARTICLES) {
      if (word.length() > p.length() && word.endsWith(p)) {
        String stem = word.substring(0, word.length() - p.length());
        if (test.test(stem)) {
          return Optional.of(stem);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isHangulOrg(String stem) {
    Lexicon lex = Lexicon.get();
    if (lex.in("hangul-org-exclude", stem) || !allHangul(stem)) {
      return false;
    }
    for (String suffix : lex.section("hangul-org-suffixes")) {
      if (stem.endsWith(suffix) && stem.length() > suffix.length()) {
        return suffix.length() > 1 || stem.length() >= 3;
      }
    }
    return false;
  }

  private static boolean isHangulName(String w) {
    Lexicon lex = Lexicon.get();
    return w.length() >= 2
        && w.length() <= 5
        && allHangul(w)
        && !HANGUL_MODIFIERS.contains(w)
        && !lex.in("hangul-person-titles", w)
        && lex.place(w).isEmpty()
        && !isHangulOrg(w);
  }

  /** Three syllables starting with a Korean surname: "이재명", "문재인". */
  private static boolean looksKorean(String w) {
    return w.length() == 3 && Lexicon.get().in("hangul-surnames", w.substring(0, 1));
  }

  private static boolean allHangul(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (!Scripts.isHangul(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  // ---- Chinese and Japanese ----

  /** 'j' for Japanese text (any kana), 'z' for Chinese (Han, little Hangul), 0 otherwise. */
  private static char cjkLanguage(String text) {
    int han = 0;
    int hangul = 0;
    for (int k = 0, n = Math.min(text.length(), 4000); k < n; k++) {
      char c = text.charAt(k);
      if (Scripts.isKana(c)) {
        return 'j';
      }
      han += Scripts.isHan(c) ? 1 : 0;
      hangul += Scripts.isHangul(c) ? 1 : 0;
    }
    return han >= 4 && han > hangul * 2 ? 'z' : 0;
  }

  /** Names Kuromoji (Japanese) or the SmartChinese segmenter and titles (Chinese) find. */
  private static void cjkNames(String text, Sentence s, char language, List<Candidate> out) {
    List<CjkNames.Name> names =
        language == 'j'
            ? CjkNames.japanese(text, s.start(), s.end())
            : CjkNames.chinese(text, s.start(), s.end());
    for (CjkNames.Name n : names) {
      EntityType type =
          switch (n.kind()) {
            case PERSON -> EntityType.PERSON;
            case ORGANIZATION -> EntityType.ORGANIZATION;
            case PLACE -> EntityType.PLACE;
          };
      out.add(
          new Candidate(
              n.start(), n.end(), type, n.title(), n.confidence(), false, n.end() - n.start()));
    }
  }

  private static void hanPlaces(String text, Sentence s, List<Candidate> out) {
    boolean han = false;
    for (int k = s.start(); k < s.end() && !han; k++) {
      han = Scripts.isHan(text.charAt(k));
    }
    if (!han) {
      return;
    }
    boolean[] taken = new boolean[s.end() - s.start()];
    for (String alias : Lexicon.get().cjkPlaceAliases()) {
      if (!Scripts.isHan(alias.codePointAt(0))) {
        continue;
      }
      int from = s.start();
      int at;
      while ((at = text.indexOf(alias, from)) >= 0 && at + alias.length() <= s.end()) {
        boolean free = true;
        for (int k = at; k < at + alias.length(); k++) {
          free &= !taken[k - s.start()];
        }
        if (free) {
          for (int k = at; k < at + alias.length(); k++) {
            taken[k - s.start()] = true;
          }
          out.add(
              new Candidate(
                  at,
                  at + alias.length(),
                  EntityType.PLACE,
                  Optional.empty(),
                  0.7,
                  false,
                  alias.length()));
        }
        from = at + alias.length();
      }
    }
  }
}
