package dev.lede.write.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What editors flag in a meta description, measured without a judge (dev tool behind {@code
 * MetaLedeCopies}): it repeats the headline (most of the headline's content words and few others),
 * it ends cut (on a word that asks for more, or before what completes its last phrase in the
 * sentence it was cut from), or it misses the headline's news (the headline's subject or verb is
 * nowhere in it).
 */
public final class MetaFlags {
  private MetaFlags() {}

  /** The flags of one meta description. */
  public record Flags(
      boolean repeats,
      boolean cut,
      boolean missesNews,
      boolean dropsComplement,
      boolean midPhrase,
      String why) {}

  /** Content words a meta description adds to the headline, at most, for it to repeat it. */
  static final int FEW = 5;

  /**
   * The flags of {@code meta} for a story headed {@code headline} whose sentences (lede and body)
   * are {@code sentences}, the texts a shortened meta sentence was cut from.
   */
  public static Flags of(String meta, String headline, List<String> sentences) {
    List<String> why = new ArrayList<>();
    boolean repeats = repeats(meta, headline);
    if (repeats) {
      why.add("repeats");
    }
    String cut = cut(meta, sentences);
    if (cut != null) {
      why.add("cut:" + cut);
    }
    String missing = missesNews(meta, headline);
    if (missing != null) {
      why.add("misses:" + missing);
    }
    String drops = dropsComplement(meta, sentences);
    if (drops != null) {
      why.add("drops:" + drops);
    }
    String mid = midPhrase(meta, sentences);
    if (mid != null) {
      why.add("mid:" + mid);
    }
    return new Flags(
        repeats, cut != null, missing != null, drops != null, mid != null, String.join(" ", why));
  }

