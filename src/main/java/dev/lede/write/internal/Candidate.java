package dev.lede.write.internal;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A source sentence the writer may publish, with its scores. */
public final class Candidate {
  /** Where a sentence belongs in the article. */
  public enum Role {
    EVENT,
    DETAIL,
    REACTION,
    BACKGROUND,
    NEXT
  }

  public final Doc doc;
  public final int sentence;
  public final String text;
  public final List<SourceSpan> spans;
  public final boolean dangling;
  public final int words;
  public final Set<String> content;
  public final Set<String> entityKeys;
  public final int facts;
  public final boolean hasQuote;
  public final Role role;

  /** Content-word stems, repeats kept: the lexical features. */
  public final List<String> stems;

  /** The sentence embedding, or {@link #NO_VECTOR} when none was stored or computed. */
  public float[] vector = NO_VECTOR;

  /** TF-IDF vector over the story's candidates, set by {@link Lexical#index}. */
  public Lexical.Sparse lex = Lexical.Sparse.EMPTY;

  /** TF-IDF cosine to the story's lexical centre. */
  public double lexCentrality;

  /** Similarity to the story's centre, on the embedding scale (estimated when no vector). */
  public double centrality;

  public double score;

  /** The empty vector that marks a candidate without an embedding. */
  public static final float[] NO_VECTOR = new float[0];

  /** Spans from other outlets that support the same sentence on their own. */
  public final List<SourceSpan> corroboration = new ArrayList<>();

  Candidate(
      Doc doc,
      int sentence,
      Trimmer.Draft draft,
      Set<String> entityKeys,
      int facts,
      boolean hasQuote,
      Role role) {
    this.doc = doc;
    this.sentence = sentence;
    this.text = draft.text();
    this.spans = draft.spans();
    this.dangling = draft.dangling();
    this.words = draft.words();
    this.content = draft.content();
    this.stems = draft.stems();
    this.entityKeys = entityKeys;
    this.facts = facts;
    this.hasQuote = hasQuote;
    this.role = role;
  }

  private FactSignature signature;

  /** What the sentence states, for comparing facts (computed once). */
  FactSignature signature() {
    if (signature == null) {
      signature = FactSignature.of(text);
    }
    return signature;
  }

  public boolean hasVector() {
    return vector.length > 0;
  }

  /** The source sentence exactly as the splitter gave it: the key its stored vector has. */
  public String sourceText() {
    return doc.sentences.get(sentence).text();
  }

  public WrittenSentence toSentence() {
    List<SourceSpan> all = new ArrayList<>(spans);
    all.addAll(corroboration);
    return new WrittenSentence(text, all);
  }

  @Override
  public String toString() {
    return doc.id() + "#" + sentence + " " + text;
  }
}
