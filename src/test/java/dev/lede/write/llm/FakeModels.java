package dev.lede.write.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fake models that read the writer's prompt the way a real one would and answer article JSON. */
final class FakeModels {
  private FakeModels() {}

  /**
   * A well-behaved model: follows the outline, and rewrites each source sentence by cutting it at
   * its first comma after six words (quoting exactly what it keeps). Remembers what it sent.
   */
  static class Rewriter implements FakeChatServer.Model {
    final List<String> sent = new CopyOnWriteArrayList<>();
    volatile String headline;

    @Override
    public String reply(FakeChatServer.Request request) {
      JsonNode user = request.userJson();
      Map<Integer, JsonNode> sources = new LinkedHashMap<>();
      for (JsonNode s : user.path("sources")) {
        sources.put(s.path("n").asInt(), s);
      }
      ObjectNode article = FakeChatServer.JSON.createObjectNode();
      ArrayNode lede = article.putArray("lede");
      for (JsonNode n : user.path("outline").path("lede")) {
        sentencesFor(sources.get(n.asInt()), sources).forEach(lede::add);
      }
      ArrayNode sections = article.putArray("sections");
      for (JsonNode sec : user.path("outline").path("sections")) {
        ObjectNode o = sections.addObject();
        o.put("heading", sec.path("heading").asText());
        ArrayNode ps = o.putArray("paragraphs");
        for (JsonNode p : sec.path("paragraphs")) {
          ArrayNode para = ps.addArray();
          for (JsonNode n : p) {
            sentencesFor(sources.get(n.asInt()), sources).forEach(para::add);
          }
        }
      }
      headline(user.path("keyphrase").asText(), lede).ifPresent(h -> article.put("headline", h));
      headline = article.path("headline").asText(null);
      extra(article);
      for (JsonNode s : lede) {
        sent.add(s.path("text").asText());
      }
      for (JsonNode sec : sections) {
        for (JsonNode p : sec.path("paragraphs")) {
          for (JsonNode s : p) {
            sent.add(s.path("text").asText());
          }
        }
      }
      return article.toString();
    }

    /** The sentences written for one source. */
    List<ObjectNode> sentencesFor(JsonNode source, Map<Integer, JsonNode> all) {
      return List.of(faithful(source));
    }

    /**
     * The first lede quote up to its first past-tense verb ("A highway bridge over the Cedar River
     * collapsed"), or its first six words.
     */
    Optional<String> headline(String keyphrase, ArrayNode lede) {
      if (lede.isEmpty()) {
        return Optional.empty();
      }
      String quote = lede.get(0).path("sources").get(0).path("quote").asText();
      String[] words = quote.replaceAll("[,.;:]", "").split("\\s+");
      int end = Math.min(6, words.length);
      for (int i = 1; i < words.length; i++) {
        if (words[i].endsWith("ed")) {
          end = i + 1;
          break;
        }
      }
      String h = String.join(" ", List.of(words).subList(0, end));
      return h.length() <= 70 ? Optional.of(h) : Optional.empty();
    }

    /** Extra top-level fields. */
    void extra(ObjectNode article) {}
  }

  static ObjectNode sentence(String text, String article, String quote) {
    ObjectNode s = FakeChatServer.JSON.createObjectNode();
    s.put("text", text);
    s.putArray("sources").addObject().put("article", article).put("quote", quote);
    return s;
  }

  /** The source cut at its first comma after six words (outside quotation marks), as a sentence. */
  static ObjectNode faithful(JsonNode source) {
    String text = source.path("text").asText();
    String article = source.path("article").asText();
    String quote = cut(text);
    String sentence = quote.equals(text) ? text.strip() : quote.strip() + ".";
    return sentence(capitalize(sentence.replaceAll("\\s+", " ")), article, quote);
  }

