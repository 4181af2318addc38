package dev.lede.write.internal;

import dev.lede.model.Disagreement;
import dev.lede.model.SourceSpan;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Fact;
import dev.lede.nlp.FactKind;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where outlets disagree. Two amounts disagree when they have the same kind and unit, the
 * same predicate next to them ("12 people <b>killed</b>", "15 people <b>died</b>": casualty verbs
 * are one predicate), different values, and each value is reported by an outlet that does not
 * report the other. Dates disagree the same way, keyed by the word before them ("died on June 5").
 * Names disagree when two people's names from different outlets differ by one or two letters
 * ("Ketsoyan", "Ketsoian") and no outlet uses both.
 */
public final class DisagreementFinder {
  private static final int MAX = 6;
  private static final Map<String, String> PREDICATES = new LinkedHashMap<>();

  static {
    for (String w : List.of("killed", "died", "dead", "deaths", "death", "dying", "perished")) {
      PREDICATES.put(w, "killed");
    }
    for (String w : List.of("injured", "wounded", "hurt", "injuries")) {
      PREDICATES.put(w, "injured");
    }
    for (String w : List.of("missing", "arrested", "evacuated", "rescued", "displaced")) {
      PREDICATES.put(w, w);
    }
  }

  private DisagreementFinder() {}

  private record Reading(String value, String shown, Doc doc, Sentence sentence) {}

