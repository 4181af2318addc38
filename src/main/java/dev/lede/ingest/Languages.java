package dev.lede.ingest;

/** A cheap script-based language guess for text that declares no language. */
final class Languages {
  private Languages() {}

  static String guess(String text) {
    int hangul = 0;
    int han = 0;
    int kana = 0;
    int latin = 0;
    int n = Math.min(text.length(), 4000);
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      Character.UnicodeScript s = Character.UnicodeScript.of(ch);
      switch (s) {
        case HANGUL -> hangul++;
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case LATIN -> latin++;
        default -> {}
      }
    }
    if (hangul > 0 && hangul >= latin / 4) {
      return "ko";
    }
    if (kana > 0 && kana + han >= latin / 4) {
      return "ja";
    }
    if (han > 0 && han >= latin / 4) {
      return "zh";
    }
    return latin > 0 ? "en" : "und";
  }
}
