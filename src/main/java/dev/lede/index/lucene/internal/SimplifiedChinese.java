package dev.lede.index.lucene.internal;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads Chinese text with traditional characters in their simplified form (ICU's {@code
 * Traditional-Simplified}), so 聯盟 and 联盟 index and search as one word. Character for character: a
 * character whose simplified form is not one UTF-16 unit is left as it is, so offsets need no
 * correction.
 */
final class SimplifiedChinese extends CharFilter {
  // ICU transliterators keep state while transforming: one per thread.
  private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  // Simplified form of each BMP character, filled as characters are met; 0 = not yet known.
  // Racing writers store the same value, and a char write is atomic.
  private static final char[] SIMPLIFIED = new char[Character.MAX_VALUE + 1];

  SimplifiedChinese(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = input.read(cbuf, off, len);
    for (int i = off; i < off + n; i++) {
      cbuf[i] = simplified(cbuf[i]);
    }
    return n;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }

  static char simplified(char c) {
    if (c < 0x2E80 || Character.isSurrogate(c)) {
      return c; // below the CJK radicals nothing changes
    }
    char known = SIMPLIFIED[c];
    if (known == 0) {
      String s = TO_SIMPLIFIED.get().transliterate(String.valueOf(c));
      known = s.length() == 1 ? s.charAt(0) : c;
      SIMPLIFIED[c] = known;
    }
    return known;
  }
}
