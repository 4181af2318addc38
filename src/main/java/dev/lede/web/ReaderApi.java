package dev.lede.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.model.Section;
import dev.lede.model.SourceRef;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.web.internal.SafeJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * The written stories for existing reader apps: the Google Reader API subset that Reeder,
 * NetNewsWire and FeedMe use ({@code /accounts/ClientLogin} and {@code /reader/api/0/...}) and the
 * Fever API ({@code /fever/}). Each story is one item (its latest version: lede, sections and every
 * source with a link) in one subscription, the site's own feed; read and starred state is kept in
 * {@link ReaderMarks}. Credentials are one user and password ({@code LEDE_READER_USER}, {@code
 * LEDE_READER_PASSWORD}); without them both APIs refuse every login.
 */
public final class ReaderApi implements WebExtension {
  /** Most recent stories offered as items. */
  static final int MAX_ITEMS = 1000;

  static final String READING_LIST = "user/-/state/com.google/reading-list";
  static final String READ = "user/-/state/com.google/read";
  static final String STARRED = "user/-/state/com.google/starred";
  static final String LABEL = "user/-/label/Lede";
  private static final String ITEM_PREFIX = "tag:google.com,2005:reader/item/";

  /** One reader account. */
  public record Credentials(String user, String password) {
    public Credentials {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      if (user.isBlank() || password.isEmpty()) {
        throw new IllegalArgumentException("reader user and password must not be empty");
      }
    }
  }

  private final SiteData data;
  private final ReaderMarks marks;
  private final Optional<Credentials> credentials;
  private final String siteName;

  public ReaderApi(
      SiteData data, ReaderMarks marks, Optional<Credentials> credentials, String siteName) {
    this.data = Objects.requireNonNull(data, "data");
    this.marks = Objects.requireNonNull(marks, "marks");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.siteName = Objects.requireNonNull(siteName, "siteName");
  }

  /** A story as an item: its numeric id and listing view. */
  record Item(long id, StoryView view) {}

  @Override
  public void register(Javalin app) {
    app.post("/accounts/ClientLogin", this::clientLogin);
    app.get("/accounts/ClientLogin", this::clientLogin);
    app.get("/reader/api/0/token", ctx -> text(authed(ctx), token()));
    app.get("/reader/api/0/user-info", this::userInfo);
    app.get("/reader/api/0/subscription/list", this::subscriptions);
    app.get("/reader/api/0/tag/list", this::tags);
    app.get("/reader/api/0/unread-count", this::unreadCount);
    app.get("/reader/api/0/stream/items/ids", this::itemIds);
    app.get("/reader/api/0/stream/contents", this::streamContents);
    app.get("/reader/api/0/stream/contents/<stream>", this::streamContents);
    app.post("/reader/api/0/stream/items/contents", this::itemContents);
    app.get("/reader/api/0/stream/items/contents", this::itemContents);
    app.post("/reader/api/0/edit-tag", this::editTag);
    app.post("/reader/api/0/mark-all-as-read", this::markAllRead);
    app.post("/fever", this::fever);
    app.get("/fever", this::fever);
  }

  // ---- Google Reader -------------------------------------------------------------------------

  private void clientLogin(Context ctx) {
    String email = param(ctx, "Email");
    String passwd = param(ctx, "Passwd");
    if (credentials.isEmpty()
        || !equal(email, credentials.get().user())
        || !equal(passwd, credentials.get().password())) {
      ctx.status(401);
      text(ctx, "Error=BadAuthentication\n");
      return;
    }
    String auth = authToken();
    text(ctx, "SID=" + auth + "\nLSID=" + auth + "\nAuth=" + auth + "\n");
  }

  /** {@code user/<hash>}: a stable token derived from the credentials, never the password. */
  private String authToken() {
    Credentials c = credentials.orElseThrow();
    return c.user()
        + "/"
        + sha256(c.user() + ":" + c.password() + ":lede-greader").substring(0, 40);
  }

  private String token() {
    return sha256(authToken() + ":edit").substring(0, 57);
  }

  /** The request when it carries {@code Authorization: GoogleLogin auth=...}; 401 otherwise. */
  private Context authed(Context ctx) {
    String h = Objects.requireNonNullElse(ctx.header("Authorization"), "");
    String prefix = "GoogleLogin auth=";
    if (credentials.isEmpty()
        || !h.regionMatches(true, 0, prefix, 0, prefix.length())
        || !equal(h.substring(prefix.length()).strip(), authToken())) {
      throw WebServer.Halt.of(401, "missing or wrong GoogleLogin auth token");
    }
    return ctx;
  }

