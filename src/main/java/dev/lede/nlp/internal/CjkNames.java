package dev.lede.nlp.internal;

import dev.lede.lang.Analyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Names in Japanese and Chinese text, which has no capitals and no spaces. Japanese goes through
 * Kuromoji, whose dictionary tags proper nouns (人名, 組織, 地域); a katakana word before a title
 * ("オバマ大統領") is a person too. Chinese goes through SmartChinese's word segmenter, which tags
 * nothing: a person is the name beside a title ("国家主席习近平", "习近平主席"), starting with a common surname
 * or, after a title, any short run of words; an organisation ends in an organisation word ("外交部",
 * "人民银行"). Both analyzers are thread-safe (one token stream per thread).
 */
public final class CjkNames {
  /** What a name is. */
  public enum Kind {
    PERSON,
    ORGANIZATION,
    PLACE
  }

  /** One name found: offsets into the text, its kind, a title written beside it, and confidence. */
  public record Name(int start, int end, Kind kind, Optional<String> title, double confidence) {}

  private static final Analyzer JAPANESE = Analyzers.japanese(true);
  private static final Analyzer CHINESE = Analyzers.chinese();

  private static final Set<String> JA_TITLES =
      Set.of(
          "首相", "大統領", "氏", "外相", "総理", "総理大臣", "長官", "委員長", "議員", "知事", "市長", "社長", "会長", "総書記",
          "主席", "国務長官", "報道官", "大臣", "国防相", "外務大臣", "副大統領", "代表", "議長", "総裁", "監督", "選手", "容疑者",
          "被告", "教授", "博士", "国王", "女王", "首席", "書記", "元首相", "前首相", "官房長官");
  private static final Set<String> ORG_SUFFIXES_JA =
      Set.of("省", "庁", "党", "社", "銀行", "大学", "委員会", "政府", "局", "軍", "協会", "連盟", "機構", "裁判所");
  private static final Set<String> ZH_TITLES =
      Set.of(
          "主席", "总统", "總統", "总理", "總理", "首相", "外长", "外長", "部长", "部長", "总书记", "總書記", "发言人", "發言人",
          "委员长", "委員長", "国务卿", "國務卿", "大使", "市长", "市長", "省长", "省長", "书记", "書記", "董事长", "董事長", "总裁",
          "總裁", "主任", "议员", "議員", "副总统", "副總統", "副总理", "副總理", "国王", "國王", "女王", "教授", "总干事", "秘书长",
          "秘書長", "领导人", "領導人", "特使", "司令", "将军", "將軍");
  private static final Set<String> ZH_ORG_SUFFIXES =
      Set.of(
          "公司", "集团", "集團", "银行", "銀行", "大学", "大學", "委员会", "委員會", "政府", "外交部", "国防部", "國防部", "协会",
          "協會", "联盟", "聯盟", "组织", "組織", "法院", "新华社", "新華社", "通讯社", "通訊社", "电视台", "電視台", "议会", "議會",
          "国会", "國會");
  // Words that end a name after a title: verbs and particles of the sentence around it.
  private static final Set<String> ZH_STOPS =
      Set.of(
          "在", "于", "於", "和", "与", "與", "的", "说", "說", "表示", "今天", "昨天", "对", "對", "将", "將", "已",
          "也", "都", "是", "会", "會", "就", "称", "稱", "指出", "强调", "強調", "同", "向", "到", "从", "從", "为",
          "為", "了", "等", "及", "并", "並", "当天", "日", "周", "週", "时", "時", "上", "中", "后", "後");
  private static final String ZH_SURNAMES =
      "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯习習温溫胡朴文";

  private CjkNames() {}

