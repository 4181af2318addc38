package dev.lede.write.internal;

import dev.lede.model.Section;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.write.GroundingChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every person is introduced by their full name before a bare surname or first name refers to them,
 * in the story's reading order (lede, then the sections): each article introduces its people in its
 * own text, but a sentence taken from its middle ("White said he was blindsided") meets a reader
 * who never read that introduction. A bare name that is not introduced yet is written out in full,
 * as the article names that person elsewhere ("Terry White said ..."), citing that naming too, so
 * the grounding checker confirms it; a body sentence whose person cannot be named so (no full name
 * in the sources, or two people who share it) is left out when its section keeps another sentence.
 */
final class Introductions {
  private Introductions() {}

  /**
   * The story after introducing names.
   *
   * @param lede the lede sentences, names written out where needed
   * @param sections the sections, names written out or sentences left out
   * @param rewritten how many bare names were written out in full
   * @param dropped how many body sentences were left out
   */
  record Result(List<WrittenSentence> lede, List<Section> sections, int rewritten, int dropped) {}

  /**
   * "Mr." and the like: dropped before a full name ("Mr. MacFarlane" becomes "Seth MacFarlane").
   */
  private static final Pattern HONORIFIC = Pattern.compile("(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+$");

  static Result introduce(
      List<WrittenSentence> lede,
      List<Section> sections,
      Map<String, Doc> docs,
      GroundingChecker checker) {
    Set<String> known = new HashSet<>();
    Set<String> published = new HashSet<>();
    int[] counts = new int[2];
    List<WrittenSentence> outLede = new ArrayList<>();
    int ledeWords = 0;
    for (WrittenSentence s : lede) {
      Outcome o = introduce(s, docs, known, checker);
      WrittenSentence withRole =
          o.withRoles(
              Roles.withRoles(o.sentence, docs, published, checker, false),
              docs,
              published,
              checker,
              false);
      // The lede keeps its word limit: a role or full name that would pass it is left out.
      if (fits(ledeWords, withRole)) {
        o = o.withSentence(withRole);
      } else if (!fits(ledeWords, o.sentence)) {
        o = o.withSentence(s);
      }
      ledeWords += Words.count(o.sentence.text());
      outLede.add(o.sentence);
      counts[0] += o.rewritten;
      known.addAll(o.introduced);
    }
    List<Section> outSections = new ArrayList<>();
    for (Section sec : sections) {
      int total = 0;
      for (List<WrittenSentence> p : sec.paragraphs()) {
        total += p.size();
      }
      List<List<WrittenSentence>> paragraphs = new ArrayList<>();
      for (List<WrittenSentence> p : sec.paragraphs()) {
        List<WrittenSentence> kept = new ArrayList<>();
        for (WrittenSentence s : p) {
          Outcome o = introduce(s, docs, known, checker);
          if (o.unnamed && total > 1 && !o.leanedOn(p, s)) {
            total--;
            counts[1]++;
            continue;
          }
          kept.add(
              o.withRoles(
                  Roles.withRoles(o.sentence, docs, published, checker),
                  docs,
                  published,
                  checker,
                  true));
          counts[0] += o.rewritten;
          known.addAll(o.introduced);
        }
        if (!kept.isEmpty()) {
          paragraphs.add(kept);
        }
      }
      outSections.add(new Section(sec.heading(), paragraphs));
    }
    return new Result(outLede, outSections, counts[0], counts[1]);
  }

  private static boolean fits(int wordsBefore, WrittenSentence s) {
    return wordsBefore + Words.count(s.text()) <= LedeSelection.LEDE_MAX_WORDS;
  }

  private record Outcome(
      WrittenSentence sentence,
      Set<String> introduced,
      List<Named> writtenOut,
      int rewritten,
      boolean unnamed) {
    Outcome withSentence(WrittenSentence s) {
      return new Outcome(s, introduced, writtenOut, rewritten, unnamed);
    }

    /**
     * {@code s} with each name written out here given its role: the source text the reader of names
     * took the full name from ("Sheriff Lee Baca") is no published person of the sentence.
     */
    WrittenSentence withRoles(
        WrittenSentence s,
        Map<String, Doc> docs,
        Set<String> published,
        GroundingChecker checker,
        boolean mayOpen) {
      WrittenSentence out = s;
      for (Named n : writtenOut) {
        out = Roles.withRole(out, n.name(), n.doc(), docs, published, checker, mayOpen);
      }
      return out;
    }

    /** A sentence the next one leans on ("…," he said) stays, or the next loses its speaker. */
    boolean leanedOn(List<WrittenSentence> paragraph, WrittenSentence s) {
      int i = paragraph.indexOf(s);
      return i + 1 < paragraph.size() && Voices.pronounSpeaker(paragraph.get(i + 1).text());
    }
  }

