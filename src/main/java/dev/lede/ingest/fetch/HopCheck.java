package dev.lede.ingest.fetch;

import java.util.Optional;

/**
 * A check every hop must pass before it is sent: the first request and each redirect target. Used
 * by {@link Redirects} for redirect targets and by {@link Network} right before sending.
 */
@FunctionalInterface
interface HopCheck {
  /** Empty when the hop may be sent, otherwise why not. */
  Optional<FetchResult.Failed> check(Request hop);
}
