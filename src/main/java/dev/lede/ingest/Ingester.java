package dev.lede.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.dedup.ArticleIds;
import dev.lede.dedup.CanonicalTrust;
import dev.lede.dedup.ContentHash;
import dev.lede.dedup.NearDuplicates;
import dev.lede.dedup.SimHash;
import dev.lede.dedup.UrlCanonicalizer;
import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import dev.lede.extract.HostTemplate;
import dev.lede.index.SearchIndex;
import dev.lede.ingest.feed.Feed;
import dev.lede.ingest.feed.FeedException;
import dev.lede.ingest.feed.FeedItem;
import dev.lede.ingest.feed.FeedParser;
import dev.lede.ingest.fetch.FetchRequest;
import dev.lede.ingest.fetch.FetchResult;
import dev.lede.ingest.fetch.Fetcher;
import dev.lede.model.Article;
import dev.lede.model.FetchState;
import dev.lede.store.ArticleStore;
import dev.lede.store.HostTemplateStore;
import dev.lede.store.StoreException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads sources and stores their articles. Call order per candidate: read (feed, page, file) ->
 * canonical URL and id -> exact duplicate check -> near-duplicate check -> one store transaction
 * (article plus the fetch state that led to it) -> index.
 *
 * <p>Idempotent: ids derive from canonical URLs and the store ignores ids it already has, so a run
 * killed at any point and started again stores every article exactly once. A feed's validators
 * (ETag, Last-Modified) are committed only after all its items are stored, so a killed run never
 * leaves a feed that answers 304 with items still missing.
 */
public final class Ingester {

  /**
   * Settings of one ingest run.
   *
   * @param fetchItemPages fetch and extract an item's page when the feed carries no full text; when
   *     false the feed's summary is used
   * @param minFullTextChars feed content shorter than this counts as a summary, not full text
   */
  public record Options(boolean fetchItemPages, int minFullTextChars) {
    public static Options defaults() {
      return new Options(true, 400);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int NEAR_DUP_CANDIDATES = 8;
  private static final int COMMIT_EVERY = 500;

  /** Longest JSON Lines line (one article) read: the size cap of a page. */
  static final int MAX_LINE_CHARS = (int) LocalFiles.MAX_BYTES;

  private final ArticleStore store;
  private final SearchIndex index;
  private final Fetcher fetcher;
  private final Options options;
  private final IngestListener listener;
  private final Clock clock;

  private int seen;
  private int stored;
  private int already;
  private int nearDups;
  private int notModified;
  private int tooShort;
  private final List<SourceFailure> failures = new ArrayList<>();
  private final List<ArticleSink> sinks = new ArrayList<>();
  private final List<Article> sinceCommit = new ArrayList<>();
  private StageTimes times = StageTimes.none();
  private CanonicalTrust canonicalTrust = CanonicalTrust.sameSite();
  private HostTemplateStore templates;

  /** Receives each newly stored article (e.g. story clustering). */
  @FunctionalInterface
  public interface ArticleSink {
    void accept(Article article) throws IOException;
  }

  public Ingester(
      ArticleStore store,
      SearchIndex index,
      Fetcher fetcher,
      Options options,
      IngestListener listener,
      Clock clock) {
    this.store = store;
    this.index = index;
    this.fetcher = fetcher;
    this.options = options;
    this.listener = listener;
    this.clock = clock;
  }

  /** Adds a consumer of newly stored articles, called after the article is committed. */
  public Ingester onStored(ArticleSink sink) {
    sinks.add(sink);
    return this;
  }

  /**
   * Which canonical URLs fetched pages may declare; {@link CanonicalTrust#sameSite()} unless set.
   */
  public Ingester trustingCanonicals(CanonicalTrust trust) {
    this.canonicalTrust = Objects.requireNonNull(trust, "trust");
    return this;
  }

  /**
   * Learns each site's template from the pages fetched from it, and drops the blocks that repeat
   * across a host's pages from its later pages ({@link HostTemplate}); off unless set.
   */
  public Ingester learningTemplates(HostTemplateStore store) {
    this.templates = Objects.requireNonNull(store, "store");
    return this;
  }

  /** Records the CPU time of each stage in {@code t} (benchmarks). */
  public Ingester timed(StageTimes t) {
    this.times = Objects.requireNonNull(t, "times");
    return this;
  }

  /** Ingests every source in order and commits the index. */
  public IngestReport ingest(List<String> refs) throws IOException {
    int i = 0;
    for (String ref : refs) {
      listener.sourceStarted(ref, ++i, refs.size());
      try {
        ingestOne(ref);
      } catch (StoreException e) {
        // The store failing is not the source's fault: stop, so that the source is read again
        // once the store is back, rather than passed over as failed.
        throw e;
      } catch (RuntimeException e) {
        // A bug or hostile input in one source must not lose the others.
        fail(ref, ref + ": " + e, false);
      }
    }
    long t = times.start();
    index.commit();
    times.stop(StageTimes.Stage.INDEX, t);
    return new IngestReport(
        seen, stored, already, nearDups, notModified, tooShort, List.copyOf(failures));
  }

  private void ingestOne(String ref) throws IOException {
    if (isHttp(ref)) {
      ingestUrl(ref);
      return;
    }
    Path path = Path.of(ref);
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files =
            walk.filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .filter(Ingester::looksIngestible)
                .sorted()
                .toList();
      }
      listener.itemsFound(ref, files.size());
      for (Path f : files) {
        ingestFile(f);
      }
    } else if (Files.isRegularFile(path)) {
      ingestFile(path);
    } else {
      fail(ref, ref + ": no such file, folder or http(s) URL", false);
    }
  }

