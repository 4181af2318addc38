package dev.lede.nlp;

import dev.lede.nlp.internal.Lexicon;
import dev.lede.nlp.internal.Scripts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Korean names: words matched after stripping particles and modifiers. */
final class HangulNames {
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

  private HangulNames() {}

  /** Korean places (gazetteer), organisations (suffix) and people (title after the name). */
  static void find(List<Token> tokens, List<NameCandidate> out) {
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
      Optional<String> org = stemMatching(t.text(), HangulNames::isHangulOrg);
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
              new NameCandidate(
                  start, t.end(), EntityType.PERSON, title, 0.8, false, t.end() - t.start()));
        }
      }
    }
  }

  private static NameCandidate hangulCandidate(
      Token t, String stem, EntityType type, Optional<String> title, double conf) {
    return new NameCandidate(
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
}
