package dev.lede.write.internal;

import dev.lede.lang.LanguageDetector;
import dev.lede.lang.WordLists;
import dev.lede.model.Section;
import dev.lede.model.WrittenSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays the body out in sections by role (what we know, what was said, background, what comes next),
 * keeps a sentence that leans on the one before right after it (and drops it when that sentence is
 * not in the body, or when it would carry a past fact into "what comes next"), runs each section in
 * time order when the sources span more than one day (the background by the years it tells, the
 * other sections by the numbered parts of the event they tell: round after round), and cuts
 * paragraphs.
 */
final class SectionLayout {
  private SectionLayout() {}

  /** A section's sentences; {@code split}: the second half of a lone role's sentences. */
  private record Group(Candidate.Role role, List<Candidate> items, boolean split) {
    Group(Candidate.Role role, List<Candidate> items) {
      this(role, items, false);
    }
  }

  /** The fewest sentences a section split off a lone role's sentences holds. */
  static final int MIN_SECTION_SENTENCES = 2;

  /**
   * The body's sections; {@code opening}: how many sentences (reconciled figures) will open the
   * first section, counted when a lone role's sentences are split.
   */
  static List<Section> sections(
      List<Candidate> body,
      String keyphrase,
      int opening,
      Chronology chron,
      dev.lede.write.GroundingChecker checker) {
    if (body.isEmpty()) {
      return List.of();
    }
    Map<Candidate.Role, List<Candidate>> byRole = emptyRoles();
    Map<Candidate, Candidate> attachedTo = new HashMap<>();
    for (Candidate c : body) {
      Candidate host = null;
      if (c.dangling) {
        for (Candidate p : body) {
          if (p.doc == c.doc && p.sentence == c.sentence - 1) {
            host = p;
          }
        }
      }
      if (host != null) {
        if (host.role == Candidate.Role.NEXT && c.role != Candidate.Role.NEXT) {
          continue; // "what comes next" holds only what comes next
        }
        attachedTo.put(c, host);
      } else if (c.dangling) {
        continue; // its antecedent is not right before it: it cannot open a paragraph
      } else {
        Candidate.Role r = c.role == Candidate.Role.EVENT ? Candidate.Role.DETAIL : c.role;
        byRole.get(r).add(c);
      }
    }
    ordered(byRole, chron);
    List<Group> groups = new ArrayList<>();
    byRole.forEach(
        (r, items) -> {
          if (!items.isEmpty()) {
            groups.add(new Group(r, items));
          }
        });
    // Single-sentence groups read as stubs: fold them into the first group when there are many;
    // an earlier event or a plan stays under its own heading, never among what happened now.
    if (groups.size() > 2) {
      for (int g = groups.size() - 1; g >= 1 && groups.size() > 2; g--) {
        if (groups.get(g).items.size() == 1
            && groups.get(g).role != Candidate.Role.NEXT
            && groups.get(g).role != Candidate.Role.BACKGROUND) {
          groups.get(0).items.addAll(groups.remove(g).items);
        }
      }
    }
    if (groups.isEmpty()) {
      return List.of();
    }
    // A lone role's sentences make two sections only when each holds at least two (the first
    // counting what will open it): a one-sentence "How it happened" reads as a stub under a
    // heading that names more than it holds.
    int items = groups.get(0).items.size();
    int least = Math.max(1, MIN_SECTION_SENTENCES - opening);
    int most = items - MIN_SECTION_SENTENCES;
    if (groups.size() == 1 && least <= most) {
      int half = Math.min(most, Math.max(least, (items + opening + 1) / 2 - opening));
      Group only = groups.remove(0);
      groups.add(new Group(only.role, new ArrayList<>(only.items.subList(0, half))));
      groups.add(new Group(only.role, new ArrayList<>(only.items.subList(half, items)), true));
    }
    int n = groups.size();
    String language = languageOf(body);
    int withKp = n == 1 ? 0 : Math.max(1, Math.min(n - 1, (int) Math.round(n * 0.5)));
    List<Section> out = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      Group group = groups.get(g);
      boolean kp = g == 0 ? withKp > 0 : g >= n - (withKp - 1);
      out.add(
          new Section(
              group.split
                  ? splitHeading(group.role, kp, keyphrase, language)
                  : heading(group.role, kp, keyphrase, language),
              paragraphs(group.items, attachedTo, chron, checker)));
    }
    return out;
  }

  /**
   * Each role's sentences in the order its section tells them: by their sources' days, the
   * background by the years it tells, the others by the parts of the event they tell ("in the third
   * round" before "in the fifth").
   */
  private static void ordered(Map<Candidate.Role, List<Candidate>> byRole, Chronology chron) {
    byRole.values().forEach(chron::order);
    byRole.forEach(
        (role, items) -> {
          if (role == Candidate.Role.BACKGROUND) {
            Chronology.byYearTold(items, c -> c.text);
          } else {
            Chronology.byPhaseTold(items, c -> c.text);
          }
        });
  }

  /**
   * Takes out of the body each sentence that refers to something the story has not told before it
   * ({@link References#unreferenced}), reading the body in the order the sections will tell it (by
   * role, each role in time order): "The loans are aimed at ..." below a lede on a riot. A sentence
   * whose thing a later sentence of its section from a source of the same day tells moves right
   * after that sentence in the body instead (", the lawsuit said." after "... filed a lawsuit"),
   * and so does one opening with a name the story has not told, after the sentence giving the
   * longer name ("Promises ..." after "... the Promises Treatment Centre"); never in the
   * background. The body keeps at least {@code minBody} sentences.
   */
  static void dropUnreferenced(
      List<Candidate> lede, List<Candidate> body, String keyphrase, Chronology chron, int minBody) {
    java.util.Set<String> told = new java.util.HashSet<>(Words.stems(keyphrase));
    lede.forEach(c -> told.addAll(Words.stems(c.text)));
    Map<Candidate.Role, List<Candidate>> byRole = emptyRoles();
    for (Candidate c : body) {
      if (!c.dangling) {
        byRole.get(c.role == Candidate.Role.EVENT ? Candidate.Role.DETAIL : c.role).add(c);
      }
    }
    ordered(byRole, chron);
    Candidate previous = lede.isEmpty() ? null : lede.get(lede.size() - 1);
    java.util.Set<Candidate> moved = java.util.Collections.newSetFromMap(new HashMap<>());
    for (List<Candidate> items : byRole.values()) {
      for (int i = 0; i < items.size(); i++) {
        Candidate c = items.get(i);
        boolean unreferenced = References.unreferenced(c, told, previous);
        Optional<String> name = References.untoldOpeningName(c.text, told);
        if (unreferenced || name.isPresent()) {
          // The background runs by the years it tells, which a move would not keep.
          boolean movable = items != byRole.get(Candidate.Role.BACKGROUND) && moved.add(c);
          Candidate teller = movable ? tellerAfter(items, i, told, name, chron) : null;
          if (teller != null) {
            items.remove(i--);
            items.add(items.indexOf(teller) + 1, c);
            body.remove(c);
            body.add(body.indexOf(teller) + 1, c);
            continue;
          }
          if (unreferenced && body.size() > minBody) {
            items.remove(i--);
            body.remove(c);
            continue;
          }
        }
        told.addAll(Words.stems(c.text));
        previous = c;
      }
    }
  }

  /**
   * The sentence after {@code items[i]} in its section, from a source placed on the same day, that
   * tells what it refers to and {@code told} lacks: every thing it names by a description, and the
   * longer name its opening {@code name} is the first of ("Promises Treatment Centre" for
   * "Promises"); null when none does.
   */
  private static Candidate tellerAfter(
      List<Candidate> items,
      int i,
      java.util.Set<String> told,
      Optional<String> name,
      Chronology chron) {
    Candidate c = items.get(i);
    List<List<String>> untold = new ArrayList<>();
    for (List<String> thing : References.referredThings(c.text)) {
      if (!References.toldAny(thing, told)) {
        untold.add(thing);
      }
    }
    if (untold.isEmpty() && name.isEmpty()) {
      return null; // ", it said." after another outlet's sentence: no later sentence tells "it"
    }
    java.util.Set<String> more = new java.util.HashSet<>(told);
    for (int j = i + 1; j < items.size(); j++) {
      Candidate t = items.get(j);
      more.addAll(Words.stems(t.text));
      if (!chron.orderDayOf(t.doc).equals(chron.orderDayOf(c.doc))) {
        continue;
      }
      boolean all = name.map(n -> References.longerName(t.text, n)).orElse(true);
      for (List<String> thing : untold) {
        all &= References.toldAny(thing, more);
      }
      if (all) {
        return t;
      }
    }
    return null;
  }

  /** Role (lower case, "more" for none) to its plain heading and its heading with {kp}. */
  private static final Map<String, Map<String, String[]>> HEADINGS = headings();

  private static Map<String, Map<String, String[]>> headings() {
    Map<String, Map<String, String[]>> out = new LinkedHashMap<>();
    Map<String, String[]> current = null;
    for (String line : WordLists.lines(SectionLayout.class, "headings.txt")) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new LinkedHashMap<>();
        out.put(line.substring(1, line.length() - 1), current);
        continue;
      }
      String[] kv = line.split(" = ", 2);
      String[] forms = kv.length == 2 ? kv[1].split(" \\| ", 2) : new String[0];
      if (current == null || forms.length != 2) {
        throw new IllegalStateException(
            "headings.txt: not a 'role = plain | with {kp}' line: " + line);
      }
      current.put(kv[0].strip(), forms);
    }
    return Map.copyOf(out);
  }

  /**
   * The heading of a section of {@code role} (null: further details) in the edition's language
   * ({@code headings.txt}): "What we know" or "Harbor fire: what we know", "주요 내용", "背景".
   */
  static String heading(
      Candidate.Role role, boolean withKeyphrase, String keyphrase, String language) {
    String key =
        role == null
            ? "more"
            : switch (role) {
              case REACTION -> "reaction";
              case BACKGROUND -> "background";
              case NEXT -> "next";
              default -> "detail";
            };
    return labelled(key, withKeyphrase, keyphrase, language);
  }

  /**
   * The heading of the second half of a lone role's sentences: the particulars of the event (how it
   * happened) under what we know, else further details ({@code headings.txt}: "how", "more").
   */
  private static String splitHeading(
      Candidate.Role role, boolean withKeyphrase, String keyphrase, String language) {
    return labelled(
        role == Candidate.Role.DETAIL ? "how" : "more", withKeyphrase, keyphrase, language);
  }

  /** The heading of {@code key} in {@code headings.txt}, plain or with the keyphrase. */
  private static String labelled(
      String key, boolean withKeyphrase, String keyphrase, String language) {
    String[] forms =
        HEADINGS
            .getOrDefault(Korean.isKorean(keyphrase) ? "ko" : language, HEADINGS.get("en"))
            .get(key);
    return withKeyphrase ? withPhrase(forms[1], keyphrase) : forms[0];
  }

  /**
   * The sections with headings that lead with {@code phrase} (the headline's phrase for the
   * keyphrase) where it reads as their topic ({@link HeadingPhrases}), plain ones elsewhere: {@code
   * sections} come with headings that lead with the planner's keyphrase ({@code planned}) or plain
   * ones. A section marked for the keyphrase keeps it when the phrase may lead it; when fewer than
   * 30% of the sections then hold it, sections the phrase may lead are headed with it too, from the
   * last, until 30% do or none is left (never all of them). {@code story}: the lede's and sections'
   * sentences. Korean, Japanese and Chinese phrases lead every marked heading, as before.
   */
  static List<Section> relabelled(
      List<Section> sections, String planned, String phrase, String headline, List<String> story) {
    int n = sections.size();
    String[] keys = new String[n];
    String[] languages = new String[n];
    boolean[] marked = new boolean[n];
    for (int i = 0; i < n; i++) {
      String h = sections.get(i).heading();
      for (var lang : HEADINGS.entrySet()) {
        for (var form : lang.getValue().entrySet()) {
          if (!planned.isBlank() && h.equals(withPhrase(form.getValue()[1], planned))) {
            keys[i] = form.getKey();
            languages[i] = lang.getKey();
            marked[i] = true;
          } else if (keys[i] == null && h.equals(form.getValue()[0])) {
            keys[i] = form.getKey();
            languages[i] = lang.getKey();
          }
        }
      }
    }
    boolean read = HeadingPhrases.read(phrase, headline);
    boolean leads = HeadingPhrases.leads(phrase, headline, story);
    boolean[] may = new boolean[n];
    boolean[] with = new boolean[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      may[i] =
          keys[i] != null
              && leads
              && (!read || HeadingPhrases.about(phrase, sentences(sections.get(i))));
      with[i] = marked[i] && may[i];
      count += with[i] ? 1 : 0;
    }
    for (int i = n - 1; read && n >= 2 && i >= 0 && count * 10 < n * 3 && count + 1 < n; i--) {
      if (may[i] && !with[i]) {
        with[i] = true;
        count++;
      }
    }
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Section s = sections.get(i);
      if (keys[i] == null || !marked[i] && !with[i]) {
        out.add(s);
        continue;
      }
      String[] forms = HEADINGS.get(languages[i]).get(keys[i]);
      out.add(new Section(with[i] ? withPhrase(forms[1], phrase) : forms[0], s.paragraphs()));
    }
    return out;
  }

  private static String withPhrase(String form, String phrase) {
    return form.replace("{kp}", phrase).replace("{Kp}", Trimmer.capitalize(phrase));
  }

  /** A section's sentences, in order. */
  static List<String> sentences(Section s) {
    List<String> out = new ArrayList<>();
    s.paragraphs().forEach(p -> p.forEach(w -> out.add(w.text())));
    return out;
  }

  /** The language the body is written in, for its headings. */
  static String languageOf(List<Candidate> body) {
    StringBuilder b = new StringBuilder();
    for (Candidate c : body) {
      b.append(c.text).append(' ');
    }
    return LanguageDetector.detect(b.toString());
  }

  static List<List<WrittenSentence>> paragraphs(
      List<Candidate> items,
      Map<Candidate, Candidate> attachedTo,
      Chronology chron,
      dev.lede.write.GroundingChecker checker) {
    Optional<LocalDate> previous = chron.latestDay();
    List<List<WrittenSentence>> out = new ArrayList<>();
    List<WrittenSentence> cur = new ArrayList<>();
    int words = 0;
    for (Candidate c : items) {
      List<Candidate> unit = new ArrayList<>();
      unit.add(c);
      Candidate tail = c;
      boolean grew = true;
      while (grew) {
        grew = false;
        for (Map.Entry<Candidate, Candidate> e : attachedTo.entrySet()) {
          if (e.getValue() == tail && !unit.contains(e.getKey())) {
            unit.add(e.getKey());
            tail = e.getKey();
            grew = true;
          }
        }
      }
      int unitWords = unit.stream().mapToInt(u -> u.words).sum();
      if (!cur.isEmpty() && (cur.size() + unit.size() > 3 || words + unitWords > 120)) {
        out.add(cur);
        cur = new ArrayList<>();
        words = 0;
      }
      for (Candidate u : unit) {
        WrittenSentence w = chron.render(u, previous, checker);
        cur.add(w);
        // The day the reader was last told: a sentence from another day after it says when.
        previous = chron.toldAfter(u, w, previous);
      }
      words += unitWords;
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  /**
   * The sections with each reconciliation of conflicting figures as the first paragraph of the
   * first section, right after the lede (a section of its own when the body is empty).
   */
  static List<Section> withReconciled(
      List<Section> sections, List<Reconciler.Reconciled> reconciled, String keyphrase) {
    if (reconciled.isEmpty()) {
      return sections;
    }
    List<List<WrittenSentence>> first = new ArrayList<>();
    for (Reconciler.Reconciled r : reconciled) {
      first.add(List.of(r.sentence()));
    }
    List<Section> out = new ArrayList<>(sections);
    if (out.isEmpty()) {
      out.add(
          new Section(
              heading(
                  Candidate.Role.DETAIL,
                  false,
                  keyphrase,
                  LanguageDetector.detect(reconciled.get(0).sentence().text())),
              first));
    } else {
      first.addAll(out.get(0).paragraphs());
      out.set(0, new Section(out.get(0).heading(), first));
    }
    return out;
  }

  /** The body's roles in the order the sections tell them, each with no sentence yet. */
  private static Map<Candidate.Role, List<Candidate>> emptyRoles() {
    Map<Candidate.Role, List<Candidate>> byRole = new LinkedHashMap<>();
    for (Candidate.Role r :
        List.of(
            Candidate.Role.DETAIL,
            Candidate.Role.REACTION,
            Candidate.Role.BACKGROUND,
            Candidate.Role.NEXT)) {
      byRole.put(r, new ArrayList<>());
    }
    return byRole;
  }
}
