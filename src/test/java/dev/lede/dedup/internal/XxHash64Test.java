package dev.lede.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XxHash64Test {
  // Expected values printed by the reference implementation: printf '...' | xxhsum -H1
  private static long xxh(String s) {
    return XxHash64.hash(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void matchesReferenceForShortInputs() {
    assertThat(xxh("")).isEqualTo(0xef46db3751d8e999L);
    assertThat(xxh("a")).isEqualTo(0xd24ec4f1a98c6e5bL);
    assertThat(xxh("abc")).isEqualTo(0x44bc2cf5ad770999L);
  }

  @Test
  void matchesReferenceForInputsOfThirtyTwoBytesAndMore() {
    assertThat(xxh("The quick brown fox jumps over the lazy dog")).isEqualTo(0x0b242d361fda71bcL);
    assertThat(xxh("한국어 위키뉴스 버락 오바마 미국 대통령 공식 취임 0123456789")).isEqualTo(0xc38ac54417e4e7a9L);
  }
}
