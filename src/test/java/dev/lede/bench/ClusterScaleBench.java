package dev.lede.bench;

/** Placeholder until the scale mode is written. */
final class ClusterScaleBench {
  static void main(String[] args) {
    throw new UnsupportedOperationException("scale mode");
  }
}
