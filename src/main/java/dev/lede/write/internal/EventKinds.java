package dev.lede.write.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kind of event a sentence tells, so that two instances of one kind are seen as such though
 * their outlets word them apart: a heist, a robbery and a theft ("thieves stole"); a shooting, a
 * killing and a murder; a fight, a bout and a win. An event word outside every family is its own
 * kind.
 */
final class EventKinds {
  private EventKinds() {}

  /** Each family: its name first, then the event words and verb forms that tell it. */
  private static final List<String> FAMILIES =
      List.of(
          "theft heist robbery raid stole stolen steal stealing robbed burglary looted robber"
              + " robbers thief thieves",
          "killing shooting murder homicide manslaughter slayings stabbing death massacre"
              + " shootout attack assault",
          "fight bout knockout win victory defeat title crown",
          "earthquake quake tremor aftershock",
          "fire blaze arson wildfire firebomb",
          "sentence sentencing conviction verdict trial acquittal indictment",
          "firing dismissal resignation ousted sacked",
          "injury injuries surgery",
          "outage cut severed breakdown",
          "patch vulnerability update fix flaw",
          "hijacking piracy pirates hostage kidnapping",
          "crash collision derailment accident",
          "strike striking walkout");

  private static final Map<String, String> KIND = kinds();

  /**
   * Words read wherever they stand, not only as the event words {@link EventWords} finds: each
   * tells its kind in any sentence ("fire", "cut" or "title" do not: "opened fire", "spending
   * cuts", "the title role").
   */
  private static final Set<String> TELLING =
      Set.of(
          ("stole stolen steal stealing robbed looted heist robbery theft burglary robber robbers"
                  + " thief thieves tremor aftershock quake earthquake ousted sacked severed outage"
                  + " patch vulnerability flaw shootout murder manslaughter homicide bout knockout"
                  + " blaze arson")
              .split(" "));

  private static Map<String, String> kinds() {
    Map<String, String> m = new HashMap<>();
    for (String family : FAMILIES) {
      String[] words = family.split(" ");
      for (String w : words) {
        m.put(Words.stem(w), words[0]);
      }
    }
    return Map.copyOf(m);
  }

  /** The kinds the families name ("theft", "fire"), beside the event words of their own kind. */
  private static final Set<String> NAMED =
      Set.copyOf(FAMILIES.stream().map(f -> f.split(" ")[0]).toList());

  /** Whether a kind is one of the families ("fire"), not an event word of its own ("negotiat"). */
  static boolean named(String kind) {
    return NAMED.contains(kind);
  }

  /** Whether a word tells one of the kinds of event ("tremor", "blaze", "robbers"). */
  static boolean tellsAKind(String lowerWord) {
    return KIND.containsKey(Words.stem(lowerWord));
  }

  /** The kinds of a sentence's event words and of the {@link #TELLING} words it holds. */
  static Set<String> of(String text, Set<String> events) {
    Set<String> out = new LinkedHashSet<>();
    for (String e : events) {
      String stem = Words.stem(e);
      out.add(KIND.getOrDefault(stem, stem));
    }
    for (String w : Words.lowerWords(text)) {
      if (TELLING.contains(w)) {
        out.add(KIND.get(Words.stem(w)));
      }
    }
    return out;
  }
}
