package dev.lede.write.internal;

import dev.lede.nlp.MiniLmEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lede-versus-section sentence pairs of written dev stories ({@code dev.lede.write.DevStoryTexts}
 * output), with their MiniLM cosine and the names they share, to read which body sentences retell
 * the lede's event. Usage: {@code bench/run-java dev.lede.write.internal.LedeRetellingPairs
 * STORIES.txt OUT.txt [FROM]}; one line a pair, highest cosine first.
 */
public final class LedeRetellingPairs {
  private LedeRetellingPairs() {}

  public static void main(String[] args) throws Exception {
    double from = args.length > 2 ? Double.parseDouble(args[2]) : 0.4;
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    List<String[]> pairs = new ArrayList<>();
    String story = "";
    List<String> lede = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("# ")) {
        story = l.substring(2).split(" ")[0];
        lede.clear();
      } else if (l.startsWith("L: ")) {
        lede.add(l.substring(3));
      } else if (l.startsWith("S: ") && !FactText.speaks(l.substring(3))) {
        for (String x : lede) {
          pairs.add(new String[] {story, x, l.substring(3)});
        }
      }
    }
    List<String> texts = new ArrayList<>();
    pairs.forEach(
        p -> {
          texts.add(p[1]);
          texts.add(p[2]);
        });
    float[][] v;
    try (MiniLmEmbedder e = MiniLmEmbedder.create(2)) {
      v = e.embed(texts);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      double cos = Vectors.cosine(v[2 * i], v[2 * i + 1]);
      if (cos < from) {
        continue;
      }
      String[] p = pairs.get(i);
      Set<String> names = FactText.capitalised(p[1]);
      names.retainAll(FactText.capitalised(p[2]));
      Set<String> actors = new HashSet<>(FactSignature.of(p[1]).actors());
      actors.retainAll(FactSignature.of(p[2]).actors());
      out.add(
          String.format(
              Locale.ROOT,
              "%.2f %s names=%s actors=%s%n  L %s%n  S %s",
              cos,
              p[0],
              names,
              actors,
              p[1],
              p[2]));
    }
    out.sort(java.util.Comparator.reverseOrder());
    Files.write(Path.of(args[1]), out);
    System.out.printf(Locale.ROOT, "%d lede-section pairs at cosine >= %.2f%n", out.size(), from);
  }
}
