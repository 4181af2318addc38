package dev.lede.write.internal;

import dev.lede.lang.WordLists;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a person's role comes from: a person the story names in full for the first time with no
 * role gets the role a source writes right before the same name ("Troy Police Chief Charles
 * Craft"). Who is introduced, and when, is {@link Introductions}'; this is only the role's lookup.
 */
final class Roles {
  private Roles() {}

  /** The last word of a role written before a name ({@code role-nouns.txt}). */
  private static final Set<String> ROLE_NOUNS = WordLists.words(Roles.class, "role-nouns.txt");

  /** Whether {@code word} is a role written before a name: "Commissioner", "chief". */
  static boolean roleNoun(String word) {
    return ROLE_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The sentence with each person it names in full for the first time in the story ({@code
   * published} holds the names told before) given the role a source writes right before that name
   * when the sentence gives none: "LaCalamita was fired last week, Charles Craft said" becomes
   * "..., Troy Police Chief Charles Craft said", citing the source's naming. A name that already
   * stands after a role, a capitalised word or "the", or before an apposition ("Paul Lee,
   * president, ..."), or in a sentence that already holds the role's noun ("... fired as head
   * coach"), is left as it is, as is a sentence the checker refuses so. A role in lower case opens
   * a body sentence capitalised ("Police chief William J. Bratton said ..."), never a lede's: the
   * headline is made from the lede's opening, which its source wrote as it stands.
   */
  static WrittenSentence withRoles(
      WrittenSentence s, Map<String, Doc> docs, Set<String> published, GroundingChecker checker) {
    return withRoles(s, docs, published, checker, true);
  }

  /**
   * As {@link #withRoles(WrittenSentence, Map, Set, GroundingChecker)}, a role in lower case
   * opening the sentence only when {@code mayOpen}.
   */
  static WrittenSentence withRoles(
      WrittenSentence s,
      Map<String, Doc> docs,
      Set<String> published,
      GroundingChecker checker,
      boolean mayOpen) {
    WrittenSentence out = s;
    for (Introductions.Person p : Introductions.personsIn(s, docs)) {
      out =
          withRole(
              out,
              Introductions.bare(p.mention().text()),
              p.doc(),
              docs,
              published,
              checker,
              mayOpen);
    }
    return out;
  }

  /**
   * The sentence with {@code name} given the role a source writes right before it, when the name is
   * a full name told for the first time ({@code published} holds the names told before) and stands
   * with no role; {@code own} is the article the name is read from, searched first. Also for a name
   * {@link Introductions} wrote out in full from a bare surname ("Baca" -> "Lee Baca"): the
   * source's naming ("Sheriff Lee Baca") gives the role the reader needs with the name.
   */
  static WrittenSentence withRole(
      WrittenSentence out,
      String name,
      Doc own,
      Map<String, Doc> docs,
      Set<String> published,
      GroundingChecker checker,
      boolean mayOpen) {
    String[] parts = name.split("\\s+");
    if (!Introductions.fullNameShaped(parts) || !published.add(name)) {
      return out;
    }
    int at = Introductions.wordAt(Voices.outsideQuotes(out.text()), name);
    if (at < 0 || !roleless(out.text(), at, name)) {
      return out;
    }
    Optional<Introductions.Named> role = roleOf(name, own, docs);
    if (role.isEmpty()) {
      return out;
    }
    String r = role.get().name().substring(0, role.get().name().length() - name.length());
    if (tellsRole(out.text(), r) || at == 0 && !mayOpen && !Character.isUpperCase(r.charAt(0))) {
      return out; // "... has been fired as head coach", or "former prime minister" opening a lede
    }
    String written =
        out.text().substring(0, at)
            + (at == 0 ? Trimmer.capitalize(r) : r)
            + out.text().substring(at);
    List<SourceSpan> spans = new ArrayList<>(out.sources());
    spans.add(new SourceSpan(role.get().doc().id(), role.get().name()));
    WrittenSentence w = new WrittenSentence(written, spans);
    return checker.supports(w) ? w : out;
  }

  /**
   * A name without the role words the name reader took into it ("Sheriff Lee Baca" -> "Lee Baca"),
   * at least two words kept; the name itself when it opens with none.
   */
  static String withoutRole(String name) {
    String[] parts = name.split("\\s+");
    int from = 0;
    while (parts.length - from > 2 && ROLE_NOUNS.contains(parts[from].toLowerCase(Locale.ROOT))) {
      from++;
    }
    return from == 0
        ? name
        : String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length));
  }

  /** A word before a name that is part of the way it is introduced ("the", "Mr", "Dr."). */
  private static final Pattern INTRODUCED_BEFORE =
      Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*|the|The|a|an)\\s+$");

  /**
   * Whether the name at {@code at} stands with no role: not after a role, a capitalised word or an
   * article, and not before an apposition ("Charles Craft, the police chief,").
   */
  private static boolean roleless(String text, int at, String name) {
    String before = text.substring(0, at);
    Matcher last = Pattern.compile("([\\p{L}.'’-]+)\\s+$").matcher(before);
    if (last.find() && ROLE_NOUNS.contains(last.group(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (INTRODUCED_BEFORE.matcher(before).find()) {
      return false;
    }
    String after = text.substring(at + name.length());
    Matcher apposition = APPOSITION.matcher(after);
    if (apposition.lookingAt()) {
      for (String w : apposition.group(1).split("\\s+")) {
        if (ROLE_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
          return false; // "Cheryl Boone Isaacs, Academy President"
        }
      }
    }
    return !after.matches("(?s),\\s+(?:\\p{Ll}|\\d).*");
  }

  /** The words after a name up to the next comma or stop, when a comma follows the name. */
  private static final Pattern APPOSITION = Pattern.compile(",\\s+([^,.;:!?]+)");

  /** Whether the sentence already holds the role's noun ("as head coach", "his agent, ..."). */
  private static boolean tellsRole(String text, String role) {
    String[] words = role.strip().split("\\s+");
    String noun = words[words.length - 1];
    return Pattern.compile(
            "(?<![\\p{L}])" + Pattern.quote(noun) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE)
        .matcher(text)
        .find();
  }

  /**
   * The role a source writes right before the full name, with the name: its own article first, then
   * the others ("Troy Police Chief Charles Craft", "Department of Corrections spokeswoman Michelle
   * Lyons"): the word before the name is a role noun, extended back over the capitalised words (and
   * "of" between them) that name whose role it is.
   */
  static Optional<Introductions.Named> roleOf(String name, Doc own, Map<String, Doc> docs) {
    List<Doc> order = new ArrayList<>();
    order.add(own);
    docs.values().stream().filter(d -> d != own).forEach(order::add);
    Pattern at =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    for (Doc d : order) {
      Matcher m = at.matcher(d.text());
      while (m.find()) {
        Optional<String> role = roleBefore(d.text().substring(0, m.start()));
        if (role.isPresent()) {
          return Optional.of(new Introductions.Named(role.get() + name, d));
        }
      }
    }
    return Optional.empty();
  }

  /** Words of a role before its noun: at most this many, the noun included. */
  private static final int ROLE_WORDS = 6;

  private static final Pattern ROLE_WORD =
      Pattern.compile("(?<![\\p{L}.'’-])(\\p{Lu}[\\p{L}'’-]*|of) $");

  /**
   * An abbreviated word of a role ("Dist.", "Atty.") ending the text before a space; taken into a
   * role only before another abbreviation, so a sentence's last word ("Angeles.") never is.
   */
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?<![\\p{L}.'’-])(\\p{Lu}\\p{Ll}{1,4}\\.) $");

  /** The role that {@code before} ends with (its trailing space kept), if any. */
  private static Optional<String> roleBefore(String before) {
    Matcher w = Pattern.compile("([\\p{L}.'’-]+) $").matcher(before);
    if (!w.find() || !ROLE_NOUNS.contains(w.group(1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int start = w.start(1);
    int words = 1;
    while (words < ROLE_WORDS) {
      // A capitalised word (not a sentence's end, not "The") or "of": "Department of Corrections".
      Matcher prev = ROLE_WORD.matcher(before.substring(0, start));
      Matcher abbreviation = ABBREVIATION.matcher(before.substring(0, start));
      if (before.substring(start).matches("\\p{Lu}\\p{Ll}{1,4}\\. (?s).*") && abbreviation.find()) {
        start = abbreviation.start(1); // "Dist. Atty. Steve Cooley": abbreviations run together
        words++;
        continue;
      }
      if (!prev.find()
          || !prev.group(1).equals("of")
              && Words.STOPWORDS.contains(prev.group(1).toLowerCase(Locale.ROOT))) {
        break;
      }
      start = prev.start(1);
      words++;
    }
    if (before.startsWith("of ", start)) {
      start += 3;
    }
    if (cutShort(before, start)) {
      start = withModifiers(before, start, words);
    }
    return cutShort(before, start) ? Optional.empty() : Optional.of(before.substring(start));
  }

  /**
   * Where a role starts when the words before it are its modifiers in lower case ("police chief
   * William J. Bratton", "navy spokesman Commander Nirad Sinha"): nouns and adjectives back to a
   * word of another kind (a verb, an article, a possessive, punctuation), with the capitalised
   * words that name whose role it is before them ("Los Angeles police chief"), {@value #ROLE_WORDS}
   * words in all; {@code start} itself when there are none.
   */
  private static int withModifiers(String before, int start, int words) {
    int from = Math.max(0, start - ROLE_CONTEXT);
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(before.substring(from, start) + "X");
    int at = start;
    for (int i = toks.size() - 2; i >= 0 && words < ROLE_WORDS; i--, words++) {
      EnglishTagger.Tok t = toks.get(i);
      boolean capital = Character.isUpperCase(t.text().charAt(0));
      boolean modifier =
          !capital && (t.tagIs("NN") || t.tagIs("JJ")) && t.text().matches("[\\p{Ll}-]+");
      boolean named =
          capital && t.tagIs("NNP") && !Words.STOPWORDS.contains(t.text().toLowerCase(Locale.ROOT));
      if (!modifier && !(named && at < start) || from + t.end() != at - 1) {
        break; // "named" words only before a lower-case modifier; no gap but one space
      }
      at = from + t.start();
    }
    return at;
  }

  /** Characters read before a role to tell whether a word of it stands there. */
  private static final int ROLE_CONTEXT = 60;

  /**
   * Whether the word before a role is part of it, so the role alone would be cut short: a modifier
   * or noun ("assistant general manager", "team president") rather than a verb, an article or a
   * preposition ("fired coach", "her lawyer", "said spokeswoman").
   */
  private static boolean cutShort(String before, int start) {
    String context = before.substring(Math.max(0, start - ROLE_CONTEXT), start).stripTrailing();
    if (context.isEmpty() || !Character.isLetter(context.charAt(context.length() - 1))) {
      return false;
    }
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(context + " X");
    if (toks.size() < 2) {
      return false;
    }
    EnglishTagger.Tok last = toks.get(toks.size() - 2);
    return last.tagIs("JJ") || last.tagIs("NN") || last.tagIs("VBG");
  }
}
