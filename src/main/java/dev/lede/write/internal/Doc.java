package dev.lede.write.internal;

import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityExtractor;
import dev.lede.nlp.EntityResolver;
import dev.lede.nlp.Fact;
import dev.lede.nlp.FactExtractor;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import dev.lede.nlp.QuoteExtractor;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.SentenceSplitter;
import dev.lede.write.WriterInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One source article with what the nlp package found in it; mentions carry the article id.
 * Immutable, so one analysis can serve every write of a story that contains the article.
 */
public final class Doc {
  public final WriterInput input;

  /**
   * The writer's sentence units: the splitter's sentences, further cut where scraped text lost the
   * space after a full stop ("community.Dr Venter"). Offsets are exact, like the splitter's.
   */
  public final List<Sentence> sentences;

  public final List<Mention> mentions;
  public final List<Entity> entities;
  public final List<Quote> quotes;
  public final List<Fact> facts;

  /** The day the article came out ({@link Attribution#dateOf}), empty when undated. */
  public final Optional<LocalDate> day;

  private Doc(WriterInput input) {
    this.input = input;
    String text = input.text();
    List<Sentence> split = SentenceSplitter.split(text);
    this.sentences = unglue(text, split);
    this.mentions = EntityExtractor.extract(input.id(), text, split);
    this.entities = EntityResolver.resolve(mentions);
    this.quotes = QuoteExtractor.extract(text, split, entities);
    this.facts = FactExtractor.extract(text, entities);
    this.day = Attribution.dateOf(input);
  }

  private static final Pattern GLUED =
      Pattern.compile("(?<=[\\p{Ll}\\d)][.!?][\"”’']?)(?=\\p{Lu}\\p{Ll})");
  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "prof", "gen", "rev");

  static List<Sentence> unglue(String text, List<Sentence> split) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : split) {
      Matcher m = GLUED.matcher(s.text());
      int from = 0;
      while (m.find()) {
        int cut = m.start();
        if (abbreviationBefore(s.text(), cut)) {
          continue;
        }
        add(text, s.start() + from, s.start() + cut, out);
        from = cut;
      }
      add(text, s.start() + from, s.end(), out);
    }
    return out;
  }

  private static boolean abbreviationBefore(String s, int cut) {
    int end = cut - 1;
    while (end > 0 && !Character.isLetter(s.charAt(end - 1)) && end > cut - 3) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    return ABBREVIATIONS.contains(s.substring(start, end).toLowerCase(Locale.ROOT));
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(text.substring(start, end), start, end));
    }
  }

  private volatile Descriptions descriptions;

  /** The people this article names and describes ({@link Descriptions}), read on first use. */
  Descriptions descriptions() {
    Descriptions d = descriptions;
    if (d == null) {
      d = Descriptions.of(List.of(this));
      descriptions = d;
    }
    return d;
  }

  /** Strict drafts of the first sentences, made on first use (a pure function of the text). */
  private volatile List<Optional<Trimmer.Draft>> strictDrafts;

  /** {@link Trimmer#draft(Doc, int, boolean) Trimmer.draft(this, i, true)}, computed once. */
  public Optional<Trimmer.Draft> strictDraft(int i) {
    if (i >= Planner.MAX_SENTENCES_PER_DOC) {
      return Trimmer.draft(this, i, true);
    }
    List<Optional<Trimmer.Draft>> d = strictDrafts;
    if (d == null) {
      List<Optional<Trimmer.Draft>> made = new ArrayList<>();
      for (int k = 0; k < Math.min(sentences.size(), Planner.MAX_SENTENCES_PER_DOC); k++) {
        made.add(Trimmer.draft(this, k, true));
      }
      d = List.copyOf(made);
      strictDrafts = d;
    }
    return d.get(i);
  }

  public static Doc analyze(WriterInput input) {
    return new Doc(input);
  }

  public String id() {
    return input.id();
  }

  public String text() {
    return input.text();
  }

  public String outlet() {
    return input.outlet();
  }
}
