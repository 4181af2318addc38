package dev.lede.write;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.Token;
import dev.lede.nlp.TokenisedText;
import dev.lede.nlp.Tokenizer;
import dev.lede.write.internal.Attribution;
import dev.lede.write.internal.HeadlineVerbs;
import dev.lede.write.internal.Korean;
import dev.lede.write.internal.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a written sentence is supported by the source spans it cites. A sentence is
 * <em>supported</em> when all of these hold, in this order:
 *
 * <ol>
 *   <li><b>exact quotes</b>: it cites at least one span; every span names a known article and its
 *       quote is a non-blank, exact (char-for-char) substring of that article's text;
 *   <li><b>numbers</b>: every run of digits in the sentence ("39" of "39-year-old", "1,200", "3.5")
 *       and every spelled-out number word ("three", "million") appears in the quotes;
 *   <li><b>names</b>: every capitalised word appears, with the same case, in the quotes. The
 *       sentence's first word may differ in case (a trimmed sentence capitalises its new first
 *       word) and is skipped when it is a function word ("The", "He");
 *   <li><b>quoted words</b>: every span the sentence puts inside quotation marks ({@code "…"},
 *       {@code “…”}, {@code «…»}, {@code '…'}) is an exact substring of one quote;
 *   <li><b>negation</b>: every negation word in the sentence ("not", "never", "didn't") appears in
 *       the quotes, and a quote holding a negation cannot be restated without one (a sentence
 *       covering at least half of that quote's content words must carry a negation too);
 *   <li><b>content overlap</b>: the sentence has at least one content word (not a function word)
 *       and at least {@code minOverlap} of its distinct content words occur in the quotes (default
 *       {@value #DEFAULT_MIN_OVERLAP}).
 * </ol>
 *
 * Words are compared as {@link Tokenizer} tokens; all checks read the union of the sentence's
 * quotes. A quote counts as written and with its spaced hyphens joined ("Wal - Mart" as
 * "Wal-Mart"); a quote of a {@link TokenisedText tokenised} article ("2, 000ft", "6. 1", "U. S.",
 * from a text that never joins them) counts with its figures and initials joined too ("2,000ft",
 * "6.1", "U.S."), the form the writer shows; the quote itself stays the exact source span.
 *
 * <p><b>Attributed sentences.</b> A checker made by {@link #forInputs} also knows each article's
 * outlet and date, and accepts a sentence whose clauses (split at "; ") end in an attribution made
 * from that metadata by {@link Attribution#phrase} (", BBC reported on 17 September", ", according
 * to BBC"): the attribution must name the outlet of a cited article (and its date, if any), and the
 * clause without it must pass every check above against the quotes of that outlet's articles alone;
 * a clause without an attribution is checked against all quotes. So "At least 11 people were
 * killed, BBC reported on 17 September; 24 people died, AP reported on 18 September." holds only
 * when the BBC's quote says 11 and AP's says 24. The checker holds the source texts and their
 * metadata and nothing else: it is immutable and thread-safe.
 */
public final class GroundingChecker {
  /** Default share of a sentence's distinct content words that must occur in its quotes. */
  public static final double DEFAULT_MIN_OVERLAP = 0.75;

  private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

  /** A hyphen between two words or numbers, spaced on either side or not. */
  private static final Pattern HYPHEN =
      Pattern.compile("(?<=[\\p{L}\\p{N}]) ?[-‐] ?(?=[\\p{L}\\p{N}])");

  private static String joinHyphens(String s) {
    return HYPHEN.matcher(s).replaceAll("-");
  }

  private static final Pattern QUOTED =
      Pattern.compile(
          "\"([^\"]+)(?:\"|$)|“([^”]+)(?:”|$)|«([^»]+)(?:»|$)|(?<![\\p{L}\\p{N}])'([^']+?)'(?![\\p{L}\\p{N}])");

  /** Where a reconciliation's clauses meet: "; " or ", while ". */
  private static final Pattern CLAUSES = Pattern.compile("; |, while ");

  private static final List<String> STOPS = List.of(".", "。");

  private final Map<String, String> texts;
  private final double minOverlap;

  /** The articles whose text is {@link TokenisedText tokenised}: their quotes count joined too. */
  private final Set<String> tokenised;

  /** Article id to its outlet, for attributed sentences; empty when the checker has no metadata. */
  private final Map<String, String> outlets;

  /**
   * Article id to the attribution tails its metadata allows (", BBC reported on 3 May"), longest
   * first.
   */
  private final Map<String, List<String>> attributions;

  /** Article id to the clause openings its metadata allows ("BBC reported on 3 May that "). */
  private final Map<String, List<String>> leads;

  private GroundingChecker(
      Map<String, String> texts,
      double minOverlap,
      Map<String, String> outlets,
      Map<String, List<String>> attributions,
      Map<String, List<String>> leads) {
    this.texts = texts;
    this.minOverlap = minOverlap;
    Set<String> t = new HashSet<>();
    texts.forEach(
        (id, text) -> {
          if (TokenisedText.isTokenised(text)) {
            t.add(id);
          }
        });
    this.tokenised = Set.copyOf(t);
    this.outlets = outlets;
    this.attributions = attributions;
    this.leads = leads;
  }

  /** A checker for the given article texts by article id, with the default overlap threshold. */
  public static GroundingChecker of(Map<String, String> articleTexts) {
    return of(articleTexts, DEFAULT_MIN_OVERLAP);
  }

  /**
   * A checker for the given article texts by article id.
   *
   * @param minOverlap share of content words that must occur in the quotes, in (0, 1]
   */
  public static GroundingChecker of(Map<String, String> articleTexts, double minOverlap) {
    Objects.requireNonNull(articleTexts, "articleTexts");
    if (!(minOverlap > 0 && minOverlap <= 1)) {
      throw new IllegalArgumentException("minOverlap " + minOverlap + " is not in (0, 1]");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    articleTexts.forEach(
        (id, text) ->
            copy.put(Objects.requireNonNull(id, "article id"), Objects.requireNonNull(text, id)));
    return new GroundingChecker(copy, minOverlap, Map.of(), Map.of(), Map.of());
  }

  /**
   * A checker over the texts of the given inputs that also accepts attributions made from their
   * outlets and dates ({@link Attribution}).
   */
  public static GroundingChecker forInputs(List<WriterInput> inputs) {
    Map<String, String> m = new LinkedHashMap<>();
    Map<String, String> outlets = new LinkedHashMap<>();
    Map<String, List<String>> forms = new LinkedHashMap<>();
    Map<String, List<String>> leads = new LinkedHashMap<>();
    for (WriterInput in : inputs) {
      m.put(in.id(), in.text());
      outlets.put(in.id(), in.outlet());
      forms.put(in.id(), Attribution.tails(in.outlet(), Attribution.dateOf(in)));
      leads.put(in.id(), Attribution.leads(in.outlet(), Attribution.dateOf(in)));
    }
    return new GroundingChecker(
        of(m).texts,
        DEFAULT_MIN_OVERLAP,
        Map.copyOf(outlets),
        Map.copyOf(forms),
        Map.copyOf(leads));
  }

  /** The verdict on one sentence. */
  public Verdict check(WrittenSentence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return check(sentence.text(), sentence.sources());
  }

  /**
   * The verdict on any text (a sentence, a headline, a meta description) against the spans that
   * should support it.
   */
  public Verdict check(String text, List<SourceSpan> spans) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(spans, "spans");
    List<String> problems = new ArrayList<>();
    if (spans.isEmpty()) {
      problems.add("cites no source");
      return new Verdict(problems);
    }
    for (SourceSpan s : spans) {
      String source = texts.get(s.article());
      if (source == null) {
        problems.add("cites unknown article \"" + s.article() + "\"");
      } else if (s.quote().isBlank()) {
        problems.add("cites a blank quote of \"" + s.article() + "\"");
      } else if (!source.contains(s.quote())) {
        problems.add("quote is not in \"" + s.article() + "\": " + abbreviate(s.quote()));
      }
    }
    if (!problems.isEmpty()) {
      return new Verdict(problems);
    }
    if (!attributions.isEmpty()) {
      Optional<List<String>> attributed = attributed(text, spans);
      if (attributed.isPresent()) {
        return new Verdict(attributed.get());
      }
    }
    return new Verdict(unattributed(text, spans));
  }

  /**
   * The problems of a sentence whose clauses carry attributions, each attributed clause checked
   * against its outlet's quotes; empty when no clause ends in an attribution of a cited article.
   */
  private Optional<List<String>> attributed(String text, List<SourceSpan> spans) {
    List<String> problems = new ArrayList<>();
    boolean any = false;
    String[] clauses = CLAUSES.split(text.strip());
    for (int c = 0; c < clauses.length; c++) {
      String clause = clauses[c];
      boolean last = c == clauses.length - 1;
      String outlet = null;
      String body = clause;
      for (SourceSpan s : spans) {
        for (String end : last ? STOPS : List.of("")) {
          for (String form : attributions.getOrDefault(s.article(), List.of())) {
            String tail = form + end;
            if (outlet == null && clause.endsWith(tail) && clause.length() > tail.length()) {
              outlet = outlets.get(s.article());
              body = clause.substring(0, clause.length() - tail.length()) + ".";
            }
          }
        }
        for (String lead : leads.getOrDefault(s.article(), List.of())) {
          if (outlet == null && clause.startsWith(lead) && clause.length() > lead.length()) {
            outlet = outlets.get(s.article());
            body = clause.substring(lead.length()) + (last ? "" : ".");
          }
        }
      }
      if (outlet == null) {
        problems.addAll(unattributed(last ? body : body + ".", spans));
        continue;
      }
      any = true;
      String o = outlet;
      List<SourceSpan> own =
          spans.stream().filter(s -> o.equals(outlets.get(s.article()))).toList();
      for (String p : unattributed(body, own)) {
        problems.add("clause attributed to " + o + ": " + p);
      }
    }
    return any ? Optional.of(problems) : Optional.empty();
  }

  /** The problems of a text checked against the union of its spans' quotes. */
  private List<String> unattributed(String text, List<SourceSpan> spans) {
    List<String> problems = new ArrayList<>();
    // "Wal-Mart" in a headline and "Wal - Mart" in pre-tokenised source text are the same words:
    // the quotes count in both forms. So do "2,000" and a tokenised source's "2, 000".
    Set<String> forms = new LinkedHashSet<>();
    for (SourceSpan s : spans) {
      forms.add(s.quote());
      forms.add(joinHyphens(s.quote()));
      if (tokenised.contains(s.article())) {
        String j = TokenisedText.joined(s.quote());
        forms.add(j);
        forms.add(joinHyphens(j));
      }
    }
    List<String> quotes = List.copyOf(forms);
    String joined = String.join("\n", quotes);
    List<Token> quoteTokens = Tokenizer.tokenize(joined);
    Set<String> exact = new HashSet<>();
    Set<String> lower = new HashSet<>();
    for (Token t : quoteTokens) {
      exact.add(t.text());
      lower.add(t.text().toLowerCase(Locale.ROOT));
    }
    Set<String> quoteDigits = digitRuns(joined);
    for (String d : digitRuns(text)) {
      if (!quoteDigits.contains(d)) {
        problems.add("number " + d + " is not in its quotes");
      }
    }
    List<Token> tokens = Tokenizer.tokenize(text);
    boolean first = true;
    boolean negated = false;
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.WORD) {
        if (t.kind() == Token.Kind.NUMBER) {
          first = false;
        }
        continue;
      }
      String lw = t.text().toLowerCase(Locale.ROOT);
      if (Words.NUMBER_WORDS.contains(lw) && !lower.contains(lw)) {
        problems.add("number \"" + t.text() + "\" is not in its quotes");
      }
      if (Words.isNegation(lw)) {
        negated = true;
        String lemma = HeadlineVerbs.lemma(lw); // "denies" in a headline for "denied"
        if (!lower.contains(lw)
            && lower.stream().noneMatch(q -> HeadlineVerbs.lemma(q).equals(lemma))) {
          problems.add("negation \"" + t.text() + "\" is not in its quotes");
        }
      }
      if (t.isCapitalized()) {
        boolean ok =
            first ? Words.STOPWORDS.contains(lw) || lower.contains(lw) : exact.contains(t.text());
        if (!ok) {
          problems.add("name \"" + t.text() + "\" is not in its quotes");
        }
      }
      first = false;
    }
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      String inner = firstGroup(m).strip().replaceAll("[,.;:!?]+$", "").strip();
      if (!inner.isEmpty() && quotes.stream().noneMatch(q -> q.contains(inner))) {
        problems.add("quoted words are not in its quotes: " + abbreviate(inner));
      }
    }
    if (!negated) {
      Set<String> sentenceWords = new HashSet<>(Words.contentWords(text));
      for (String q : quotes) {
        List<String> qw = Words.lowerWords(q);
        if (qw.stream().noneMatch(Words::isNegation)) {
          continue;
        }
        Set<String> qc = new HashSet<>(Words.contentWords(q));
        long covered = qc.stream().filter(sentenceWords::contains).count();
        if (!qc.isEmpty() && covered * 2 >= qc.size()) {
          problems.add("drops the negation of its quote: " + abbreviate(q));
        }
      }
    }
    Set<String> content = new HashSet<>(Words.contentWords(text));
    if (content.isEmpty()) {
      problems.add("has no content words");
    } else {
      // Another inflection of a quote's word counts ("files" for "filed" in a headline).
      Set<String> lemmas = new HashSet<>();
      lower.forEach(w -> lemmas.add(HeadlineVerbs.lemma(w)));
      long found =
          content.stream()
              .filter(
                  w ->
                      lower.contains(w)
                          || lemmas.contains(HeadlineVerbs.lemma(w))
                          || Korean.inQuoteWords(w, lower))
              .count();
      double share = (double) found / content.size();
      if (share < minOverlap) {
        problems.add(
            String.format(
                Locale.ROOT,
                "only %d of %d content words are in its quotes (%.2f < %.2f)",
                found,
                content.size(),
                share,
                minOverlap));
      }
    }
    return problems;
  }

  /** Whether the sentence is supported. */
  public boolean supports(WrittenSentence sentence) {
    return check(sentence).supported();
  }

  /** The supported sentences, in order; unsupported ones are dropped. */
  public List<WrittenSentence> retainSupported(List<WrittenSentence> sentences) {
    List<WrittenSentence> out = new ArrayList<>();
    for (WrittenSentence s : sentences) {
      if (supports(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  private static Set<String> digitRuns(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = DIGITS.matcher(s);
    while (m.find()) {
      out.add(m.group().replaceAll("[.,]$", ""));
    }
    return out;
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 80 ? "\"" + one + "\"" : "\"" + one.substring(0, 77) + "...\"";
  }

  /**
   * The checker's verdict on one text.
   *
   * @param problems what is wrong, empty when the text is supported
   */
  public record Verdict(List<String> problems) {
    public Verdict {
      problems = List.copyOf(problems);
    }

    /** True when nothing is wrong. */
    public boolean supported() {
      return problems.isEmpty();
    }
  }
}
