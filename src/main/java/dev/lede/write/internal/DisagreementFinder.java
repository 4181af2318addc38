package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
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
import java.util.regex.Pattern;

/**
 * Finds where outlets disagree. Two amounts disagree when they have the same kind and unit, the
 * same predicate next to them ("12 people <b>killed</b>", "15 people <b>died</b>": casualty verbs
 * are one predicate), values that cannot both be true ({@link Figures#compatible}, read with their
 * days: "at least 20" and "24" of one day can), and each value is reported by an outlet whose
 * readings all tell one value ({@link Figures#oneValue}). Dates disagree the same way, keyed by the
 * word before them ("died on June 5"). Names disagree when two people's names from different
 * outlets differ by one or two letters ("Ketsoyan", "Ketsoian") and no outlet uses both.
 */
public final class DisagreementFinder {
  private static final int MAX = 6;

  /** Sentences of an article read for disagreements: where its own event is reported. */
  private static final int LEAD = 15;

  private static final Pattern PAST =
      Pattern.compile("\\b(?:in|since) (?:19|20)\\d\\d\\b|\\bago\\b|\\bpreviously\\b");
  private static final Set<String> IRREGULAR_PAST =
      Set.of(
          "died", "born", "held", "began", "took", "won", "lost", "met", "left", "hit", "struck",
          "fell", "made", "came", "went", "shot", "sent", "sold", "paid", "said", "told", "found");

  /** What an amount counts, by the predicate after it (shared with {@link Figures}). */
  private static final Map<String, String> PREDICATES = Figures.AFTER;

  private DisagreementFinder() {}

  private record Reading(
      String value, String shown, Doc doc, Sentence sentence, Figures.Bound bound) {
    /** The reading as a figure of {@code key}, to compare with another's. */
    Figures.Figure figure(String key) {
      return new Figures.Figure(key, value, 0, 0, bound);
    }
  }