  /** Names in Japanese {@code text[from, to)}. */
  public static List<Name> japanese(String text, int from, int to) {
    List<Tok> toks = tokens(JAPANESE, text, from, to, true);
    List<Name> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Tok t = toks.get(i);
      Kind kind =
          t.pos.startsWith("名詞-固有名詞-人名")
              ? Kind.PERSON
              : t.pos.startsWith("名詞-固有名詞-組織")
                  ? Kind.ORGANIZATION
                  : t.pos.startsWith("名詞-固有名詞-地域") ? Kind.PLACE : null;
      boolean katakana = kind == null && isKatakana(t.text) && t.text.length() >= 2;
      if (kind == null && !katakana) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < toks.size()
          && adjacent(toks.get(j - 1), toks.get(j))
          && continues(kind, toks.get(j))) {
        j++;
      }
      if (kind == Kind.PERSON) {
        // A name the dictionary half knows ("菅義" + "偉"): one or two more Han chars before a title.
        int k = j;
        while (k < toks.size()
            && k - j < 2
            && adjacent(toks.get(k - 1), toks.get(k))
            && toks.get(k).text.length() == 1
            && allHan(toks.get(k).text)
            && !JA_TITLES.contains(toks.get(k).text)) {
          k++;
        }
        if (k > j && k < toks.size() && JA_TITLES.contains(toks.get(k).text)) {
          j = k;
        }
      }
      int end = toks.get(j - 1).end;
      Optional<String> title = Optional.empty();
      if (j < toks.size()
          && adjacent(toks.get(j - 1), toks.get(j))
          && JA_TITLES.contains(toks.get(j).text)) {
        title = Optional.of(toks.get(j).text);
      }
      if (kind == Kind.ORGANIZATION || kind == Kind.PLACE) {
        if (j < toks.size()
            && adjacent(toks.get(j - 1), toks.get(j))
            && ORG_SUFFIXES_JA.contains(toks.get(j).text)) {
          end = toks.get(j).end; // 自民 + 党, 外務 + 省
          kind = Kind.ORGANIZATION;
          j++;
        }
      }
      if (katakana) {
        // A foreign name is known only by its title: "オバマ大統領", "メルケル首相".
        if (title.isPresent() && !title.get().equals("代表")) {
          out.add(new Name(t.start, end, Kind.PERSON, title, 0.8));
        }
      } else if (kind == Kind.PERSON) {
        out.add(new Name(t.start, end, kind, title, title.isPresent() ? 0.9 : 0.6));
      } else {
        out.add(new Name(t.start, end, kind, Optional.empty(), 0.7));
      }
      i = j;
    }
    return out;
  }

  private static boolean continues(Kind kind, Tok next) {
    if (kind == null) {
      return isKatakana(next.text) || next.text.equals("・");
    }
    return switch (kind) {
      case PERSON -> next.pos.startsWith("名詞-固有名詞-人名");
      case ORGANIZATION -> next.pos.startsWith("名詞-固有名詞-組織");
      case PLACE -> next.pos.startsWith("名詞-固有名詞-地域") || next.pos.startsWith("名詞-接尾-地域");
    };
  }

  /** Names in Chinese {@code text[from, to)}. */
  public static List<Name> chinese(String text, int from, int to) {
    List<Tok> toks = tokens(CHINESE, text, from, to, false);
    List<Name> out = new ArrayList<>();
    int taken = -1;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.start < taken) {
        continue;
      }
      if (ZH_TITLES.contains(t.text)) {
        // Before the title: a surname and one or two chars ("习近平主席").
        Optional<int[]> before = nameBefore(text, toks, i);
        if (before.isPresent() && before.get()[0] >= taken) {
          out.add(new Name(before.get()[0], t.start, Kind.PERSON, Optional.of(t.text), 0.8));
          taken = t.end;
          continue;
        }
        // After it: the words up to a verb or particle, 2 to 3 Han chars from a surname
        // ("国家主席习近平"),
        // else up to 5 (a transliterated name: "总统奥巴马").
        int j = i + 1;
        int end = t.end;
        while (j < toks.size()
            && adjacent(toks.get(j - 1), toks.get(j))
            && allHan(toks.get(j).text)
            && !ZH_STOPS.contains(toks.get(j).text)
            && !ZH_TITLES.contains(toks.get(j).text)
            && toks.get(j).end - t.end <= (ZH_SURNAMES.indexOf(text.charAt(t.end)) >= 0 ? 3 : 5)) {
          end = toks.get(j).end;
          j++;
        }
        if (end - t.end >= 2 && end - t.end <= 5) {
          out.add(new Name(t.end, end, Kind.PERSON, Optional.of(t.text), 0.8));
          taken = end;
          i = j - 1;
        }
        continue;
      }
      for (String suffix : ZH_ORG_SUFFIXES) {
        if (t.text.endsWith(suffix)) {
          // The organisation word and the one or two words naming it before ("中国人民银行").
          int start = t.start;
          int k = i - 1;
          while (k >= 0
              && i - k <= 2
              && toks.get(k).start >= taken
              && adjacent(toks.get(k), toks.get(k + 1))
              && allHan(toks.get(k).text)
              && !ZH_STOPS.contains(toks.get(k).text)) {
            start = toks.get(k).start;
            k--;
          }
          if (t.end - start >= 3) {
            out.add(new Name(start, t.end, Kind.ORGANIZATION, Optional.empty(), 0.7));
            taken = t.end;
          }
          break;
        }
      }
    }
    return out;
  }

  private static Optional<int[]> nameBefore(String text, List<Tok> toks, int title) {
    int end = toks.get(title).start;
    for (int len = 3; len >= 2; len--) {
      int start = end - len;
      if (start < 0 || (title > 0 && toks.get(title - 1).end != end)) {
        continue;
      }
      String s = text.substring(start, end);
      if (allHan(s) && ZH_SURNAMES.indexOf(s.charAt(0)) >= 0 && startsToken(toks, start)) {
        return Optional.of(new int[] {start, end});
      }
    }
    return Optional.empty();
  }

  private static boolean startsToken(List<Tok> toks, int offset) {
    for (Tok t : toks) {
      if (t.start == offset) {
        return true;
      }
    }
    return false;
  }

  private record Tok(String text, int start, int end, String pos) {}

  private static List<Tok> tokens(Analyzer a, String text, int from, int to, boolean pos) {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("t", text.substring(from, to))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute p = pos ? ts.addAttribute(PartOfSpeechAttribute.class) : null;
      ts.reset();
      while (ts.incrementToken()) {
        String tag = p == null || p.getPartOfSpeech() == null ? "" : p.getPartOfSpeech();
        out.add(new Tok(term.toString(), from + off.startOffset(), from + off.endOffset(), tag));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does not fail
    }
    return out;
  }

  private static boolean adjacent(Tok a, Tok b) {
    return a.end == b.start;
  }

  private static boolean isKatakana(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '\u30A0' && c <= '\u30FF')) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean allHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Scripts.isHan(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