  /** POSTs that change state also carry the edit token {@code T}. */
  private void requireEditToken(Context ctx) {
    String t = param(ctx, "T");
    if (!t.isEmpty() && !equal(t, token())) {
      ctx.header("X-Reader-Google-Bad-Token", "true");
      throw WebServer.Halt.of(401, "wrong edit token T");
    }
  }

  private void userInfo(Context ctx) {
    authed(ctx);
    Credentials c = credentials.orElseThrow();
    ObjectNode o =
        SafeJson.object()
            .put("userId", "1")
            .put("userName", c.user())
            .put("userProfileId", "1")
            .put("userEmail", c.user());
    json(ctx, o);
  }

  private String feedId(Context ctx) {
    return "feed/" + origin(ctx) + "/rss.xml";
  }

  private static String origin(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private void subscriptions(Context ctx) {
    authed(ctx);
    ObjectNode o = SafeJson.object();
    ArrayNode subs = o.putArray("subscriptions");
    ObjectNode s = subs.addObject();
    s.put("id", feedId(ctx));
    s.put("title", siteName);
    s.putArray("categories").addObject().put("id", LABEL).put("label", "Lede");
    s.put("url", origin(ctx) + "/rss.xml");
    s.put("htmlUrl", origin(ctx) + "/");
    s.put("iconUrl", origin(ctx) + "/static/favicon.svg");
    json(ctx, o);
  }

  private void tags(Context ctx) {
    authed(ctx);
    ObjectNode o = SafeJson.object();
    ArrayNode tags = o.putArray("tags");
    tags.addObject().put("id", STARRED);
    tags.addObject().put("id", LABEL).put("type", "folder");
    json(ctx, o);
  }

  private void unreadCount(Context ctx) {
    authed(ctx);
    List<Item> items = items();
    Set<Long> read = marks.read();
    List<Item> unread = items.stream().filter(i -> !read.contains(i.id())).toList();
    long newest = unread.stream().mapToLong(i -> usec(i.view().updated())).max().orElse(0);
    ObjectNode o = SafeJson.object().put("max", unread.size());
    ArrayNode counts = o.putArray("unreadcounts");
    for (String id : List.of(feedId(ctx), LABEL, READING_LIST)) {
      counts
          .addObject()
          .put("id", id)
          .put("count", unread.size())
          .put("newestItemTimestampUsec", Long.toString(newest));
    }
    json(ctx, o);
  }

  /** The items of a stream, after the Google Reader filters, newest first unless r=o. */
  private List<Item> select(Context ctx, String stream) {
    List<Item> items = new ArrayList<>(items());
    Set<Long> read = marks.read();
    Set<Long> starred = marks.starred();
    String s = stream.isEmpty() ? READING_LIST : stream;
    if (s.equals(STARRED)) {
      items.removeIf(i -> !starred.contains(i.id()));
    } else if (s.equals(READ)) {
      items.removeIf(i -> !read.contains(i.id()));
    } else if (!s.equals(READING_LIST) && !s.equals(LABEL) && !s.equals(feedId(ctx))) {
      items.clear(); // a stream this server does not have
    }
    for (String x : ctx.queryParams("xt")) {
      if (x.equals(READ)) {
        items.removeIf(i -> read.contains(i.id()));
      } else if (x.equals(STARRED)) {
        items.removeIf(i -> starred.contains(i.id()));
      }
    }
    for (String x : ctx.queryParams("it")) {
      if (x.equals(STARRED)) {
        items.removeIf(i -> !starred.contains(i.id()));
      } else if (x.equals(READ)) {
        items.removeIf(i -> !read.contains(i.id()));
      }
    }
    long ot = longParam(ctx, "ot", 0);
    if (ot > 0) {
      items.removeIf(i -> i.view().updated().getEpochSecond() < ot);
    }
    long nt = longParam(ctx, "nt", 0);
    if (nt > 0) {
      items.removeIf(i -> i.view().updated().getEpochSecond() > nt);
    }
    Comparator<Item> newest = Comparator.comparingLong(Item::id).reversed();
    items.sort("o".equals(param(ctx, "r")) ? newest.reversed() : newest);
    return items;
  }

  private void itemIds(Context ctx) {
    authed(ctx);
    List<Item> items = select(ctx, param(ctx, "s"));
    Page page = page(ctx, items);
    ObjectNode o = SafeJson.object();
    ArrayNode refs = o.putArray("itemRefs");
    for (Item i : page.items()) {
      refs.addObject()
          .put("id", Long.toString(i.id()))
          .put("directStreamIds", "")
          .put("timestampUsec", Long.toString(usec(i.view().updated())));
    }
    page.continuation().ifPresent(c -> o.put("continuation", c));
    json(ctx, o);
  }

  private void streamContents(Context ctx) {
    authed(ctx);
    String stream = ctx.pathParamMap().getOrDefault("stream", param(ctx, "s"));
    List<Item> items = select(ctx, stream);
    Page page = page(ctx, items);
    ObjectNode o = contents(ctx, stream.isEmpty() ? READING_LIST : stream, page.items());
    page.continuation().ifPresent(c -> o.put("continuation", c));
    json(ctx, o);
  }

  private void itemContents(Context ctx) {
    authed(ctx);
    Set<Long> wanted = new LinkedHashSet<>();
    for (String i : params(ctx, "i")) {
      parseItemId(i).ifPresent(wanted::add);
    }
    List<Item> items = items().stream().filter(i -> wanted.contains(i.id())).toList();
    json(ctx, contents(ctx, READING_LIST, items));
  }

  private void editTag(Context ctx) {
    authed(ctx);
    requireEditToken(ctx);
    List<String> add = params(ctx, "a");
    List<String> remove = params(ctx, "r");
    for (String raw : params(ctx, "i")) {
      Optional<Long> id = parseItemId(raw);
      if (id.isEmpty()) {
        throw WebServer.Halt.of(400, "not an item id: " + shorten(raw));
      }
      if (add.contains(READ)) {
        marks.setRead(id.get(), true);
      }
      if (remove.contains(READ)) {
        marks.setRead(id.get(), false);
      }
      if (add.contains(STARRED)) {
        marks.setStarred(id.get(), true);
      }
      if (remove.contains(STARRED)) {
        marks.setStarred(id.get(), false);
      }
    }
    text(ctx, "OK");
  }

  private void markAllRead(Context ctx) {
    authed(ctx);
    requireEditToken(ctx);
    long tsUsec = longParam(ctx, "ts", Long.MAX_VALUE);
    for (Item i : items()) {
      if (usec(i.view().updated()) <= tsUsec) {
        marks.setRead(i.id(), true);
      }
    }
    text(ctx, "OK");
  }

  private ObjectNode contents(Context ctx, String stream, List<Item> items) {
    Set<Long> read = marks.read();
    Set<Long> starred = marks.starred();
    ObjectNode o = SafeJson.object();
    o.put("direction", "ltr");
    o.put("id", stream);
    o.put("title", siteName);
    o.put("updated", System.currentTimeMillis() / 1000);
    ArrayNode out = o.putArray("items");
    for (Item i : items) {
      StoryView v = i.view();
      String url = origin(ctx) + v.path();
      ObjectNode it = out.addObject();
      it.put("id", ITEM_PREFIX + String.format(Locale.ROOT, "%016x", i.id()));
      it.put("crawlTimeMsec", Long.toString(v.updated().toEpochMilli()));
      it.put("timestampUsec", Long.toString(usec(v.updated())));
      it.put("published", v.published().getEpochSecond());
      it.put("updated", v.updated().getEpochSecond());
      it.put("title", v.headline());
      it.putArray("canonical").addObject().put("href", url);
      it.putArray("alternate").addObject().put("href", url).put("type", "text/html");
      ArrayNode cats = it.putArray("categories");
      cats.add(READING_LIST);
      cats.add(LABEL);
      if (read.contains(i.id())) {
        cats.add(READ);
      }
      if (starred.contains(i.id())) {
        cats.add(STARRED);
      }
      it.putObject("origin")
          .put("streamId", feedId(ctx))
          .put("title", siteName)
          .put("htmlUrl", origin(ctx) + "/");
      it.putObject("summary").put("direction", "ltr").put("content", html(v));
      it.put("author", siteName);
    }
    return o;
  }

  record Page(List<Item> items, Optional<String> continuation) {}

  /** {@code n} items (default 20, at most 1000) from offset {@code c}. */
  private static Page page(Context ctx, List<Item> items) {
    int n = (int) Math.max(1, Math.min(MAX_ITEMS, longParam(ctx, "n", 20)));
    int from = (int) Math.max(0, Math.min(items.size(), longParam(ctx, "c", 0)));
    int to = Math.min(items.size(), from + n);
    return new Page(
        items.subList(from, to),
        to < items.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }

  /** {@code tag:google.com,2005:reader/item/<16 hex>}, a decimal id, or bare hex. */
  static Optional<Long> parseItemId(String raw) {
    String s = raw.strip();
    try {
      if (s.startsWith(ITEM_PREFIX)) {
        return Optional.of(Long.parseUnsignedLong(s.substring(ITEM_PREFIX.length()), 16));
      }
      if (s.matches("-?\\d{1,20}")) {
        return Optional.of(Long.parseLong(s));
      }
      if (s.matches("[0-9a-fA-F]{1,16}")) {
        return Optional.of(Long.parseUnsignedLong(s, 16));
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  // ---- Fever ---------------------------------------------------------------------------------

  private void fever(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    boolean ok =
        credentials.isPresent()
            && equal(
                param(ctx, "api_key").toLowerCase(Locale.ROOT),
                md5(credentials.get().user() + ":" + credentials.get().password()));
    ObjectNode o = SafeJson.object().put("api_version", 3).put("auth", ok ? 1 : 0);
    if (!ok) {
      json(ctx, o);
      return;
    }
    List<Item> items = items();
    long refreshed =
        items.stream().mapToLong(i -> i.view().updated().getEpochSecond()).max().orElse(0);
    o.put("last_refreshed_on_time", refreshed);
    String mark = param(ctx, "mark");
    if (!mark.isEmpty()) {
      feverMark(ctx, mark, items);
    }
    Set<Long> read = marks.read();
    Set<Long> starred = marks.starred();
    if (has(ctx, "groups")) {
      o.putArray("groups").addObject().put("id", 1).put("title", "Lede");
      o.putArray("feeds_groups").addObject().put("group_id", 1).put("feed_ids", "1");
    }
    if (has(ctx, "feeds")) {
      o.putArray("feeds")
          .addObject()
          .put("id", 1)
          .put("favicon_id", 1)
          .put("title", siteName)
          .put("url", origin(ctx) + "/rss.xml")
          .put("site_url", origin(ctx) + "/")
          .put("is_spark", 0)
          .put("last_updated_on_time", refreshed);
      o.putArray("feeds_groups").addObject().put("group_id", 1).put("feed_ids", "1");
    }
    if (has(ctx, "favicons")) {
      o.putArray("favicons")
          .addObject()
          .put("id", 1)
          .put(
              "data",
              "image/gif;base64,R0lGODlhAQABAIAAAObm5gAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
    }
    if (has(ctx, "items")) {
      o.put("total_items", items.size());
      ArrayNode out = o.putArray("items");
      for (Item i : feverItems(ctx, items)) {
        StoryView v = i.view();
        out.addObject()
            .put("id", i.id())
            .put("feed_id", 1)
            .put("title", v.headline())
            .put("author", siteName)
            .put("html", html(v))
            .put("url", origin(ctx) + v.path())
            .put("is_saved", starred.contains(i.id()) ? 1 : 0)
            .put("is_read", read.contains(i.id()) ? 1 : 0)
            .put("created_on_time", v.published().getEpochSecond());
      }
    }
    if (has(ctx, "unread_item_ids")) {
      o.put("unread_item_ids", ids(items.stream().map(Item::id).filter(id -> !read.contains(id))));
    }
    if (has(ctx, "saved_item_ids")) {
      o.put("saved_item_ids", ids(items.stream().map(Item::id).filter(starred::contains)));
    }
    if (has(ctx, "links")) {
      o.putArray("links");
    }
    json(ctx, o);
  }

  /** Fever's paging: {@code with_ids}, else 50 after {@code since_id} or before {@code max_id}. */
  private static List<Item> feverItems(Context ctx, List<Item> items) {
    String with = param(ctx, "with_ids");
    if (!with.isEmpty()) {
      Set<Long> wanted = new LinkedHashSet<>();
      for (String s : with.split(",")) {
        if (s.strip().matches("\\d{1,19}")) {
          wanted.add(Long.parseLong(s.strip()));
        }
        if (wanted.size() == 50) {
          break;
        }
      }
      return items.stream().filter(i -> wanted.contains(i.id())).toList();
    }
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingLong(Item::id));
    if (has(ctx, "max_id")) {
      long max = longParam(ctx, "max_id", Long.MAX_VALUE);
      List<Item> below = new ArrayList<>(sorted.stream().filter(i -> i.id() < max).toList());
      java.util.Collections.reverse(below);
      return below.subList(0, Math.min(50, below.size()));
    }
    long since = longParam(ctx, "since_id", 0);
    List<Item> after = sorted.stream().filter(i -> i.id() > since).toList();
    return after.subList(0, Math.min(50, after.size()));
  }

  private void feverMark(Context ctx, String mark, List<Item> items) {
    String as = param(ctx, "as");
    long id = longParam(ctx, "id", -1);
    if (mark.equals("item")) {
      switch (as) {
        case "read" -> marks.setRead(id, true);
        case "unread" -> marks.setRead(id, false);
        case "saved" -> marks.setStarred(id, true);
        case "unsaved" -> marks.setStarred(id, false);
        default -> throw WebServer.Halt.of(400, "mark=item needs as=read|unread|saved|unsaved");
      }
    } else if ((mark.equals("feed") || mark.equals("group")) && as.equals("read")) {
      long before = longParam(ctx, "before", Long.MAX_VALUE);
      for (Item i : items) {
        if (i.view().published().getEpochSecond() <= before) {
          marks.setRead(i.id(), true);
        }
      }
    } else {
      throw WebServer.Halt.of(400, "unknown mark: " + shorten(mark));
    }
  }

  private static String ids(java.util.stream.Stream<Long> ids) {
    return String.join(",", ids.sorted().map(String::valueOf).toList());
  }

  // ---- shared --------------------------------------------------------------------------------

  /** The newest written stories, with their item ids (assigned oldest first). */
  private List<Item> items() {
    List<StoryView> stories = new ArrayList<>(data.topStories(MAX_ITEMS));
    stories.sort(Comparator.comparing(StoryView::published).thenComparing(StoryView::id));
    Map<String, Long> ids = marks.itemIds(stories.stream().map(StoryView::id).toList());
    List<Item> out = new ArrayList<>();
    for (StoryView v : stories) {
      out.add(new Item(ids.get(v.id()), v));
    }
    return out;
  }

  /** The story as HTML: lede, sections and every source linked, all source text escaped. */
  private String html(StoryView v) {
    Optional<StoryPage> page = data.story(v.id());
    StringBuilder b = new StringBuilder();
    if (page.isEmpty()) {
      return "<p>" + esc(v.teaser()) + "</p>";
    }
    WrittenStory s = page.get().story();
    b.append("<p>");
    for (WrittenSentence w : s.lede()) {
      b.append(esc(w.text())).append(' ');
    }
    b.append("</p>");
    for (Section sec : s.sections()) {
      b.append("<h3>").append(esc(sec.heading())).append("</h3>");
      for (List<WrittenSentence> para : sec.paragraphs()) {
        b.append("<p>");
        for (WrittenSentence w : para) {
          b.append(esc(w.text())).append(' ');
        }
        b.append("</p>");
      }
    }
    b.append("<h3>Sources</h3><ul>");
    for (SourceRef r : s.sources()) {
      b.append("<li>").append(esc(r.outlet())).append(": ");
      if (isHttp(r.url())) {
        b.append("<a href=\"")
            .append(esc(r.url()))
            .append("\">")
            .append(esc(r.title()))
            .append("</a>");
      } else {
        b.append(esc(r.title()));
      }
      b.append("</li>");
    }
    b.append("</ul>");
    return b.toString();
  }

  private static boolean isHttp(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://");
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }

  private static long usec(java.time.Instant t) {
    return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
  }

  /** A parameter from the query or a urlencoded form body. */
  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null && isForm(ctx)) {
      v = ctx.formParam(name);
    }
    return v == null ? "" : v.strip();
  }

  private static List<String> params(Context ctx, String name) {
    List<String> out = new ArrayList<>(ctx.queryParams(name));
    if (isForm(ctx)) {
      out.addAll(ctx.formParams(name));
    }
    return out;
  }

  private static boolean isForm(Context ctx) {
    String t = Objects.requireNonNullElse(ctx.contentType(), "").toLowerCase(Locale.ROOT);
    return t.startsWith("application/x-www-form-urlencoded") || t.startsWith("multipart/form-data");
  }

  private static boolean has(Context ctx, String name) {
    return ctx.queryParamMap().containsKey(name)
        || (isForm(ctx) && ctx.formParamMap().containsKey(name));
  }

  private static long longParam(Context ctx, String name, long fallback) {
    String v = param(ctx, name);
    try {
      return v.isEmpty() ? fallback : Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw WebServer.Halt.of(400, name + " must be a whole number: " + shorten(v));
    }
  }

  private static String shorten(String s) {
    String t = s.replaceAll("\\p{Cntrl}", " ");
    return t.length() <= 40 ? t : t.substring(0, 37) + "...";
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  static String md5(String s) {
    return digest("MD5", s);
  }

  private static String sha256(String s) {
    return digest("SHA-256", s);
  }

  private static String digest(String algorithm, String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from this JVM", e);
    }
  }

  private static void text(Context ctx, String body) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/plain; charset=utf-8");
    ctx.result(body);
  }

  private static void json(Context ctx, ObjectNode o) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(SafeJson.write(o));
  }
}
