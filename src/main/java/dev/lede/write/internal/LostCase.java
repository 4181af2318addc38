package dev.lede.write.internal;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a source wrote in lower case ("Alaska Gov. sarah palin's home church"), written in the case
 * the story's other sentences give them ("Sarah Palin"), with a citation of a quote that does: a
 * run of two or more words is a lost-case name when the tagger's lexicon knows none of them as a
 * common word, and the story writes it capitalised inside a sentence and never in lower case but in
 * the sentence the headline came from.
 */
final class LostCase {
  private LostCase() {}

  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}[\\p{Ll}-]*\\p{Ll}");

  /**
   * The headline with its lost-case names restored and a quote of each as the story writes it added
   * to its sources, or the headline as it was when it has none.
   *
   * @param source the text of the sentence the headline came from
   * @param story every sentence of the story the headline may be checked against
   */
  static Headlines.Headline restore(
      Headlines.Headline h, String source, List<WrittenSentence> story) {
    List<int[]> runs = new ArrayList<>();
    Matcher m = WORD.matcher(h.text());
    int[] run = null;
    while (m.find()) {
      String w = m.group();
      if (m.start() == 0 || !Words.isContent(w) || commonWord(w)) {
        run = null;
        continue;
      }
      if (run != null && m.start() == run[1] + 1 && h.text().charAt(run[1]) == ' ') {
        run[1] = m.end();
      } else {
        run = new int[] {m.start(), m.end()};
        runs.add(run);
      }
    }
    StringBuilder text = new StringBuilder();
    List<SourceSpan> spans = new ArrayList<>(h.sources());
    int at = 0;
    for (int[] r : runs) {
      String words = h.text().substring(r[0], r[1]);
      if (!words.contains(" ")) {
        continue; // one word alone may be a word the lexicon lacks ("wannabe"), not a name
      }
      String name = capitalised(words);
      SourceSpan quote = lostCase(words, name, source, story);
      if (quote == null) {
        continue;
      }
      text.append(h.text(), at, r[0]).append(name);
      at = r[1];
      if (!spans.contains(quote)) {
        spans.add(quote);
      }
    }
    if (at == 0) {
      return h;
    }
    text.append(h.text().substring(at));
    return new Headlines.Headline(text.toString(), spans, h.sentence(), h.from());
  }

  private static String capitalised(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.split(" ")) {
      b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0)));
      b.append(w.substring(1));
    }
    return b.toString();
  }

  /**
   * A quote of {@code name} capitalised inside a sentence of the story, when the story never writes
   * {@code word} in lower case outside {@code source}; else null.
   */
  private static SourceSpan lostCase(
      String word, String name, String source, List<WrittenSentence> story) {
    Pattern lower = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])");
    Pattern upper = Pattern.compile("(?<=\\S\\s)" + Pattern.quote(name) + "(?![\\p{L}])");
    SourceSpan found = null;
    for (WrittenSentence s : story) {
      if (!s.text().equals(source) && lower.matcher(s.text()).find()) {
        return null;
      }
      if (found == null && upper.matcher(s.text()).find()) {
        for (SourceSpan span : s.sources()) {
          if (upper.matcher(span.quote()).find()) {
            found = new SourceSpan(span.article(), name);
            break;
          }
        }
      }
    }
    return found;
  }

  /** Tags of common words: a word the tagger's lexicon knows as one is no lost name. */
  private static final List<String> COMMON_TAGS =
      List.of("NN", "NNS", "JJ", "RB", "IN", "VB", "VBD", "VBN", "VBG", "VBZ", "VBP");

  private static boolean commonWord(String word) {
    return COMMON_TAGS.stream().anyMatch(tag -> EnglishTagger.known(word, tag));
  }
}
