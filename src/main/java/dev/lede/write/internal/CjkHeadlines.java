package dev.lede.write.internal;

import dev.lede.lang.Analyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese and Chinese sentences in their own headline styles. Japanese (on Kuromoji's
 * part-of-speech tags): the predicate ends on its noun ("…を発表した" gives "…を発表", 体言止め), any other
 * verb takes its dictionary form ("亡くなった" gives "亡くなる"), a copula goes, the topic's "は" becomes "、"
 * ("財務省は…" gives "財務省、…"), and a leading source ("読売新聞によると、"), date or connective goes. Chinese (on
 * SmartChinese's words): the aspect particle "了" goes, as do a leading source ("据新华社报道，") or date,
 * and the headline is the sentence's first clause. Neither adds a word: every piece is the
 * sentence's, but a Japanese verb's dictionary form.
 */
public final class CjkHeadlines {
  private CjkHeadlines() {}

  /** Japanese headlines run to about this many characters at most. */
  static final int JAPANESE_SHORT = 45;

  /** Chinese headlines run to about this many characters. */
  static final int CHINESE_SHORT = 32;

  private static final Analyzer JAPANESE = Analyzers.japanese(false);

  private static final Analyzer CHINESE = Analyzers.chinese();

  private static final Pattern BRACKETS = Pattern.compile("\\s?[(（][^()（）]{0,80}[)）]");

  /** "読売新聞によると、", "AP通信によれば、": who reported it, not the news. */
  private static final Pattern JA_SOURCE = Pattern.compile("^[^、。]{1,40}?によ(?:ると|れば)、");

  /** "2011年4月7日午後11時32分頃、", "28日、", "同日、": when, which a headline leaves out. */
  private static final Pattern JA_WHEN =
      Pattern.compile(
          "^(?:(?:[0-9０-９]+|同|前|昨|今)(?:年|月|日|時|分)|午前|午後|頃|ごろ|現地時間|(?:UTC|JST)[+−-]?[0-9]*)+、?");

  /** "28日、", "12月26日に", "5月3日午前7時28分": a date inside the sentence. */
  private static final Pattern JA_DATE =
      Pattern.compile(
          "(?>(?:現地時間)?(?:翌|同|前|昨)?(?:[0-9０-９]+年)?(?:[0-9０-９]+月)?[0-9０-９]+日"
              + "(?:午前|午後|未明|朝|夜|夕方)?(?:[0-9０-９]+時(?:[0-9０-９]+分)?)?(?:頃|ごろ)?"
              + "(?:に|、)?)(?![でのまかよ])");

  /** "据新华社报道，", "据路透社消息，": who reported it. */
  private static final Pattern ZH_SOURCE =
      Pattern.compile("^(?:据|據)[^，,。]{1,24}?(?:报道|報導|报导|消息|透露|称|稱)[，,]");

  /** "3月5日，", "当地时间5日上午，", "昨天，": when. */
  private static final Pattern ZH_WHEN =
      Pattern.compile(
          "^(?:当地时间|當地時間)?(?:(?:[0-9０-９]+|[一二三四五六七八九十]+)(?:年|月|日|号|號|时|時))*"
              + "(?:上午|下午|晚上|晚间|凌晨|早上|今天|昨天|今日|昨日)?[，,]");

  private record Tok(String text, int start, int end, String pos, String base) {
    boolean is(String prefix) {
      return pos.startsWith(prefix);
    }
  }

  /** A Japanese sentence as a headline of at most {@code budget} chars, when it makes one. */
  public static Optional<String> japanese(String sentence, int budget) {
    String s = BRACKETS.matcher(sentence.strip()).replaceAll("");
    s = JA_SOURCE.matcher(s).replaceFirst("");
    s = JA_WHEN.matcher(s).replaceFirst("");
    s = JA_DATE.matcher(s).replaceAll("");
    s = s.replaceAll("[。．.！？!?]+$", "").strip();
    List<Tok> t = tokens(JAPANESE, s, true);
    if (t.size() < 3) {
      return Optional.empty();
    }
    int from = 0;
    while (from < t.size() - 1 && (t.get(from).is("接続詞") || t.get(from).is("記号"))) {
      from++; // "また、", "しかし、"
    }
    Optional<String> end = predicateEnd(s, t);
    if (end.isEmpty()) {
      return Optional.empty();
    }
    String body = s.substring(t.get(from).start(), cutAt(s, t)) + end.get();
    // The topic: the first "は" after a noun, within the opening words, becomes "、".
    int offset = t.get(from).start();
    for (int i = from + 1; i < t.size(); i++) {
      Tok x = t.get(i);
      if (x.start() - offset > 25 || x.start() - offset >= body.length() - 2) {
        break;
      }
      if (x.text().equals("は") && x.is("助詞-係助詞") && t.get(i - 1).is("名詞")) {
        int at = x.start() - offset;
        boolean comma = at + 1 < body.length() && body.charAt(at + 1) == '、';
        body = body.substring(0, at) + (comma ? "" : "、") + body.substring(at + 1);
        break;
      }
      if (x.text().equals("、")) {
        break;
      }
    }
    if (body.length() > Math.min(budget, JAPANESE_SHORT)) {
      // Too long: the topic and the last clause before the predicate.
      int topic = body.indexOf('、');
      int last = body.lastIndexOf('、');
      if (topic > 0 && last > topic && topic <= 25) {
        String shorter = body.substring(0, topic + 1) + body.substring(last + 1);
        if (shorter.length() - topic > 4) {
          body = shorter;
        }
      }
    }
    return body.length() <= Math.min(budget, JAPANESE_SHORT)
            && body.codePointCount(0, body.length()) >= 4
        ? Optional.of(body)
        : Optional.empty();
  }

  /** Where the kept text stops: before the predicate's inflection (see {@link #predicateEnd}). */
  private static int cutAt(String s, List<Tok> t) {
    int h = head(t);
    Tok x = t.get(h);
    if (x.is("名詞")) {
      return x.end();
    }
    return x.start();
  }

  /** The index of the predicate's head: the last token before its auxiliaries and endings. */
  private static int head(List<Tok> t) {
    int k = t.size() - 1;
    while (k > 0
        && (t.get(k).is("助動詞")
            || t.get(k).is("動詞-非自立")
            || t.get(k).is("動詞-接尾")
            || t.get(k).is("助詞-接続助詞")
                && (t.get(k).text().equals("て") || t.get(k).text().equals("で"))
            || t.get(k).is("助詞-終助詞")
            || t.get(k).is("記号"))) {
      k--;
    }
    // "発表し(た)": する after a noun that takes it ends on the noun.
    if (k > 0 && t.get(k).is("動詞") && "する".equals(t.get(k).base()) && t.get(k - 1).is("名詞")) {
      return k - 1;
    }
    // "地震があった": what there was is the news.
    if (k > 1
        && t.get(k).is("動詞")
        && ("ある".equals(t.get(k).base()) || "いる".equals(t.get(k).base()))
        && t.get(k - 1).text().equals("が")
        && t.get(k - 2).is("名詞")) {
      return k - 2;
    }
    return k;
  }

  /** What the predicate's head becomes: nothing after a noun, else its dictionary form. */
  private static Optional<String> predicateEnd(String s, List<Tok> t) {
    int h = head(t);
    Tok x = t.get(h);
    for (int k = h + 1; k < t.size(); k++) {
      String base = t.get(k).base();
      if ("ない".equals(base) || "ぬ".equals(base) || "ん".equals(t.get(k).text())) {
        return Optional.empty(); // a negation needs its ending: not one to shorten
      }
    }
    if (x.is("名詞")) {
      return Optional.of("");
    }
    if (x.is("動詞") || x.is("形容詞")) {
      // A passive or causative keeps its suffix: "行われた" gives "行われる", not "行う".
      for (int k = t.size() - 1; k > h; k--) {
        if (t.get(k).is("動詞-接尾")) {
          return Optional.of(s.substring(x.start(), t.get(k).start()) + t.get(k).base());
        }
      }
      return Optional.of(x.base());
    }
    return Optional.empty();
  }

  /** A Chinese sentence as a headline of at most {@code budget} chars, when it makes one. */
  public static Optional<String> chinese(String sentence, int budget) {
    String s = BRACKETS.matcher(sentence.strip()).replaceAll("");
    s = ZH_SOURCE.matcher(s).replaceFirst("");
    s = ZH_WHEN.matcher(s).replaceFirst("");
    s = s.replaceAll("[。．.！？!?]+$", "").strip();
    String[] clauses = s.split("[，,；;：:]");
    String clause = clauses[0].strip();
    if (clause.length() < 6 && clauses.length > 1) {
      clause = clause + " " + clauses[1].strip(); // "美国总统奥巴马，" alone names no news
    }
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Tok x : tokens(CHINESE, clause, false)) {
      b.append(clause, at, x.start());
      if (!x.text().equals("了")) {
        b.append(clause, x.start(), x.end());
      }
      at = x.end();
    }
    b.append(clause.substring(at));
    String out = b.toString().strip();
    int limit = Math.min(budget, CHINESE_SHORT);
    return out.length() <= limit && out.length() >= 5 ? Optional.of(out) : Optional.empty();
  }

  private static List<Tok> tokens(Analyzer a, String text, boolean pos) {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute p = pos ? ts.addAttribute(PartOfSpeechAttribute.class) : null;
      BaseFormAttribute bf = pos ? ts.addAttribute(BaseFormAttribute.class) : null;
      ts.reset();
      while (ts.incrementToken()) {
        String tag = p == null || p.getPartOfSpeech() == null ? "" : p.getPartOfSpeech();
        String surface = text.substring(off.startOffset(), off.endOffset());
        String base = bf == null || bf.getBaseForm() == null ? surface : bf.getBaseForm();
        out.add(new Tok(term.toString(), off.startOffset(), off.endOffset(), tag, base));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does not fail
    }
    return out;
  }

  /** Whether the text is Japanese: it has kana. */
  public static boolean isJapanese(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
  }

  /** Whether the text is Chinese: mostly Han letters and no kana. */
  public static boolean isChinese(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long han =
        text.codePoints()
            .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            .count();
    return letters > 0 && han * 2 > letters && !isJapanese(text);
  }
}