  private void ingestFile(Path file) throws IOException {
    String ref = file.toString();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Sniffer.Kind kind;
    byte[] body = new byte[0];
    long t = times.start();
    try {
      kind = Sniffer.kind(name, Optional.empty(), LocalFiles.head(file, Sniffer.HEAD_BYTES));
      if (kind != Sniffer.Kind.JSON_LINES) {
        body = LocalFiles.read(file); // JSON Lines are streamed, a line at a time
      }
    } catch (LocalFiles.TooLargeException e) {
      fail(ref, e.getMessage(), false);
      return;
    } catch (IOException e) {
      fail(ref, ref + ": cannot read: " + e.getMessage(), false);
      return;
    } finally {
      times.stop(StageTimes.Stage.READ, t);
    }
    String url = file.toAbsolutePath().normalize().toUri().toString();
    switch (kind) {
      case JSON_LINES ->
          ingestJsonLines(
              ref,
              () ->
                  new java.io.InputStreamReader(
                      Files.newInputStream(file), StandardCharsets.UTF_8));
      case FEED -> ingestFeed(ref, body, Optional.empty(), List.of());
      case HTML ->
          storePage(
              ref, url, body, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
      case UNKNOWN -> fail(ref, ref + ": not a feed, HTML page or JSON Lines file", false);
    }
  }

  private void ingestUrl(String ref) throws IOException {
    URI uri;
    try {
      uri = URI.create(ref);
    } catch (IllegalArgumentException e) {
      fail(ref, ref + ": invalid URL: " + e.getMessage(), false);
      return;
    }
    Optional<FetchState> prior = store.fetchState(ref);
    long t = times.start();
    FetchResult result =
        fetcher.fetch(
            new FetchRequest(
                uri, prior.flatMap(FetchState::etag), prior.flatMap(FetchState::lastModified)));
    times.stop(StageTimes.Stage.READ, t);
    if (result instanceof FetchResult.NotModified) {
      notModified++;
    } else if (result instanceof FetchResult.Failed f) {
      fail(ref, f.reason(), f.refused());
    } else if (result instanceof FetchResult.Ok ok) {
      FetchState state =
          new FetchState(ref, ok.etag(), ok.lastModified(), Optional.empty(), clock.instant());
      switch (Sniffer.kind(uri.getPath().toLowerCase(Locale.ROOT), ok.contentType(), ok.body())) {
        case FEED -> ingestFeed(ref, ok.body(), ok.contentType(), List.of(state));
        case JSON_LINES -> {
          ingestJsonLines(
              ref,
              () ->
                  new java.io.InputStreamReader(
                      new java.io.ByteArrayInputStream(ok.body()), StandardCharsets.UTF_8));
          store.putFetchState(state);
        }
        case HTML, UNKNOWN ->
            storePage(
                ref,
                ok.finalUri().toString(),
                ok.body(),
                ok.contentType(),
                Optional.empty(),
                Optional.empty(),
                List.of(state));
      }
    }
  }

  private void ingestFeed(
      String ref, byte[] body, Optional<String> contentType, List<FetchState> feedState)
      throws IOException {
    Feed feed;
    long parse = times.start();
    try {
      feed = FeedParser.parse(body, contentType, ref);
    } catch (FeedException e) {
      fail(ref, e.getMessage(), false);
      return;
    } finally {
      times.stop(StageTimes.Stage.READ, parse);
    }
    listener.itemsFound(ref, feed.items().size());
    String outlet = feed.title().filter(t -> !t.isBlank()).orElse(hostOrName(ref));
    for (FeedItem item : feed.items()) {
      ingestItem(ref, feed, outlet, item);
    }
    // Validators last: a run killed before this point re-reads the whole feed next time.
    for (FetchState s : feedState) {
      store.putFetchState(s);
    }
  }

  private void ingestItem(String ref, Feed feed, String outlet, FeedItem item) throws IOException {
    Optional<String> link = item.link().filter(l -> !l.isBlank());
    // An item without a usable link (none, or a javascript: one the parser dropped) is named
    // after its feed and id as a URN, not as the feed's URL plus a fragment: canonicalising drops
    // the fragment, which would give every such item of a feed the feed's own id.
    String itemRef =
        link.orElse("urn:lede:" + ref + "#" + item.id().orElse(item.title().orElse("item")));
    long t = times.start();
    String fullText = fragmentText(item.content(), itemRef, ref);
    times.stop(StageTimes.Stage.EXTRACT, t);
    if (fullText.length() < options.minFullTextChars()
        && options.fetchItemPages()
        && link.filter(Ingester::isHttp).isPresent()) {
      if (link.map(l -> store.byId(idFor(l)).isPresent()).orElse(false)) {
        seen++;
        already++;
        return; // already stored: don't fetch its page again
      }
      URI uri = URI.create(link.get());
      long fetch = times.start();
      FetchResult page = fetcher.fetch(FetchRequest.of(uri));
      times.stop(StageTimes.Stage.READ, fetch);
      if (page instanceof FetchResult.Ok ok) {
        FetchState st =
            new FetchState(
                link.get(), ok.etag(), ok.lastModified(), Optional.empty(), clock.instant());
        storePage(
            ref,
            ok.finalUri().toString(),
            ok.body(),
            ok.contentType(),
            Optional.of(item),
            Optional.of(outlet),
            List.of(st));
      } else if (page instanceof FetchResult.NotModified) {
        notModified++;
      } else if (page instanceof FetchResult.Failed f) {
        fail(itemRef, f.reason(), f.refused());
      }
      return;
    }
    String text = fullText;
    if (text.isBlank()) {
      long e = times.start();
      text = fragmentText(item.summary(), itemRef, ref);
      times.stop(StageTimes.Stage.EXTRACT, e);
    }
    if (text.isBlank()) {
      fail(itemRef, itemRef + ": feed item has no text and its page was not fetched", false);
      return;
    }
    accept(
        new Candidate(
            link.orElse(itemRef),
            Optional.empty(),
            item.title().orElse(""),
            item.author(),
            item.published().or(item::updated),
            item.updated(),
            feed.language(),
            outlet,
            ref,
            text),
        List.of());
  }

  /**
   * The paragraphs of a feed item's HTML, minus its site's template when templates are learned (the
   * site of the item's link, else of the feed); the item is learned from as one page.
   */
  private String fragmentText(Optional<String> html, String itemRef, String feedRef) {
    if (html.isEmpty()) return "";
    Optional<String> host =
        templates == null
            ? Optional.empty()
            : HostTemplate.hostOf(itemRef).or(() -> HostTemplate.hostOf(feedRef));
    if (host.isEmpty()) return String.join("\n\n", Extractor.paragraphs(html.get()));
    ExtractedPage f =
        Extractor.fragment(
            html.get(), HostTemplate.of(templates.repeated(host.get(), HostTemplate.MIN_PAGES)));
    // Keyed apart from the item's page, which may be fetched and learned from too.
    templates.learn(host.get(), HostTemplate.pageKey("feed:" + itemRef), f.blockPrints());
    return f.text();
  }

  private void storePage(
      String ref,
      String url,
      byte[] body,
      Optional<String> contentType,
      Optional<FeedItem> item,
      Optional<String> feedOutlet,
      List<FetchState> states)
      throws IOException {
    long t = times.start();
    Optional<String> host = templates == null ? Optional.empty() : HostTemplate.hostOf(url);
    ExtractedPage page;
    if (host.isPresent()) {
      HostTemplate template =
          HostTemplate.of(templates.repeated(host.get(), HostTemplate.MIN_PAGES));
      page = Extractor.extract(body, contentType, url, template);
      templates.learn(host.get(), HostTemplate.pageKey(url), page.blockPrints());
    } else {
      page = Extractor.extract(body, contentType, url);
    }
    times.stop(StageTimes.Stage.EXTRACT, t);
    String text = page.text();
    if (text.isBlank()) {
      fail(url, url + ": no article text found in the page", false);
      return;
    }
    Optional<String> shortfall = ArticleMinimum.shortfall(text);
    if (shortfall.isPresent()) {
      // An error page or app shell, not an article: refused, and its validators not kept, so a
      // later run fetches it again.
      tooShort++;
      fail(
          url,
          url
              + ": refused: too little text for an article (an error page or app shell?): "
              + shortfall.get(),
          true);
      return;
    }
    String outlet =
        feedOutlet
            .or(page::siteName)
            .filter(s -> !s.isBlank())
            .orElse(hostOrName(isHttp(url) ? url : ref));
    accept(
        new Candidate(
            url,
            page.canonicalUrl(),
            item.flatMap(FeedItem::title).or(page::title).orElse(""),
            page.byline().or(() -> item.flatMap(FeedItem::author)),
            page.published().or(() -> item.flatMap(FeedItem::published)),
            page.modified(),
            page.language(),
            outlet,
            ref,
            text),
        states);
  }

  /** Opens a JSON Lines source from its start (it is read twice: to count, then to store). */
  @FunctionalInterface
  private interface LinesSource {
    java.io.Reader open() throws IOException;
  }

  private void ingestJsonLines(String ref, LinesSource source) throws IOException {
    long t0 = times.start();
    int n = 0;
    try (BoundedLines lines = new BoundedLines(source.open(), MAX_LINE_CHARS)) {
      for (Optional<BoundedLines.Line> l = lines.next(); l.isPresent(); l = lines.next()) {
        if (!l.get().blank()) {
          n++;
        }
      }
    }
    times.stop(StageTimes.Stage.READ, t0);
    listener.itemsFound(ref, n);
    try (BoundedLines lines = new BoundedLines(source.open(), MAX_LINE_CHARS)) {
      for (Optional<BoundedLines.Line> l = lines.next(); l.isPresent(); l = lines.next()) {
        ingestJsonLine(ref, l.get());
      }
    }
  }

  private void ingestJsonLine(String ref, BoundedLines.Line l) throws IOException {
    String where = ref + ":" + l.number();
    if (l.tooLong()) {
      fail(
          where,
          where
              + ": line too long: "
              + l.length()
              + " characters; an article line is read up to "
              + MAX_LINE_CHARS,
          false);
      return;
    }
    String line = l.text().strip();
    if (line.isEmpty()) {
      return;
    }
    JsonNode node;
    long t = times.start();
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      fail(where, where + ": not valid JSON: " + firstLine(e.getMessage()), false);
      return;
    } finally {
      times.stop(StageTimes.Stage.READ, t);
    }
    if (node == null || !node.isObject()) {
      fail(where, where + ": expected a JSON object", false);
      return;
    }
    String text = str(node, "text").orElse("");
    if (text.isBlank()) {
      fail(where, where + ": article has no \"text\"", false);
      return;
    }
    String fallbackUrl =
        "urn:lede:" + ref + "#" + str(node, "id").orElse(String.valueOf(l.number()));
    String url = str(node, "url").filter(u -> !u.isBlank()).orElse(fallbackUrl);
    Optional<Instant> published;
    try {
      published = str(node, "published").or(() -> str(node, "date")).map(Ingester::parseTime);
    } catch (DateTimeParseException e) {
      fail(where, where + ": cannot read date \"" + e.getParsedString() + "\"", false);
      return;
    }
    accept(
        new Candidate(
            url,
            Optional.empty(),
            str(node, "title").orElse(""),
            str(node, "byline").or(() -> str(node, "author")),
            published,
            Optional.empty(),
            str(node, "language"),
            str(node, "source").orElse(hostOrName(isHttp(url) ? url : ref)),
            ref,
            text),
        List.of());
  }

