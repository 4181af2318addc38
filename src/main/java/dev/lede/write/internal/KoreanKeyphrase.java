package dev.lede.write.internal;

import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keyphrase of a Korean story, in Korean: its subject (a Korean name or term, never the English
 * gazetteer name of a place) and its event noun, each a word stem that the Korean text itself
 * writes. Korean news titles are compact and end on the event ("천안함 침몰", "황장엽 … 사망"), so a title's
 * last noun is the event and its other nouns are subjects; without titles the lead sentences give
 * both (the subject marked 이/가/은/는, the verbal noun of the predicate).
 */
final class KoreanKeyphrase {
  /** Titles, roles and fillers: they describe who or when, not what happened. */
  private static final Set<String> ROLES = roles();

  private static Set<String> roles() {
    Set<String> r =
        new HashSet<>(
            Set.of(
                "경찰", "당국", "정부", "국민", "시민", "주민", "씨", "기자", "전문가", "공식", "당시", "이날", "지난해", "올해",
                "현지", "시간"));
    r.addAll(Korean.ROLES);
    return Set.copyOf(r);
  }

  private KoreanKeyphrase() {}

  static Keyphrases.Choice choose(List<Doc> docs, StoryEntities entities) {
    Map<String, Double> entityNames = new HashMap<>();
    Set<String> placeNames = new HashSet<>();
    for (Entity e : entities.entities) {
      for (Mention m : e.mentions()) {
        if (Words.isHangul(m.text()) && m.text().length() >= 2) {
          // Places are where, rarely what: they weigh less as subjects, as in English.
          entityNames.put(m.text(), e.type() == EntityType.PLACE ? 1.1 : 1.5);
          if (e.type() == EntityType.PLACE) {
            placeNames.add(m.text());
          }
        }
      }
    }
    Map<String, Double> subject = new LinkedHashMap<>();
    Map<String, Double> event = new LinkedHashMap<>();
    for (Doc d : docs) {
      Map<String, Double> subj = new HashMap<>();
      Map<String, Double> ev = new HashMap<>();
      String text = d.text();
      Optional<String> title = d.input.title().map(String::strip).filter(t -> !t.isEmpty());
      if (title.isPresent()) {
        String[] w = title.get().strip().split("\\s+");
        // Korean titles open on their topic: the words before an early comma ("이대호, 9경기 연속
        // …"), else the first word.
        int comma = -1;
        for (int i = 0; i < Math.min(4, w.length - 1) && comma < 0; i++) {
          comma = w[i].endsWith(",") ? i : -1;
        }
        for (int i = 0; i < w.length; i++) {
          boolean topic = comma >= 0 ? i <= comma : i == 0;
          Optional<String> n = Korean.noun(w[i], text);
          if (n.isPresent() && text.contains(n.get()) && !ROLES.contains(n.get())) {
            if (i == w.length - 1) {
              ev.merge(n.get(), 3.0, Math::max);
            } else {
              subj.merge(n.get(), topic ? 3.5 : 2.0, Math::max);
              // A foreign name is two words: "버락 오바마" when the text writes them so.
              if (i + 1 < w.length - 1) {
                Optional<String> next = Korean.noun(w[i + 1], text);
                String pair = n.get() + " " + next.orElse("");
                if (next.isPresent()
                    && n.get().equals(w[i])
                    && !ROLES.contains(next.get())
                    && !placeNames.contains(n.get())
                    && !placeNames.contains(next.get())
                    && text.contains(pair)) {
                  subj.merge(pair, topic ? 4.0 : 2.5, Math::max);
                }
              }
            }
          }
        }
      }
      for (int k = 0; k < Math.min(2, d.sentences.size()); k++) {
        String[] w = d.sentences.get(k).text().strip().split("\\s+");
        for (int i = 0; i < w.length; i++) {
          if (i == w.length - 1) {
            double weight = k == 0 ? 2.0 : 1.0;
            Korean.predicateNoun(w[i]).ifPresent(n -> ev.merge(n, weight, Math::max));
            continue;
          }
          Optional<String> sub = Korean.subjectStem(w[i]);
          if (sub.isPresent() && !ROLES.contains(sub.get())) {
            subj.merge(sub.get(), k == 0 ? 1.5 : 1.0, Math::max);
          }
          Optional<String> n = Korean.noun(w[i], text);
          if (n.isPresent() && !ROLES.contains(n.get())) {
            subj.merge(n.get(), 0.5, Math::max);
          }
        }
      }
      // Named often in the text: a subject rather than a passing word.
      subj.replaceAll((w, v) -> v + 0.5 * Math.log(1 + occurrences(text, w)));
      subj.forEach((w, v) -> subject.merge(w, v, Double::sum));
      ev.forEach((w, v) -> event.merge(w, v, Double::sum));
    }
    for (Map.Entry<String, Double> e : subject.entrySet()) {
      e.setValue(e.getValue() * entityNames.getOrDefault(e.getKey(), 1.0));
    }
    Optional<String> ev = best(event, Set.of());
    Set<String> used = new HashSet<>();
    ev.ifPresent(used::add);
    List<String> parts = new ArrayList<>();
    Optional<String> s1 = best(subject, used);
    if (s1.isPresent()) {
      parts.add(s1.get());
      used.add(s1.get());
      Optional<String> s2 = best(subject, used);
      if (s2.isPresent()
          && subject.get(s2.get()) >= 0.6 * subject.get(s1.get())
          && !placeNames.contains(s2.get()) // "아이폰4 출시", not "아이폰4 대한민국 출시"
          && (entityNames.containsKey(s2.get()) || inTitles(s2.get(), docs) >= 2)) {
        parts.add(s2.get());
      }
    }
    String names = String.join(" ", parts);
    ev.ifPresent(parts::add);
    if (parts.isEmpty()) {
      return new Keyphrases.Choice("뉴스", "");
    }
    return new Keyphrases.Choice(String.join(" ", parts), names);
  }

  private static int occurrences(String text, String w) {
    int n = 0;
    for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      n++;
    }
    return n;
  }

  private static int inTitles(String w, List<Doc> docs) {
    int n = 0;
    for (Doc d : docs) {
      n += d.input.title().orElse("").contains(w) ? 1 : 0;
    }
    return n;
  }

  /** The heaviest word not in {@code used} nor overlapping one, ties in first-seen order. */
  private static Optional<String> best(Map<String, Double> scores, Set<String> used) {
    String best = null;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      String w = e.getKey();
      boolean clash = false;
      for (String u : used) {
        clash |= u.contains(w) || w.contains(u);
      }
      if (!clash && (best == null || e.getValue() > scores.get(best))) {
        best = w;
      }
    }
    return Optional.ofNullable(best);
  }
}
