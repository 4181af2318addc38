package dev.lede.web;

import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Routes served beside the site's own (operations, admin pages, reader APIs). They run behind the
 * same guard: security headers, rate limits and the body size limit.
 */
public interface WebExtension {

  /** Adds this extension's routes. */
  void register(Javalin app);

  /** Called once per answered request, with the time it took (e.g. to record metrics). */
  default void answered(Context ctx, float millis) {}
}
