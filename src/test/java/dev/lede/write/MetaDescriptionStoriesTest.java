package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Section;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.SentenceSplitter;
import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import dev.lede.write.internal.Headlines;
import dev.lede.write.internal.MetaDescriptions;
import dev.lede.write.internal.Words;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every development story's meta description (ECB+ topics 1-22 and every 6th demo Wikinews article,
 * as in {@link KeyphraseEval}; none held out) is one real summary sentence: 121-156 chars (one
 * clean sentence of {@link MetaDescriptions#SHORT_MIN} chars or more when none fits), supported by
 * the grounding checker against the sentences it came from, no "Keyphrase: sentence" label, naming
 * the focus keyphrase exactly once, not cut (no ellipsis, no dangling last word), and one sentence
 * unless it opens with the news (the lede's first sentence or the headline's) or no sentence of the
 * story long enough to be the summary alone names the keyphrase.
 */
@Slow
class MetaDescriptionStoriesTest {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  /** "Dow Jones fall: ...": a label before a colon that opens the summary. */
  private static final Pattern LABEL = Pattern.compile("^[^:\"“]{1,40}:\\s");

  private static final Set<String> DANGLING =
      Set.of(
          "the", "a", "an", "of", "to", "and", "or", "but", "that", "in", "on", "at", "for", "with",
          "by", "from", "his", "her", "their", "its", "is", "was", "has", "had", "she", "he");

  @Test
  void everyDevelopmentStorysMetaDescriptionIsOneGroundedUncutSummarySentence() throws Exception {
    Path ecb = SharedData.require(KeyphraseEval.ECB);
    Map<String, List<WriterInput>> stories = KeyphraseEval.stories(ecb, KeyphraseEval.WIKINEWS);
    OfflineWriter writer = OfflineWriter.lexical();
    List<String> problems = new ArrayList<>();
    int joined = 0;
    for (var e : stories.entrySet()) {
      WrittenStory s = writer.write(e.getKey(), e.getValue(), List.of(), NOW);
      String meta = s.metaDescription();
      String id = e.getKey() + ": " + meta;
      boolean shortOne =
          meta.length() >= MetaDescriptions.SHORT_MIN && SentenceSplitter.split(meta).size() == 1;
      if (meta.length() < Headlines.META_MIN && !shortOne || meta.length() > Headlines.META_MAX) {
        problems.add(id + " has " + meta.length() + " chars");
      }
      if (SeoAnalyzer.phraseCount(meta, s.keyphrase()) != 1) {
        problems.add(id + " names the keyphrase \"" + s.keyphrase() + "\" not exactly once");
      }
      if (LABEL.matcher(meta).find()) {
        problems.add(id + " opens with a label");
      }
      List<String> words = Words.lowerWords(meta);
      if (meta.contains("…")
          || !meta.matches("(?s).*[.!?\"”’']$")
          || words.isEmpty()
          || DANGLING.contains(words.get(words.size() - 1))) {
        problems.add(id + " is cut");
      }
      List<WrittenSentence> published = published(s);
      // Against the whole articles: a summary may come from an article's opening the story
      // does not publish (the headline's sentence).
      List<SourceSpan> spans = new ArrayList<>();
      e.getValue().forEach(a -> spans.add(new SourceSpan(a.id(), a.text())));
      GroundingChecker.Verdict v = GroundingChecker.forInputs(e.getValue()).check(meta, spans);
      if (!v.supported()) {
        problems.add(id + " is not supported: " + v.problems());
      }
      if (SentenceSplitter.split(meta).size() > 1) {
        joined++;
        // Joined only when no sentence long enough alone names the keyphrase (one that fits
        // whole: a longer one may lose the name when shortened).
        boolean anyLongEnough =
            published.stream()
                .anyMatch(
                    w ->
                        w.text().strip().length() >= Headlines.META_MIN
                            && (SeoAnalyzer.phraseCount(w.text(), s.keyphrase()) == 1
                                    && w.text().strip().length() <= Headlines.META_MAX
                                || SeoAnalyzer.phraseCount(meta, s.keyphrase()) != 1));
        if (anyLongEnough && !opensWithTheNews(s, meta)) {
          problems.add(id + " joins sentences although one is long enough alone");
        }
      }
    }
    assertThat(stories).hasSizeGreaterThan(40);
    assertThat(problems).as("meta descriptions of %d stories", stories.size()).isEmpty();
    System.out.printf("meta descriptions: %d stories, %d joined%n", stories.size(), joined);
  }

  /**
   * Whether the summary opens with the story's news: its first words are in the lede's first
   * sentence or in the sentence the headline was made from (its cited spans).
   */
  private static boolean opensWithTheNews(WrittenStory s, String meta) {
    List<String> w = Words.lowerWords(meta);
    String opening = String.join(" ", w.subList(0, Math.min(4, w.size())));
    List<String> news = new ArrayList<>();
    s.lede().stream().limit(1).forEach(x -> news.add(x.text()));
    s.headlineSources().forEach(x -> news.add(x.quote()));
    return news.stream().anyMatch(t -> String.join(" ", Words.lowerWords(t)).contains(opening));
  }

  private static List<WrittenSentence> published(WrittenStory s) {
    List<WrittenSentence> out = new ArrayList<>(s.lede());
    for (Section sec : s.sections()) {
      sec.paragraphs().forEach(out::addAll);
    }
    return out;
  }
}
