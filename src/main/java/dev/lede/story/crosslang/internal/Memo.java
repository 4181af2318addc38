package dev.lede.story.crosslang.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the anchor readers worked out per word or per run of Han characters, remembered: the same
 * names and words come back in article after article, and their ICU transliterations, pinyin
 * skeletons and Nori readings were most of a Korean, Japanese or Chinese article's anchor cost.
 * Thread-safe; each table holds at most {@link #MAX_ENTRIES} and is emptied when full (a reading
 * never depends on what else was read, so what it forgets only costs a second reading). Plain maps,
 * not Caffeine: most look-ups find their word, and Caffeine's bookkeeping on each of those (read
 * buffer, frequency sketch) cost about as much as some of the readings it saved.
 */
final class Memo {
  static final int MAX_ENTRIES = 50_000;

  // Capitalised Latin word: its ph: keys, space-separated, "" for none.
  final Table<String> latinSounds = new Table<>();
  // Hangul word (particles stripped), katakana word, Han window: its ph: key, "" for none.
  final Table<String> hangulSounds = new Table<>();
  final Table<String> kanaSounds = new Table<>();
  final Table<String> hanSounds = new Table<>();
  // Han run: its k: keys.
  final Table<String[]> hanReadings = new Table<>();

  /** {@code table}'s value for {@code key}, computed by {@code f} the first time. */
  static <V> V get(Table<V> table, String key, Function<String, V> f) {
    return table.get(key, f);
  }

  /** Values by word, at most {@link #MAX_ENTRIES}. */
  static final class Table<V> {
    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();

    V get(String key, Function<String, V> f) {
      V v = values.get(key);
      if (v == null) {
        // Worked out outside the map: two threads may both read a new word, alike.
        v = f.apply(key);
        if (values.size() >= MAX_ENTRIES) {
          values.clear();
        }
        values.put(key, v);
      }
      return v;
    }

    /** How many values are held. */
    int size() {
      return values.size();
    }
  }
}
