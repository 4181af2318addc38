package dev.lede.write;

import dev.lede.model.Section;
import dev.lede.model.SeoReport;
import dev.lede.model.WrittenSentence;
import dev.lede.write.internal.HeadingPhrases;
import dev.lede.write.internal.HeadlineKeyphrase;
import dev.lede.write.internal.Korean;
import dev.lede.write.internal.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yoast-style keyphrase and readability checks of a written story. Each check is rated {@code good}
 * (1 point), {@code ok} (½) or {@code bad} (0); the score is the mean times 100, rounded.
 *
 * <p>A text <em>contains the keyphrase</em> when one of its sentences holds every content word of
 * the keyphrase, in any order, case-insensitively, a plural "s" or possessive allowed (as Yoast
 * matches); a Korean word matches with its particle or a 하다/되다 verb ending ("천안함이", "침몰하였다" hold
 * "천안함 침몰"). The keyphrase <em>count</em> of the body is the number of such sentences; density is
 * that count over the body's word count, in percent. The body is the lede plus the sections.
 *
 * <table>
 *   <caption>Checks and their limits</caption>
 *   <tr><th>check</th><th>good</th><th>ok</th></tr>
 *   <tr><td>keyphraseLength</td><td>1-4 words</td><td>5-8</td></tr>
 *   <tr><td>keyphraseInHeadline</td><td>at the start</td><td>elsewhere</td></tr>
 *   <tr><td>keyphraseInIntroduction</td><td>one lede sentence holds it</td><td>the lede holds
 *       its words</td></tr>
 *   <tr><td>keyphraseInMetaDescription</td><td>exactly once (as a phrase)</td><td>twice</td></tr>
 *   <tr><td>keyphraseDensity</td><td>0.5-3%</td><td>0.3-4%</td></tr>
 *   <tr><td>subheadingDistribution</td><td>30-75% of subheadings hold the keyphrase (never all;
 *       fewer when only those read naturally with it, {@link #subheadingShare}), at most 300 words
 *       per section</td><td>under 300 words without subheadings</td></tr>
 *   <tr><td>sentenceLength</td><td>at most 25% of sentences over 20 words</td><td>30%</td></tr>
 *   <tr><td>paragraphLength</td><td>every paragraph at most 150 words</td><td>200</td></tr>
 *   <tr><td>passiveVoice</td><td>at most 10% passive sentences</td><td>15%</td></tr>
 *   <tr><td>transitionWords</td><td>at least 30% of sentences</td><td>20%</td></tr>
 *   <tr><td>consecutiveSentences</td><td>never three in a row starting with the same
 *       word</td><td>-</td></tr>
 *   <tr><td>headlineLength</td><td>at most 70 chars</td><td>-</td></tr>
 *   <tr><td>metaDescriptionLength</td><td>121-156 chars</td><td>100-170</td></tr>
 * </table>
 */
public final class SeoAnalyzer {
  private static final Set<String> TRANSITIONS_1 =
      Set.copyOf(
          List.of(
              "accordingly",
              "additionally",
              "afterward",
              "afterwards",
              "also",
              "although",
              "besides",
              "but",
              "consequently",
              "conversely",
              "earlier",
              "eventually",
              "finally",
              "first",
              "further",
              "furthermore",
              "hence",
              "however",
              "indeed",
              "instead",
              "later",
              "likewise",
              "meanwhile",
              "moreover",
              "nevertheless",
              "next",
              "nonetheless",
              "otherwise",
              "previously",
              "second",
              "similarly",
              "since",
              "still",
              "subsequently",
              "then",
              "therefore",
              "thus",
              "ultimately",
              "whereas",
              "while",
              "yet",
              "because",
              "despite",
              "though",
              "unless",
              "until",
              "when",
              "whenever",
              "after",
              "before",
              "overall",
              "so",
              "notably",
              "specifically",
              "initially",
              "currently",
              "recently",
              "meantime"));
  private static final List<String> TRANSITIONS_N =
      List.of(
          "as a result",
          "for example",
          "for instance",
          "in addition",
          "in contrast",
          "in fact",
          "in other words",
          "on the other hand",
          "at the same time",
          "as well as",
          "according to",
          "in particular",
          "even though",
          "so that",
          "due to",
          "in the meantime",
          "after all",
          "above all",
          "as long as",
          "in the end",
          "at first",
          "to begin with");
  private static final Pattern PASSIVE =
      Pattern.compile(
          "(?i)\\b(?:am|is|are|was|were|be|been|being|get|gets|got|gotten)\\s+(?:\\w+ly\\s+)?"
              + "(?:\\w+ed|\\w+en|made|held|found|told|said|sent|built|bought|brought|caught"
              + "|kept|left|lost|paid|put|set|shut|sold|struck|taught|thought|won|hit|hurt|cut"
              + "|led|met|read|run|spent|shot|sought|understood|hung|laid|dealt|felt|heard|meant"
              + "|bound|fed|fled|ground|let|lit|quit|slain|sprung|spun|swept|wound|withheld|done"
              + "|known|seen|shown|thrown|grown|drawn|flown|sworn|worn|torn|born|borne)\\b");

  private SeoAnalyzer() {}

  /**
   * Whether the share of subheadings that hold the keyphrase is the one the subheading check wants:
   * some but never all (of two or more), 30-75% of them, or fewer when every section the writer may
   * head with the keyphrase's phrase holds it. The writer leads a heading with the phrase only
   * where it reads as the section's topic ({@link HeadingPhrases}: the full name of the headline's
   * subject or a named body that the section names; never a lone first name, a bare place or a
   * common noun), as an editor would: "Bank: what we know" over protest material reads wrong, so
   * the check never asks for a prefix the writer refuses.
   */
  public static boolean subheadingShare(
      String keyphrase, String headline, List<WrittenSentence> lede, List<Section> sections) {
    List<String> kpContent = Words.contentWords(keyphrase);
    List<String> kp = kpContent.isEmpty() ? Words.lowerWords(keyphrase) : kpContent;
    int n = sections.size();
    long withKp = sections.stream().filter(s -> holds(s.heading(), kp)).count();
    if (withKp >= n) {
      return false;
    }
    double share = 100.0 * withKp / n;
    if (share >= 30 && share <= 75) {
      return true;
    }
    String phrase = HeadlineKeyphrase.headingPhrase(headline, keyphrase);
    List<String> story = new ArrayList<>();
    lede.forEach(w -> story.add(w.text()));
    for (Section sec : sections) {
      sec.paragraphs().forEach(p -> p.forEach(w -> story.add(w.text())));
    }
    if (share > 75) {
      return false;
    }
    if (!HeadingPhrases.leads(phrase, headline, story)) {
      return withKp == 0;
    }
    for (Section sec : sections) {
      List<String> its = new ArrayList<>();
      sec.paragraphs().forEach(p -> p.forEach(w -> its.add(w.text())));
      if (!holds(sec.heading(), kp) && HeadingPhrases.about(phrase, its)) {
        return false; // a section the phrase may lead goes without it
      }
    }
    return true;
  }

  /** The checks and score for one story. */
  public static SeoReport analyze(
      String keyphrase,
      String headline,
      String metaDescription,
      List<WrittenSentence> lede,
      List<Section> sections) {
    Objects.requireNonNull(keyphrase, "keyphrase");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(metaDescription, "metaDescription");
    List<String> kpContent = Words.contentWords(keyphrase);
    List<String> kp = kpContent.isEmpty() ? Words.lowerWords(keyphrase) : kpContent;
    List<SeoReport.Check> checks = new ArrayList<>();
    List<String> body = new ArrayList<>();
    lede.forEach(s -> body.add(s.text()));
    List<Integer> paragraphWords = new ArrayList<>();
    paragraphWords.add(lede.stream().mapToInt(s -> Words.count(s.text())).sum());
    for (Section sec : sections) {
      for (List<WrittenSentence> p : sec.paragraphs()) {
        p.forEach(s -> body.add(s.text()));
        paragraphWords.add(p.stream().mapToInt(s -> Words.count(s.text())).sum());
      }
    }
    int totalWords = body.stream().mapToInt(Words::count).sum();

    int kpWords = Words.count(keyphrase);
    checks.add(
        check(
            "keyphraseLength",
            kpWords >= 1 && kpWords <= 4 ? "good" : kpWords <= 8 ? "ok" : "bad",
            kpWords + " words"));

    String lowerHead = headline.toLowerCase(Locale.ROOT);
    String lowerKp = keyphrase.toLowerCase(Locale.ROOT);
    checks.add(
        lowerHead.startsWith(lowerKp)
            ? check("keyphraseInHeadline", "good", "headline starts with the keyphrase")
            : holds(headline, kp)
                ? check("keyphraseInHeadline", "ok", "keyphrase in the headline, not at the start")
                : check("keyphraseInHeadline", "bad", "keyphrase not in the headline"));

    boolean introSentence = lede.stream().anyMatch(s -> holds(s.text(), kp));
    boolean introWords =
        holds(String.join(" ", lede.stream().map(WrittenSentence::text).toList()), kp);
    checks.add(
        check(
            "keyphraseInIntroduction",
            introSentence ? "good" : introWords ? "ok" : "bad",
            introSentence
                ? "a lede sentence holds the keyphrase"
                : introWords ? "the lede holds the keyphrase words" : "keyphrase not in the lede"));

    int metaCount = phraseCount(metaDescription, keyphrase);
    checks.add(
        check(
            "keyphraseInMetaDescription",
            metaCount == 1 ? "good" : metaCount == 2 ? "ok" : "bad",
            "keyphrase " + metaCount + " times"));

    int count = 0;
    for (String s : body) {
      count += holds(s, kp) ? 1 : 0;
    }
    double density = totalWords == 0 ? 0 : 100.0 * count / totalWords;
    checks.add(
        check(
            "keyphraseDensity",
            density >= 0.5 && density <= 3 ? "good" : density >= 0.3 && density <= 4 ? "ok" : "bad",
            String.format(
                Locale.ROOT, "density %.1f%% (%d in %d words)", density, count, totalWords)));

    if (sections.size() >= 2) {
      long withKp = sections.stream().filter(s -> holds(s.heading(), kp)).count();
      double share = 100.0 * withKp / sections.size();
      int longest = 0;
      for (Section sec : sections) {
        int w = 0;
        for (List<WrittenSentence> p : sec.paragraphs()) {
          for (WrittenSentence s : p) {
            w += Words.count(s.text());
          }
        }
        longest = Math.max(longest, w);
      }
      boolean good = subheadingShare(keyphrase, headline, lede, sections) && longest <= 300;
      checks.add(
          check(
              "subheadingDistribution",
              good ? "good" : "bad",
              String.format(
                  Locale.ROOT,
                  "%d of %d subheadings hold the keyphrase (%.0f%%), longest section %d words",
                  withKp,
                  sections.size(),
                  share,
                  longest)));
    } else {
      checks.add(
          check(
              "subheadingDistribution",
              totalWords < 300 ? "ok" : "bad",
              sections.size() + " subheadings for " + totalWords + " words"));
    }

    long longSentences = body.stream().filter(s -> Words.count(s) > 20).count();
    double longShare = body.isEmpty() ? 0 : 100.0 * longSentences / body.size();
    checks.add(
        check(
            "sentenceLength",
            longShare <= 25 ? "good" : longShare <= 30 ? "ok" : "bad",
            String.format(Locale.ROOT, "%.0f%% of sentences over 20 words", longShare)));

    int longestParagraph = paragraphWords.stream().mapToInt(Integer::intValue).max().orElse(0);
    checks.add(
        check(
            "paragraphLength",
            longestParagraph <= 150 ? "good" : longestParagraph <= 200 ? "ok" : "bad",
            "longest paragraph " + longestParagraph + " words"));

    long passive = body.stream().filter(s -> PASSIVE.matcher(s).find()).count();
    double passiveShare = body.isEmpty() ? 0 : 100.0 * passive / body.size();
    checks.add(
        check(
            "passiveVoice",
            passiveShare <= 10 ? "good" : passiveShare <= 15 ? "ok" : "bad",
            String.format(Locale.ROOT, "%.0f%% of sentences passive", passiveShare)));

    long transitions = body.stream().filter(SeoAnalyzer::hasTransition).count();
    double transitionShare = body.isEmpty() ? 0 : 100.0 * transitions / body.size();
    checks.add(
        check(
            "transitionWords",
            transitionShare >= 30 ? "good" : transitionShare >= 20 ? "ok" : "bad",
            String.format(
                Locale.ROOT, "%.0f%% of sentences hold a transition word", transitionShare)));

    int run = longestSameStartRun(body);
    checks.add(
        check(
            "consecutiveSentences",
            run < 3 ? "good" : "bad",
            "at most " + run + " sentences in a row start with the same word"));

    checks.add(
        check(
            "headlineLength",
            headline.length() <= 70 ? "good" : "bad",
            headline.length() + " chars"));
    int ml = metaDescription.length();
    checks.add(
        check(
            "metaDescriptionLength",
            ml >= 121 && ml <= 156 ? "good" : ml >= 100 && ml <= 170 ? "ok" : "bad",
            ml + " chars"));

    double points = 0;
    for (SeoReport.Check c : checks) {
      points += c.rating().equals("good") ? 1 : c.rating().equals("ok") ? 0.5 : 0;
    }
    int score = (int) Math.round(100 * points / checks.size());
    return new SeoReport(score, checks);
  }

  private static SeoReport.Check check(String name, String rating, String detail) {
    return new SeoReport.Check(name, rating, detail);
  }

  /** Whether {@code text} holds every keyphrase word, a plural or possessive allowed. */
  public static boolean holds(String text, List<String> keyphraseWords) {
    Set<String> words = new HashSet<>();
    for (String w : Words.lowerWords(text)) {
      words.add(w);
      if (w.endsWith("s") && w.length() > 3) {
        words.add(w.substring(0, w.length() - 1));
      }
      if (Words.isHangul(w)) {
        // Korean writes particles and verb endings onto the word: "천안함이", "침몰하였다".
        words.add(Words.koreanStem(w));
        Korean.noun(w, "").ifPresent(words::add);
      }
    }
    for (String k : keyphraseWords) {
      if (!words.contains(k)
          && !words.contains(k.endsWith("s") ? k.substring(0, k.length() - 1) : k)) {
        return false;
      }
    }
    return !keyphraseWords.isEmpty();
  }

  /** Whether {@code text} contains the keyphrase's content words (see the class doc). */
  public static boolean containsKeyphrase(String text, String keyphrase) {
    List<String> kp = Words.contentWords(keyphrase);
    return holds(text, kp.isEmpty() ? Words.lowerWords(keyphrase) : kp);
  }

  /** Case-insensitive occurrences of the keyphrase as a phrase, at word boundaries. */
  public static int phraseCount(String text, String keyphrase) {
    if (keyphrase.isBlank()) {
      return 0;
    }
    // A Korean keyphrase may carry a particle ("천안함 침몰은").
    String after =
        Words.isHangul(keyphrase.substring(keyphrase.length() - 1))
            ? "(?:" + String.join("|", Words.koreanParticles()) + ")?(?![\\p{L}\\p{N}])"
            : "(?![\\p{L}\\p{N}])";
    Matcher m =
        Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(keyphrase) + after,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Korean transition words (접속어), matched on the word or its stem. */
  private static final Set<String> TRANSITIONS_KO =
      Set.of(
          "그러나", "하지만", "또한", "한편", "따라서", "그래서", "이후", "이어", "특히", "게다가", "반면", "결국", "먼저", "다음",
          "마지막으로", "즉", "앞서", "그후", "동시에", "아울러", "더불어", "그런데", "이에", "이때", "그동안", "끝으로", "또",
          "그리고", "역시", "우선", "현재", "최근");

  private static boolean hasTransition(String sentence) {
    String lower = " " + String.join(" ", Words.lowerWords(sentence)) + " ";
    for (String w : Words.lowerWords(sentence)) {
      if (TRANSITIONS_1.contains(w)
          || TRANSITIONS_KO.contains(w)
          || Words.isHangul(w) && TRANSITIONS_KO.contains(Words.koreanStem(w))) {
        return true;
      }
    }
    for (String t : TRANSITIONS_N) {
      if (lower.contains(" " + t + " ")) {
        return true;
      }
    }
    return false;
  }

  private static int longestSameStartRun(List<String> sentences) {
    int best = sentences.isEmpty() ? 0 : 1;
    int run = 0;
    String prev = null;
    for (String s : sentences) {
      List<String> w = Words.lowerWords(s);
      String first = w.isEmpty() ? "" : w.get(0);
      run = first.equals(prev) ? run + 1 : 1;
      prev = first;
      best = Math.max(best, run);
    }
    return best;
  }
}
