package dev.lede.web;

/**
 * A per-client token bucket: {@code perSecond} requests a second on average, bursts up to {@code
 * burst}.
 *
 * @param perSecond refill rate; 0 with burst 0 means no limit
 * @param burst bucket size
 */
public record RateLimit(double perSecond, int burst) {

  public RateLimit {
    if (perSecond < 0 || Double.isNaN(perSecond) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("rate limit: perSecond " + perSecond + " is not >= 0");
    }
    if (burst < 0) {
      throw new IllegalArgumentException("rate limit: burst " + burst + " is negative");
    }
    if ((perSecond == 0) != (burst == 0)) {
      throw new IllegalArgumentException(
          "rate limit: perSecond "
              + perSecond
              + " and burst "
              + burst
              + " must both be 0 (off)"
              + " or both positive");
    }
  }

  /** {@code perSecond} on average, bursts of {@code burst}. */
  public static RateLimit of(double perSecond, int burst) {
    return new RateLimit(perSecond, burst);
  }

  /** No limit. */
  public static RateLimit off() {
    return new RateLimit(0, 0);
  }

  /** Whether this is no limit. */
  public boolean isOff() {
    return burst == 0;
  }
}
