package dev.lede.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Lines that are boilerplate whatever their markup: ad labels, share and print prompts. */
final class Boilerplate {
  private static final Set<String> LABELS =
      Set.of(
          "advertisement",
          "advertisements",
          "anzeige",
          "werbung",
          "publicite",
          "publicité",
          "publicidad",
          "pubblicità",
          "pubblicita",
          "reklama",
          "reklame",
          "annonce",
          "sponsored",
          "ad",
          "ads",
          "share",
          "sharethis",
          "sharethisarticle",
          "teilen",
          "artikelteilen",
          "drucken",
          "print",
          "tweet",
          "email",
          "e-mail",
          "facebook",
          "twitter",
          "whatsapp",
          "pinterest",
          "linkedin",
          "xing",
          "readmore",
          "weiterlesen",
          "mehrlesen",
          "mehr",
          "more",
          "loading",
          "scrolltocontinuewithcontent",
          "continuereadingbelow",
          "storycontinuesbelowadvertisement",
          "articlecontinuesbelow",
          "partager",
          "compartir");

  /** Links closing a teaser excerpt that leads to another page. */
  private static final List<String> READ_MORE =
      List.of(
          "read more",
          "continue reading",
          "weiterlesen",
          "mehr lesen",
          "lire la suite",
          "leer más",
          "seguir leyendo",
          "leggi tutto",
          "czytaj więcej",
          "czytaj dalej",
          "lees meer");

  /** Longest teaser (characters) a closing read-more link marks as such. */
  private static final int TEASER_MAX = 400;

  private Boilerplate() {}

  /**
   * Whether a short block ends with a read-more link ("... Seht selbst! Weiterlesen"): an excerpt
   * of another page, not the article's own text.
   */
  static boolean isTeaser(String text, int linkLength) {
    if (text.length() > TEASER_MAX || linkLength == 0) return false;
    int end = text.length();
    while (end > 0 && !Character.isLetter(text.charAt(end - 1))) end--;
    String t = text.substring(0, end).toLowerCase(Locale.ROOT);
    for (String r : READ_MORE) {
      if (t.endsWith(r) && linkLength >= r.length() && t.length() > r.length()) return true;
    }
    return false;
  }

  /** Whether a short line, letters only and lower-cased, is a known label. */
  static boolean isLabel(String text) {
    if (text.length() > 50) return false;
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) || c == '-') b.append(Character.toLowerCase(c));
    }
    String key = b.toString();
    while (key.startsWith("-")) key = key.substring(1);
    while (key.endsWith("-")) key = key.substring(0, key.length() - 1);
    return LABELS.contains(key);
  }
}
