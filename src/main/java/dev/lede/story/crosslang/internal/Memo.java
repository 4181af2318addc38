package dev.lede.story.crosslang.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * What the anchor readers worked out per word or per run of Han characters, remembered: the same
 * names and words come back in article after article, and their ICU transliterations, pinyin
 * skeletons and Nori readings were most of a Korean, Japanese or Chinese article's anchor cost.
 * Thread-safe; each table is a Caffeine cache bounded by {@link #MAX_ENTRIES} (a reading never
 * depends on what else was read, so what it evicts only costs a second reading).
 */
final class Memo {
  static final int MAX_ENTRIES = 50_000;
  // Room made at once for the words of a batch of news: the demo mix's 524 articles read 6,958
  // distinct Han runs, and growing the tables there showed in JFR profiles (ConcurrentHashMap
  // .transfer; a table made for 4,096 grew at 6,144).
  static final int INITIAL_CAPACITY = 8_192;

  // Capitalised Latin word: its ph: keys, space-separated, "" for none.
  final Table<String> latinSounds = new Table<>();
  // Katakana word, Han window: its ph: key, "" for none. (A Hangul run's key is worked out each
  // time: arithmetic on its syllables cost less than a memo that missed two times in three.)
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
    // Eviction runs on the calling thread: no task handed to the common pool per read.
    private final Cache<String, V> values =
        Caffeine.newBuilder()
            .initialCapacity(INITIAL_CAPACITY)
            .maximumSize(MAX_ENTRIES)
            .executor(Runnable::run)
            .build();

    V get(String key, Function<String, V> f) {
      return values.get(key, f);
    }

    /** How many values are held, once pending evictions have run. */
    long size() {
      values.cleanUp();
      return values.estimatedSize();
    }
  }
}
