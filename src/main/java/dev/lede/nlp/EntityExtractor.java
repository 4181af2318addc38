package dev.lede.nlp;

import dev.lede.nlp.internal.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds names of people, organisations and places with heuristics, no model. Per sentence:
 *
 * <ol>
 *   <li>capitalised words are chunked into names, joined across "of", "de", "van", initials ("J. R.
 *       R. Tolkien") and "and" when the result is a known place or ends in an organisation word;
 *   <li>function words at the front of a chunk are dropped ("The European Commission");
 *   <li>a title splits a chunk: "U.S. President Barack Obama" gives the place "U.S." and the person
 *       "Barack Obama" with title "President";
 *   <li>the chunk is typed by cues: an organisation word ("Inc", "Ministry", "University"), the
 *       place gazetteer, a known organisation, an acronym, a Korean or Chinese name pattern, a
 *       common given name, or a speech verb after it ("Lee said");
 *   <li>Korean words are matched after stripping particles: places by gazetteer, organisations by
 *       suffix ("위원회", "대학교"), people by a title after the name ("이재명 대표"); Han text is searched
 *       for gazetteer places;
 *   <li>Japanese names come from Kuromoji's proper-noun tags, Chinese ones from titles beside them
 *       and organisation words ({@code CjkNames}).
 * </ol>
 *
 * A single capitalised word at the start of a sentence with no cue is kept only if the document
 * also capitalises it mid-sentence.
 */
public final class EntityExtractor {
  // Each sentence goes through three passes, each adding candidates: CapitalisedNames (chunks of
  // capitalised words), HangulNames (Korean words without their particles) and HanNames (Han
  // gazetteer places; Japanese and Chinese names).
  private EntityExtractor() {}

  /** Mentions in {@code text}, with document id {@code ""}. */
  public static List<Mention> extract(String text) {
    return extract("", text);
  }

  /** Mentions in {@code text}, tagged with {@code docId}. */
  public static List<Mention> extract(String docId, String text) {
    Objects.requireNonNull(text, "text");
    return extract(docId, text, SentenceSplitter.split(text));
  }

  /** Mentions in {@code text}, reusing its already split {@code sentences}. */
  public static List<Mention> extract(String docId, String text, List<Sentence> sentences) {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    List<NameCandidate> candidates = new ArrayList<>();
    Set<String> capitalisedMidSentence = new HashSet<>();
    char cjk = HanNames.language(text);
    for (Sentence s : sentences) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "sentence ["
                + s.start()
                + ", "
                + s.end()
                + ") is outside text of length "
                + text.length());
      }
      List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
      new CapitalisedNames(text, tokens, candidates, capitalisedMidSentence).run();
      HangulNames.find(tokens, candidates);
      HanNames.places(text, s, candidates);
      if (cjk != 0) {
        HanNames.names(text, s, cjk, candidates);
      }
    }
    List<Mention> out = new ArrayList<>();
    for (NameCandidate c : candidates) {
      if (c.sentenceInitial()
          && c.type() == EntityType.OTHER
          && c.end() - c.start() == c.firstTokenLength()
          && !Names.isAllCaps(c.text(text))
          && !capitalisedMidSentence.contains(c.text(text))) {
        continue;
      }
      out.add(
          new Mention(
              docId,
              text.substring(c.start(), c.end()),
              c.start(),
              c.end(),
              c.type(),
              c.title(),
              c.confidence()));
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return dropOverlaps(out);
  }

  private static List<Mention> dropOverlaps(List<Mention> sorted) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).end() > m.start()) {
        Mention last = out.get(out.size() - 1);
        if (m.end() - m.start() > last.end() - last.start()) {
          out.set(out.size() - 1, m);
        }
        continue;
      }
      out.add(m);
    }
    return out;
  }
}