  /** Dedup, store in one transaction, index. */
  private void accept(Candidate c, List<FetchState> states) throws IOException {
    seen++;
    long t = times.start();
    String canonical = canonicalOf(c);
    String id = ArticleIds.forCanonicalUrl(canonical);
    Optional<Article> existing = store.byId(id);
    if (existing.isPresent()) {
      times.stop(StageTimes.Stage.DEDUP, t);
      already++;
      for (FetchState s : states) {
        store.putFetchState(s);
      }
      listener.article(existing.get(), false);
      return;
    }
    String hash = ContentHash.of(c.text());
    Optional<Article> sameText = store.byContentHash(hash);
    if (sameText.isPresent() && sameText.get().source().equals(c.source())) {
      // Same outlet, same text, other URL (print view, mobile page): the same article.
      times.stop(StageTimes.Stage.DEDUP, t);
      already++;
      for (FetchState s : states) {
        store.putFetchState(s);
      }
      listener.article(sameText.get(), false);
      return;
    }
    long simhash = SimHash.of(c.text());
    String language =
        c.language()
            .map(Ingester::normLang)
            .orElseGet(() -> dev.lede.lang.LanguageDetector.detect(c.title() + "\n" + c.text()));
    Optional<String> duplicateOf =
        sameText
            .map(a -> a.duplicateOf().orElse(a.id()))
            .or(() -> nearDuplicateOf(c.text(), language, simhash));
    Article a =
        new Article(
            id,
            c.url(),
            canonical,
            c.title().isBlank() ? firstWords(c.text()) : c.title().strip(),
            c.byline().map(String::strip).filter(s -> !s.isEmpty()),
            c.published(),
            c.modified(),
            language,
            c.source().strip(),
            c.sourceRef(),
            c.text(),
            hash,
            simhash,
            duplicateOf,
            clock.instant());
    times.stop(StageTimes.Stage.DEDUP, t);
    t = times.start();
    boolean isNew = store.put(a, states);
    times.stop(StageTimes.Stage.STORE, t);
    if (isNew) {
      stored++;
      if (duplicateOf.isPresent()) {
        nearDups++;
      }
      t = times.start();
      index.upsert(a);
      sinceCommit.add(a);
      if (sinceCommit.size() >= COMMIT_EVERY) {
        index.commit();
        sinceCommit.clear();
      }
      times.stop(StageTimes.Stage.INDEX, t);
      for (ArticleSink sink : sinks) {
        sink.accept(a);
      }
    } else {
      already++;
    }
    listener.article(a, isNew);
  }