  private static Outcome introduce(
      WrittenSentence s, Map<String, Doc> docs, Set<String> known, GroundingChecker checker) {
    Set<String> introduced = new HashSet<>();
    List<Named> writtenOut = new ArrayList<>();
    WrittenSentence out = s;
    int rewritten = 0;
    boolean unnamed = false;
    for (Person p : personsIn(s, docs)) {
      String[] parts = bare(p.mention.text()).split("\\s+");
      if (parts.length >= 2) {
        for (String w : parts) {
          introduced.add(w.toLowerCase(Locale.ROOT));
        }
        continue;
      }
      String name = parts[0];
      String key = name.toLowerCase(Locale.ROOT);
      if (known.contains(key)
          || introduced.contains(key)
          || !standsAlone(out.text(), name, p.mention.title().isPresent())) {
        continue;
      }
      Optional<Named> full = fullName(name, p, docs);
      WrittenSentence current = out;
      Optional<WrittenSentence> named = full.flatMap(f -> writeOut(current, name, f, checker));
      if (named.isPresent()) {
        out = named.get();
        rewritten++;
        writtenOut.add(full.get());
        for (String w : full.get().name.split("\\s+")) {
          introduced.add(w.toLowerCase(Locale.ROOT));
        }
      } else if (bare(p.entity.canonical()).equals(name) && p.mention.confidence() >= 0.4
          || sharedSurname(name, docs)) {
        unnamed = true; // a person ("White said") whom no article names in full, or one of two
      }
    }
    return new Outcome(out, introduced, writtenOut, rewritten, unnamed);
  }

  /** A full name and the article that gives it. */
  record Named(String name, Doc doc) {}

  /** A person's mention in a published sentence, with the article and the person it stands for. */
  record Person(Mention mention, Entity entity, Doc doc) {}

  /**
   * The people named in the pieces of source text the sentence publishes, in order, as the article
   * they come from resolved them (its whole text tells "White" the prosecutor from a colour).
   */
  static List<Person> personsIn(WrittenSentence s, Map<String, Doc> docs) {
    List<Person> out = new ArrayList<>();
    for (SourceSpan sp : s.sources()) {
      Doc d = docs.get(sp.article());
      if (d == null || sp.quote().isBlank() || !published(s.text(), sp.quote())) {
        continue; // another outlet's corroboration, or a cited antecedent: not published text
      }
      // A short quote ("Baca" put before a cut aside) may first stand inside a longer name ("Lee
      // Baca"): the first place it holds a person of its own is the one published.
      for (int at = d.text().indexOf(sp.quote()); at >= 0; ) {
        int before = out.size();
        int end = at + sp.quote().length();
        for (Entity e : d.entities) {
          if (e.type() != EntityType.PERSON) {
            continue;
          }
          for (Mention m : e.mentions()) {
            if (m.start() >= at && m.end() <= end) {
              out.add(new Person(m, e, d));
            }
          }
        }
        at = out.size() > before ? -1 : d.text().indexOf(sp.quote(), at + 1);
      }
    }
    out.sort(java.util.Comparator.comparingInt(p -> p.mention.start()));
    return out;
  }

  /**
   * Whether the sentence publishes the quoted source text: as it stands, or with its full stop
   * given up to a date's attribution ("..., Nambiar said, BBC reported on 12 November.") or its
   * first letter lowered after one ("BBC reported on 2 May that the ...").
   */
  static boolean published(String text, String quote) {
    if (text.contains(quote)) {
      return true;
    }
    String core = quote.replaceFirst("[.!?]$", "");
    if (core.length() < 2) {
      return false;
    }
    return text.contains(core)
        || text.contains(Character.toLowerCase(core.charAt(0)) + core.substring(1));
  }

  /** A name without a possessive ending. */
  static String bare(String name) {
    return name.replaceAll("['’]s$", "").strip();
  }

  /**
   * The full name of the person a bare surname stands for: the one full name (ending in {@code
   * name}) its article gives, else the one another article of the story gives; empty when there is
   * none or two people share the surname.
   */
  private static Optional<Named> fullName(String name, Person p, Map<String, Doc> docs) {
    List<Doc> order = new ArrayList<>();
    order.add(p.doc);
    docs.values().stream().filter(d -> d != p.doc).forEach(order::add);
    for (Doc d : order) {
      Set<String> people = new HashSet<>();
      String best = null;
      for (Entity e : d.entities) {
        // "Sheriff Lee Baca" read as one name: the role goes, Roles gives it back before the name
        String full = Roles.withoutRole(bare(e.canonical()));
        String[] parts = full.split("\\s+");
        if (e.type() != EntityType.PERSON
            || !fullNameShaped(parts)
            || !parts[parts.length - 1].equals(name)
            || standsAloneIn(d, parts[0])) {
          continue;
        }
        people.add(parts[0] + " " + parts[parts.length - 1]);
        if (best == null || d == p.doc && e == p.entity) {
          best = full;
        }
      }
      if (people.size() > 1) {
        return Optional.empty(); // "Paul Weitz" and "Chris Weitz": which one is meant?
      }
      if (best != null) {
        return Optional.of(new Named(best, d));
      }
    }
    return Optional.empty();
  }