  public static List<Disagreement> find(List<Doc> docs) {
    Map<String, List<Reading>> byKey = new LinkedHashMap<>();
    Map<String, String> about = new LinkedHashMap<>();
    for (Doc d : docs) {
      for (Fact f : d.facts) {
        if (f.kind() == FactKind.PLACE) {
          continue;
        }
        Optional<Sentence> s = sentenceAt(d, f.start());
        if (s.isEmpty()) {
          continue;
        }
        Optional<String> key;
        String kind;
        if (f.kind() == FactKind.DATE) {
          if (!f.value().matches("(\\d{4}|-)-\\d{2}-\\d{2}|[A-Z][a-z]+day")) {
            continue;
          }
          key =
              wordBefore(d.text(), s.get(), f.start())
                  .map(w -> "date|" + shape(f.value()) + "|" + w);
          kind = "date";
        } else {
          key =
              predicateAfter(d.text(), s.get(), f.end())
                  .map(p -> f.kind() + "|" + f.unit().orElse("") + "|" + p);
          kind = "number";
        }
        if (key.isEmpty()) {
          continue;
        }
        String k = kind + "#" + key.get();
        // "2009-06-05" and "June 5" are the same day: compare month and day only.
        String value =
            kind.equals("date") && !f.value().endsWith("day")
                ? f.value().substring(f.value().length() - 5)
                : f.value();
        byKey
            .computeIfAbsent(k, x -> new ArrayList<>())
            .add(new Reading(value, f.text(), d, s.get()));
        String[] parts = key.get().split("\\|");
        about.putIfAbsent(
            k,
            kind.equals("date")
                ? "date " + parts[2]
                : (parts[1].isEmpty() ? "" : parts[1] + " ") + parts[2]);
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Map.Entry<String, List<Reading>> e : byKey.entrySet()) {
      disagreement(
              e.getKey().substring(0, e.getKey().indexOf('#')), about.get(e.getKey()), e.getValue())
          .ifPresent(out::add);
    }
    out.addAll(nameDisagreements(docs));
    return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : out;
  }

  private static Optional<Disagreement> disagreement(String kind, String about, List<Reading> rs) {
    Map<String, Set<String>> outletsByValue = new LinkedHashMap<>();
    Map<String, Set<String>> valuesByOutlet = new LinkedHashMap<>();
    for (Reading r : rs) {
      outletsByValue.computeIfAbsent(r.value, v -> new LinkedHashSet<>()).add(r.doc.outlet());
      valuesByOutlet.computeIfAbsent(r.doc.outlet(), o -> new LinkedHashSet<>()).add(r.value);
    }
    if (outletsByValue.size() < 2) {
      return Optional.empty();
    }
    // A value counts only if some outlet gives it and no other competing value.
    List<String> exclusive = new ArrayList<>();
    for (String v : outletsByValue.keySet()) {
      for (String o : outletsByValue.get(v)) {
        if (valuesByOutlet.get(o).size() == 1) {
          exclusive.add(v);
          break;
        }
      }
    }
    if (exclusive.size() < 2) {
      return Optional.empty();
    }
    List<Disagreement.Version> versions = new ArrayList<>();
    for (String v : exclusive) {
      List<String> outlets = new ArrayList<>();
      List<SourceSpan> spans = new ArrayList<>();
      String shown = v;
      for (Reading r : rs) {
        if (!r.value.equals(v) || valuesByOutlet.get(r.doc.outlet()).size() != 1) {
          continue;
        }
        if (outlets.isEmpty()) {
          shown = r.shown;
        }
        if (!outlets.contains(r.doc.outlet())) {
          outlets.add(r.doc.outlet());
          spans.add(new SourceSpan(r.doc.id(), r.sentence.text()));
        }
      }
      versions.add(new Disagreement.Version(shown, outlets, spans));
    }
    return Optional.of(new Disagreement(kind, about, versions));
  }

  private static List<Disagreement> nameDisagreements(List<Doc> docs) {
    // name key -> (outlet -> first mention)
    Map<String, Map<String, Object[]>> byName = new LinkedHashMap<>();
    for (Doc d : docs) {
      for (Entity e : d.entities) {
        if (e.type() != EntityType.PERSON || e.canonical().split(" ").length < 2) {
          continue;
        }
        Mention m = e.mentions().get(0);
        Optional<Sentence> s = sentenceAt(d, m.start());
        if (s.isEmpty()) {
          continue;
        }
        byName
            .computeIfAbsent(e.canonical(), k -> new LinkedHashMap<>())
            .putIfAbsent(d.outlet(), new Object[] {d, s.get()});
      }
    }
    List<String> names = new ArrayList<>(byName.keySet());
    List<Disagreement> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        String a = names.get(i);
        String b = names.get(j);
        String fa = a.toLowerCase(Locale.ROOT);
        String fb = b.toLowerCase(Locale.ROOT);
        if (fa.length() < 8 || fa.equals(fb) || distance(fa, fb) > 2 || !sameShape(a, b)) {
          continue;
        }
        Set<String> oa = byName.get(a).keySet();
        Set<String> ob = byName.get(b).keySet();
        Set<String> both = new LinkedHashSet<>(oa);
        both.retainAll(ob);
        if (!both.isEmpty()) {
          continue;
        }
        out.add(
            new Disagreement(
                "name",
                "spelling of a name",
                List.of(version(a, byName.get(a)), version(b, byName.get(b)))));
      }
    }
    return out;
  }

  private static Disagreement.Version version(String name, Map<String, Object[]> byOutlet) {
    List<String> outlets = new ArrayList<>(byOutlet.keySet());
    List<SourceSpan> spans = new ArrayList<>();
    for (Object[] ds : byOutlet.values()) {
      spans.add(new SourceSpan(((Doc) ds[0]).id(), ((Sentence) ds[1]).text()));
    }
    return new Disagreement.Version(name, outlets, spans);
  }

  /** Same number of words, same first letters: a respelling, not another person. */
  private static boolean sameShape(String a, String b) {
    String[] wa = a.split(" ");
    String[] wb = b.split(" ");
    if (wa.length != wb.length) {
      return false;
    }
    for (int k = 0; k < wa.length; k++) {
      if (wa[k].charAt(0) != wb[k].charAt(0)) {
        return false;
      }
    }
    return true;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String shape(String dateValue) {
    return dateValue.endsWith("day") ? "weekday" : "day";
  }

  private static Optional<Sentence> sentenceAt(Doc d, int offset) {
    for (Sentence s : d.sentences) {
      if (s.contains(offset)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The first predicate word within four words after an amount. */
  private static Optional<String> predicateAfter(String text, Sentence s, int from) {
    int seen = 0;
    for (Token t : Tokenizer.tokenize(text, Math.min(from, s.end()), s.end())) {
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      String p = PREDICATES.get(w);
      if (p != null) {
        return Optional.of(p);
      }
      if (++seen >= 4) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The nearest content word before a date ("died" in "died on June 5"). */
  private static Optional<String> wordBefore(String text, Sentence s, int at) {
    List<Token> ts = Tokenizer.tokenize(text, s.start(), Math.max(s.start(), at));
    for (int k = ts.size() - 1; k >= 0 && k >= ts.size() - 4; k--) {
      Token t = ts.get(k);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (t.kind() == Token.Kind.WORD && Words.isContent(w) && !t.isCapitalized()) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }
}
