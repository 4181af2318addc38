package dev.lede.story.crosslang.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the anchor readers worked out per word or per run of Han characters, remembered: the same
 * names and words come back in article after article, and their ICU transliterations, pinyin
 * skeletons and Nori readings were most of a Korean, Japanese or Chinese article's anchor cost.
 * Thread-safe; each map is bounded (emptied when full: names repeat within days, so a full map is
 * mostly stale).
 */
final class Memo {
  private static final int MAX_ENTRIES = 50_000;

  // Hangul word (particles stripped), katakana word, Han window: its ph: key, "" for none.
  final Map<String, String> hangulSounds = new ConcurrentHashMap<>();
  final Map<String, String> kanaSounds = new ConcurrentHashMap<>();
  final Map<String, String> hanSounds = new ConcurrentHashMap<>();
  // Han run: the run in simplified characters.
  final Map<String, String> simplified = new ConcurrentHashMap<>();
  // Korean word, Han run: its k: keys.
  final Map<String, String[]> koreanReadings = new ConcurrentHashMap<>();
  final Map<String, String[]> hanReadings = new ConcurrentHashMap<>();

  /** {@code map}'s value for {@code key}, computed by {@code f} the first time. */
  static <V> V get(Map<String, V> map, String key, Function<String, V> f) {
    V v = map.get(key);
    if (v == null) {
      v = f.apply(key);
      put(map, key, v);
    }
    return v;
  }

  static <V> void put(Map<String, V> map, String key, V value) {
    if (map.size() >= MAX_ENTRIES) {
      map.clear();
    }
    map.put(key, value);
  }
}
