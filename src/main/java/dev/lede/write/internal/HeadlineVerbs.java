package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verbs in headline tense: a past or present-perfect event is told in the present ("filed", "has
 * filed" -> "files"), a future one with "to" ("will visit" -> "to visit"), a passive without its
 * auxiliary ("was arrested" -> "arrested"). Lemmas come from the irregular verbs list ({@code
 * irregular-verbs.txt}) and, for regular verbs, from candidate stems checked against the OpenNLP
 * tagger's lexicon.
 */
public final class HeadlineVerbs {
  private HeadlineVerbs() {}

  private static final Map<String, String> IRREGULAR_LEMMA = new HashMap<>();
  private static final Set<String> IRREGULAR_BASE = new HashSet<>();

  static {
    for (String line : WordLists.lines(HeadlineVerbs.class, "irregular-verbs.txt")) {
      String[] f = line.split("\\s+");
      IRREGULAR_BASE.add(f[0]);
      for (int i = 1; i < f.length; i++) {
        for (String form : f[i].split("/")) {
          IRREGULAR_LEMMA.putIfAbsent(form, f[0]);
        }
      }
    }
  }

  /** Verbs that report speech: a clause led by one is an attribution, not the news. */
  private static final Set<String> REPORTING =
      Set.of(
          "say",
          "tell",
          "announce",
          "report",
          "state",
          "claim",
          "confirm",
          "add",
          "write",
          "note",
          "explain",
          "insist",
          "warn",
          "believe",
          "suggest",
          "indicate",
          "reveal",
          "disclose");

  /** Whether the (lower-case) verb form is one of reporting: "said", "told", "announced". */
  public static boolean reporting(String verb) {
    return REPORTING.contains(lemma(verb));
  }

  /** The base form of a lower-case verb form ("filed" -> "file", "went" -> "go"). */
  public static String lemma(String verb) {
    String v = verb.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR_LEMMA.get(v);
    if (irregular != null) {
      return irregular;
    }
    if (IRREGULAR_BASE.contains(v)) {
      return v;
    }
    if (v.equals("is") || v.equals("are") || v.equals("am")) {
      return "be";
    }
    if (v.equals("has")) {
      return "have";
    }
    if (v.equals("does")) {
      return "do";
    }
    if (v.endsWith("ied") && v.length() > 4) {
      return v.substring(0, v.length() - 3) + "y";
    }
    if (v.endsWith("ed") && v.length() > 3) {
      String stem = v.substring(0, v.length() - 2);
      List<String> options =
          List.of(
              v.substring(0, v.length() - 1), // "filed" -> "file"
              stem, // "walked" -> "walk"
              doubled(stem) ? stem.substring(0, stem.length() - 1) : stem); // "stopped" -> "stop"
      for (String o : options) {
        if (EnglishTagger.known(o, "VB") || EnglishTagger.known(o, "VBP")) {
          return o;
        }
      }
      if (doubled(stem)) {
        return stem.substring(0, stem.length() - 1);
      }
      // Unknown to the lexicon: "-ed" after a silent-e pattern keeps its e ("probed" -> "probe").
      return silentE(stem) ? stem + "e" : stem;
    }
    if (v.endsWith("ies") && v.length() > 4) {
      return v.substring(0, v.length() - 3) + "y";
    }
    if (v.endsWith("es")
        && (v.endsWith("shes")
            || v.endsWith("ches")
            || v.endsWith("sses")
            || v.endsWith("xes")
            || v.endsWith("zes")
            || v.endsWith("oes"))) {
      return v.substring(0, v.length() - 2);
    }
    if (v.endsWith("s") && !v.endsWith("ss") && v.length() > 3) {
      return v.substring(0, v.length() - 1);
    }
    return v;
  }

  /** The base form of an "-ing" form the tagger's lexicon knows as a verb ("providing"). */
  static Optional<String> baseOfParticiple(String ing) {
    if (!ing.endsWith("ing") || ing.length() < 5) {
      return Optional.empty();
    }
    String stem = ing.substring(0, ing.length() - 3);
    List<String> options = new java.util.ArrayList<>(List.of(stem + "e", stem));
    if (doubled(stem)) {
      options.add(stem.substring(0, stem.length() - 1)); // "stopping" -> "stop"
    }
    for (String o : options) {
      if (EnglishTagger.known(o, "VB")) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private static boolean doubled(String stem) {
    int n = stem.length();
    return n > 2
        && stem.charAt(n - 1) == stem.charAt(n - 2)
        && "bdgklmnprtz".indexOf(stem.charAt(n - 1)) >= 0
        && !stem.endsWith("ll")
        && !stem.endsWith("ss");
  }

  /** Unstressed last syllables that take no silent e: "sauntered", "happened", "marveled". */
  private static final List<String> UNSTRESSED_ENDS = List.of("er", "en", "on", "el", "om");

  private static boolean silentE(String stem) {
    int n = stem.length();
    if (n > 4 && UNSTRESSED_ENDS.stream().anyMatch(stem::endsWith)) {
      return false;
    }
    return n > 2
        && "aeiou".indexOf(stem.charAt(n - 2)) >= 0
        && "aeiouwxy".indexOf(stem.charAt(n - 1)) < 0
        && "aeiou".indexOf(stem.charAt(n - 3)) < 0;
  }

  /** The present tense of a base form for a singular or plural subject ("file" -> "files"). */
  public static String present(String lemma, boolean singular) {
    switch (lemma) {
      case "be":
        return singular ? "is" : "are";
      case "have":
        return singular ? "has" : "have";
      case "do":
        return singular ? "does" : "do";
      case "go":
        return singular ? "goes" : "go";
      default:
        break;
    }
    if (!singular) {
      return lemma;
    }
    if (lemma.endsWith("s")
        || lemma.endsWith("sh")
        || lemma.endsWith("ch")
        || lemma.endsWith("x")
        || lemma.endsWith("z")
        || lemma.endsWith("o")) {
      return lemma + "es";
    }
    if (lemma.length() > 2
        && lemma.endsWith("y")
        && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
      return lemma.substring(0, lemma.length() - 1) + "ies";
    }
    return lemma + "s";
  }

  /**
   * Whether the group is negated right after its first verb: "has not", "will never", "did n't";
   * not a verb of denial itself ("has denied" -> "denies").
   */
  private static boolean negation(List<String> rest, List<String> restTags) {
    return !rest.isEmpty()
        && !restTags.get(0).startsWith("VB")
        && Words.isNegation(rest.get(0).toLowerCase(Locale.ROOT));
  }

  private static List<String> restTagsOf(List<String> tags, int first) {
    return tags.subList(first + 1, tags.size());
  }

  /**
   * The headline form of a verb group (auxiliaries, adverbs and the main verb, lower-case except
   * names), given its Penn tags: empty when it has none (a negated future, a conditional).
   *
   * @param words the group's words in order, e.g. ["has", "been", "arrested"]
   * @param tags their Penn tags
   * @param singular whether the subject is singular
   */
  public static Optional<List<String>> headlineTense(
      List<String> words, List<String> tags, boolean singular) {
    int n = words.size();
    if (n == 0) {
      return Optional.empty();
    }
    List<String> w = words.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
    // The first verb or modal and what follows it.
    int first = 0;
    while (first < n && !(tags.get(first).startsWith("VB") || tags.get(first).equals("MD"))) {
      first++;
    }
    if (first == n) {
      return Optional.empty();
    }
    List<String> lead = words.subList(0, first); // adverbs before the verb ("also")
    String head = w.get(first);
    String headTag = tags.get(first);
    List<String> rest = new java.util.ArrayList<>(words.subList(first + 1, n));
    List<String> restTags = tags.subList(first + 1, n);
    List<String> out = new java.util.ArrayList<>(lead);
    if (headTag.equals("MD")) {
      if ((head.equals("will") || head.equals("'ll") || head.equals("shall"))
          && !rest.isEmpty()
          && !negation(rest, restTagsOf(tags, first))) {
        out.add("to");
        if (rest.size() == 2
            && rest.get(0).equalsIgnoreCase("be")
            && tags.get(first + 2).equals("VBG")) {
          // "will be providing" -> "to provide": the progressive adds nothing to a headline's
          // future, when the tagger's lexicon knows the base form.
          Optional<String> base = baseOfParticiple(rest.get(1).toLowerCase(Locale.ROOT));
          if (base.isPresent()) {
            out.add(base.get());
            return Optional.of(out);
          }
        }
        out.addAll(rest);
        return Optional.of(out);
      }
      return Optional.empty(); // "would", "could", "may": a headline would overstate or misstate
    }
    boolean negated = negation(rest, restTags);
    String lemma = lemma(head);
    int next = 0; // index in rest of the next verb after adverbs
    while (next < rest.size() && restTags.get(next).startsWith("RB")) {
      next++;
    }
    boolean moreVerb = next < rest.size() && restTags.get(next).startsWith("VB");
    if (lemma.equals("have") && moreVerb && restTags.get(next).equals("VBN")) {
      String v = rest.get(next).toLowerCase(Locale.ROOT);
      if (v.equals("been")) {
        // "has been arrested" -> "arrested"; "has been named" -> "named"
        List<String> after = rest.subList(next + 1, rest.size());
        List<String> afterTags = restTags.subList(next + 1, rest.size());
        int participle = 0; // "has been badly damaged": the adverb stays before the participle
        while (participle < after.size() && afterTags.get(participle).startsWith("RB")) {
          participle++;
        }
        if (participle < after.size() && afterTags.get(participle).equals("VBG") && !negated) {
          // "have been wearing" -> "wear": a bare participle reads as a caption's fragment
          // (dev FRANK "Whole host of stars wearing body jewellery", judged garbled).
          Optional<String> base = baseOfParticiple(after.get(participle).toLowerCase(Locale.ROOT));
          if (base.isPresent()) {
            out.addAll(rest.subList(0, next));
            out.addAll(after.subList(0, participle));
            out.add(present(base.get(), singular));
            out.addAll(after.subList(participle + 1, after.size()));
            return Optional.of(out);
          }
        }
        if (participle < after.size()
            && (afterTags.get(participle).equals("VBN") || afterTags.get(participle).equals("VBG"))
            && !negated) {
          out.addAll(rest.subList(0, next));
          out.addAll(after);
          return Optional.of(out);
        }
        out.add(present("be", singular));
        out.addAll(rest.subList(0, next));
        out.addAll(after);
        return Optional.of(out);
      }
      if (negated) {
        out.add(present("have", singular));
        out.addAll(rest);
        return Optional.of(out);
      }
      out.addAll(rest.subList(0, next));
      out.add(present(lemma(v), singular));
      out.addAll(rest.subList(next + 1, rest.size()));
      return Optional.of(out);
    }
    if (lemma.equals("be")) {
      if (moreVerb && !negated) {
        String t = restTags.get(next);
        String v = rest.get(next).toLowerCase(Locale.ROOT);
        if (v.equals("being") && next + 1 < rest.size() && restTags.get(next + 1).equals("VBN")) {
          // passive progressive: "is being sued" -> "sued"
          out.addAll(rest.subList(0, next));
          out.addAll(rest.subList(next + 1, rest.size()));
          return Optional.of(out);
        }
        if (headTag.equals("VBD") && t.equals("VBG") && !v.equals("going")) {
          // Past progressive, a scene's tense: "was making" -> "makes", not the caption-like
          // "Former England captain making beeline" (dev FRANK, "Tindall beaming ..." was judged
          // a caption fragment); a participle whose base the lexicon lacks stays as it is.
          Optional<String> base = baseOfParticiple(v);
          if (base.isPresent()) {
            out.addAll(rest.subList(0, next));
            out.add(present(base.get(), singular));
            out.addAll(rest.subList(next + 1, rest.size()));
            return Optional.of(out);
          }
        }
        if (t.equals("VBN") || t.equals("VBG") && !v.equals("going")) {
          // passive or progressive: "was arrested" -> "arrested", "is planning" -> "planning"
          out.addAll(rest.subList(0, next));
          out.addAll(rest.subList(next, rest.size()));
          return Optional.of(out);
        }
        if (v.equals("going") && next + 1 < rest.size() && rest.get(next + 1).equals("to")) {
          out.addAll(rest.subList(next + 1, rest.size())); // "is going to visit" -> "to visit"
          return Optional.of(out);
        }
      }
      out.add(present("be", singular));
      out.addAll(rest);
      return Optional.of(out);
    }
    if (lemma.equals("do") && negated) {
      out.add(present("do", singular));
      out.addAll(rest);
      return Optional.of(out);
    }
    if (headTag.equals("VBD") || headTag.equals("VBN")) {
      out.add(present(lemma, singular));
      out.addAll(rest);
      return Optional.of(out);
    }
    if (headTag.equals("VBZ") || headTag.equals("VBP")) {
      out.add(words.get(first));
      out.addAll(rest);
      return Optional.of(out);
    }
    return Optional.empty();
  }
}
