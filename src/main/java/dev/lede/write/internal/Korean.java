package dev.lede.write.internal;

import dev.lede.lang.Analyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.dict.Dictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The little Korean grammar the writer needs, on eojeol (space-separated words): particles come off
 * the end of a word ({@link Words#koreanStem}), a verbal noun's ending comes off a predicate
 * ("예언하였다" gives "예언", "발견되었다" gives "발견"), and a sentence becomes a headline in the noun-ending
 * style of Korean news ("파울이 … 우승을 예언하였다." gives "파울, … 우승 예언"), another verb in the past in the 해
 * form headlines use ("7명이 숨졌다" gives "7명 숨져"; Nori's part-of-speech tags tell a past ending from a
 * stem's own ㅆ), and a date or time goes. Nothing here adds a word the source lacks: every piece is
 * a prefix of a source word but a 해 form, which is the source verb's own past without its ㅆ.
 */
public final class Korean {
  /** Endings of 하다/되다 verbs after a verbal noun, longest first. */
  private static final List<String> VERB_ENDINGS =
      List.of(
          "하였으며", "하였다", "하였고", "되었으며", "되었다", "되었고", "했으며", "했다", "했고", "됐으며", "됐다", "됐고", "한다",
          "된다", "하며", "되며", "하고", "되고", "하여", "되어", "해", "돼", "하는", "되는", "한", "된", "할", "될", "시켰다",
          "시킨", "받았다", "당했다");

  /** Copula endings after a noun ("총리이다", "사고였다"). */
  private static final List<String> COPULA = List.of("이었다", "였다", "이다", "이며", "이고");

  /** Last syllables that mark a word as a verb or adnominal form, never a noun. */
  private static final Set<Character> VERBAL_ENDS =
      Set.of('다', '며', '고', '면', '게', '지', '던', '는', '을', '를', '해', '여', '어', '아', '요', '듯', '니');

  private Korean() {}

  /** Whether most letters of {@code text} are Hangul. */
  public static boolean isKorean(String text) {
    int letters = 0;
    int hangul = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isLetter(ch)) {
        letters++;
        if (ch >= 0xAC00 && ch <= 0xD7A3) {
          hangul++;
        }
      }
    }
    return letters > 0 && hangul * 2 > letters;
  }

  /**
   * The noun a Korean word stands on: its particle removed, then the ending of a 하다/되다 verb or of
   * the copula; empty when what is left is not noun-like (a verb or adnominal form, one syllable,
   * digits).
   */
  public static Optional<String> noun(String word, String text) {
    String w = stripPunctuation(word);
    // "아이폰4" is a name; "2010년" and "9경기" are counts.
    if (!Words.isHangul(w) || Character.isDigit(w.charAt(0))) {
      return Optional.empty();
    }
    String stem = Words.koreanStem(w);
    // 이 and 가 also end nouns ("점쟁이", "전문가"): a particle only if the text writes the stem
    // without it somewhere.
    if ((w.endsWith("이") || w.endsWith("가"))
        && stem.length() == w.length() - 1
        && occurrences(text, stem) == occurrences(text, w)) {
      stem = w;
    }
    boolean stripped = !stem.equals(w);
    if (!stripped) {
      for (String e : VERB_ENDINGS) {
        if (w.endsWith(e) && w.length() - e.length() >= 2) {
          stem = w.substring(0, w.length() - e.length());
          stripped = true;
          break;
        }
      }
    }
    if (!stripped) {
      for (String e : COPULA) {
        if (w.endsWith(e) && w.length() - e.length() >= 2) {
          stem = w.substring(0, w.length() - e.length());
          break;
        }
      }
    }
    if (stem.length() < 2
        || VERBAL_ENDS.contains(stem.charAt(stem.length() - 1))
        || Words.KO_STOPWORDS.contains(stem)) {
      return Optional.empty();
    }
    return Optional.of(stem);
  }

  /** Titles and roles: a subject that is one of these needs the name before it. */
  static final Set<String> ROLES =
      Set.of(
          "대통령", "총리", "장관", "차관", "비서", "의원", "대표", "위원장", "회장", "사장", "감독", "선수", "교수", "대변인",
          "관계자", "후보자", "후보", "국왕", "여왕", "왕자", "총장", "청장", "시장", "지사", "주석", "총리대신", "서기장");

  /** Connective endings that close a subordinate clause ("…중단된데 이어,", "…점쳤으며,"). */
  private static final Pattern SUBORDINATE_END =
      Pattern.compile("(?:며|고|서|어|여|니|데|면|만|지만|는데|으나|나|자|이어|따라)[,，]$");

  private static final Pattern ASIDE = Pattern.compile("\\s?[(（][^()（）]{0,80}[)）]");

  /**
   * A headline clause from one sentence in the noun-ending style of Korean news, at most {@code
   * budget} chars, from the sentence's main clause (what follows its last subordinate clause): the
   * predicate becomes its verbal noun and the object particle before it goes; the subject (the
   * first word marked 이/가/은/는 whose stem is a noun, with the name before it when it is a title such
   * as 대통령) is followed by a comma, unless it stands right before the predicate ("수도권 전철 운행 중단");
   * the words nearest the predicate are kept while they fit. Bracketed asides go. Empty when the
   * predicate is not a 하다/되다 verb or a copula, or nothing fits.
   */
  public static Optional<String> headlineClause(String sentence, int budget) {
    String s = ASIDE.matcher(sentence.strip()).replaceAll("");
    s = s.replaceAll("[.!?。]+[\"'”’]?$", "").strip();
    s = WHEN.matcher(s).replaceAll("").strip();
    String[] all = s.split("\\s+");
    if (all.length < 2) {
      return Optional.empty();
    }
    Optional<String> predicate = predicateNoun(all[all.length - 1]);
    // Any other verb in the past takes the 해 form of headlines ("숨졌다" -> "숨져"); its object
    // keeps its particle ("네덜란드를 꺾어").
    boolean verbal = predicate.isEmpty();
    if (verbal) {
      predicate = haeForm(all[all.length - 1]);
    }
    if (predicate.isEmpty()) {
      return Optional.empty();
    }
    int start = 0;
    for (int i = 0; i < all.length - 1; i++) {
      if (SUBORDINATE_END.matcher(all[i]).find()) {
        start = i + 1;
      }
    }
    List<String> w = new ArrayList<>(List.of(all).subList(start, all.length - 1));
    int subject = -1;
    for (int i = 0; i < w.size() && subject < 0; i++) {
      if (subjectStem(w.get(i)).isPresent()) {
        subject = i;
      }
    }
    String subj = "";
    int subjFrom = subject;
    if (subject >= 0) {
      subj = subjectStem(w.get(subject)).get();
      // A title as subject ("대통령이") takes the bare words naming whom ("버락 오바마 미국 제44대").
      // A subject right before the predicate takes its bare modifiers ("수도권 전철 운행").
      boolean role = ROLES.contains(subj);
      boolean adjacent = subject == w.size() - 1;
      if (role || adjacent) {
        while (subjFrom > 0 && subject - subjFrom < 4 && bare(w.get(subjFrom - 1))) {
          subjFrom--;
        }
        if (role && subjFrom == subject) {
          subj = "";
          subject = -1;
        } else {
          subj =
              String.join(" ", w.subList(subjFrom, subject))
                  + (subjFrom < subject ? " " : "")
                  + subj;
        }
      }
    }
    if (subject >= 0 && subjFrom == subject && subjFrom > 0) {
      // "지진의 강도가": the owner in the genitive says whose; the headline keeps it bare ("지진
      // 강도"), not "강도" alone.
      String owner = w.get(subjFrom - 1);
      if (owner.length() > 2 && owner.endsWith("의") && Words.isHangul(owner)) {
        subj = owner.substring(0, owner.length() - 1) + " " + subj;
        subjFrom--;
      }
    }
    List<String> middle = new ArrayList<>(w.subList(subject + 1, w.size()));
    if (!middle.isEmpty() && !verbal) {
      middle.set(middle.size() - 1, objectStem(middle.get(middle.size() - 1)));
    }
    String head = subj.isEmpty() ? "" : middle.isEmpty() ? subj + " " : subj + ", ";
    if (subject >= 0 && middle.isEmpty() && subjFrom > 0) {
      // "폭우로 인해 수도권 전철 운행 중단": what came before the subject says why.
      middle = new ArrayList<>(w.subList(0, subjFrom));
      head = "";
      predicate = Optional.of(subj + " " + predicate.get());
    }
    List<String> kept = new ArrayList<>();
    int len = head.length() + predicate.get().length();
    for (int i = middle.size() - 1; i >= 0; i--) {
      int add = middle.get(i).length() + 1;
      if (len + add > budget) {
        break;
      }
      kept.add(0, middle.get(i));
      len += add;
    }
    if (len > budget || (kept.isEmpty() && head.isEmpty() && !predicate.get().contains(" "))) {
      return Optional.empty();
    }
    // A kept run must not open on a word that only modifies what was cut.
    while (!kept.isEmpty() && kept.size() < middle.size() && opensBadly(kept.get(0))) {
      kept.remove(0);
    }
    StringBuilder b = new StringBuilder(head);
    for (String k : kept) {
      b.append(k).append(' ');
    }
    b.append(predicate.get());
    String out = b.toString().strip();
    return balanced(out) ? Optional.of(out) : Optional.empty();
  }

  /**
   * When something happened, which a headline leaves out: "2009년 6월 25일", "12일 오후 7시25분", "지난 19일
   * 현지시각으로 오전 10시 30분 쯤," (a year alone, as in "2010년 FIFA 월드컵", stays).
   */
  private static final Pattern WHEN =
      Pattern.compile(
          "(?<![^\\s])(?:지난\\s|오는\\s)?(?:[0-9]{4}년\\s?)?(?:[0-9]{1,2}월\\s?)?[0-9]{1,2}일"
              + "(?:\\s?\\(?현지\\s?시[간각]\\)?(?:으로)?)?(?:\\s?(?:오전|오후|새벽|밤|저녁|아침))?"
              + "(?:\\s?[0-9]{1,2}시(?:\\s?[0-9]{1,2}분)?)?(?:\\s?(?:쯤|경|께|무렵))?"
              + "(?:에는|에도|에|부터|까지)?,?(?=\\s|$)");

  private static final Analyzer NORI = Analyzers.korean();

  /** Negation and existence: "발표하지 않았다", "집에 있었다" tell no event. */
  private static final Set<String> STATES = Set.of("않", "못하", "있", "없", "계시");

  /** Endings of the past tense, as Nori gives them. */
  private static final Set<String> PAST = Set.of("었", "았", "였");

  /**
   * The 해 form headlines give a verb in the past ("숨졌다" -> "숨져", "꺾었다" -> "꺾어", "있었다" -> "있어"),
   * when Nori reads the word as a verb or adjective, a past-tense ending and the final "다"; empty
   * otherwise ("있다" is no past: its ㅆ is the verb's own).
   */
  static Optional<String> haeForm(String word) {
    String w = stripPunctuation(word);
    if (w.length() < 2 || !w.endsWith("다") || !Words.isHangul(w)) {
      return Optional.empty();
    }
    List<String[]> m = morphemes(w);
    int n = m.size();
    boolean past =
        n >= 3
            && m.get(n - 1)[0].equals("다")
            && PAST.contains(m.get(n - 2)[0])
            && m.get(n - 2)[1].equals("E")
            && Set.of("VV", "VA", "VX", "XSV", "XSA").contains(m.get(n - 3)[1])
            && !STATES.contains(m.get(n - 3)[0]);
    String stem = w.substring(0, w.length() - 1);
    char last = stem.charAt(stem.length() - 1);
    if (!past || last < 0xAC00 || last > 0xD7A3 || (last - 0xAC00) % 28 != 20) {
      return Optional.empty();
    }
    return Optional.of(stem.substring(0, stem.length() - 1) + (char) (last - 20));
  }

  /**
   * Whether a Korean headline word is one of the quote's words without its particle or ending ("취임"
   * of "취임하였다", "대통령" of "대통령이"), or the 해 form of one in the past ("숨져" of "숨졌다").
   */
  public static boolean inQuoteWords(String word, Set<String> quoteWords) {
    if (word.length() < 2 || !Words.isHangul(word)) {
      return false;
    }
    char last = word.charAt(word.length() - 1);
    String past =
        last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 == 0
            ? word.substring(0, word.length() - 1) + (char) (last + 20)
            : null;
    for (String q : quoteWords) {
      if (q.startsWith(word) || past != null && q.startsWith(past)) {
        return true;
      }
    }
    return false;
  }

  /** The word's morphemes as Nori analyses it, each {surface, tag}. */
  private static List<String[]> morphemes(String word) {
    List<String[]> out = new ArrayList<>();
    try (TokenStream ts = NORI.tokenStream("w", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PartOfSpeechAttribute pos = ts.addAttribute(PartOfSpeechAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        Dictionary.Morpheme[] parts = pos.getMorphemes();
        if (parts != null && parts.length > 0) {
          for (Dictionary.Morpheme p : parts) {
            out.add(new String[] {p.surfaceForm, p.posTag.name()});
          }
        } else {
          out.add(new String[] {term.toString(), pos.getLeftPOS().name()});
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Nori could not read " + word, e);
    }
    return out;
  }

  /** A word with no particle or ending: part of the noun phrase that follows it. */
  private static boolean bare(String word) {
    if (word.endsWith(",") || word.endsWith(".")) {
      return false;
    }
    String stem = Words.koreanStem(word);
    return stem.equals(word)
        && !VERBAL_ENDS.contains(word.charAt(word.length() - 1))
        && !word.endsWith("한")
        && !word.endsWith("된")
        && !word.endsWith("인");
  }

  private static int occurrences(String text, String w) {
    int n = 0;
    for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      n++;
    }
    return n;
  }

  /** The verbal noun of a sentence-final predicate ("예언하였다" gives "예언"). */
  static Optional<String> predicateNoun(String word) {
    String w = stripPunctuation(word);
    for (String e : List.of("하였다", "했다", "한다", "되었다", "됐다", "된다", "시켰다", "당했다")) {
      if (w.endsWith(e) && w.length() - e.length() >= 2 && Words.isHangul(w)) {
        String stem = w.substring(0, w.length() - e.length());
        return Optional.of(stem);
      }
    }
    for (String e : COPULA) {
      if (w.endsWith(e) && w.length() - e.length() >= 2) {
        return Optional.of(w.substring(0, w.length() - e.length()));
      }
    }
    return Optional.empty();
  }

  /** The stem of a word marked as subject or topic (이/가/은/는), when it is noun-like. */
  static Optional<String> subjectStem(String word) {
    String w = word;
    for (String p : List.of("이", "가", "은", "는")) {
      if (w.length() >= p.length() + 2 && w.endsWith(p) && Words.isHangul(w)) {
        String stem = w.substring(0, w.length() - p.length());
        if (stem.chars().allMatch(ch -> ch >= 0xAC00 && ch <= 0xD7A3 || Character.isDigit(ch))
            && !Character.isDigit(stem.charAt(0))
            && !VERBAL_ENDS.contains(stem.charAt(stem.length() - 1))
            && !stem.endsWith("라") // "…라는": a quotative, not a subject
            && !Words.KO_STOPWORDS.contains(stem)
            && !stem.endsWith("하") // "하는", "있는": adnominal verbs, not subjects
            && !stem.endsWith("있")
            && !stem.endsWith("없")) {
          return Optional.of(stem);
        }
      }
    }
    return Optional.empty();
  }

  private static String objectStem(String word) {
    for (String p : List.of("을", "를")) {
      if (word.length() >= 3 && word.endsWith(p) && Words.isHangul(word)) {
        return word.substring(0, word.length() - 1);
      }
    }
    return word;
  }

  private static boolean opensBadly(String word) {
    return word.endsWith("의") || word.endsWith("한") || word.endsWith("된") || word.endsWith("인");
  }

  private static String stripPunctuation(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
      b--;
    }
    return w.substring(a, b);
  }

  private static boolean balanced(String s) {
    long straight = s.chars().filter(ch -> ch == '"').count();
    long single = s.chars().filter(ch -> ch == '\'').count();
    long open = s.chars().filter(ch -> ch == '“' || ch == '‘').count();
    long close = s.chars().filter(ch -> ch == '”' || ch == '’').count();
    return straight % 2 == 0
        && single % 2 == 0
        && open == close
        && s.indexOf('(') < 0 == (s.indexOf(')') < 0);
  }
}
