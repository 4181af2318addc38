package dev.lede.nlp;

import dev.lede.nlp.internal.Lexicon;
import dev.lede.nlp.internal.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Merges mentions into entities, in this order:
 *
 * <ol>
 *   <li>within each document, mentions with the same {@linkplain #nameKey key} form one group
 *       (case, spacing, hyphens, accents and corporate suffixes ignored; gazetteer places by their
 *       canonical name, so "U.S." and "United States" agree);
 *   <li>an acronym joins the name in the same document whose initials it spells ("EC" and "European
 *       Commission"); when the two are written side by side ("European Commission (EC)") the
 *       pairing is remembered for every document;
 *   <li>a shorter name joins the longer person name in the same document that contains it ("Lee"
 *       and "Lee Jae-myung", "Obama" and "Barack Obama"); with two candidates, each mention goes to
 *       the nearest full name before it;
 *   <li>groups with the same key are merged across documents; a surname alone is merged across
 *       documents only when exactly one full person name matches it.
 * </ol>
 *
 * The canonical name is the fullest form seen (most words, mixed case over capitals).
 */
public final class EntityResolver {
  private static final Set<String> CORPORATE_SUFFIXES =
      Set.of(
          "inc",
          "incorporated",
          "corp",
          "corporation",
          "co",
          "ltd",
          "limited",
          "llc",
          "plc",
          "ag",
          "gmbh",
          "sa",
          "nv",
          "company",
          "kk",
          "spa");
  private static final Set<String> ACRONYM_OPTIONAL =
      Set.of("of", "the", "and", "for", "de", "du", "des", "la", "le", "y", "on", "in", "a", "et");

  private EntityResolver() {}

  /**
   * The key two names must share to be merged: {@code "LEE JAE-MYUNG"} and {@code "Lee Jae Myung"}
   * give {@code "leejaemyung"}, {@code "Apple Inc."} gives {@code "apple"}, {@code "U.S."} gives
   * {@code "unitedstates"}.
   */
  public static String nameKey(String name, EntityType type) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (type != EntityType.PERSON) {
      Optional<String> place = Lexicon.get().place(name);
      if (place.isPresent()) {
        return Names.compactKey(place.get());
      }
    }
    List<String> words = new ArrayList<>(Arrays.asList(Names.fold(name).split(" ")));
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    if (type != EntityType.PERSON) {
      while (words.size() > 1 && CORPORATE_SUFFIXES.contains(words.get(words.size() - 1))) {
        words.remove(words.size() - 1);
      }
    }
    return String.join("", words);
  }

  /** Entities for {@code mentions} from one or more documents, most mentioned first. */
  public static List<Entity> resolve(List<Mention> mentions) {
    Objects.requireNonNull(mentions, "mentions");
    Map<String, List<Mention>> byDoc = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Objects.requireNonNull(m, "mention");
      byDoc.computeIfAbsent(m.docId(), d -> new ArrayList<>()).add(m);
    }
    List<Group> groups = new ArrayList<>();
    Map<String, String> definedAcronyms = new HashMap<>();
    for (List<Mention> doc : byDoc.values()) {
      doc.sort(Comparator.comparingInt(Mention::start));
      groups.addAll(resolveDocument(doc, definedAcronyms));
    }
    return mergeAcrossDocuments(groups, definedAcronyms, mentions);
  }

  /** Mentions of one document that were judged to name the same thing. */
  private static final class Group {
    final List<Mention> mentions = new ArrayList<>();
    String key;
    Group parent = this;

    Group(String key) {
      this.key = key;
    }

    Group root() {
      Group g = this;
      while (g.parent != g) {
        g.parent = g.parent.parent;
        g = g.parent;
      }
      return g;
    }

    EntityType type() {
      return vote(mentions);
    }

    /** The longest written form, in folded words. */
    String[] longestWords() {
      String[] best = new String[0];
      for (Mention m : mentions) {
        String[] w = Names.fold(m.text()).split(" ");
        if (w.length > best.length) {
          best = w;
        }
      }
      return best;
    }

    /** Whether the group's key is an acronym written in it ("EADS" and "EADS N.V."). */
    boolean isAcronym() {
      for (Mention m : mentions) {
        if (EntityResolver.isAcronym(m.text()) && Names.compactKey(m.text()).equals(key)) {
          return true;
        }
      }
      return false;
    }

    String acronym() {
      for (Mention m : mentions) {
        if (EntityResolver.isAcronym(m.text())) {
          return Names.compactKey(m.text());
        }
      }
      return key;
    }
  }

  private static List<Group> resolveDocument(List<Mention> doc, Map<String, String> defined) {
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (Mention m : doc) {
      String key = nameKey(m.text(), m.type());
      if (key.isEmpty()) {
        continue;
      }
      byKey.computeIfAbsent(key, Group::new).mentions.add(m);
    }
    List<Group> groups = new ArrayList<>(byKey.values());
    linkAcronyms(groups, defined);
    groups.removeIf(g -> g.mentions.isEmpty());
    linkPartialNames(groups);
    groups.removeIf(g -> g.mentions.isEmpty());
    return groups;
  }

  private static void linkAcronyms(List<Group> groups, Map<String, String> defined) {
    for (Group acr : groups) {
      if (!acr.isAcronym() || acr.mentions.isEmpty()) {
        continue;
      }
      String letters = acr.acronym();
      Group match = null;
      boolean adjacent = false;
      int candidates = 0;
      for (Group g : groups) {
        if (g == acr || g.mentions.isEmpty() || g.longestWords().length < 2) {
          continue;
        }
        boolean adj = adjacent(acr, g);
        String name = longestName(g);
        // Written side by side, looser: "Singapore Airlines (SIA)".
        if (!spells(letters, name) && !(adj && initialSubsequence(letters, name))) {
          continue;
        }
        candidates++;
        if (match == null || (adj && !adjacent)) {
          match = g;
          adjacent = adj;
        }
      }
      if (match != null && (adjacent || candidates == 1)) {
        if (adjacent) {
          defined.putIfAbsent(acr.key, match.key);
        }
        match.mentions.addAll(acr.mentions);
        match.mentions.sort(Comparator.comparingInt(Mention::start));
        acr.mentions.clear();
      }
    }
  }

  private static String longestName(Group g) {
    String best = "";
    for (Mention m : g.mentions) {
      if (m.text().length() > best.length()) {
        best = m.text();
      }
    }
    return best;
  }

  private static boolean adjacent(Group a, Group b) {
    for (Mention x : a.mentions) {
      for (Mention y : b.mentions) {
        int gap = x.start() >= y.end() ? x.start() - y.end() : y.start() - x.end();
        if (gap >= 0 && gap <= 3) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code acronym} (lower-case letters) spells the initials of {@code name}. */
  static boolean spells(String acronym, String name) {
    List<char[]> units = new ArrayList<>(); // {letter, optional}
    for (String word : name.split("[\\s/]+")) {
      String[] parts = word.split("[-\u2010]");
      for (int p = 0; p < parts.length; p++) {
        String f = Names.compactKey(parts[p]);
        if (f.isEmpty()) {
          continue;
        }
        boolean optional = p > 0 || ACRONYM_OPTIONAL.contains(f) || CORPORATE_SUFFIXES.contains(f);
        units.add(new char[] {f.charAt(0), optional ? 'o' : 'r'});
      }
      if (units.size() > 16) {
        return false;
      }
    }
    return spells(acronym, 0, units, 0);
  }

  /** The acronym starts like the name and its letters appear in it in order. */
  static boolean initialSubsequence(String acronym, String name) {
    String n = Names.compactKey(name);
    if (acronym.isEmpty() || n.isEmpty() || acronym.charAt(0) != n.charAt(0)) {
      return false;
    }
    int j = 0;
    for (int k = 0; k < n.length() && j < acronym.length(); k++) {
      if (n.charAt(k) == acronym.charAt(j)) {
        j++;
      }
    }
    return j == acronym.length();
  }

  private static boolean spells(String acr, int i, List<char[]> units, int u) {
    if (u == units.size()) {
      return i == acr.length();
    }
    char[] unit = units.get(u);
    if (i < acr.length() && acr.charAt(i) == unit[0] && spells(acr, i + 1, units, u + 1)) {
      return true;
    }
    return unit[1] == 'o' && spells(acr, i, units, u + 1);
  }

  /** "Lee" to "Lee Jae-myung", "Obama" to "Barack Obama", nearest preceding full name first. */
  private static void linkPartialNames(List<Group> groups) {
    for (Group part : groups) {
      if (part.mentions.isEmpty() || part.isAcronym()) {
        continue;
      }
      EntityType partType = part.type();
      String[] pw = part.longestWords();
      List<Group> fulls = new ArrayList<>();
      for (Group full : groups) {
        if (full == part || full.mentions.isEmpty()) {
          continue;
        }
        String[] fw = full.longestWords();
        if (fw.length <= pw.length) {
          continue;
        }
        EntityType fullType = full.type();
        boolean person =
            fullType == EntityType.PERSON
                && (partType == EntityType.PERSON || partType == EntityType.OTHER)
                && partOf(pw, fw);
        boolean org =
            fullType == EntityType.ORGANIZATION
                && pw.length == 1
                && (partType == EntityType.ORGANIZATION || partType == EntityType.OTHER)
                && (fw[0].equals(pw[0])
                    || (fw[fw.length - 1].equals(pw[0]) && Lexicon.get().in("org-words", pw[0])));
        if (person || org) {
          fulls.add(full);
        }
      }
      if (fulls.isEmpty()) {
        continue;
      }
      List<Mention> moved = new ArrayList<>();
      for (Mention m : part.mentions) {
        Group target = nearest(fulls, m, partType == EntityType.PERSON || fulls.size() == 1);
        if (target != null) {
          target.mentions.add(m);
          target.mentions.sort(Comparator.comparingInt(Mention::start));
          moved.add(m);
        }
      }
      part.mentions.removeAll(moved);
    }
  }

  /** Whether the words of {@code part} appear in {@code full} in order, sharing an end. */
  private static boolean partOf(String[] part, String[] full) {
    if (!part[0].equals(full[0]) && !part[part.length - 1].equals(full[full.length - 1])) {
      return false;
    }
    int j = 0;
    for (String w : full) {
      if (j < part.length && part[j].equals(w)) {
        j++;
      }
    }
    return j == part.length;
  }

  /**
   * The candidate with a mention nearest before {@code m}; one after it only when {@code
   * allowFollowing} (an untyped word before any full name is too weak a link).
   */
  private static Group nearest(List<Group> candidates, Mention m, boolean allowFollowing) {
    Group best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Group g : candidates) {
      for (Mention f : g.mentions) {
        if (f.start() > m.start() && !allowFollowing) {
          continue;
        }
        // Preceding full names win over following ones.
        int d = f.start() <= m.start() ? m.start() - f.start() : 1_000_000 + f.start() - m.start();
        if (d < bestDistance) {
          bestDistance = d;
          best = g;
        }
      }
    }
    return best;
  }

  private static List<Entity> mergeAcrossDocuments(
      List<Group> groups, Map<String, String> definedAcronyms, List<Mention> inputOrder) {
    Map<String, Group> firstByKey = new HashMap<>();
    for (Group g : groups) {
      Group seen = firstByKey.putIfAbsent(g.key, g);
      if (seen != null) {
        union(seen, g);
      }
    }
    for (Group g : groups) {
      String expansion = definedAcronyms.get(g.key);
      if (expansion != null && g.isAcronym() && firstByKey.containsKey(expansion)) {
        union(firstByKey.get(expansion), g);
      }
    }
    // A lone surname in one document, a single full name in another.
    Map<Group, List<Mention>> merged = collect(groups);
    for (Group g : groups) {
      if (g.root() != g || merged.get(g).isEmpty()) {
        continue;
      }
      List<Mention> ms = merged.get(g);
      if (vote(ms) != EntityType.PERSON) {
        continue;
      }
      String[] pw = longestWords(ms);
      if (pw.length != 1) {
        continue;
      }
      Group only = null;
      int count = 0;
      for (Map.Entry<Group, List<Mention>> e : merged.entrySet()) {
        List<Mention> other = e.getValue();
        if (e.getKey() == g || vote(other) != EntityType.PERSON) {
          continue;
        }
        String[] fw = longestWords(other);
        if (fw.length > 1 && partOf(pw, fw)) {
          only = e.getKey();
          count++;
        }
      }
      if (count == 1) {
        union(only, g);
      }
    }
    merged = collect(groups);
    Map<Mention, Integer> order = new IdentityHashMap<>();
    for (int k = 0; k < inputOrder.size(); k++) {
      order.putIfAbsent(inputOrder.get(k), k);
    }
    List<Entity> out = new ArrayList<>();
    for (List<Mention> ms : merged.values()) {
      if (ms.isEmpty()) {
        continue;
      }
      ms.sort(Comparator.comparingInt(m -> order.getOrDefault(m, Integer.MAX_VALUE)));
      EntityType type = vote(ms);
      String canonical = canonical(ms, type);
      Set<String> aliases = new LinkedHashSet<>();
      aliases.add(canonical);
      for (Mention m : ms) {
        aliases.add(m.text());
      }
      out.add(new Entity(canonical, type, aliases, ms));
    }
    out.sort(
        Comparator.comparingInt((Entity e) -> -e.mentions().size())
            .thenComparingInt(e -> order.getOrDefault(e.mentions().get(0), Integer.MAX_VALUE)));
    return out;
  }

  private static Map<Group, List<Mention>> collect(List<Group> groups) {
    Map<Group, List<Mention>> out = new LinkedHashMap<>();
    for (Group g : groups) {
      out.computeIfAbsent(g.root(), r -> new ArrayList<>()).addAll(g.mentions);
    }
    return out;
  }

  private static void union(Group a, Group b) {
    Group ra = a.root();
    Group rb = b.root();
    if (ra != rb) {
      rb.parent = ra;
    }
  }

  private static String[] longestWords(List<Mention> ms) {
    String[] best = new String[0];
    for (Mention m : ms) {
      String[] w = Names.fold(m.text()).split(" ");
      if (w.length > best.length) {
        best = w;
      }
    }
    return best;
  }

  /** The type with the most confidence behind it; OTHER only when nothing else was seen. */
  static EntityType vote(List<Mention> ms) {
    Map<EntityType, Double> score = new EnumMap<>(EntityType.class);
    for (Mention m : ms) {
      score.merge(m.type(), m.confidence(), Double::sum);
    }
    EntityType best = EntityType.OTHER;
    double bestScore = 0;
    for (Map.Entry<EntityType, Double> e : score.entrySet()) {
      if (e.getKey() != EntityType.OTHER && e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  private static String canonical(List<Mention> ms, EntityType type) {
    if (type == EntityType.PLACE) {
      for (Mention m : ms) {
        Optional<String> place = Lexicon.get().place(m.text());
        if (place.isPresent()) {
          return place.get();
        }
      }
    }
    Map<String, Integer> freq = new LinkedHashMap<>();
    for (Mention m : ms) {
      freq.merge(m.text(), 1, Integer::sum);
    }
    boolean hasLongForm = false;
    for (String s : freq.keySet()) {
      hasLongForm |= !isAcronym(s) && Names.fold(s).contains(" ");
    }
    String best = null;
    for (String s : freq.keySet()) {
      if (hasLongForm && isAcronym(s)) {
        continue;
      }
      if (best == null || better(s, best, freq)) {
        best = s;
      }
    }
    return best;
  }

  private static boolean better(String a, String b, Map<String, Integer> freq) {
    int wa = Names.fold(a).split(" ").length;
    int wb = Names.fold(b).split(" ").length;
    if (wa != wb) {
      return wa > wb;
    }
    boolean capsA = Names.isAllCaps(a) && a.contains(" ");
    boolean capsB = Names.isAllCaps(b) && b.contains(" ");
    if (capsA != capsB) {
      return !capsA;
    }
    return freq.get(a) > freq.get(b);
  }

  static boolean isAcronym(String s) {
    return Names.isAllCaps(s) && !s.contains(" ") && Names.compactKey(s).length() <= 8;
  }
}
