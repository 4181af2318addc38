package dev.lede.write.internal;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.SentenceSplitter;
import dev.lede.write.GroundingChecker;
import dev.lede.write.StoryPlan;
import dev.lede.write.WriterInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The plan the writer falls back to when its planner throws: the opening sentences of the story's
 * newest article (the latest development), each its own exact quote and accepted by the same {@link
 * GroundingChecker}; no sections, quotes or background. Uses none of the planner's stages, only the
 * sentence splitter, so a fault in them cannot reach it. An older article stands in when no opening
 * sentence of the newest passes the checker.
 */
public final class LeadPlan {
  /** Opening sentences taken, at most (a lede's limit). */
  static final int SENTENCES = 3;

  /** Words the opening sentences may hold, at most, past the first (a lede's limit). */
  static final int WORDS = 60;

  private LeadPlan() {}

  /**
   * The lead plan of a story.
   *
   * @throws IllegalStateException when no article has an opening sentence the checker accepts
   */
  public static StoryPlan of(String storyId, List<WriterInput> articles) {
    GroundingChecker checker = GroundingChecker.forInputs(articles);
    List<WriterInput> newestFirst = new ArrayList<>(articles);
    // Newest first; an undated article counts as older than every dated one, the later given
    // first among equals.
    Collections.reverse(newestFirst);
    newestFirst.sort(
        Comparator.comparing((WriterInput in) -> in.published().orElse(Instant.MIN)).reversed());
    for (WriterInput in : newestFirst) {
      List<WrittenSentence> lede = opening(in, checker);
      if (!lede.isEmpty()) {
        return new StoryPlan(
            storyId,
            keyphrase(lede.get(0).text()),
            lede,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Planner.refs(articles),
            List.of(),
            List.of());
      }
    }
    throw new IllegalStateException(
        "story "
            + storyId
            + ": no opening sentence of its "
            + articles.size()
            + " articles passes the grounding check");
  }

  /**
   * A focus for the composer to start from (it takes the keyphrase from the headline it makes): the
   * first capitalised words after the sentence's first word, else its first word.
   */
  static String keyphrase(String sentence) {
    String[] words = sentence.strip().split("\\s+");
    List<String> run = new ArrayList<>();
    for (int i = 1; i < words.length && run.size() < 3; i++) {
      String w = words[i].replaceAll("^\\P{L}+|[^\\p{L}\\p{N}]+$", "");
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        run.add(w);
      } else if (!run.isEmpty()) {
        break;
      }
    }
    if (!run.isEmpty()) {
      return String.join(" ", run);
    }
    String first = words[0].replaceAll("^\\P{L}+|[^\\p{L}\\p{N}]+$", "");
    return first.isEmpty() ? words[0] : first;
  }

  /** The article's first sentences that the checker accepts, within the lede's limits. */
  private static List<WrittenSentence> opening(WriterInput in, GroundingChecker checker) {
    List<WrittenSentence> out = new ArrayList<>();
    int words = 0;
    for (Sentence s : SentenceSplitter.split(in.text())) {
      String text = s.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      int n = Words.count(text);
      if (out.size() >= SENTENCES || (!out.isEmpty() && words + n > WORDS)) {
        break;
      }
      WrittenSentence ws = new WrittenSentence(text, List.of(new SourceSpan(in.id(), text)));
      if (checker.supports(ws)) {
        out.add(ws);
        words += n;
      } else if (!out.isEmpty()) {
        break; // the lede runs on from the first sentence, never around a gap
      }
    }
    return out;
  }
}
