package dev.lede.index.lucene.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into a Lucene query, without ever failing on syntax.
 *
 * <p>The query is parsed once per language group with that group's analyzer ({@link
 * SimpleQueryParser}: {@code "phrase"}, {@code +}, {@code |}, {@code -}, {@code prefix*}, {@code
 * ~}; unbalanced quotes and brackets are ignored, field prefixes such as {@code title:} are plain
 * words) and the groups are OR-ed, so an English query stems against English articles while the
 * same words still find Korean or Chinese ones. Within a group all words are required (for Korean,
 * any of the morphemes of each word, or all its character bigrams, see {@link TwinParser}). Titles
 * weigh {@value #TITLE_BOOST} times the body.
 *
 * <p>Japanese and Chinese words are matched by their Kuromoji or SmartChinese words first ({@link
 * #parse}): 京都 does not find 東京都. Only when that finds nothing does {@link #parseWide} also try
 * their character bigrams, for names the analyzer splits differently alone and in a sentence.
 */
public final class UserQueries {
  /** Words of a query beyond this are ignored, keeping the clause count well inside Lucene's. */
  public static final int MAX_WORDS = 32;

  /** Characters of a query beyond this are ignored. */
  public static final int MAX_CHARS = 512;

  static final float TITLE_BOOST = 2.0f;

  private static final int MAX_FALLBACK_TERMS = 128;

  private final Map<LanguageFields, Analyzer> analyzers;
  private final Map<LanguageFields, Analyzer> bigrams;

  /**
   * @param analyzers each group's word analyzer
   * @param bigrams the bigram analyzer of each group that {@linkplain
   *     LanguageFields#hasBigramTwin() has a bigram twin}
   */
  public UserQueries(
      Map<LanguageFields, Analyzer> analyzers, Map<LanguageFields, Analyzer> bigrams) {
    this.analyzers = analyzers;
    this.bigrams = bigrams;
  }

  /**
   * The query for {@code text}, Japanese and Chinese by their words only; a {@link
   * MatchNoDocsQuery} when it has no searchable words.
   */
  public Query parse(String text) {
    return parse(text, false);
  }

  /**
   * The query for {@code text} with Japanese and Chinese words matched also by all their character
   * bigrams: wider than {@link #parse}, for when that finds nothing.
   */
  public Query parseWide(String text) {
    return parse(text, true);
  }

  private Query parse(String text, boolean wide) {
    String bounded = bound(text);
    try {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int clauses = 0;
      for (LanguageFields group : LanguageFields.values()) {
        Map<String, Float> weights = Map.of(group.titleField(), TITLE_BOOST, group.textField(), 1f);
        SimpleQueryParser parser =
            group == LanguageFields.KO
                ? new TwinParser(
                    analyzers.get(group), bigrams.get(group), weights, BooleanClause.Occur.SHOULD)
                : group.hasBigramTwin() && wide
                    ? new TwinParser(
                        analyzers.get(group), bigrams.get(group), weights, BooleanClause.Occur.MUST)
                    : new SimpleQueryParser(analyzers.get(group), weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query q = parser.parse(bounded);
        if (q != null && !(q instanceof MatchNoDocsQuery)) {
          any.add(q, BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
      return clauses == 0 ? new MatchNoDocsQuery("no searchable words") : any.build();
    } catch (IndexSearcher.TooManyClauses e) {
      return fallback(bounded);
    }
  }

  /**
   * A flat OR of the analysed words, for queries that expand past Lucene's clause limit (a long run
   * of Chinese characters, say, gives a term per character pair).
   */
  public Query fallback(String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (LanguageFields group : LanguageFields.values()) {
      for (String term : terms(analyzers.get(group), group.textField(), bound(text))) {
        if (clauses + 2 > MAX_FALLBACK_TERMS * 2) {
          break;
        }
        any.add(new TermQuery(new Term(group.textField(), term)), BooleanClause.Occur.SHOULD);
        any.add(
            new BoostQuery(new TermQuery(new Term(group.titleField(), term)), TITLE_BOOST),
            BooleanClause.Occur.SHOULD);
        clauses += 2;
      }
    }
    return clauses == 0 ? new MatchNoDocsQuery("no searchable words") : any.build();
  }

  /**
   * Words of a group with a bigram twin: a word matches when its morphemes do (any of them for
   * Korean, all for Japanese and Chinese), or when all of its character bigrams do. Nori's analysis
   * depends on context: "후보자" alone is the compound 후보+자 while in "후보자 자진사퇴" the indexed text has
   * 후보 and a dropped suffix, and an unknown name such as "볼라벤" splits one way alone and another way
   * in a sentence. Requiring every Korean morpheme would miss the very article whose title is the
   * query; bigrams catch the unknown words.
   */
  private static final class TwinParser extends SimpleQueryParser {
    private final Analyzer bigrams;
    private final BooleanClause.Occur eachMorpheme;

    TwinParser(
        Analyzer words,
        Analyzer bigrams,
        Map<String, Float> weights,
        BooleanClause.Occur eachMorpheme) {
      super(words, weights);
      this.bigrams = bigrams;
      this.eachMorpheme = eachMorpheme;
    }

    @Override
    protected Query newDefaultQuery(String text) {
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      boolean any = false;
      for (Map.Entry<String, Float> weight : weights.entrySet()) {
        String field = weight.getKey();
        Query morphemes = terms(getAnalyzer(), field, text, eachMorpheme);
        String bigramField = LanguageFields.bigramField(field);
        Query pairs = terms(bigrams, bigramField, text, BooleanClause.Occur.MUST);
        any |= addWeighted(fields, weight.getValue(), morphemes, pairs);
      }
      return any ? simplify(fields.build()) : null;
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
      BooleanQuery.Builder fields = new BooleanQuery.Builder();
      boolean any = false;
      QueryBuilder pairs = new QueryBuilder(bigrams);
      for (Map.Entry<String, Float> weight : weights.entrySet()) {
        String field = weight.getKey();
        Query morphemes = createPhraseQuery(field, text, slop);
        Query bigramPhrase = pairs.createPhraseQuery(LanguageFields.bigramField(field), text, slop);
        any |= addWeighted(fields, weight.getValue(), morphemes, bigramPhrase);
      }
      return any ? simplify(fields.build()) : null;
    }

    /** Adds each query that is not null, boosted by {@code weight}; whether there was one. */
    private static boolean addWeighted(
        BooleanQuery.Builder fields, float weight, Query... queries) {
      boolean any = false;
      for (Query q : queries) {
        if (q != null) {
          fields.add(weight == 1f ? q : new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
          any = true;
        }
      }
      return any;
    }

    private static Query terms(
        Analyzer analyzer, String field, String text, BooleanClause.Occur occur) {
      Set<String> terms = UserQueries.terms(analyzer, field, text);
      if (terms.isEmpty()) {
        return null;
      }
      if (terms.size() == 1) {
        return new TermQuery(new Term(field, terms.iterator().next()));
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String term : terms) {
        all.add(new TermQuery(new Term(field, term)), occur);
      }
      return all.build();
    }
  }

  private static Set<String> terms(Analyzer analyzer, String field, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && terms.size() < MAX_FALLBACK_TERMS) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return terms;
  }

  private static String bound(String text) {
    int end = Math.min(text.length(), MAX_CHARS);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never cut a character in half
    }
    String s = text.substring(0, end);
    String[] words = s.strip().split("\\s+");
    return words.length > MAX_WORDS ? String.join(" ", Arrays.copyOf(words, MAX_WORDS)) : s;
  }
}
