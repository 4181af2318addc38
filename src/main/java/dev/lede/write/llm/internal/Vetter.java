package dev.lede.write.llm.internal;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether one model sentence may be published. Stages, in order, the first failure
 * deciding:
 *
 * <ol>
 *   <li><b>shape</b>: the sentence was sent as {@code {text, sources: [{article, quote}]}};
 *   <li><b>screen</b>: its text does not read as an instruction to a model ({@link
 *       InjectionScreen});
 *   <li><b>given sources</b>: every non-blank quote lies inside a source sentence the model was
 *       given for that article, and not only inside ones the screen flags;
 *   <li><b>support</b>: the {@link GroundingChecker} accepts the text against its quotes (exact
 *       substrings, numbers, names, quoted words, negation, content overlap);
 *   <li><b>novelty</b>: it does not repeat an earlier kept sentence word for word.
 * </ol>
 *
 * Not thread-safe (remembers kept sentences); one per reply.
 */
public final class Vetter {
  private final GroundingChecker checker;
  private final List<Prompt.Snippet> snippets;
  private final Set<String> kept = new HashSet<>();

  public Vetter(GroundingChecker checker, List<Prompt.Snippet> snippets) {
    this.checker = checker;
    this.snippets = List.copyOf(snippets);
  }

  /** The verdict on one sentence. */
  public sealed interface Verdict permits Kept, Dropped {}

  /** Published as {@code sentence}. */
  public record Kept(WrittenSentence sentence) implements Verdict {}

  /** Not published, for {@code why}. */
  public record Dropped(String why) implements Verdict {}

  /** Vets {@code item}; a kept sentence is remembered for the novelty check. */
  public Verdict vet(Reply.Item item) {
    if (item.malformed().isPresent()) {
      return new Dropped(item.malformed().get());
    }
    Optional<String> instruction = InjectionScreen.instruction(item.text());
    if (instruction.isPresent()) {
      return new Dropped(
          "reads as an instruction to a model (" + Text.quoted(instruction.get()) + ")");
    }
    for (SourceSpan span : item.spans()) {
      if (span.quote().isBlank()) {
        continue; // the checker names it
      }
      boolean given = false;
      boolean clean = false;
      for (Prompt.Snippet s : snippets) {
        if (s.article().equals(span.article()) && s.text().contains(span.quote())) {
          given = true;
          clean |= !s.flagged();
        }
      }
      if (!given) {
        return new Dropped(
            "quote is not in the source sentences given for \""
                + span.article()
                + "\": "
                + Text.quoted(span.quote()));
      }
      if (!clean) {
        return new Dropped(
            "cites a source passage that reads as an instruction to a model: "
                + Text.quoted(span.quote()));
      }
    }
    GroundingChecker.Verdict v = checker.check(item.text(), item.spans());
    if (!v.supported()) {
      return new Dropped(String.join("; ", v.problems()));
    }
    if (!kept.add(item.text())) {
      return new Dropped("repeats an earlier sentence");
    }
    return new Kept(new WrittenSentence(item.text(), item.spans()));
  }
}
