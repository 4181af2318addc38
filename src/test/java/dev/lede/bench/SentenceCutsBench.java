package dev.lede.bench;

import dev.lede.nlp.CutSentences;
import dev.lede.nlp.CutSentences.Kind;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.SentenceSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentences that look cut at an abbreviation across the ECB+ development documents (topics 1-25),
 * split by Lede's {@link SentenceSplitter} and, for comparison, by OpenNLP's classic English
 * sentence model ({@code en-sent.bin}). Usage: {@code bench/sentences [--show N]}.
 */
public final class SentenceCutsBench {
  private SentenceCutsBench() {}

  public static void main(String[] args) throws IOException {
    int show = args.length == 2 && args[0].equals("--show") ? Integer.parseInt(args[1]) : 0;
    Path jsonl =
        dev.lede.testing.SharedData.root()
            .orElseThrow(() -> new IllegalStateException("../shared/data is not present"))
            .resolve("data")
            .resolve(EcbPlus.RELATIVE);
    List<String> texts = new ArrayList<>();
    for (EcbPlus.Doc d : EcbPlus.read(jsonl)) {
      if (d.topic() <= 25) {
        texts.add(d.input().text());
      }
    }
    SentenceDetectorME openNlp;
    try (InputStream in = SentenceCutsBench.class.getResourceAsStream("/en-sent.bin")) {
      openNlp = new SentenceDetectorME(new SentenceModel(in));
    }
    System.out.printf("ECB+ development topics 1-25: %d documents%n%n", texts.size());
    System.out.println(
        "| splitter | sentences | end in a title | end in an initial | end in another abbreviation"
            + " | start with a lone initial |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    row(
        "Lede SentenceSplitter",
        texts,
        t -> SentenceSplitter.split(t).stream().map(Sentence::text).toList(),
        show);
    row("OpenNLP en-sent.bin", texts, t -> List.of(openNlp.sentDetect(t)), show);
  }

  private static void row(
      String name, List<String> texts, Function<String, List<String>> splitter, int show) {
    Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
    int sentences = 0;
    for (String text : texts) {
      for (String s : splitter.apply(text)) {
        sentences++;
        byKind.computeIfAbsent(CutSentences.of(s), k -> new ArrayList<>()).add(s);
      }
    }
    System.out.printf(
        "| %s | %d | %d | %d | %d | %d |%n",
        name,
        sentences,
        count(byKind, Kind.ENDS_IN_TITLE),
        count(byKind, Kind.ENDS_IN_INITIAL),
        count(byKind, Kind.ENDS_IN_ABBREVIATION),
        count(byKind, Kind.STARTS_WITH_INITIAL));
    for (Kind k : Kind.values()) {
      if (k == Kind.WHOLE) {
        continue;
      }
      List<String> examples = byKind.getOrDefault(k, List.of());
      for (String s : examples.subList(0, Math.min(show, examples.size()))) {
        String tail = s.length() > 110 ? "..." + s.substring(s.length() - 110) : s;
        System.out.printf("    %s %s: %s%n", name, k, tail.replace('\n', ' '));
      }
    }
  }

  private static int count(Map<Kind, List<String>> byKind, Kind kind) {
    return byKind.getOrDefault(kind, List.of()).size();
  }
}
