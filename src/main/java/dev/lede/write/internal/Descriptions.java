package dev.lede.write.internal;

import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Sentence;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a description stands for: a source that names a person and describes them in one breath
 * ("Jose Luis Orozco, 27, a parolee wanted on suspicion of attempted murder", "gang member Jose
 * Luis Orozco") lets another sentence's description ("A 27-year-old parolee is found ...") be read
 * as that name in its deeds ({@link FactKeys#deeds}), so one deed told of the name in one sentence
 * and of the description in another is one fact.
 *
 * @param byNoun a describing noun's root ("parole") to the roots of the names it is said of
 * @param byAge an age ("27") to the roots of the names given it
 */
record Descriptions(Map<String, Set<String>> byNoun, Map<String, Set<String>> byAge) {
  /** Copies both maps and their sets: the builders' maps stay the builders'. */
  Descriptions {
    byNoun = frozen(byNoun);
    byAge = frozen(byAge);
  }

  private static Map<String, Set<String>> frozen(Map<String, Set<String>> m) {
    Map<String, Set<String>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, Set.copyOf(v)));
    return Map.copyOf(out);
  }

  /** After a name: ", 27," and/or ", a parolee ..." (the noun phrase read by the tagger). */
  private static final Pattern APPOSITION =
      Pattern.compile("^\\s*,\\s*(?:(?<age>\\d{1,3})\\s*(?:,\\s*|$))?(?<np>(?:a|an|the)\\s)?");

  /** "a 27-year-old parolee", as a tokenised source writes it too ("27 - year - old"). */
  private static final Pattern AGED =
      Pattern.compile("\\b(?<age>\\d{1,3})\\s*-\\s*year\\s*-\\s*old\\s+(?<noun>\\p{Ll}+)\\b");

  /** Both sets of descriptions. */
  Descriptions with(Descriptions other) {
    return new Descriptions(union(byNoun, other.byNoun), union(byAge, other.byAge));
  }

  private static Map<String, Set<String>> union(
      Map<String, Set<String>> a, Map<String, Set<String>> b) {
    if (b.isEmpty()) {
      return a;
    }
    Map<String, Set<String>> out = new HashMap<>();
    a.forEach((k, v) -> out.put(k, new LinkedHashSet<>(v)));
    b.forEach((k, v) -> out.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
    return out;
  }

  /** The descriptions the sentences of {@code docs} give of the people they name. */
  static Descriptions of(List<Doc> docs) {
    Map<String, Set<String>> byNoun = new HashMap<>();
    Map<String, Set<String>> byAge = new HashMap<>();
    for (Doc d : docs) {
      for (Mention m : d.mentions) {
        if (m.type() != EntityType.PERSON) {
          continue;
        }
        String name = FactKeys.root(last(m.text()));
        Sentence s = sentenceOf(d, m.start());
        if (s == null || m.end() > s.end()) {
          continue;
        }
        String after = d.text().substring(m.end(), s.end());
        Matcher a = APPOSITION.matcher(after);
        if (a.find() && a.end() > 0) {
          if (a.group("age") != null) {
            byAge.computeIfAbsent(a.group("age"), k -> new LinkedHashSet<>()).add(name);
          }
          if (a.group("np") != null) {
            nounAt(s.text(), m.end() + a.end() - s.start())
                .ifPresent(n -> byNoun.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(name));
          }
        }
        if (m.start() - s.start() >= 2 && Character.isLowerCase(d.text().charAt(m.start() - 2))) {
          // Tagged only when a lower-case word stands right before the name.
          nounBefore(s.text(), m.start() - s.start())
              .ifPresent(n -> byNoun.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(name));
        }
      }
    }
    return new Descriptions(byNoun, byAge);
  }

  /**
   * The sentence's deeds with each described party the story says of one person only written as
   * that person's name, beside the deeds as written.
   */
  Set<String> named(String sentence, Set<String> deeds) {
    if (byNoun.isEmpty() && byAge.isEmpty() || deeds.isEmpty()) {
      return deeds;
    }
    Map<String, String> nameOf = new HashMap<>();
    byNoun.forEach((n, names) -> one(names).ifPresent(x -> nameOf.put(n, x)));
    Matcher m = AGED.matcher(sentence);
    while (m.find()) {
      String noun = FactKeys.nounKey(m.group("noun"));
      Set<String> names = byAge.getOrDefault(m.group("age"), Set.of());
      one(names).ifPresent(x -> nameOf.put(noun, x));
    }
    Set<String> out = new LinkedHashSet<>(deeds);
    for (String x : deeds) {
      String[] p = x.split("\\|", -1);
      if (p.length != 3) {
        continue;
      }
      String doer = nameOf.getOrDefault(p[0], p[0]);
      String undergoer = nameOf.getOrDefault(p[2], p[2]);
      out.add(doer + "|" + p[1] + "|" + undergoer);
    }
    return out;
  }

  private static Optional<String> one(Set<String> names) {
    return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
  }

  private static String last(String name) {
    String[] parts = name.split("\\s+");
    return parts[parts.length - 1].replaceAll("['’]s$", "");
  }

  private static Sentence sentenceOf(Doc d, int at) {
    for (Sentence s : d.sentences) {
      if (s.start() <= at && at < s.end()) {
        return s;
      }
    }
    return null;
  }

  /**
   * The head noun (as a deed's key) of the noun phrase starting at {@code at}, if a common noun.
   */
  private static Optional<String> nounAt(String sentence, int at) {
    List<EnglishTagger.Tok> t = EnglishTagger.tag(sentence);
    int k = 0;
    while (k < t.size() && t.get(k).start() < at) {
      k++;
    }
    int head = -1;
    for (int j = k; j < t.size() && t.get(j).phrase().equals("NP"); j++) {
      if (j > k && t.get(j).opensPhrase()) {
        break;
      }
      head = j;
    }
    return head < 0 ? Optional.empty() : common(t.get(head));
  }

  /** A lower-case noun right before a name ("gang member Jose Luis Orozco"), as a deed's key. */
  private static Optional<String> nounBefore(String sentence, int at) {
    List<EnglishTagger.Tok> t = EnglishTagger.tag(sentence);
    int k = -1;
    for (int j = 0; j < t.size() && t.get(j).end() <= at; j++) {
      k = j;
    }
    // In the name's own noun phrase: "gang member Jose Luis Orozco", not "said Orozco".
    if (k < 0
        || k + 1 >= t.size()
        || t.get(k).end() < at - 1
        || !t.get(k).phrase().equals("NP")
        || t.get(k + 1).opensPhrase()) {
      return Optional.empty();
    }
    return common(t.get(k));
  }

  private static Optional<String> common(EnglishTagger.Tok tok) {
    if (!tok.tagIs("NN") || tok.tagIs("NNP") || !tok.text().matches("\\p{Ll}+")) {
      return Optional.empty();
    }
    String key = FactKeys.nounKey(tok.lower());
    return key.equals("people") ? Optional.empty() : Optional.of(key);
  }
}
