package dev.lede.extract.internal;

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

  private Boilerplate() {}

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
