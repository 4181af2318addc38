package dev.lede.nlp;

import dev.lede.nlp.internal.Lexicon;
import dev.lede.nlp.internal.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds direct quotes and who said them. Quotation marks are paired within a paragraph (text
 * between blank lines; straight {@code "}, curly {@code “ ”}, {@code „ “}, {@code « »}, {@code 「
 * 」}); a quote left open at the end of a paragraph runs to its end, and a quote opening the next
 * paragraph continues it with the same speaker. A quoted span counts when a speech verb attributes
 * it:
 *
 * <ul>
 *   <li>after it: {@code "…," Lee said.}, {@code "…," said Lee.}, {@code "…," he added.};
 *   <li>before it: {@code Lee said: "…"}, {@code Jobs called it "…"};
 *   <li>in Korean: {@code 이재명 대표는 "…"고 말했다} (speaker: nearest name before the quote);
 *   <li>in Japanese: {@code 菅官房長官は「…」と述べた} (speaker: nearest name before the quote);
 *   <li>in Chinese: {@code 王毅说：“…”} (name before) or {@code “…”，王毅表示} (name after);
 * </ul>
 *
 * or when, unattributed, it is at least six words long. Short unattributed spans are scare quotes
 * and are skipped; "according to X" with no quotation marks is reported speech, not a quote. The
 * speaker is the canonical entity named in the attribution; "he" or "she" is the nearest person
 * mentioned before; anything else ("a spokesman said") leaves the speaker empty.
 */
public final class QuoteExtractor {
  private static final Set<String> PRONOUNS = Set.of("he", "she");
  private static final Set<String> NON_SPEAKERS =
      Set.of("i", "we", "they", "it", "you", "this", "that");
  private static final String[] KOREAN_SPEECH = {
    "말했", "밝혔", "전했", "덧붙였", "주장", "강조", "설명", "지적", "비판", "비난", "언급", "발표", "말하", "밝히",
    "답했", "물었", "경고", "호소", "촉구", "전망", "평가", "보도", "의결", "말한", "밝힌", "전해", "알려", "분석",
    "제안", "사과", "환영", "우려", "반박", "요구"
  };
  private static final Pattern KOREAN_QUOTATIVE =
      Pattern.compile("^\\s*(이?라고|고|이?라며|며|면서|이?라면서|이?라는|하고|하며|는|이?란)");
  // Japanese: 「…」と述べた / 「…」などと語った.
  private static final Pattern JAPANESE_QUOTATIVE =
      Pattern.compile(
          "^\\s*(?:など|とも)?(?:と|って|との)[^。]{0,20}?(?:述べ|語っ|語る|語り|話し|話す|発表|明らかに|強調|説明|指摘|批判"
              + "|言っ|言う|言い|表明|主張|訴え|答え|伝え|報じ|発言|コメント|呼びかけ|求め|示し|明かし|記者団に)");
  // Chinese: after the quote "”，王毅说" / "”他表示"; before it "王毅说：“" / "他表示，“".
  private static final Pattern CHINESE_AFTER =
      Pattern.compile("^[\\s，,]*([\\p{IsHan}·]{1,12}?)(?:说|說|表示|称|稱|指出|强调|強調|补充|補充|回答|写道|寫道|透露)");
  private static final Pattern CHINESE_BEFORE =
      Pattern.compile(
          "(?:说|說|表示|称|稱|指出|强调|強調|补充说|补充道|回答|写道|寫道|透露|宣布|宣佈|认为|認為)(?:道|说|說)?\\s*[：:，,]?\\s*$");
  private static final int MIN_UNATTRIBUTED_WORDS = 6;

  private QuoteExtractor() {}

  /** Quotes in {@code text}, splitting and resolving entities itself. */
  public static List<Quote> extract(String text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> sentences = SentenceSplitter.split(text);
    List<Entity> entities = EntityResolver.resolve(EntityExtractor.extract("", text, sentences));
    return extract(text, sentences, entities);
  }

