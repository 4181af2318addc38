package dev.lede.write.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.postag.TagDictionary;

/**
 * Penn Treebank part-of-speech tags and phrase chunks of an English sentence, from Apache OpenNLP
 * with the classic maxent models ({@code en-pos-maxent.bin}, {@code en-chunker.bin}, shipped in the
 * {@code opennlp-postag-models} and {@code opennlp-chunk-models} jars). The models load once, on
 * first use; the taggers are not thread-safe, so each thread gets its own over the shared models.
 */
public final class EnglishTagger {
  private EnglishTagger() {}

  /** One token: its text, offsets in the sentence, Penn tag and chunk tag (B-NP, I-VP, O ...). */
  public record Tok(String text, int start, int end, String tag, String chunk) {
    public String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    public boolean tagIs(String prefix) {
      return tag.startsWith(prefix);
    }

    /** The chunk type without its B-/I- prefix ("NP", "VP"), or "O". */
    public String phrase() {
      return chunk.length() > 2 ? chunk.substring(2) : chunk;
    }

    public boolean opensPhrase() {
      return chunk.startsWith("B-");
    }
  }

  /**
   * Words (with inner hyphens, apostrophes and abbreviation dots), numbers with their separators,
   * the clitics "'s" and "n't" on their own as the Penn models expect, and single symbols. A
   * no-break or thin space (U+00A0, U+2009: "The bizarre post" as pages write it) separates words
   * like a space: as a token of its own it was kept in headlines (" bizarre post ... emerges").
   */
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{Lu}\\.){2,}"
              + "|\\p{N}+(?:[.,:]\\p{N}+)*"
              + "|[\\p{L}\\p{N}]+?(?=n['’]t\\b)"
              + "|n['’]t\\b"
              + "|['’](?:s|re|ve|ll|d|m|t)\\b"
              + "|[\\p{L}\\p{N}]+(?:[-‐][\\p{L}\\p{N}]+)*(?:['’](?![sStTdDmM]\\b|re\\b|ve\\b|ll\\b)"
              + "[\\p{L}]+)*"
              + "|[^\\s\\p{Z}]");

  private static final class Models {
    static final POSModel POS = load("/en-pos-maxent.bin", POSModel::new);
    static final ChunkerModel CHUNK = load("/en-chunker.bin", ChunkerModel::new);
    static final TagDictionary DICTIONARY = POS.getFactory().getTagDictionary();

    private interface Loader<T> {
      T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
      try (InputStream in = EnglishTagger.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return loader.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
      }
    }
  }

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS, POSTagFormat.PENN));
  private static final ThreadLocal<ChunkerME> CHUNKER =
      ThreadLocal.withInitial(() -> new ChunkerME(Models.CHUNK));

  // The writer asks about one sentence many times (clause cuts, meta descriptions, restatements,
  // chronology, headline compression, scoring): tagging was 46% of a first `lede run`'s CPU.
  private static final int CACHED_SENTENCES = 4096;
  private static final Map<String, List<Tok>> CACHE =
      Collections.synchronizedMap(
          new LinkedHashMap<>(CACHED_SENTENCES, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Tok>> eldest) {
              return size() > CACHED_SENTENCES;
            }
          });

  /** The sentence's tokens, tagged and chunked (a list the caller may change). */
  public static List<Tok> tag(String sentence) {
    List<Tok> known = CACHE.get(sentence);
    if (known == null) {
      known = List.copyOf(tagged(sentence));
      CACHE.put(sentence, known);
    }
    return new ArrayList<>(known);
  }

  private static List<Tok> tagged(String sentence) {
    List<String> words = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      words.add(m.group());
      spans.add(new int[] {m.start(), m.end()});
    }
    if (words.isEmpty()) {
      return List.of();
    }
    String[] w = words.toArray(String[]::new);
    for (int i = 0; i < w.length; i++) {
      w[i] = w[i].replace('’', '\'').replace('“', '"').replace('”', '"');
    }
    for (int i = 0; i < w.length; i++) {
      if (w[i].codePoints().allMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL)) {
        w[i] = "$"; // the models learned "$" only: "averages £22,100" would read "£" as a verb
      }
    }
    String[] tags = TAGGER.get().tag(w);
    String[] chunks = CHUNKER.get().chunk(w, tags);
    List<Tok> out = new ArrayList<>(w.length);
    for (int i = 0; i < w.length; i++) {
      out.add(new Tok(words.get(i), spans.get(i)[0], spans.get(i)[1], tags[i], chunks[i]));
    }
    return out;
  }

  /**
   * Whether the tagger can read {@code text}: its first letters are Latin ones (a Korean, Japanese
   * or Chinese sentence, tagged with English models, would read as a run of unknown nouns).
   */
  static boolean readable(String text) {
    return text.codePoints()
        .filter(Character::isLetter)
        .limit(40)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  /** Whether the tagger's lexicon knows {@code word} with the Penn tag {@code tag}. */
  public static boolean known(String word, String tag) {
    String[] tags = Models.DICTIONARY == null ? null : Models.DICTIONARY.getTags(word);
    if (tags == null) {
      return false;
    }
    for (String t : tags) {
      if (t.equals(tag)) {
        return true;
      }
    }
    return false;
  }
}