  /**
   * A word of a person's name: a capitalised word, a surname with a capital inside after a short
   * prefix ("DiLeo", "McNutt", "MacFarlane", "O'Higgins"), initials ("T.J."), "Jr.".
   */
  private static final Pattern NAME_WORD =
      Pattern.compile(
          "\\p{Lu}(?:[\\p{Ll}'’-]+|\\.)|\\p{Lu}(?:\\p{Ll}{1,2}|['’])\\p{Lu}[\\p{Ll}'’-]+"
              + "|(?:\\p{Lu}\\.){2,3}|Jr\\.?");

  /** Two to four words, each a word of a name or an initial ("IndependentScott" is none). */
  static boolean fullNameShaped(String[] parts) {
    if (parts.length < 2 || parts.length > 4) {
      return false;
    }
    for (String w : parts) {
      if (!NAME_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the article names the first word of a "name" on its own: a person's given name rarely
   * stands alone in news copy, a place's or team's does ("Portland" of "Portland Trail Blazers",
   * "Malibu" of "Malibu Rehab").
   */
  private static boolean standsAloneIn(Doc d, String first) {
    return d.mentions.stream().anyMatch(m -> m.text().equals(first));
  }

  /** Whether an article of the story names two people of this surname. */
  private static boolean sharedSurname(String name, Map<String, Doc> docs) {
    for (Doc d : docs.values()) {
      Set<String> people = new HashSet<>();
      for (Entity e : d.entities) {
        // "Sheriff Lee Baca" read as one name: the role goes, Roles gives it back before the name
        String full = Roles.withoutRole(bare(e.canonical()));
        String[] parts = full.split("\\s+");
        if (e.type() == EntityType.PERSON
            && fullNameShaped(parts)
            && parts[parts.length - 1].equals(name)) {
          people.add(parts[0]);
        }
      }
      if (people.size() > 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name stands in the sentence outside quotation marks as a name of its own: not
   * inside a longer name ("Dirk A. Kempthorne") and not a modifier ("the Obama administration").
   */
  static boolean standsAlone(String text, String name, boolean titled) {
    int at = wordAt(Voices.outsideQuotes(text), name);
    if (at < 0) {
      return false;
    }
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(text);
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).start() != at) {
        continue;
      }
      if (i + 1 < toks.size() && toks.get(i + 1).tagIs("NN")) {
        return false; // "Obama administration", "Bush policy": a modifier, or a longer name
      }
      if (i > 0 && toks.get(i - 1).tagIs("NNP") && !titled) {
        return false; // "Dirk A. Kempthorne": part of a longer name
      }
      return true;
    }
    return true;
  }

  /**
   * Where the name stands alone as a word, not as part of a longer name ("Billy King", "Dirk A.
   * Kempthorne": a word after an initial is the end of a name); -1 when it does not.
   */
  static int wordAt(String text, String word) {
    Matcher m =
        Pattern.compile(
                "(?<![\\p{L}\\p{N}.-])(?<!(?<!\\p{L})\\p{Lu}\\.\\s)"
                    + Pattern.quote(word)
                    + "(?![\\p{L}\\p{N}-])(?!\\s+\\p{Lu})")
            .matcher(text);
    return m.find() ? m.start() : -1;
  }

  /**
   * The sentence with the first {@code name} outside quotation marks written out as {@code full}
   * (an honorific before it dropped), citing the article's naming; empty when the checker refuses
   * it or the name stands only inside a quotation.
   */
  private static Optional<WrittenSentence> writeOut(
      WrittenSentence s, String name, Named full, GroundingChecker checker) {
    String text = s.text();
    int at = wordAt(Voices.outsideQuotes(text), name);
    if (at < 0) {
      return Optional.empty();
    }
    int from = at;
    Matcher h = HONORIFIC.matcher(text.substring(0, at));
    if (h.find()) {
      from = h.start();
    }
    String written = text.substring(0, from) + full.name + text.substring(at + name.length());
    List<SourceSpan> spans = new ArrayList<>(s.sources());
    spans.add(new SourceSpan(full.doc.id(), full.name));
    WrittenSentence w = new WrittenSentence(written, spans);
    return checker.supports(w) ? Optional.of(w) : Optional.empty();
  }
}