  private static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    for (String w : Words.contentWords(text)) {
      out.add(Words.stem(w));
    }
    return out;
  }

  /** Most (2/3) of the headline's content words and fewer than {@value #FEW} others. */
  static boolean repeats(String meta, String headline) {
    Set<String> h = stems(headline);
    Set<String> m = stems(meta);
    if (h.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String s : h) {
      if (m.contains(s)) {
        shared++;
      }
    }
    m.removeAll(h);
    return shared * 3 >= h.size() * 2 && m.size() < FEW;
  }

  private static final Set<String> ASKING =
      Set.of("IN", "DT", "CC", "TO", "PRP$", "WDT", "WP", "WRB", "MD", "POS", "EX");

  /**
   * Why the meta's last sentence reads cut, or null: it ends on a word that asks for more (a
   * preposition, article, conjunction, possessive, a bare adjective or a number after a determiner,
   * "won his 10."), or it is a story sentence cut before what completes its last phrase (a
   * preposition's phrase after a noun, "weaken federal protection[ for endangered species]", or the
   * rest of a number).
   */
  static String cut(String meta, List<String> sentences) {
    String last = lastSentence(meta);
    String open = last.replaceAll("[.!?]+[\"”’']?$", "").strip();
    if (open.isEmpty() || !EnglishTagger.readable(open)) {
      return null;
    }
    List<EnglishTagger.Tok> t = EnglishTagger.tag(open);
    if (t.isEmpty()) {
      return null;
    }
    EnglishTagger.Tok end = t.get(t.size() - 1);
    EnglishTagger.Tok before = t.size() > 1 ? t.get(t.size() - 2) : null;
    if (ASKING.contains(end.tag())) {
      return "ends-" + end.tag() + "'" + end.text() + "'";
    }
    if (end.tag().equals("JJ") && before != null && !before.tagIs("VB") && !before.tagIs("RB")) {
      return "ends-adjective'" + end.text() + "'";
    }
    if (end.tag().equals("CD")
        && before != null
        && (before.tag().equals("PRP$") || before.tag().equals("DT") || before.tagIs("POS"))) {
      return "ends-number'" + before.text() + " " + end.text() + "'";
    }
    for (String s : sentences) {
      String whole = s.strip();
      if (whole.length() > open.length() + 1 && whole.startsWith(open)) {
        String rest = whole.substring(open.length()).strip();
        if (rest.isEmpty()) {
          continue;
        }
        String next = rest.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (Character.isDigit(rest.charAt(0))
            || rest.startsWith(".") && rest.length() > 1 && Character.isDigit(rest.charAt(1))) {
          return "before-number'" + rest.substring(0, Math.min(12, rest.length())) + "'";
        }
        if (Set.of("of", "for", "without", "against").contains(next) && end.tagIs("NN")) {
          return "before-complement'" + next + "'";
        }
      }
    }
    return null;
  }

  /**
   * What a sentence of the meta cut short of its source sentence drops that a kept verb still
   * requires ({@link VerbComplements}: "made an eight-year offer[ to Teixeira]", "would be
   * providing Ford Australia[ with a AU$52.5 million package]", "has been pushed[ back]"), or null.
   * Each meta sentence is aligned with the story sentence whose words it keeps in order, from the
   * same first word; the cut is after the last word it keeps.
   */
  static String dropsComplement(String meta, List<String> sentences) {
    return cutAt(
        meta,
        sentences,
        (t, last, end) -> {
          boolean[] keep = new boolean[t.size()];
          java.util.Arrays.fill(keep, 0, last + 1, true);
          return VerbComplements.dropsRequired(t, keep, 0, 0, last, end)
              || VerbComplements.cutMidPhrase(t, last, end)
              || VerbComplements.dropsMetaComplement(t, last, end);
        });
  }

  /**
   * Where a sentence of the meta cut short of its source sentence ends inside a noun phrase or a
   * proper name on the chunker's reading ({@link MetaDescriptionCuts#midPhrase}: "to keep a
   * comfortable hold on his WBA[, IBF and WBO heavyweight titles]", "Chris[ Ivory]"), or null.
   */
  static String midPhrase(String meta, List<String> sentences) {
    return cutAt(meta, sentences, (t, last, end) -> MetaDescriptionCuts.midPhrase(t, last));
  }

  private interface CutTest {
    boolean test(List<EnglishTagger.Tok> t, int last, int end);
  }

  /**
   * The words around the first cut {@code bad} accepts, a meta sentence aligned with the story
   * sentence whose words it keeps in order from the same first word, cut after the last it keeps.
   */
  private static String cutAt(String meta, List<String> sentences, CutTest bad) {
    for (String part : meta.strip().split("(?<=[a-z0-9\"”’')][.!?])\\s+(?=[\"“\\p{Lu}])")) {
      String open = part.replaceAll("[.!?]+[\"”’']?$", "").strip();
      if (open.isEmpty() || !EnglishTagger.readable(open)) {
        continue;
      }
      List<EnglishTagger.Tok> m = EnglishTagger.tag(open);
      for (String s : sentences) {
        List<EnglishTagger.Tok> t = EnglishTagger.tag(s.strip());
        int last = aligned(m, t);
        if (last < 0) {
          continue;
        }
        int end = t.size();
        while (end > last + 1 && !t.get(end - 1).text().matches(".*[\\p{L}\\p{N}].*")) {
          end--;
        }
        if (last + 1 >= end) {
          continue;
        }
        if (bad.test(t, last, end)) {
          return "'" + t.get(last).text() + " [" + t.get(last + 1).text() + "'";
        }
      }
    }
    return null;
  }

  /**
   * The index in {@code t} of the last of {@code m}'s words, when {@code m} keeps {@code t}'s words
   * in order from its first (any case); -1 otherwise.
   */
  private static int aligned(List<EnglishTagger.Tok> m, List<EnglishTagger.Tok> t) {
    if (m.isEmpty() || t.isEmpty() || !m.get(0).lower().equals(t.get(0).lower())) {
      return -1;
    }
    int k = 0;
    int last = -1;
    for (EnglishTagger.Tok x : m) {
      while (k < t.size() && !t.get(k).lower().equals(x.lower())) {
        k++;
      }
      if (k == t.size()) {
        return -1;
      }
      last = k++;
    }
    return last;
  }

  private static String lastSentence(String meta) {
    String m = meta.strip();
    int at = -1;
    for (int i = 1; i < m.length() - 2; i++) {
      if ((m.charAt(i) == '.' || m.charAt(i) == '!' || m.charAt(i) == '?')
          && m.charAt(i + 1) == ' '
          && Character.isUpperCase(m.charAt(i + 2))
          && Character.isLowerCase(m.charAt(i - 1))) {
        at = i + 2;
      }
    }
    return at < 0 ? m : m.substring(at);
  }

  /**
   * What of the headline's news (its subject's head noun and its verb) the meta lacks, or null when
   * it has both or the headline has no verb to read the news from.
   */
  static String missesNews(String meta, String headline) {
    String h = headline.replaceAll("^[^:]{1,40}:\\s", "");
    if (!EnglishTagger.readable(h)) {
      return null;
    }
    List<EnglishTagger.Tok> t = EnglishTagger.tag(h);
    int verb = -1;
    for (int k = 1; k < t.size(); k++) {
      if (t.get(k).tagIs("VB") || t.get(k).tag().equals("MD")) {
        verb = k;
        break;
      }
    }
    if (verb < 0) {
      return null;
    }
    String subject = null;
    for (int k = verb - 1; k >= 0; k--) {
      if (t.get(k).tagIs("NN")) {
        subject = t.get(k).lower();
        break;
      }
    }
    int v = verb;
    while (v + 1 < t.size()
        && (t.get(v).tag().equals("MD") || aux(t.get(v).lower()))
        && t.get(v + 1).tagIs("VB")) {
      v++;
    }
    String lemma = HeadlineVerbs.lemma(t.get(v).lower());
    Set<String> metaStems = new HashSet<>();
    Set<String> metaLemmas = new HashSet<>();
    for (String w : Words.lowerWords(meta)) {
      metaStems.add(Words.stem(w));
      metaLemmas.add(HeadlineVerbs.lemma(w));
    }
    List<String> out = new ArrayList<>();
    if (subject != null && !metaStems.contains(Words.stem(subject))) {
      out.add("subject'" + subject + "'");
    }
    if (!metaLemmas.contains(lemma) && !metaStems.contains(Words.stem(t.get(v).lower()))) {
      out.add("verb'" + t.get(v).lower() + "'");
    }
    return out.isEmpty() ? null : String.join(",", out);
  }

  private static boolean aux(String w) {
    return Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "to")
        .contains(w);
  }
}