  public static List<Disagreement> find(List<Doc> docs) {
    Map<String, List<Reading>> byKey = new LinkedHashMap<>();
    Map<String, String> about = new LinkedHashMap<>();
    for (Doc d : docs) {
      for (Fact f : d.facts) {
        if (f.kind() == FactKind.PLACE || Figures.readFromPluralWord(f)) {
          continue; // "injuring dozens more people": a vague count (the Reconciler's), no 12
        }
        Optional<Sentence> s = sentenceAt(d, f.start());
        if (s.isEmpty()) {
          continue;
        }
        if (d.sentences.indexOf(s.get()) >= LEAD || PAST.matcher(s.get().text()).find()) {
          continue; // the story's own event is told early; later and dated sentences are history
        }
        Optional<String> key;
        String kind;
        if (f.kind() == FactKind.DATE) {
          if (!f.value().matches("(\\d{4}|-)-\\d{2}-\\d{2}")) {
            continue;
          }
          key = verbBefore(d.text(), s.get(), f.start()).map(w -> "date|day|" + w);
          kind = "date";
        } else {
          if (partOfLargerNumber(d.text(), f.start())) {
            continue;
          }
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
            .add(
                new Reading(
                    value,
                    f.text(),
                    d,
                    s.get(),
                    kind.equals("number")
                        ? Figures.boundBefore(d.text(), f.start())
                        : Figures.Bound.EXACT));
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
    Map<String, List<Figures.Reported>> valuesByOutlet = new LinkedHashMap<>();
    for (Reading r : rs) {
      outletsByValue.computeIfAbsent(r.value, v -> new LinkedHashSet<>()).add(r.doc.outlet());
      valuesByOutlet
          .computeIfAbsent(r.doc.outlet(), o -> new ArrayList<>())
          .add(new Figures.Reported(r.figure(""), r.doc.day));
    }
    // An outlet tells one value when its readings may all be true: "at least 20" and "24" of one
    // day are one toll, as the Reconciler reads them.
    Set<String> oneValue = new java.util.HashSet<>();
    valuesByOutlet.forEach(
        (o, readings) -> {
          if (Figures.oneValue(readings)) {
            oneValue.add(o);
          }
        });
    if (outletsByValue.size() < 2) {
      return Optional.empty();
    }
    // A value counts only if some outlet gives it and no other competing value.
    List<String> exclusive = new ArrayList<>();
    for (String v : outletsByValue.keySet()) {
      for (String o : outletsByValue.get(v)) {
        if (oneValue.contains(o)) {
          exclusive.add(v);
          break;
        }
      }
    }
    if (exclusive.size() < 2 || !conflict(rs, exclusive)) {
      return Optional.empty();
    }
    if (kind.equals("date") && !shareAName(rs, exclusive)) {
      return Optional.empty(); // the same verb about different people is no disagreement
    }
    List<Disagreement.Version> versions = new ArrayList<>();
    for (String v : exclusive) {
      List<String> outlets = new ArrayList<>();
      List<SourceSpan> spans = new ArrayList<>();
      String shown = v;
      for (Reading r : rs) {
        if (!r.value.equals(v) || !oneValue.contains(r.doc.outlet())) {
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

  /**
   * Whether two of the values can not both be true ({@link Figures#compatible}): "at least 20
   * killed" and "24 killed" are one toll, "24" and "30" two. Every reading of a value counts: "at
   * least 20" and "20" both say 20, and "20" conflicts with "24". Each is read with its day ({@link
   * Figures.Reported}): "at least 11" on Monday and "24" on Tuesday disagree.
   */
  private static boolean conflict(List<Reading> rs, List<String> values) {
    List<Figures.Reported> figures = new ArrayList<>();
    for (Reading r : rs) {
      if (values.contains(r.value)) {
        figures.add(new Figures.Reported(r.figure(""), r.doc.day));
      }
    }
    return !Figures.oneValue(figures);
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
    List<String> texts = new ArrayList<>();
    for (Doc d : docs) {
      texts.add(d.text());
    }
    List<Disagreement> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        String a = names.get(i);
        String b = names.get(j);
        String fa = a.toLowerCase(Locale.ROOT);
        String fb = b.toLowerCase(Locale.ROOT);
        if (fa.length() < 8
            || Math.abs(fa.length() - fb.length()) > 2
            || fa.charAt(0) != fb.charAt(0)
            || fa.equals(fb)
            || distance(fa, fb) > 2
            || !sameShape(a, b)
            || normal(fa).equals(normal(fb))
            || commonWordDiffers(a, b, texts)) {
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

  /** A name with spelling conventions undone: plurals, hyphens, -re/-er, -our/-or, -ise/-ize. */
  private static String normal(String s) {
    StringBuilder b = new StringBuilder();
    String plain =
        java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("-", "")
            .replace(".", "");
    for (String w : plain.split(" ")) {
      String x = w.replaceAll("s$", "").replaceAll("tre$", "ter").replaceAll("our$", "or");
      x = x.replaceAll("ise$", "ize").replaceAll("iser$", "izer").replaceAll("ser$", "sor");
      b.append(x).append(' ');
    }
    return b.toString();
  }

  /**
   * Whether a word in which the names differ is written in lower case somewhere in the story: a
   * common word ("Checks", "Host"), so the "name" is a title or a phrase, not a person.
   */
  private static boolean commonWordDiffers(String a, String b, List<String> texts) {
    String[] wa = a.split(" ");
    String[] wb = b.split(" ");
    for (int k = 0; k < wa.length; k++) {
      if (wa[k].equals(wb[k])) {
        continue;
      }
      for (String w : new String[] {wa[k], wb[k]}) {
        Pattern lower =
            Pattern.compile(
                "(?<![\\p{L}])" + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "(?![\\p{L}])");
        for (String t : texts) {
          if (lower.matcher(t).find()) {
            return true;
          }
        }
      }
    }
    return false;
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

  private static boolean shareAName(List<Reading> rs, List<String> values) {
    Set<String> common = null;
    for (String v : values) {
      Set<String> names = new LinkedHashSet<>();
      for (Reading r : rs) {
        if (r.value.equals(v)) {
          List<Token> ts = Tokenizer.tokenize(r.sentence.text());
          for (Token t : ts) {
            if (t.isCapitalized() && !MONTHS_AND_DAYS.matcher(t.text()).matches()) {
              names.add(t.text());
            }
          }
        }
      }
      if (common == null) {
        common = names;
      } else {
        common.retainAll(names);
      }
    }
    return common != null && !common.isEmpty();
  }

  private static final Pattern MONTHS_AND_DAYS =
      Pattern.compile(
          EnglishWords.anyFullMonth() + "|" + EnglishWords.anyWeekday() + "|The|A|An|On|In");

  /** "31, 000" written with a stray space: the "000" is no amount of its own. */
  private static boolean partOfLargerNumber(String text, int start) {
    int k = start - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k >= 1 && text.charAt(k) == ',' && Character.isDigit(text.charAt(k - 1));
  }

  /** The past-tense verb right before a date, an "on" between allowed ("died on June 5"). */
  private static Optional<String> verbBefore(String text, Sentence s, int at) {
    List<Token> ts = Tokenizer.tokenize(text, s.start(), Math.max(s.start(), at));
    int k = ts.size() - 1;
    if (k >= 0 && ts.get(k).text().equalsIgnoreCase("on")) {
      k--;
    }
    if (k < 0 || ts.get(k).kind() != Token.Kind.WORD) {
      return Optional.empty();
    }
    String w = ts.get(k).text().toLowerCase(Locale.ROOT);
    return w.endsWith("ed") || IRREGULAR_PAST.contains(w) ? Optional.of(w) : Optional.empty();
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
}
