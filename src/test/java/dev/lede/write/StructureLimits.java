package dev.lede.write;

import dev.lede.model.Section;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.write.internal.Words;
import java.util.ArrayList;
import java.util.List;

/** The hard structure limits, as a list of violations (empty when all hold). */
public final class StructureLimits {
  private StructureLimits() {}

  public static List<String> violations(WrittenStory s, int sourceCount) {
    List<String> out = new ArrayList<>();
    if (s.headline().length() > 70) {
      out.add("headline has " + s.headline().length() + " chars: " + s.headline());
    }
    if (!SeoAnalyzer.containsKeyphrase(s.headline(), s.keyphrase())) {
      out.add("headline lacks keyphrase \"" + s.keyphrase() + "\": " + s.headline());
    }
    if (s.headlineSources().isEmpty()) {
      out.add("headline cites no source: " + s.headline());
    }
    if (s.headline().endsWith(dev.lede.write.internal.Headlines.FALLBACK_LABEL)) {
      out.add("headline is the fixed template: " + s.headline());
    }
    int ml = s.metaDescription().length();
    // One clean news sentence a little shorter rather than one padded (MetaDescriptions.SHORT_MIN).
    boolean shortOne =
        ml >= dev.lede.write.internal.MetaDescriptions.SHORT_MIN
            && dev.lede.nlp.SentenceSplitter.split(s.metaDescription()).size() == 1;
    if (ml < 121 && !shortOne || ml > 156) {
      out.add("meta description has " + ml + " chars: " + s.metaDescription());
    }
    int kpInMeta = SeoAnalyzer.phraseCount(s.metaDescription(), s.keyphrase());
    if (kpInMeta != 1) {
      out.add("meta description holds the keyphrase " + kpInMeta + " times");
    }
    int ledeWords = s.lede().stream().mapToInt(x -> Words.count(x.text())).sum();
    if (s.lede().isEmpty() || s.lede().size() > 3) {
      out.add("lede has " + s.lede().size() + " sentences");
    }
    if (ledeWords > 60) {
      out.add("lede has " + ledeWords + " words");
    }
    // Sections that fit, not a count: a body too small for two sections of two sentences each
    // (SectionLayout) is one section, not a second one of a single sentence.
    if (sourceCount >= 3 && s.sections().size() < 2 && bodySentences(s) >= 4) {
      out.add(sourceCount + " sources but " + s.sections().size() + " sections");
    }
    if (s.sections().size() >= 2) {
      long with =
          s.sections().stream()
              .filter(x -> SeoAnalyzer.containsKeyphrase(x.heading(), s.keyphrase()))
              .count();
      // 30-75%, or fewer when only those read naturally with it (SeoAnalyzer.subheadingShare).
      if (!SeoAnalyzer.subheadingShare(s.keyphrase(), s.headline(), s.lede(), s.sections())) {
        out.add(with + " of " + s.sections().size() + " subheadings hold the keyphrase");
      }
    }
    for (Section sec : s.sections()) {
      if (sec.paragraphs().isEmpty() || sec.paragraphs().stream().anyMatch(List::isEmpty)) {
        out.add("section \"" + sec.heading() + "\" has an empty paragraph");
      }
    }
    return out;
  }

  private static int bodySentences(WrittenStory s) {
    return s.sections().stream()
        .mapToInt(sec -> sec.paragraphs().stream().mapToInt(List::size).sum())
        .sum();
  }

  /** Every published sentence: lede, sections, background. */
  public static List<WrittenSentence> sentences(WrittenStory s) {
    List<WrittenSentence> out = new ArrayList<>(s.lede());
    for (Section sec : s.sections()) {
      sec.paragraphs().forEach(out::addAll);
    }
    out.addAll(s.background());
    return out;
  }
}
