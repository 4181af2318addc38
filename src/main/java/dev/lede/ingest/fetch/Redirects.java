package dev.lede.ingest.fetch;

import dev.lede.http.StatusText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage 5: follows 301, 302, 303, 307 and 308 itself (the HTTP client never does), at most {@code
 * maxRedirects} times. A relative {@code Location} is resolved against the hop that sent it; a
 * target already visited is a loop. Each target must pass the hop checks (the SSRF guard, then
 * robots.txt) before it is requested.
 */
final class Redirects implements Interceptor {
  private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

  private final int maxRedirects;
  private final List<HopCheck> hopChecks;

  Redirects(int maxRedirects, List<HopCheck> hopChecks) {
    this.maxRedirects = maxRedirects;
    this.hopChecks = List.copyOf(hopChecks);
  }

  @Override
  public Response intercept(Chain chain) {
    Request first = chain.request();
    List<URI> visited = new ArrayList<>(List.of(first.uri()));
    Response response = chain.proceed(first);
    while (response instanceof Response.Received received
        && REDIRECT_STATUSES.contains(received.status())) {
      Request from = first.withUri(received.uri());
      String status = "status " + StatusText.of(received.status());
      Optional<String> location = received.headers().firstValue("Location");
      if (location.isEmpty() || location.get().isBlank()) {
        return new Response.Done(from.fail(status + " without a Location header"));
      }
      URI next;
      try {
        next = resolve(received.uri(), location.get().trim());
      } catch (URISyntaxException e) {
        return new Response.Done(
            from.fail(status + " with an invalid Location header \"" + location.get() + "\""));
      }
      if (visited.contains(next)) {
        return new Response.Done(
            first.fail(
                "redirect loop: "
                    + visited.stream().map(URI::toString).collect(Collectors.joining(" -> "))
                    + " -> "
                    + next));
      }
      if (visited.size() > maxRedirects) {
        return new Response.Done(first.fail("too many redirects (more than " + maxRedirects + ")"));
      }
      Request hop = first.withUri(next);
      for (HopCheck check : hopChecks) {
        Optional<FetchResult.Failed> refusal = check.check(hop);
        if (refusal.isPresent()) {
          FetchResult.Failed f = refusal.get();
          return new Response.Done(
              new FetchResult.Failed(
                  f.uri(), f.reason() + " (redirected from " + received.uri() + ")", f.refused()));
        }
      }
      visited.add(next);
      response = chain.proceed(hop);
    }
    return response;
  }

  /** {@code location} against {@code base}, without a fragment. */
  static URI resolve(URI base, String location) throws URISyntaxException {
    URI target = new URI(location);
    // URI.resolve drops the slash when the base has an empty path ("http://h" + "x" = "http://hx")
    if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
      base = new URI(base.getScheme(), base.getRawAuthority(), "/", null, null);
    }
    URI resolved = base.resolve(target);
    if (resolved.getRawFragment() != null) {
      String text = resolved.toString();
      resolved = new URI(text.substring(0, text.indexOf('#')));
    }
    return resolved.normalize();
  }
}