  private Optional<String> nearDuplicateOf(String text, String language, long simhash) {
    // Candidates: articles sharing a SimHash band, plus the index's most similar texts (SimHash
    // distances of true near-duplicates often exceed what band equality catches).
    java.util.LinkedHashMap<String, Article> candidates = new java.util.LinkedHashMap<>();
    for (Article a : store.nearDuplicateCandidates(simhash)) {
      candidates.put(a.id(), a);
    }
    try {
      for (SearchIndex.Hit h : index.similar(text, language, NEAR_DUP_CANDIDATES)) {
        if (!candidates.containsKey(h.id())) {
          store.byId(h.id()).ifPresent(a -> candidates.put(a.id(), a));
        }
      }
    } catch (IOException e) {
      // The index is derived; without it we still have the SimHash bands.
    }
    // Stored this run but not yet visible in the index.
    for (Article a : sinceCommit) {
      candidates.putIfAbsent(a.id(), a);
    }
    for (Article other : candidates.values()) {
      if (NearDuplicates.isCandidate(simhash, other.simhash())
          && NearDuplicates.isNearDuplicate(text, other.text())) {
        return Optional.of(other.duplicateOf().orElse(other.id()));
      }
    }
    return Optional.empty();
  }

  private String canonicalOf(Candidate c) {
    String chosen = c.url();
    // A declared canonical URL must be http(s). A fetched page may only name an address on its
    // own site (else it could take a real article's id and suppress it); a local file, which
    // only the operator can give, often declares its original web address, which is what makes
    // it match the feed copy.
    Optional<String> hint = c.canonicalHint().filter(Ingester::isHttp);
    if (hint.isPresent() && (!isHttp(c.url()) || canonicalTrust.trusts(c.url(), hint.get()))) {
      chosen = hint.get();
    }
    try {
      return UrlCanonicalizer.canonicalize(chosen);
    } catch (IllegalArgumentException e) {
      return chosen;
    }
  }

