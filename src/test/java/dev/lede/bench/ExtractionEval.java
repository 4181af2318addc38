package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.extract.internal.TextUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Evaluation datasets and metrics shared by {@link ExtractionBench} and the regression tests.
 *
 * <p>Snippet metric (trafilatura's {@code tests/eval_common.py}): whitespace-normalise the
 * extracted text and the snippets; a "with" snippet found is a true positive, not found a false
 * negative; a "without" snippet found is a false positive, not found a true negative. Scores come
 * from the confusion matrix summed over all documents.
 */
public final class ExtractionEval {
  private ExtractionEval() {}

  /** One trafilatura-eval page. */
  public record SnippetDoc(
      String id, Path file, String url, List<String> with, List<String> without) {
    public byte[] bytes() {
      return readMaybeGzip(file);
    }
  }

  /** One readability test page with its expected text and metadata. */
  public record ReadabilityDoc(
      String id, Path source, String expectedText, String title, String byline) {
    public byte[] bytes() {
      return readMaybeGzip(source);
    }
  }

  /** Summed confusion matrix. */
  public static final class Confusion {
    public long tp, fp, fn, tn;

    public void add(Confusion c) {
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
      tn += c.tn;
    }

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      long d = 2 * tp + fp + fn;
      return d == 0 ? 0 : 2.0 * tp / d;
    }
  }

  public static List<SnippetDoc> trafilatura(Path dir) {
    try {
      JsonNode root = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
      List<SnippetDoc> docs = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String file = e.getValue().get("file").asText();
        Path p = dir.resolve("cache").resolve(file + ".gz");
        if (!Files.exists(p)) p = dir.resolve("eval").resolve(file + ".gz");
        if (!Files.exists(p)) continue;
        docs.add(
            new SnippetDoc(
                file,
                p,
                e.getKey(),
                strings(e.getValue().get("with")),
                strings(e.getValue().get("without"))));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<ReadabilityDoc> readability(Path dir) {
    Path pages = dir.resolve("test-pages");
    try (var stream = Files.list(pages)) {
      List<ReadabilityDoc> docs = new ArrayList<>();
      ObjectMapper om = new ObjectMapper();
      for (Path d : stream.sorted().toList()) {
        Path src = d.resolve("source.html");
        Path exp = d.resolve("expected.html");
        Path meta = d.resolve("expected-metadata.json");
        if (!Files.exists(src) || !Files.exists(exp)) continue;
        Document expected = Jsoup.parse(Files.readString(exp, StandardCharsets.UTF_8));
        String title = "";
        String byline = "";
        if (Files.exists(meta)) {
          JsonNode m = om.readTree(meta.toFile());
          title = m.path("title").isTextual() ? m.get("title").asText() : "";
          byline = m.path("byline").isTextual() ? m.get("byline").asText() : "";
        }
        docs.add(
            new ReadabilityDoc(
                d.getFileName().toString(), src, expected.body().text(), title, byline));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Confusion score(String extracted, SnippetDoc doc) {
    String text = norm(extracted);
    Confusion c = new Confusion();
    for (String w : doc.with()) {
      if (text.contains(norm(w))) c.tp++;
      else c.fn++;
    }
    for (String w : doc.without()) {
      if (text.contains(norm(w))) c.fp++;
      else c.tn++;
    }
    return c;
  }

  public static String norm(String s) {
    return TextUtil.normalizeSpace(s);
  }

  /** Bag-of-tokens F1 between two texts (lower-cased letter/digit runs). */
  public static double tokenF1(String actual, String expected) {
    return tokenPrf(actual, expected)[2];
  }

  /** Bag-of-tokens precision, recall and F1 of {@code actual} against {@code expected}. */
  public static double[] tokenPrf(String actual, String expected) {
    Map<String, Integer> exp = tokens(expected);
    Map<String, Integer> act = tokens(actual);
    long e = exp.values().stream().mapToLong(Integer::longValue).sum();
    long a = act.values().stream().mapToLong(Integer::longValue).sum();
    if (e == 0 && a == 0) return new double[] {1, 1, 1};
    if (e == 0 || a == 0) return new double[] {a == 0 ? 1 : 0, e == 0 ? 1 : 0, 0};
    long overlap = 0;
    for (Map.Entry<String, Integer> en : act.entrySet()) {
      overlap += Math.min(en.getValue(), exp.getOrDefault(en.getKey(), 0));
    }
    double p = (double) overlap / a;
    double r = (double) overlap / e;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  private static Map<String, Integer> tokens(String s) {
    Map<String, Integer> m = new HashMap<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else if (b.length() > 0) {
        m.merge(b.toString(), 1, Integer::sum);
        b.setLength(0);
      }
    }
    return m;
  }

  /** Title/byline comparison ignoring case, punctuation, spacing and a leading "by". */
  public static String normalizedMeta(String s) {
    String t = TextUtil.normalizeSpace(s).toLowerCase(Locale.ROOT);
    if (t.startsWith("by ")) t = t.substring(3);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) b.append(c);
    }
    return b.toString();
  }

  static byte[] readMaybeGzip(Path p) {
    try {
      if (p.toString().endsWith(".gz")) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
          return in.readAllBytes();
        }
      }
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    if (arr != null) for (JsonNode n : arr) out.add(n.asText());
    return out;
  }
}
