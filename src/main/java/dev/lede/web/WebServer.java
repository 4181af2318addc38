package dev.lede.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.web.internal.HeaderedErrorHandler;
import dev.lede.web.internal.RateLimiter;
import dev.lede.web.internal.RenderCache;
import dev.lede.web.internal.RenderCache.Rendered;
import dev.lede.web.internal.SafeJson;
import dev.lede.web.internal.SafeUrl;
import dev.lede.web.internal.SelfWarm;
import dev.lede.web.internal.Text;
import dev.lede.web.internal.Views;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.MethodNotAllowedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The site, JSON API, feeds and sitemaps over HTTP (Javalin on Jetty).
 *
 * <p>Every response carries {@link #CONTENT_SECURITY_POLICY} and the other security headers.
 * Requests pass, in order: a per-client rate limit (429), a stricter one for search and writes
 * (429), a body size limit (413); write endpoints then need the bearer token (401).
 *
 * <pre>{@code
 * WebServer server = WebServer.start(data, WebConfig.defaults(8080));
 * ...
 * server.stop();
 * }</pre>
 */
public final class WebServer implements AutoCloseable {

  /** The Content-Security-Policy of every response: own scripts and styles only, no framing. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** The security headers of every response, Jetty's own error responses included. */
  private static final java.util.Map<String, String> SECURITY_HEADERS = securityHeaders();

  private static final System.Logger LOG = System.getLogger("dev.lede.web");
  private static final int MAX_QUERY = 200;
  private static final int MAX_REF = 2048;
  private static final String HALTED = "lede.halted";
  private static final java.util.regex.Pattern WHOLE_NUMBER =
      java.util.regex.Pattern.compile("[-+]?[0-9]+");

  /** Stories in a page of {@code /api/stories} when {@code offset} comes without {@code limit}. */
  static final int DEFAULT_PAGE = 100;

  private static final String PAGE_CACHE = "public, max-age=60";
  private static final String ASSET_CACHE = "public, max-age=31536000, immutable";

  private final Javalin app;
  private final WebConfig config;
  private final SiteData data;
  // Marks the server's own warm-up requests; random, so no reader can skip the rate limits with it.
  private final String warmUpKey = java.util.HexFormat.of().formatHex(randomBytes(16));
  private final byte[] warmUpKeyBytes = warmUpKey.getBytes(StandardCharsets.US_ASCII);
  private final Optional<SiteAdmin> admin;
  private final Clock clock;
  private final RateLimiter allLimiter;
  private final RateLimiter strictLimiter;
  private volatile SiteRenderer site;
  private volatile String baseUrl = "";
  private final java.util.List<WebExtension> extensions;

  private WebServer(
      SiteData data,
      Optional<SiteAdmin> admin,
      WebConfig config,
      Clock clock,
      java.util.List<WebExtension> extensions) {
    this.extensions = java.util.List.copyOf(extensions);
    this.data = Objects.requireNonNull(data, "data");
    this.admin = admin;
    this.config = Objects.requireNonNull(config, "config");
    this.clock = clock;
    this.allLimiter = new RateLimiter(config.rateLimit());
    this.strictLimiter = new RateLimiter(config.writeRateLimit());
    this.app =
        Javalin.create(
            c -> {
              c.showJavalinBanner = false;
              c.startupWatcherEnabled = false;
              c.http.disableCompression(); // cached pages are stored gzipped already
              c.http.maxRequestSize = config.maxRequestBytes();
              c.router.ignoreTrailingSlashes = true;
              c.http.prefer405over404 = true; // a known path asked with another method
              c.jetty.modifyServer(
                  server -> server.setErrorHandler(new HeaderedErrorHandler(SECURITY_HEADERS)));
              c.requestLogger.http(
                  (ctx, ms) -> {
                    for (WebExtension e : this.extensions) {
                      e.answered(ctx, ms);
                    }
                  });
              c.jetty.modifyHttpConfiguration(
                  h -> {
                    h.setSendServerVersion(false);
                    h.setSendXPoweredBy(false);
                    h.setRequestHeaderSize(8 * 1024);
                  });
            });
    routes();
  }

  /** Starts the site with writes disabled. */
  public static WebServer start(SiteData data, WebConfig config) {
    return start(data, Optional.empty(), config, Clock.systemUTC());
  }

  /** Starts the site with write endpoints backed by {@code admin} (they still need the token). */
  public static WebServer start(SiteData data, SiteAdmin admin, WebConfig config) {
    return start(data, Optional.of(admin), config, Clock.systemUTC());
  }

  /**
   * Starts the site with write endpoints backed by {@code admin} and the routes of {@code
   * extensions} (operations, admin pages, reader APIs) beside the site's own.
   */
  public static WebServer start(
      SiteData data,
      Optional<SiteAdmin> admin,
      WebConfig config,
      java.util.List<WebExtension> extensions) {
    return start(data, admin, config, Clock.systemUTC(), extensions);
  }

  static WebServer start(SiteData data, Optional<SiteAdmin> admin, WebConfig config, Clock clock) {
    return start(data, admin, config, clock, java.util.List.of());
  }

  static WebServer start(
      SiteData data,
      Optional<SiteAdmin> admin,
      WebConfig config,
      Clock clock,
      java.util.List<WebExtension> extensions) {
    WebServer s = new WebServer(data, admin, config, clock, extensions);
    try {
      s.app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      s.app.stop();
      throw new IllegalStateException(
          "cannot serve on " + config.host() + ":" + config.port() + ": " + rootMessage(e), e);
    }
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    if (host.equals("0.0.0.0") || host.equals("[::]")) {
      host = "localhost";
    }
    s.baseUrl =
        config.baseUrl().map(Object::toString).orElse("http://" + host + ":" + s.app.port());
    s.site = new SiteRenderer(data, s.baseUrl, config, true, clock);
    // The first requests find their pages rendered, now and after each change of the data.
    s.warm(data);
    data.beforeEachRevision(s::warm);
    return s;
  }

  /** Renders ahead what {@code view}'s first requests ask for; failing, leaves it to them. */
  private void warm(SiteData view) {
    try {
      site.warm(view);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "could not render the site ahead of requests", e);
    }
  }

  /** What {@link #warmUp} did: requests answered, of which failed, in how long. */
  public record WarmUp(int requests, int failures, long millis) {}

  /** The header that marks {@link #warmUp}'s requests. */
  static final String WARM_UP_HEADER = "X-Lede-Warm-Up";

  private boolean isOwnWarmUp(Context ctx) {
    String key = ctx.header(WARM_UP_HEADER);
    return key != null
        && MessageDigest.isEqual(warmUpKeyBytes, key.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new java.security.SecureRandom().nextBytes(b);
    return b;
  }

  // As many as a busy moment's readers, so Jetty has grown its thread pool before they come.
  static final int WARM_UP_CONNECTIONS = 32;

  /** Story pages {@link #warmUp} asks for, besides the home page, listings and feeds. */
  static final int WARM_UP_STORIES = 40;

  /**
   * Sends this server its own first requests over loopback (home page, story listing, feeds,
   * sitemaps, the top stories' pages and JSON; plain and gzip, several connections at once) until
   * {@code requests} were answered or {@code budget} ran out, so that the first readers do not pay
   * for the JIT's first compilations. Call it before announcing the server. These requests carry a
   * key only this server knows, and rate limits do not count them.
   */
  public WarmUp warmUp(int requests, Duration budget) throws InterruptedException {
    java.util.List<String> paths = new java.util.ArrayList<>();
    paths.addAll(
        java.util.List.of(
            "/", "/api/stories", "/rss.xml", "/atom.xml", "/sitemap.xml", "/news-sitemap.xml"));
    for (StoryView v : data.topStories(WARM_UP_STORIES)) {
      paths.add(SitePaths.story(v.id(), v.headline()));
      paths.add("/api/stories/" + v.id());
    }
    SelfWarm.Result r =
        SelfWarm.create(System::nanoTime, WARM_UP_HEADER, warmUpKey)
            .run(java.net.URI.create(localUrl()), paths, requests, WARM_UP_CONNECTIONS, budget);
    return new WarmUp(r.requests(), r.failures(), r.millis());
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** The bound port. */
  public int port() {
    return app.port();
  }

  /** The origin used in canonical links, e.g. {@code http://127.0.0.1:8080}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Where this server answers on this machine, e.g. {@code http://127.0.0.1:8080}. */
  public String localUrl() {
    String host = config.host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    }
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port();
  }

  public void stop() {
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }

  private void routes() {
    app.before(this::guard);

    get("/", ctx -> send(ctx, site.home(), PAGE_CACHE));
    get("/stories/{id}", this::storyPage);
    get("/stories/{id}/{slug}", this::storyPage);
    get("/entities", ctx -> send(ctx, site.entities(), PAGE_CACHE));
    get("/entities/{key}", ctx -> sendOr404(ctx, site.entity(ctx.pathParam("key"))));
    get("/sources", ctx -> send(ctx, site.sources(), PAGE_CACHE));
    get("/search", this::searchPage);

    get("/static/site.css", ctx -> send(ctx, site.assets().css(), ASSET_CACHE));
    get("/static/site.js", ctx -> send(ctx, site.assets().js(), ASSET_CACHE));
    get("/static/favicon.svg", ctx -> send(ctx, site.assets().favicon(), "public, max-age=86400"));

    get("/rss.xml", ctx -> send(ctx, site.rss(), PAGE_CACHE));
    get("/atom.xml", ctx -> send(ctx, site.atom(), PAGE_CACHE));
    get("/sitemap.xml", ctx -> send(ctx, site.sitemap(), PAGE_CACHE));
    get("/news-sitemap.xml", ctx -> send(ctx, site.newsSitemap(), PAGE_CACHE));
    get("/robots.txt", ctx -> send(ctx, site.robots(), "public, max-age=3600"));

    get("/api/stories", this::apiStories);
    get("/api/stories/{id}", ctx -> sendOr404(ctx, site.apiStory(ctx.pathParam("id"))));
    get("/api/articles/{id}", ctx -> sendOr404(ctx, site.apiArticle(ctx.pathParam("id"))));
    get("/api/search", this::apiSearch);
    get("/api/openapi.json", ctx -> send(ctx, site.assets().openapi(), "public, max-age=3600"));
    get(
        "/api/story.schema.json",
        ctx -> send(ctx, site.assets().storySchema(), "public, max-age=3600"));

    app.post("/api/sources", this::addSource);
    app.delete("/api/sources", this::removeSource);
    app.post("/api/ingest", this::ingest);
    for (WebExtension e : extensions) {
      e.register(app);
    }

    app.exception(Halt.class, (h, ctx) -> h.write(ctx));
    app.exception(
        MethodNotAllowedResponse.class,
        (e, ctx) -> {
          // The error page for 405 below fills in the body; Allow names what the path answers.
          e.getDetails().values().stream().findFirst().ifPresent(m -> ctx.header("Allow", m));
          ctx.status(405);
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.log(System.Logger.Level.ERROR, "request " + ctx.method() + " " + ctx.path(), e);
          error(ctx, 500, "Something went wrong", "The server could not answer this request.");
        });
    // Error pages fill in bodies only for responses no handler has written (Halt marks its own).
    app.error(
        404,
        ctx -> {
          if (ctx.attribute(HALTED) == null) {
            error(ctx, 404, "Page not found", "There is no page at this address.");
          }
        });
    app.error(
        405,
        ctx -> {
          if (ctx.attribute(HALTED) == null) {
            error(ctx, 405, "Method not allowed", "This address cannot do that.");
          }
        });
  }

  private void get(String path, Handler h) {
    app.get(path, h);
    app.head(path, h);
  }

  /** Security headers, rate limits and the body size limit, before any route. */
  private void guard(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
    if (site == null) {
      throw Halt.of(503, "the site is starting");
    }
    if (!isOwnWarmUp(ctx)) {
      String client = ctx.ip();
      long wait = allLimiter.acquire(client);
      if (wait == 0 && strict(ctx)) {
        wait = strictLimiter.acquire(client);
      }
      if (wait > 0) {
        throw Halt.of(429, "too many requests; retry in " + wait + " s")
            .with("Retry-After", Long.toString(wait));
      }
    }
    long length = ctx.req().getContentLengthLong();
    if (length > config.maxRequestBytes()) {
      throw tooLarge(length);
    }
    if (ctx.path().startsWith("/api/") && ctx.method().name().equals("GET")) {
      ctx.header("Access-Control-Allow-Origin", "*");
    }
  }

  private static java.util.Map<String, String> securityHeaders() {
    java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
    h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "strict-origin-when-cross-origin");
    h.put("X-Frame-Options", "DENY");
    h.put("Cross-Origin-Opener-Policy", "same-origin");
    h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    return java.util.Collections.unmodifiableMap(h);
  }

  private static boolean strict(Context ctx) {
    String p = ctx.path();
    String m = ctx.method().name();
    return p.equals("/search")
        || p.startsWith("/search/")
        || p.startsWith("/api/search")
        || !(m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS"));
  }

  private Halt tooLarge(long length) {
    return Halt.of(
        413,
        "request body is "
            + (length < 0 ? "over " + config.maxRequestBytes() : length)
            + " bytes; the limit is "
            + config.maxRequestBytes());
  }

  private void storyPage(Context ctx) {
    sendOr404(ctx, site.story(ctx.pathParam("id")));
  }

  private void searchPage(Context ctx) {
    String q = param(ctx, "q");
    String entity = param(ctx, "entity");
    String outlet = param(ctx, "outlet");
    String from = param(ctx, "from");
    String to = param(ctx, "to");
    Optional<String> error = Optional.empty();
    Optional<java.util.List<Views.Result>> results = Optional.empty();
    try {
      SearchFilters filters = filters(entity, outlet, from, to);
      checkQuery(q, false);
      if (!q.isEmpty()) {
        results = Optional.of(site.searchResults(q, filters));
      }
    } catch (IllegalArgumentException e) {
      error = Optional.of(e.getMessage());
      ctx.status(400);
    }
    Views.Search model =
        new Views.Search(
            Text.line(q),
            entity,
            outlet,
            validDate(from),
            validDate(to),
            site.entityOptions(entity),
            site.outletOptions(outlet),
            results,
            error,
            true);
    Rendered r = site.searchPage(model);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(r.contentType());
    body(ctx, r);
  }

  /**
   * The whole listing, or with {@code limit} and/or {@code offset} one page of it and a {@code
   * Link: <...>; rel="next"} header while stories remain.
   */
  private void apiStories(Context ctx) {
    String limit = ctx.queryParam("limit");
    String offset = ctx.queryParam("offset");
    if (limit == null && offset == null) {
      send(ctx, site.apiStories(), PAGE_CACHE);
      return;
    }
    int n = limit == null ? DEFAULT_PAGE : pageLimit(limit);
    long from = offset == null ? 0 : pageOffset(offset);
    SiteRenderer.StoriesPage page = site.apiStories(from, n);
    if (page.more()) {
      // Relative, so it stays right behind a proxy that rewrites the host (RFC 8288 allows it).
      ctx.header("Link", "</api/stories?offset=" + (from + n) + "&limit=" + n + ">; rel=\"next\"");
    }
    send(ctx, page.rendered(), PAGE_CACHE);
  }

  private static int pageLimit(String raw) {
    long n = wholeNumber("limit", raw);
    if (n < 1 || n > SiteRenderer.MAX_PAGE) {
      throw Halt.of(
          400,
          "limit must be between 1 and "
              + SiteRenderer.MAX_PAGE
              + ": "
              + Text.shorten(raw.strip(), 40));
    }
    return (int) n;
  }

  private static long pageOffset(String raw) {
    long n = wholeNumber("offset", raw);
    if (n < 0) {
      throw Halt.of(400, "offset must be 0 or more: " + Text.shorten(raw.strip(), 40));
    }
    return n;
  }

  /** The value of a whole-number parameter; past the range of long, that long's sign's extreme. */
  private static long wholeNumber(String name, String raw) {
    String v = raw.strip();
    if (!WHOLE_NUMBER.matcher(v).matches()) {
      throw Halt.of(
          400, name + " must be a whole number: '" + Text.shorten(Text.line(raw), 40) + "'");
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return v.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private void apiSearch(Context ctx) {
    String q = param(ctx, "q");
    SearchFilters filters;
    try {
      checkQuery(q, true);
      filters =
          filters(param(ctx, "entity"), param(ctx, "outlet"), param(ctx, "from"), param(ctx, "to"));
    } catch (IllegalArgumentException e) {
      throw Halt.of(400, e.getMessage());
    }
    Rendered r = site.apiSearch(q, filters);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(r.contentType());
    body(ctx, r);
  }

  private static void checkQuery(String q, boolean required) {
    if (required && q.isBlank()) {
      throw new IllegalArgumentException("parameter q is missing");
    }
    if (q.length() > MAX_QUERY) {
      throw new IllegalArgumentException(
          "search words are " + q.length() + " characters; the limit is " + MAX_QUERY);
    }
  }

  private static SearchFilters filters(String entity, String outlet, String from, String to) {
    return new SearchFilters(
        entity.isEmpty() ? Optional.empty() : Optional.of(entity),
        outlet.isEmpty() ? Optional.empty() : Optional.of(outlet),
        date("from", from),
        date("to", to));
  }

  private static Optional<LocalDate> date(String name, String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date " + name + " '" + Text.shorten(Text.line(value), 40) + "' is not YYYY-MM-DD");
    }
  }

  /** The value when it is a date, else empty: a date input may only hold a valid date. */
  private static String validDate(String value) {
    try {
      return LocalDate.parse(value).toString();
    } catch (DateTimeParseException e) {
      return "";
    }
  }

  /** A query parameter, cleaned and capped; empty when absent. */
  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return "";
    }
    String clean = Text.clean(v).strip();
    return clean.length() > 4 * MAX_QUERY ? clean.substring(0, 4 * MAX_QUERY) : clean;
  }

  private void addSource(Context ctx) {
    SiteAdmin a = authorize(ctx);
    String type = Objects.requireNonNullElse(ctx.contentType(), "");
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw Halt.of(415, "send the source as application/json: {\"ref\": \"...\"}");
    }
    JsonNode body;
    try {
      body = SafeJson.mapper().readTree(readBody(ctx));
    } catch (IOException e) {
      throw Halt.of(400, "request body is not JSON");
    }
    JsonNode ref = body == null ? null : body.get("ref");
    if (ref == null || !ref.isTextual()) {
      throw Halt.of(400, "field ref is missing or not a string");
    }
    String r = checkRef(ref.asText());
    if (SafeUrl.http(r).isEmpty()) {
      // The server's files and other schemes are the operator's to add, from the command line.
      throw Halt.of(
          400,
          "ref "
              + Text.shorten(Text.line(r), 200)
              + " is not an http(s) URL; local files and other schemes can only be added from the"
              + " command line (lede sources add)");
    }
    boolean added;
    try {
      added = a.addSource(r);
    } catch (IllegalArgumentException e) {
      throw Halt.of(400, e.getMessage());
    }
    ctx.status(added ? 201 : 200);
    json(ctx, result(added ? "added " + r : r + " is already a source"));
  }

  private void removeSource(Context ctx) {
    SiteAdmin a = authorize(ctx);
    String r = checkRef(Objects.requireNonNullElse(ctx.queryParam("ref"), ""));
    if (!a.removeSource(r)) {
      throw Halt.of(404, r + " is not a source");
    }
    json(ctx, result("removed " + r));
  }

  private void ingest(Context ctx) {
    SiteAdmin a = authorize(ctx);
    readBody(ctx);
    if (!a.hasSources()) {
      throw Halt.of(409, "there is no source to ingest; add one with POST /api/sources first");
    }
    if (!a.triggerIngest()) {
      throw Halt.of(409, "an ingest run is already going");
    }
    ctx.status(202);
    json(ctx, result("ingest started"));
  }

  private static String checkRef(String raw) {
    String r = Text.clean(raw).strip();
    if (r.isEmpty()) {
      throw Halt.of(400, "parameter ref is missing");
    }
    if (r.length() > MAX_REF) {
      throw Halt.of(400, "ref is " + r.length() + " characters; the limit is " + MAX_REF);
    }
    return r;
  }

  private static JsonNode result(String message) {
    return SafeJson.object().put("ok", true).put("message", message);
  }

  /** The admin when the request carries the write token; 401/403 otherwise. */
  private SiteAdmin authorize(Context ctx) {
    if (config.writeToken().isEmpty()) {
      throw Halt.of(403, "writes are disabled: the server has no write token");
    }
    String auth = Objects.requireNonNullElse(ctx.header("Authorization"), "");
    String prefix = "Bearer ";
    byte[] given =
        auth.regionMatches(true, 0, prefix, 0, prefix.length())
            ? auth.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    byte[] expected = config.writeToken().get().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expected)) {
      throw Halt.of(401, auth.isEmpty() ? "missing bearer token" : "wrong bearer token")
          .with("WWW-Authenticate", "Bearer realm=\"lede\"");
    }
    return admin.orElseThrow(() -> Halt.of(503, "writes are not available on this server"));
  }

  /** Reads the body, at most the configured size, whatever Content-Length claimed. */
  private byte[] readBody(Context ctx) {
    long max = config.maxRequestBytes();
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (b.length > max) {
        throw tooLarge(-1);
      }
      return b;
    } catch (IOException e) {
      throw Halt.of(400, "cannot read request body: " + e.getMessage());
    }
  }

  private void sendOr404(Context ctx, Optional<Rendered> r) {
    if (r.isEmpty()) {
      ctx.status(404);
      return;
    }
    send(ctx, r.get(), PAGE_CACHE);
  }

  private static void send(Context ctx, Rendered r, String cacheControl) {
    ctx.header("Cache-Control", cacheControl);
    ctx.header("ETag", r.etag());
    String inm = ctx.header("If-None-Match");
    if (inm != null
        && (inm.equals(r.etag()) || inm.contains(r.etag()) || inm.strip().equals("*"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(r.contentType());
    body(ctx, r);
  }

  private static void body(Context ctx, Rendered r) {
    ctx.header("Vary", "Accept-Encoding");
    String ae = ctx.header("Accept-Encoding");
    byte[] bytes;
    if (ae != null && ae.toLowerCase(Locale.ROOT).contains("gzip")) {
      ctx.header("Content-Encoding", "gzip");
      bytes = r.gzip();
    } else {
      bytes = r.body();
    }
    ctx.res().setContentLength(bytes.length);
    ctx.result(bytes);
  }

  private void error(Context ctx, int status, String heading, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || site == null) {
      json(ctx, SafeJson.object().put("error", message));
      return;
    }
    Rendered r =
        status == 404
            ? site.notFound()
            : RenderCache.of(site.pages().error(status, heading, message), SiteRenderer.HTML);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(r.contentType());
    body(ctx, r);
  }

  private static void json(Context ctx, JsonNode node) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(SiteRenderer.JSON);
    ctx.result(SafeJson.write(node));
  }

  /** Ends a request early with a status and a JSON error body. */
  static final class Halt extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    private Halt(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }

    static Halt of(int status, String message) {
      return new Halt(status, message);
    }

    Halt with(String header, String value) {
      headers.put(header, value);
      return this;
    }

    void write(Context ctx) {
      ctx.attribute(HALTED, Boolean.TRUE);
      headers.forEach(ctx::header);
      ctx.status(status);
      json(ctx, SafeJson.object().put("error", getMessage()));
    }
  }
}
