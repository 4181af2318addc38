package dev.lede.web;

import dev.lede.model.PollState;
import dev.lede.web.internal.AdminViews;
import dev.lede.web.internal.SafeJson;
import dev.lede.web.internal.Text;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /admin}: every source with its feed health, and forms to add, pause, resume, remove and
 * import sources, working without JavaScript; plus the sources API ({@code GET
 * /api/sources/status}, {@code GET /api/sources.opml}, {@code POST /api/sources/import}).
 *
 * <p>Access needs the write token ({@code LEDE_WRITE_TOKEN}): as {@code Authorization: Bearer}, or
 * typed once into the login form, which starts a session ({@code lede_admin} cookie: random,
 * HttpOnly, SameSite=Strict, 12 hours). Every form carries the session's CSRF token and is refused
 * without it; a cross-site {@code Origin} is refused too. Without a token configured the admin is
 * off (403).
 */
public final class AdminPages implements WebExtension {
  static final String COOKIE = "lede_admin";
  static final Duration SESSION = Duration.ofHours(12);
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final SourceDesk desk;
  private final Optional<String> token;
  private final String siteName;
  private final boolean polling;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  private static final class Session {
    final String csrf;
    final Instant expires;
    volatile Optional<String> flash = Optional.empty();
    volatile List<String> problems = List.of();

    Session(String csrf, Instant expires) {
      this.csrf = csrf;
      this.expires = expires;
    }
  }

