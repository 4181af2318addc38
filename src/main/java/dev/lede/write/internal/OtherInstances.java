package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences about another instance of the story's kind of event: an earlier quake in a quake story
 * ("A powerful quake with a magnitude of 6.1 struck southern Iran in September"), an earlier
 * shooting by someone else in a shooting story ("Earlier this year, Amy Bishop ... was charged with
 * murder in a campus shooting"), last month's patch in a patch story. Such a sentence tells of an
 * earlier time, shares the lede's event word or gives its figure another value, and names no one
 * (person, organisation) the lede names: a sentence on the past of the lede's own person ("Lohan
 * was previously at Betty Ford"), or one that only refers back to them ("In 2007, she ..."), is
 * background of this story and stays.
 */
final class OtherInstances {
  private OtherInstances() {}

  /** An earlier time: "previously", "last year", "in 2005", "years ago", "earlier this month". */
  private static final Pattern EARLIER =
      Pattern.compile(
          "(?i)\\b(?:previously|earlier this (?:year|month)|last (?:year|month)"
              + "|(?:years?|months?|weeks?) ago|in (?:19|20)\\d\\d)\\b");

  /** "in September": a month named without its day, of an earlier time unless it is the story's. */
  private static final Pattern IN_MONTH =
      Pattern.compile("\\b[Ii]n (" + EnglishWords.anyFullMonth() + ")\\b(?! \\d{1,2}\\b)");

  /**
   * Whether {@code c} tells another instance of the lede's event; {@code latest} is the day of the
   * story's latest source, when known (a month named that is the story's own is not an earlier
   * time).
   */
  static boolean another(
      Candidate c, List<Candidate> lede, StoryEntities entities, Optional<LocalDate> latest) {
    if (lede.isEmpty() || lede.contains(c) && c == lede.get(0) || !earlier(c.text, latest)) {
      return false;
    }
    Set<String> ledeNames = new HashSet<>();
    Set<String> ledeEvents = new HashSet<>();
    for (Candidate l : lede) {
      if (l == c) {
        continue;
      }
      ledeNames.addAll(names(l.entityKeys, entities));
      ledeEvents.addAll(l.signature().events());
    }
    Set<String> own = names(c.entityKeys, entities);
    if (own.isEmpty() && refersBack(c.text)) {
      return false; // "The popular talkshow host also fronted the Emmys in 2001": the story's own
    }
    own.retainAll(ledeNames);
    if (!own.isEmpty()) {
      return false; // the past of the story's own person or body ("DeGeneres previously hosted")
    }
    if (!java.util.Collections.disjoint(c.signature().events(), ledeEvents)) {
      return true;
    }
    for (Figures.Figure f : Figures.in(c.text)) {
      for (Candidate l : lede) {
        for (Figures.Figure g : Figures.in(l.text)) {
          if (l != c && f.key().equals(g.key()) && !f.value().equals(g.value())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a sentence tells of an earlier time than the story's. */
  static boolean earlier(String text, Optional<LocalDate> latest) {
    if (EARLIER.matcher(text).find()) {
      return true;
    }
    Matcher m = IN_MONTH.matcher(text);
    while (m.find()) {
      Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      if (latest.isEmpty() || latest.get().getMonth() != month) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people and organisations among a sentence's entity keys: places and other names ("Qeshm",
   * "Oscars") are shared by every instance of the event there.
   */
  private static Set<String> names(Set<String> keys, StoryEntities entities) {
    Set<String> out = new HashSet<>();
    for (Entity e : entities.entities) {
      boolean actor = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
      if (actor && keys.contains(e.canonical())) {
        out.add(e.canonical());
      }
    }
    return out;
  }

  /** A sentence opening with a pronoun or a definite description: it tells of someone named. */
  private static boolean refersBack(String text) {
    return REFERS_BACK.matcher(text).find() || Restatements.opensWithDescription(text);
  }

  private static final Pattern REFERS_BACK =
      Pattern.compile(
          "^(?:[A-Z][^,]{0,40}, )?(?:he|she|they|his|her|their|it|its)\\b",
          Pattern.CASE_INSENSITIVE);
}
