package dev.lede.extract.internal;

import java.util.Arrays;

/**
 * 64-bit fingerprints of text blocks, what a host template remembers of a page. Two blocks get the
 * same print when they differ only in case, numbers and spacing, so "© 2009 Global Voices" and
 * "Posted 3 hours ago" match their copies on other days.
 */
public final class BlockPrints {
  /** Prints kept of one page: a template is made of short, frequent blocks, not whole archives. */
  static final int MAX_PER_PAGE = 2000;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private BlockPrints() {}

  /** The print of one block's text (FNV-1a over its normalised characters). */
  public static long of(String text) {
    long h = FNV_OFFSET;
    boolean inNumber = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (TextUtil.isSpace(c)) continue;
      if (Character.isDigit(c)) {
        if (inNumber) continue; // a run of digits is one '0': "3" and "15" match
        inNumber = true;
        c = '0';
      } else {
        inNumber = false;
        c = Character.toLowerCase(c);
      }
      h ^= c;
      h *= FNV_PRIME;
    }
    return h;
  }

  /** The distinct prints of a page's text blocks, in document order, at most a cap. */
  public static long[] of(PageModel model) {
    long[] out = new long[Math.min(model.blocks.size(), MAX_PER_PAGE)];
    java.util.HashSet<Long> seen = new java.util.HashSet<>();
    int n = 0;
    for (Block b : model.blocks) {
      if (n == out.length) break;
      long p = of(b.text());
      if (seen.add(p)) out[n++] = p;
    }
    return Arrays.copyOf(out, n);
  }
}
