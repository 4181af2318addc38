package dev.lede.story.crosslang.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * What the anchor readers worked out per word or per run of Han characters, remembered: the same
 * names and words come back in article after article, and their ICU transliterations, pinyin
 * skeletons and Nori readings were most of a Korean, Japanese or Chinese article's anchor cost.
 * Thread-safe; each cache is a Caffeine cache bounded by {@link #MAX_ENTRIES} (a reading never
 * depends on what else was read, so what it evicts only costs a second reading).
 */
final class Memo {
  static final int MAX_ENTRIES = 50_000;

  // Capitalised Latin word: its ph: keys, space-separated, "" for none.
  final Cache<String, String> latinSounds = bounded();
  // Hangul word (particles stripped), katakana word, Han window: its ph: key, "" for none.
  final Cache<String, String> hangulSounds = bounded();
  final Cache<String, String> kanaSounds = bounded();
  final Cache<String, String> hanSounds = bounded();
  // Han run: its k: keys.
  final Cache<String, String[]> hanReadings = bounded();

  /** {@code cache}'s value for {@code key}, computed by {@code f} the first time. */
  static <V> V get(Cache<String, V> cache, String key, Function<String, V> f) {
    return cache.get(key, f);
  }

  // Eviction runs on the calling thread: no task handed to the common pool per read.
  private static <V> Cache<String, V> bounded() {
    return Caffeine.newBuilder().maximumSize(MAX_ENTRIES).executor(Runnable::run).build();
  }
}