  public AdminPages(
      SourceDesk desk, Optional<String> token, String siteName, boolean polling, Clock clock) {
    this.desk = Objects.requireNonNull(desk, "desk");
    this.token = Objects.requireNonNull(token, "token");
    this.siteName = Text.line(siteName);
    this.polling = polling;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void register(Javalin app) {
    app.get("/admin", this::console);
    app.post("/admin/login", this::login);
    app.post("/admin/logout", ctx -> form(ctx, s -> sessions.remove(sessionId(ctx))));
    app.post(
        "/admin/sources",
        ctx ->
            form(
                ctx,
                s -> {
                  String ref = field(ctx, "ref");
                  boolean added = desk.add(ref, optional(ctx, "title"), optional(ctx, "category"));
                  s.flash = Optional.of(added ? "Added " + ref : ref + " is already a source");
                }));
    app.post(
        "/admin/sources/pause",
        ctx ->
            form(
                ctx,
                s -> {
                  String ref = field(ctx, "ref");
                  boolean pause = "true".equals(ctx.formParam("paused"));
                  if (!desk.pause(ref, pause)) {
                    throw new IllegalArgumentException("no such source: " + ref);
                  }
                  s.flash = Optional.of((pause ? "Paused " : "Resumed ") + ref);
                }));
    app.post(
        "/admin/sources/remove",
        ctx ->
            form(
                ctx,
                s -> {
                  String ref = field(ctx, "ref");
                  if (!desk.remove(ref)) {
                    throw new IllegalArgumentException("no such source: " + ref);
                  }
                  s.flash = Optional.of("Removed " + ref);
                }));
    app.post(
        "/admin/import",
        ctx ->
            form(
                ctx,
                s -> {
                  ImportReport r =
                      desk.importOpml(
                          field(ctx, "opml").getBytes(StandardCharsets.UTF_8), "the pasted OPML");
                  s.flash = Optional.of(summary(r));
                  s.problems = r.problems();
                }));
    app.get(
        "/admin/export.opml",
        ctx -> {
          if (session(ctx).isEmpty() && !bearer(ctx)) {
            ctx.redirect("/admin", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
          }
          opml(ctx);
        });
    app.get(
        "/api/sources/status",
        ctx -> {
          requireBearer(ctx);
          var out = SafeJson.mapper().createArrayNode();
          for (SourceStatus s : desk.sources()) {
            var o = out.addObject();
            PollState st = s.state();
            o.put("ref", s.ref());
            s.title().ifPresent(t -> o.put("title", t));
            s.category().ifPresent(c -> o.put("category", c));
            o.put("status", st.paused() ? "paused" : st.status());
            st.lastPoll().ifPresent(t -> o.put("lastFetch", t.toString()));
            o.put("nextPoll", st.nextPoll().toString());
            st.lastError().ifPresent(e -> o.put("lastError", e));
            o.put("errors", st.errors());
            o.put("articlesPerDay", Math.round(s.articlesPerDay() * 10) / 10.0);
          }
          json(ctx, 200, SafeJson.write(out));
        });
    app.get(
        "/api/sources.opml",
        ctx -> {
          requireBearer(ctx);
          opml(ctx);
        });
    app.post(
        "/api/sources/import",
        ctx -> {
          requireBearer(ctx);
          ImportReport r;
          try {
            r = desk.importOpml(ctx.bodyAsBytes(), "the request body");
          } catch (IllegalArgumentException e) {
            json(ctx, 400, SafeJson.write(SafeJson.object().put("error", e.getMessage())));
            return;
          }
          var o =
              SafeJson.object()
                  .put("added", r.added())
                  .put("skipped", r.skipped())
                  .put("refused", r.refused());
          var problems = o.putArray("problems");
          r.problems().forEach(problems::add);
          json(ctx, 200, SafeJson.write(o));
        });
  }

  private void opml(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Disposition", "attachment; filename=\"lede-sources.opml\"");
    ctx.contentType("text/x-opml; charset=utf-8");
    ctx.result(desk.exportOpml());
  }

  private void console(Context ctx) {
    noStore(ctx);
    if (token.isEmpty()) {
      ctx.status(403);
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result("the admin is off: the server has no write token (LEDE_WRITE_TOKEN)\n");
      return;
    }
    Optional<Session> s = session(ctx);
    if (s.isEmpty() && bearer(ctx)) {
      s = Optional.of(startSession(ctx));
    }
    if (s.isEmpty()) {
      html(ctx, 200, render("admin-login.jte", new AdminViews.Login(siteName, Optional.empty())));
      return;
    }
    Session session = s.get();
    List<SourceStatus> sources = desk.sources();
    Instant now = clock.instant(); // after the listing, so a new source reads "due now"
    List<AdminViews.Row> rows = new ArrayList<>();
    for (SourceStatus src : sources) {
      PollState st = src.state();
      rows.add(
          new AdminViews.Row(
              Text.line(src.ref()),
              httpLink(src.ref()),
              Text.line(src.title().orElse(src.ref())),
              Text.line(src.category().orElse("")),
              st.paused()
                  ? "paused"
                  : st.status() + (st.errors() > 1 ? " (" + st.errors() + " in a row)" : ""),
              st.lastPoll().map(WHEN::format).orElse("never"),
              st.paused()
                  ? "paused"
                  : st.nextPoll().isAfter(now) ? WHEN.format(st.nextPoll()) : "due now",
              Text.line(st.lastError().orElse("")),
              String.format(Locale.ROOT, "%.1f", src.articlesPerDay()),
              st.paused()));
    }
    AdminViews.Console page =
        new AdminViews.Console(
            siteName, session.csrf, rows, session.flash, session.problems, polling);
    session.flash = Optional.empty();
    session.problems = List.of();
    html(ctx, 200, render("admin.jte", page));
  }

  private void login(Context ctx) {
    noStore(ctx);
    if (token.isEmpty()) {
      ctx.status(403);
      ctx.result("the admin is off: the server has no write token\n");
      return;
    }
    if (!sameOrigin(ctx)) {
      ctx.status(403);
      ctx.result("cross-site form refused\n");
      return;
    }
    String given = Objects.requireNonNullElse(ctx.formParam("token"), "");
    if (!equal(given, token.get())) {
      html(
          ctx,
          401,
          render("admin-login.jte", new AdminViews.Login(siteName, Optional.of("Wrong token."))));
      return;
    }
    startSession(ctx);
    ctx.redirect("/admin", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private Session startSession(Context ctx) {
    sessions.values().removeIf(x -> x.expires.isBefore(clock.instant()));
    String id = randomToken();
    Session s = new Session(randomToken(), clock.instant().plus(SESSION));
    sessions.put(id, s);
    boolean https =
        "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || ctx.scheme().equals("https");
    ctx.header(
        "Set-Cookie",
        COOKIE
            + "="
            + id
            + "; Path=/admin; HttpOnly; SameSite=Strict; Max-Age="
            + SESSION.toSeconds()
            + (https ? "; Secure" : ""));
    return s;
  }

  @FunctionalInterface
  private interface Action {
    void run(Session s);
  }

  /** A form post: session, same origin and CSRF token checked, then the action, then back. */
  private void form(Context ctx, Action action) {
    noStore(ctx);
    Optional<Session> s = session(ctx);
    if (s.isEmpty()) {
      ctx.status(401);
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result("sign in at /admin first\n");
      return;
    }
    String csrf = Objects.requireNonNullElse(ctx.formParam("csrf"), "");
    if (!sameOrigin(ctx) || !equal(csrf, s.get().csrf)) {
      ctx.status(403);
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result("form refused: missing or wrong CSRF token\n");
      return;
    }
    try {
      action.run(s.get());
    } catch (IllegalArgumentException e) {
      s.get().flash = Optional.of(Text.line(e.getMessage()));
    }
    ctx.redirect("/admin", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private Optional<Session> session(Context ctx) {
    String id = sessionId(ctx);
    if (id == null) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null || s.expires.isBefore(clock.instant())) {
      sessions.remove(id);
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private static String sessionId(Context ctx) {
    return ctx.cookie(COOKIE);
  }

  private boolean bearer(Context ctx) {
    String auth = Objects.requireNonNullElse(ctx.header("Authorization"), "");
    String prefix = "Bearer ";
    return token.isPresent()
        && auth.regionMatches(true, 0, prefix, 0, prefix.length())
        && equal(auth.substring(prefix.length()).strip(), token.get());
  }

  private void requireBearer(Context ctx) {
    if (token.isEmpty()) {
      throw WebServer.Halt.of(403, "writes are disabled: the server has no write token");
    }
    if (!bearer(ctx)) {
      throw WebServer.Halt.of(401, "missing or wrong bearer token")
          .with("WWW-Authenticate", "Bearer realm=\"lede\"");
    }
  }

  /** No Origin (older clients) or one naming this host. */
  private static boolean sameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || origin.isEmpty()) {
      return true;
    }
    String host = ctx.header("Host");
    return host != null
        && (origin.equalsIgnoreCase("http://" + host)
            || origin.equalsIgnoreCase("https://" + host));
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private String randomToken() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String field(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("field " + name + " is missing");
    }
    return v.strip();
  }

  private static Optional<String> optional(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Optional<String> httpLink(String ref) {
    String r = ref.toLowerCase(Locale.ROOT);
    return r.startsWith("http://") || r.startsWith("https://")
        ? Optional.of(ref)
        : Optional.empty();
  }

  static String summary(ImportReport r) {
    return "Imported: added " + r.added() + ", skipped " + r.skipped() + ", refused " + r.refused();
  }

  private static String render(String template, Object page) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, Map.of("page", page), out);
    return out.toString();
  }

  private static void noStore(Context ctx) {
    ctx.header("Cache-Control", "no-store");
  }

  private static void html(Context ctx, int status, String body) {
    ctx.status(status);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(body);
  }

  private static void json(Context ctx, int status, String body) {
    noStore(ctx);
    ctx.status(status);
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(body);
  }
}