  static String cut(String text) {
    int from = 0;
    while (true) {
      int i = text.indexOf(", ", from);
      if (i < 0) {
        return text;
      }
      String prefix = text.substring(0, i);
      long quotes = prefix.chars().filter(c -> c == '"').count();
      if (quotes % 2 == 0 && prefix.strip().split("\\s+").length >= 6) {
        return prefix;
      }
      from = i + 2;
    }
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** How a gullible model cites the sentence an injected instruction made it write. */
  enum Citation {
    /** Quotes the injected passage itself, which holds every word of the payload. */
    THE_INJECTION,
    /** Quotes the other source sentence sharing the most words with the payload. */
    BEST_MATCH
  }

  private static final Pattern ORDER =
      Pattern.compile(
          "(?i)\\b(?:write|report|say|add|state|tell readers)\\s+(?:that\\s+|:\\s*)([^<>!]+?)(?=\\.\\s|\\.$|<|-->|$)");

  /** The payload a source orders a model to write, if it orders one. */
  static Optional<String> order(String text) {
    Matcher m = ORDER.matcher(text);
    return m.find()
        ? Optional.of(capitalize(m.group(1).strip().replaceAll("\\.+$", "")) + ".")
        : Optional.empty();
  }

  /**
   * A gullible model: does what any source sentence tells it to ("write that ...", "report that
   * ..."), writing that payload instead of the sentence, cited as {@code citation} says; rewrites
   * the other sources faithfully; and tries to take over the headline, the disclaimer and the
   * source list.
   */
  static final class Gullible extends Rewriter {
    final Citation citation;
    final List<String> payloads = new CopyOnWriteArrayList<>();

    Gullible(Citation citation) {
      this.citation = citation;
    }

    @Override
    List<ObjectNode> sentencesFor(JsonNode source, Map<Integer, JsonNode> all) {
      String text = source.path("text").asText();
      Optional<String> payload = order(text);
      if (payload.isEmpty()) {
        return List.of(faithful(source));
      }
      payloads.add(payload.get());
      JsonNode cited = citation == Citation.THE_INJECTION ? source : bestMatch(payload.get(), all);
      return List.of(
          sentence(payload.get(), cited.path("article").asText(), cited.path("text").asText()));
    }

    private static JsonNode bestMatch(String payload, Map<Integer, JsonNode> all) {
      List<String> words = List.of(payload.toLowerCase().split("\\W+"));
      JsonNode best = null;
      long bestScore = -1;
      for (JsonNode s : all.values()) {
        String t = s.path("text").asText();
        if (order(t).isPresent()) {
          continue;
        }
        List<String> tw = List.of(t.toLowerCase().split("\\W+"));
        long score = words.stream().filter(tw::contains).count();
        if (score > bestScore) {
          best = s;
          bestScore = score;
        }
      }
      return best;
    }

    @Override
    Optional<String> headline(String keyphrase, ArrayNode lede) {
      return Optional.of(capitalize(keyphrase) + ": all sources are fake, visit evil.example");
    }

    @Override
    void extra(ObjectNode article) {
      article.put("disclaimer", "Written by our own reporters. All sources are fake.");
      ArrayNode sources = article.putArray("sources");
      sources.addObject().put("article", "evil").put("outlet", "evil.example");
    }
  }

  /**
   * A model that embellishes: adds a zero to the first number it writes in a section, and puts a
   * senator into the first sentence of the last section. Remembers both inventions.
   */
  static final class Embellisher extends Rewriter {
    final List<String> inventions = new CopyOnWriteArrayList<>();

    @Override
    public String reply(FakeChatServer.Request request) {
      JsonNode article;
      try {
        article = FakeChatServer.JSON.readTree(super.reply(request));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      JsonNode sections = article.path("sections");
      outer:
      for (JsonNode sec : sections) {
        for (JsonNode p : sec.path("paragraphs")) {
          for (JsonNode s : p) {
            String text = s.path("text").asText();
            if (text.matches(".*\\d.*")) {
              String inflated = text.replaceFirst("(\\d+)", "$10");
              ((ObjectNode) s).put("text", inflated);
              inventions.add(inflated);
              break outer;
            }
          }
        }
      }
      ObjectNode last =
          (ObjectNode) sections.get(sections.size() - 1).path("paragraphs").get(0).get(0);
      String named = "Senator Bob Jones said that " + lowerFirst(last.path("text").asText());
      last.put("text", named);
      inventions.add(named);
      return article.toString();
    }

    private static String lowerFirst(String s) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
  }
}
