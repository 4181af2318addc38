package dev.lede.nlp;

import dev.lede.nlp.internal.CjkNames;
import dev.lede.nlp.internal.Lexicon;
import dev.lede.nlp.internal.Scripts;
import java.util.List;
import java.util.Optional;

/** Names in Han text: gazetteer places, and Japanese (Kuromoji) and Chinese (titles) names. */
final class HanNames {
  private HanNames() {}

  /** 'j' for Japanese text (any kana), 'z' for Chinese (Han, little Hangul), 0 otherwise. */
  static char language(String text) {
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
  static void names(String text, Sentence s, char language, List<NameCandidate> out) {
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
          new NameCandidate(
              n.start(), n.end(), type, n.title(), n.confidence(), false, n.end() - n.start()));
    }
  }

  /** Gazetteer places written in Han characters. */
  static void places(String text, Sentence s, List<NameCandidate> out) {
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
              new NameCandidate(
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
