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

  /** As an interceptor: the chain's request refused when it fails the check, else sent on. */
  default Response refuseOrProceed(Interceptor.Chain chain) {
    return check(chain.request())
        .<Response>map(Response.Done::new)
        .orElseGet(() -> chain.proceed(chain.request()));
  }
}
