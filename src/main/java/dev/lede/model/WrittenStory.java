package dev.lede.model;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.util.List;

/**
 * One written, grounded article for a story: what {@code lede write} prints and the site shows.
 *
 * @param story story id
 * @param version 1 for the first write, +1 for each re-write
 * @param headline at most 70 characters, carries the keyphrase
 * @param keyphrase the story's focus (main entities plus the event)
 * @param metaDescription 121-156 characters, contains the keyphrase once
 * @param lede 1-3 sentences, at most 60 words
 * @param sections sections under subheadings
 * @param quotes pull quotes
 * @param background background from earlier related stories, labelled as such
 * @param disagreements where sources disagree
 * @param disclaimer that the story was generated from the listed sources
 * @param sources every source article
 * @param seo keyphrase and readability checks
 * @param datePublished first written
 * @param dateModified last re-written
 * @param headlineSources the source spans that support the headline (empty for stories written
 *     before headlines cited their sources)
 */
public record WrittenStory(
    String story,
    int version,
    String headline,
    String keyphrase,
    String metaDescription,
    List<WrittenSentence> lede,
    List<Section> sections,
    List<PullQuote> quotes,
    List<WrittenSentence> background,
    List<Disagreement> disagreements,
    String disclaimer,
    List<SourceRef> sources,
    SeoReport seo,
    Instant datePublished,
    Instant dateModified,
    @JsonSetter(nulls = Nulls.AS_EMPTY) List<SourceSpan> headlineSources) {

  public WrittenStory {
    headlineSources = List.copyOf(headlineSources);
  }

  /** A story whose headline cites no sources (as written before headlines did). */
  public WrittenStory(
      String story,
      int version,
      String headline,
      String keyphrase,
      String metaDescription,
      List<WrittenSentence> lede,
      List<Section> sections,
      List<PullQuote> quotes,
      List<WrittenSentence> background,
      List<Disagreement> disagreements,
      String disclaimer,
      List<SourceRef> sources,
      SeoReport seo,
      Instant datePublished,
      Instant dateModified) {
    this(
        story,
        version,
        headline,
        keyphrase,
        metaDescription,
        lede,
        sections,
        quotes,
        background,
        disagreements,
        disclaimer,
        sources,
        seo,
        datePublished,
        dateModified,
        List.of());
  }

  /** This story as version {@code v}, first published at {@code published}, modified now. */
  public WrittenStory asVersion(int v, Instant published, Instant modified) {
    return new WrittenStory(
        story,
        v,
        headline,
        keyphrase,
        metaDescription,
        lede,
        sections,
        quotes,
        background,
        disagreements,
        disclaimer,
        sources,
        seo,
        published,
        modified,
        headlineSources);
  }
}