  private static String idFor(String url) {
    try {
      return ArticleIds.forCanonicalUrl(UrlCanonicalizer.canonicalize(url));
    } catch (IllegalArgumentException e) {
      return ArticleIds.forCanonicalUrl(url);
    }
  }

  private void fail(String source, String reason, boolean refused) {
    SourceFailure f = new SourceFailure(source, reason, refused);
    failures.add(f);
    listener.failed(f);
  }

  static Instant parseTime(String s) {
    String t = s.strip();
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(t);
      } catch (DateTimeParseException e2) {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
    }
  }

  private static String normLang(String lang) {
    String l = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = l.indexOf('-');
    return l.isEmpty() ? "und" : dash > 0 ? l.substring(0, dash) : l;
  }

  private static Optional<String> str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  /** In a folder, only files whose names say feed, page or JSON Lines (READMEs are skipped). */
  private static boolean looksIngestible(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "html", "htm", "xhtml", "xml", "rss", "atom", "rdf", "json", "jsonl", "ndjson" -> true;
      default -> false;
    };
  }

  static boolean isHttp(String ref) {
    String r = ref.toLowerCase(Locale.ROOT);
    return r.startsWith("http://") || r.startsWith("https://");
  }

  private static String hostOrName(String ref) {
    if (isHttp(ref)) {
      try {
        String host = URI.create(ref).getHost();
        if (host != null) {
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // fall through to the plain name
      }
    }
    Path p = Path.of(ref).getFileName();
    return p == null ? ref : p.toString();
  }

  private static String firstWords(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= 80 ? t : t.substring(0, 77) + "...";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
