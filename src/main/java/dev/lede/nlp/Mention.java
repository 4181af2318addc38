package dev.lede.nlp;

import dev.lede.model.Require;
import java.util.Optional;

/**
 * One occurrence of a name in one document. {@code text} is the exact substring {@code [start,
 * end)} of the document: a title before a name ("President" in "President Obama") is left out of
 * the span and kept in {@code title}.
 *
 * @param docId the document the mention is in; the resolver only links surnames within one document
 * @param text the name as written
 * @param start offset of its first char in the document
 * @param end offset just past its last char
 * @param type the extractor's guess
 * @param title a person's title or role written before the name, when there was one
 * @param confidence how sure the guess of {@code type} is, in [0, 1]: 0.9 for a title or an
 *     organisation word, about 0.5 for a cue such as "said", 0.3 for no cue at all
 */
public record Mention(
    String docId,
    String text,
    int start,
    int end,
    EntityType type,
    Optional<String> title,
    double confidence) {
  public Mention {
    Require.nonNull("docId text type title", docId, text, type, title);
    if (start < 0 || end - start != text.length() || text.isEmpty()) {
      throw new IllegalArgumentException(
          "mention span [" + start + ", " + end + ") does not fit text \"" + text + "\"");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " is not in [0, 1]");
    }
  }
}