  /**
   * Quotes in {@code text}, given its sentences and the entities resolved from its mentions (only
   * mentions whose offsets fall in {@code text} are used, so pass one document's entities).
   */
  public static List<Quote> extract(String text, List<Sentence> sentences, List<Entity> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(entities, "entities");
    TreeMap<Integer, Mention> mentionAt = new TreeMap<>();
    TreeMap<Integer, String> canonicalAt = new TreeMap<>();
    TreeMap<Integer, EntityType> typeAt = new TreeMap<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.end() <= text.length() && text.startsWith(m.text(), m.start())) {
          mentionAt.put(m.start(), m);
          canonicalAt.put(m.start(), e.canonical());
          typeAt.put(m.start(), e.type());
        }
      }
    }
    Context ctx = new Context(text, sentences, mentionAt, canonicalAt, typeAt);
    List<Quote> out = new ArrayList<>();
    Optional<String> carried = Optional.empty();
    boolean previousOpen = false;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = paragraphEnd(text, lineStart);
      if (text.substring(lineStart, lineEnd).isBlank()) {
        lineStart = lineEnd + 1; // blank lines between paragraphs change nothing
        continue;
      }
      List<int[]> spans = spans(text, lineStart, lineEnd);
      int lastEndInLine = -1;
      for (int s = 0; s < spans.size(); s++) {
        int[] span = spans.get(s);
        // A quote opening the paragraph after an unclosed one, or following an attributed quote
        // with only the attribution between ("…," he said. "…"), has the same speaker.
        boolean continuation =
            (s == 0 && previousOpen && text.substring(lineStart, span[0]).isBlank())
                || (lastEndInLine >= 0 && carried.isPresent() && span[0] - lastEndInLine < 80);
        Optional<Quote> q = ctx.quote(span, lineStart, lineEnd, continuation, carried);
        if (q.isPresent()) {
          out.add(q.get());
          carried = q.get().speaker();
          lastEndInLine = span[2];
        } else {
          lastEndInLine = -1;
        }
      }
      previousOpen = !spans.isEmpty() && spans.get(spans.size() - 1)[3] == 0;
      if (!previousOpen) {
        carried = Optional.empty();
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** End of the paragraph starting at {@code from}: the next blank line, or the end. */
  private static int paragraphEnd(String text, int from) {
    int i = text.indexOf('\n', from);
    while (i >= 0) {
      int j = i + 1;
      while (j < text.length()
          && text.charAt(j) != '\n'
          && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j >= text.length() || text.charAt(j) == '\n') {
        return i;
      }
      i = text.indexOf('\n', j);
    }
    return text.length();
  }

  /** Quoted spans in a paragraph: {openMark, contentStart, contentEnd, closed(1|0)}. */
  private static List<int[]> spans(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char close = closerFor(text.charAt(i));
      if (close == 0) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to && text.charAt(j) != close) {
        j++;
      }
      if (j < to) {
        out.add(new int[] {i, i + 1, j, 1});
        i = j + 1;
      } else {
        out.add(new int[] {i, i + 1, to, 0});
        i = to;
      }
    }
    return out;
  }

  /** The closing mark for an opening mark at {@code i}, or 0 when it opens no quote. */
  private static char closerFor(char c) {
    switch (c) {
      case '"':
        return '"';
      case '\uFF02':
        return '\uFF02';
      case '\u201C':
        return '\u201D';
      case '\u201E':
        return '\u201C';
      case '\u00AB':
        return '\u00BB';
      case '\u300C':
        return '\u300D';
      case '\u300E':
        return '\u300F';
      default:
        return 0;
    }
  }

  private static final class Context {
    final String text;
    final List<Sentence> sentences;
    final TreeMap<Integer, Mention> mentionAt;
    final TreeMap<Integer, String> canonicalAt;
    final TreeMap<Integer, EntityType> typeAt;
    final Set<String> verbs = Lexicon.get().section("person-cue-verbs");

    Context(
        String text,
        List<Sentence> sentences,
        TreeMap<Integer, Mention> mentionAt,
        TreeMap<Integer, String> canonicalAt,
        TreeMap<Integer, EntityType> typeAt) {
      this.text = text;
      this.sentences = sentences;
      this.mentionAt = mentionAt;
      this.canonicalAt = canonicalAt;
      this.typeAt = typeAt;
    }

    Optional<Quote> quote(
        int[] span, int lineStart, int lineEnd, boolean continuation, Optional<String> carried) {
      int s = span[1];
      int e = span[2];
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
        e--;
      }
      if (e <= s) {
        return Optional.empty();
      }
      int words = 0;
      int cjk = 0;
      for (Token t : Tokenizer.tokenize(text, s, e)) {
        if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
          words++;
          if (Scripts.isCjkOrHangul(t.text().codePointAt(0))) {
            cjk += t.text().length();
          }
        }
      }
      boolean korean = cjk * 2 >= e - s;
      int afterStart = span[3] == 1 ? span[2] + 1 : span[2];
      Attribution a =
          korean
              ? cjkAttribution(span[0], afterStart, lineStart, lineEnd)
              : englishAttribution(span[0], afterStart, lineStart, lineEnd);
      boolean longEnough = korean ? cjk >= 4 : words >= 3;
      boolean accepted =
          continuation
              || (a.found && longEnough)
              || (korean ? cjk >= 15 : words >= MIN_UNATTRIBUTED_WORDS);
      if (!accepted) {
        return Optional.empty();
      }
      Optional<String> speaker = a.found ? a.speaker : continuation ? carried : Optional.empty();
      return Optional.of(new Quote(text.substring(s, e), s, e, speaker, sentenceAt(s)));
    }

    /** "…," Lee said. / "…," said Lee. / Lee said: "…" / Jobs called it "…". */
    Attribution englishAttribution(int open, int afterStart, int lineStart, int lineEnd) {
      List<Token> after = Tokenizer.tokenize(text, afterStart, Math.min(lineEnd, afterStart + 160));
      int k = 0;
      while (k < after.size() && isComma(after.get(k))) {
        k++;
      }
      if (k < after.size() && k < 2) {
        // "…," said Lee / "…," said the minister
        if (isVerb(after.get(k))) {
          for (int m = k + 1; m < Math.min(after.size(), k + 5); m++) {
            Token t = after.get(m);
            if (isPronoun(t)) {
              return Attribution.of(pronounReferent(open));
            }
            Optional<String> who = speakerAt(t.start());
            if (who.isPresent()) {
              return Attribution.of(who);
            }
            if (t.kind() == Token.Kind.PUNCTUATION) {
              break;
            }
          }
          return Attribution.of(Optional.empty());
        }
        // "…," Lee said / "…," he said / "…," Apple spokesman Steve Dowling said
        for (int m = k; m < Math.min(after.size(), k + 7); m++) {
          Token t = after.get(m);
          if (t.kind() == Token.Kind.PUNCTUATION && !t.text().equals(".")) {
            break;
          }
          if (isVerb(t) && m > k) {
            return Attribution.of(subjectBefore(after, k, m, open));
          }
        }
      }
      int floor = Math.max(lineStart, open - 200);
      Sentence sentence = sentenceAt(open);
      if (sentence.start() <= open) {
        floor = Math.max(floor, sentence.start());
      }
      List<Token> before = Tokenizer.tokenize(text, floor, open);
      // Lee said: "…" / saying, "…" / Jobs called the new software "…"
      for (int m = before.size() - 1; m >= Math.max(0, before.size() - 8); m--) {
        Token t = before.get(m);
        if (isVerb(t)) {
          if (t.text().equalsIgnoreCase("according")) {
            return Attribution.none();
          }
          return Attribution.of(subjectBefore(before, 0, m, open));
        }
        if (t.text().equals(".") || t.text().equals(";")) {
          break;
        }
      }
      if (!before.isEmpty() && before.get(before.size() - 1).text().equals(":")) {
        return Attribution.of(subjectBefore(before, 0, before.size() - 1, open));
      }
      return Attribution.none();
    }

    /** Korean, Japanese or Chinese attribution, whichever the text around the quote has. */
    Attribution cjkAttribution(int open, int afterStart, int lineStart, int lineEnd) {
      String after = text.substring(afterStart, Math.min(lineEnd, afterStart + 40));
      if (JAPANESE_QUOTATIVE.matcher(after).find()) {
        return speakerBefore(open, lineStart); // 菅官房長官は「…」と述べた
      }
      var m = CHINESE_AFTER.matcher(after);
      if (m.find()) {
        // "…”，王毅说: the speaker named right after the quote, or a pronoun's referent.
        String who = m.group(1);
        if (who.equals("他") || who.equals("她")) {
          return Attribution.of(pronounReferent(open));
        }
        var entry = mentionAt.ceilingEntry(afterStart);
        if (entry != null && entry.getKey() < afterStart + m.end()) {
          return Attribution.of(speakerAt(entry.getKey()));
        }
        // A name told with its title earlier and bare here ("外长王毅…。“…”王毅表示").
        for (var e : mentionAt.entrySet()) {
          if (e.getValue().text().equals(who)) {
            return Attribution.of(speakerAt(e.getKey()));
          }
        }
        return Attribution.of(Optional.empty());
      }
      String before = text.substring(Math.max(lineStart, open - 30), open);
      if (CHINESE_BEFORE.matcher(before).find()) {
        return speakerBefore(open, lineStart); // 王毅说：“…”
      }
      return koreanAttribution(open, afterStart, lineStart, lineEnd);
    }

    /** The nearest person or organisation named before {@code open} in its sentence. */
    Attribution speakerBefore(int open, int lineStart) {
      Sentence sentence = sentenceAt(open);
      int floor = Math.max(lineStart, Math.min(open, sentence.start()));
      var entry = mentionAt.lowerEntry(open);
      while (entry != null && entry.getKey() >= floor) {
        Optional<String> who = speakerAt(entry.getKey());
        if (who.isPresent()) {
          return Attribution.of(who);
        }
        entry = mentionAt.lowerEntry(entry.getKey());
      }
      return Attribution.of(Optional.empty());
    }

    /** 이재명 대표는 "…"고 말했다: a speech verb soon after, the speaker named before. */
    Attribution koreanAttribution(int open, int afterStart, int lineStart, int lineEnd) {
      int to = Math.min(lineEnd, afterStart + 60);
      String after = text.substring(afterStart, to);
      int sentenceEnd = after.indexOf('.');
      if (sentenceEnd >= 0) {
        after = after.substring(0, sentenceEnd + 1);
      }
      boolean verb = false;
      for (String v : KOREAN_SPEECH) {
        verb |= after.contains(v);
      }
      // "…"고 말했다: a quotative ending right after the mark, then a speech verb.
      if (!verb || !KOREAN_QUOTATIVE.matcher(after).find()) {
        return Attribution.none();
      }
      return speakerBefore(open, lineStart);
    }

    /**
     * The name or pronoun right before the verb at {@code verbIndex} (within four tokens); a
     * pronoun refers to the nearest person before the quote mark at {@code open}.
     */
    Optional<String> subjectBefore(List<Token> tokens, int floor, int verbIndex, int open) {
      for (int m = verbIndex - 1; m >= Math.max(floor, verbIndex - 4); m--) {
        Token t = tokens.get(m);
        if (isPronoun(t)) {
          return pronounReferent(Math.min(open, t.start()));
        }
        if (NON_SPEAKERS.contains(t.text().toLowerCase(Locale.ROOT))) {
          return Optional.empty();
        }
        Optional<String> who = speakerCovering(t.start());
        if (who.isPresent()) {
          return who;
        }
        if (t.kind() == Token.Kind.PUNCTUATION && !t.text().equals(".")) {
          break;
        }
      }
      return Optional.empty();
    }

    Optional<String> speakerAt(int offset) {
      Mention m = mentionAt.get(offset);
      if (m == null) {
        return Optional.empty();
      }
      EntityType type = typeAt.get(offset);
      if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
        return Optional.of(canonicalAt.get(offset));
      }
      return Optional.empty();
    }

    Optional<String> speakerCovering(int offset) {
      var e = mentionAt.floorEntry(offset);
      if (e == null || e.getValue().end() <= offset) {
        return Optional.empty();
      }
      return speakerAt(e.getKey());
    }

    /** The nearest person mentioned before {@code offset}. */
    Optional<String> pronounReferent(int offset) {
      var e = mentionAt.lowerEntry(offset);
      while (e != null) {
        if (typeAt.get(e.getKey()) == EntityType.PERSON) {
          return Optional.of(canonicalAt.get(e.getKey()));
        }
        e = mentionAt.lowerEntry(e.getKey());
      }
      return Optional.empty();
    }

    boolean isVerb(Token t) {
      return t.kind() == Token.Kind.WORD && verbs.contains(t.text().toLowerCase(Locale.ROOT));
    }

    Sentence sentenceAt(int offset) {
      Sentence best = null;
      for (Sentence s : sentences) {
        if (s.start() <= offset) {
          best = s;
        } else {
          break;
        }
      }
      if (best == null) {
        if (!sentences.isEmpty()) {
          return sentences.get(0);
        }
        int end = Math.min(text.length(), offset + 1);
        return new Sentence(text.substring(offset, end), offset, end);
      }
      return best;
    }
  }

  private static boolean isComma(Token t) {
    return t.text().equals(",");
  }

  private static boolean isPronoun(Token t) {
    return PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** Whether a speech verb was found, and who it names. */
  private static final class Attribution {
    final boolean found;
    final Optional<String> speaker;

    private Attribution(boolean found, Optional<String> speaker) {
      this.found = found;
      this.speaker = speaker;
    }

    static Attribution of(Optional<String> speaker) {
      return new Attribution(true, speaker);
    }

    static Attribution none() {
      return new Attribution(false, Optional.empty());
    }
  }
}
