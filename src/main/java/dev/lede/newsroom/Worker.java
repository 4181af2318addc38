package dev.lede.newsroom;

import dev.lede.ingest.fetch.Fetcher;
import dev.lede.model.Article;
import dev.lede.queue.inprocess.Pipeline;
import dev.lede.queue.kafka.KafkaLog;
import dev.lede.queue.kafka.KafkaMember;
import dev.lede.queue.kafka.KafkaTopic;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One worker of the distributed newsroom ({@code lede worker ROLE}): a member of its role's Kafka
 * consumer group, sharing the role's work with the other members by partition, the truth in
 * PostgreSQL and the article index in OpenSearch. Given {@code kafka://HOST:PORT/PREFIX}, the roles
 * hand work on through three topics:
 *
 * <ul>
 *   <li>{@code PREFIX.fetch}: sources to ingest ({@link #submit}), keyed by host (a file by its
 *       folder), so one worker at a time fetches from a host (politeness holds across workers). The
 *       {@link Role#FETCH} worker fetches, extracts, dedups, stores and indexes, analyses and
 *       embeds each new article (the vector kept in PostgreSQL), and appends its id to {@code
 *       PREFIX.articles} keyed by language.
 *   <li>{@code PREFIX.articles}: stored articles, one language always in one partition. The {@link
 *       Role#ASSIGN} worker holding a partition places its articles in stories in the partition's
 *       order with a clusterer of its own, rebuilt from PostgreSQL's assignments of that
 *       partition's languages whenever it takes a partition over, so the one holder of a language
 *       decides from everything decided before in that language. It stores each assignment (and the
 *       merges and splits it caused, and the owed writes) in one transaction, then appends the
 *       changed stories to {@code PREFIX.stories} keyed by story id.
 *   <li>{@code PREFIX.stories}: changed stories. The {@link Role#WRITE} worker holding a story's
 *       partition re-links it across languages and writes its next version when it owes one.
 * </ul>
 *
 * <p>Delivery is at least once and each step is idempotent, so a worker that is killed loses
 * nothing and duplicates nothing: its partitions go to the other members of its group (at once when
 * it leaves, after {@code KafkaMember.SESSION} when it stops answering), which read on from the
 * last committed offset; an article already in a story is not placed again (its stories are
 * announced again instead), a story owing no write is not written again. A fetch worker killed
 * between storing an article and announcing it leaves the article unassigned: the fetch worker that
 * takes its partitions over announces every unassigned article. A story the writer itself throws on
 * ({@link WriterFailure}) is not retried in place, which would hold up its partition for good: it
 * stays owed, is logged and told to the listener, and the worker goes on; so is an article the
 * clusterer throws on, left unassigned. Faults of the store, index or log are retried.
 */
public final class Worker implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Worker.class.getName());

  /** What a worker does. */
  public enum Role {
    /** Fetch, extract, store, index, analyse: sources in, article ids out. */
    FETCH,
    /** Story assignment by language partition: article ids in, changed story ids out. */
    ASSIGN,
    /** Writing: changed story ids in, story versions out. */
    WRITE;

    /**
     * The role named {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known roles
     */
    public static Role parse(String name) {
      for (Role r : values()) {
        if (r.name().equalsIgnoreCase(name)) {
          return r;
        }
      }
      throw new IllegalArgumentException(
          "unknown worker role '" + name + "' (known: fetch, assign, write)");
    }
  }

  /** The three topics of a {@code kafka://HOST:PORT/PREFIX} log. */
  record Topics(KafkaLog fetch, KafkaLog articles, KafkaLog stories) {
    static Topics of(String url) {
      KafkaLog log = KafkaLog.parse(url);
      return new Topics(log.role("fetch"), log.role("articles"), log.role("stories"));
    }
  }

  private final Role role;
  private final Newsroom room;
  private final KafkaTopic next;
  private final KafkaMember member;
  private final Fetcher fetcher;
  private final boolean fetchPages;
  private final NewsroomListener listener;
  // Assign: the clusterer of each partition held.
  private final Map<Integer, StoriesByLanguage> clusterers = new HashMap<>();
  private final int articlePartitions;
  // What SubmissionOrder's patience is counted on.
  private java.time.Clock clock = java.time.Clock.systemUTC();

  private Worker(
      Role role,
      Newsroom room,
      Topics topics,
      Fetcher fetcher,
      boolean fetchPages,
      NewsroomListener listener)
      throws IOException {
    this.role = role;
    this.room = room;
    this.fetcher = fetcher;
    this.fetchPages = fetchPages;
    this.listener = listener;
    KafkaLog in =
        switch (role) {
          case FETCH -> topics.fetch();
          case ASSIGN -> topics.articles();
          case WRITE -> topics.stories();
        };
    this.next =
        switch (role) {
          case FETCH -> KafkaTopic.open(topics.articles());
          case ASSIGN -> KafkaTopic.open(topics.stories());
          case WRITE -> null;
        };
    this.articlePartitions = role == Role.ASSIGN ? next.partitions() : 0;
    try {
      KafkaMember.Handler h =
          switch (role) {
            case FETCH -> new Fetching();
            case ASSIGN -> new Assigning();
            case WRITE -> new Writing();
          };
      this.member = KafkaMember.join(in, h);
    } catch (IOException | RuntimeException e) {
      if (next != null) {
        next.close();
      }
      throw e;
    }
  }

  /**
   * Opens a worker of {@code role} on the data folder {@code dir} (only what is local to this
   * worker: the story snapshots and related-story vectors of a writer), the shared store and index
   * {@code engines} names, and the Kafka log {@code logUrl} ({@code kafka://HOST:PORT/PREFIX}).
   *
   * @throws IllegalArgumentException when {@code engines} lacks a store or an index, or the URL is
   *     not a Kafka log, naming it
   */
  public static Worker open(
      Role role,
      Path dir,
      Engines engines,
      String logUrl,
      Fetcher fetcher,
      boolean fetchPages,
      NewsroomListener listener)
      throws IOException {
    Objects.requireNonNull(role, "role");
    Topics topics = Topics.of(logUrl);
    Newsroom room = Newsroom.openWorker(dir, engines);
    try {
      return new Worker(role, room, topics, fetcher, fetchPages, listener);
    } catch (IOException | RuntimeException e) {
      room.close();
      throw e;
    }
  }

  /**
   * Appends {@code sources} (feeds, pages, files, JSON Lines, as {@code lede ingest} takes them) to
   * the fetch topic of {@code logUrl}, keyed by host (a file by its path), for the fetch workers.
   */
  public static void submit(String logUrl, List<String> sources) throws IOException {
    // Each source's place in this submission: story assignment follows it (SubmissionOrder).
    String submission = Long.toHexString(new java.security.SecureRandom().nextLong());
    try (KafkaTopic t = KafkaTopic.open(Topics.of(logUrl).fetch())) {
      for (int i = 0; i < sources.size(); i++) {
        String s = sources.get(i);
        SubmissionOrder.Ticket ticket = new SubmissionOrder.Ticket(submission, i, sources.size());
        t.send(hostOf(s), ticket.text() + "\t" + s);
      }
      t.flush();
    }
  }

  /** Records not yet handled by the three roles' groups together (0: all work done). */
  public static long backlog(String logUrl) throws IOException {
    Topics t = Topics.of(logUrl);
    return KafkaMember.lag(t.fetch())
        + KafkaMember.lag(t.articles())
        + KafkaMember.lag(t.stories());
  }

  /**
   * Checks a log URL before anything opens.
   *
   * @throws IllegalArgumentException naming the URL and what is wrong with it
   */
  public static void checkLog(String logUrl) {
    Topics.of(logUrl);
  }

  /**
   * The routing key of a source: its host, or for a file its folder (files of one folder are read
   * by one fetch worker in the order submitted, as one site's pages are).
   */
  static String hostOf(String source) {
    if (source.startsWith("http://") || source.startsWith("https://")) {
      try {
        String host = URI.create(source).getHost();
        if (host != null) {
          return host.toLowerCase(Locale.ROOT);
        }
      } catch (IllegalArgumentException e) {
        // not a URL after all: keyed as it is, and ingest names the problem
      }
      return source;
    }
    try {
      Path parent = Path.of(source).toAbsolutePath().normalize().getParent();
      return parent == null ? source : parent.toString();
    } catch (java.nio.file.InvalidPathException e) {
      return source; // ingest names the problem
    }
  }

  /** The routing key of an article in the articles topic: its clustering language. */
  static String languageKey(Article a) {
    return StoriesByLanguage.languageOf(a);
  }

  private int assignments;
  private int stallAfter = -1;
  private int writeFailures;
  private int assignFailures;

  /**
   * Crash tests: after its {@code n}th assignment this worker blocks for good, its assignment
   * stored and neither its stories announced nor its offset committed, waiting to be killed.
   */
  public Worker stallAfterAssignments(int n) {
    this.stallAfter = n;
    return this;
  }

  private static void stall() throws IOException {
    try {
      new java.util.concurrent.CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stalled for a crash test", e);
    }
  }

  /** Tests: counts the wait for an earlier source's end ({@link SubmissionOrder}) on {@code c}. */
  Worker withClock(java.time.Clock c) {
    this.clock = Objects.requireNonNull(c, "clock");
    return this;
  }

  /** The role. */
  public Role role() {
    return role;
  }

  /** The partitions of its role's topic this worker holds now. */
  public Set<Integer> held() {
    return member.held();
  }

  /** The newsroom this worker works in (its stores). */
  public Newsroom newsroom() {
    return room;
  }

  /**
   * Waits up to {@code wait} for work and does what came; returns how many records were handled.
   *
   * @throws IOException when a step fails (the record is handled again, here or by another worker)
   */
  public int poll(Duration wait) throws IOException {
    return member.poll(wait);
  }

  /** Fetch: one source per record, its new articles announced by language. */
  private final class Fetching implements KafkaMember.Handler {
    @Override
    public void assigned(Set<Integer> partitions) throws IOException {
      // A fetch worker that died between storing and announcing left articles unassigned.
      for (String id : room.stories.unassignedArticleIds()) {
        Optional<Article> a = room.articles().byId(id);
        if (a.isPresent()) {
          next.send(languageKey(a.get()), id);
        }
      }
      next.flush();
    }

    @Override
    public void handle(int partition, long offset, String host, String value) throws IOException {
      // A submitted source: "TICKET<TAB>SOURCE" (a bare source from an older submitter).
      int tab = value.indexOf('\t');
      Optional<SubmissionOrder.Ticket> ticket =
          tab < 0 ? Optional.empty() : SubmissionOrder.Ticket.parse(value.substring(0, tab));
      String source = ticket.isPresent() ? value.substring(tab + 1) : value;
      // Analysed and embedded here (the vector kept in PostgreSQL for the assign worker).
      try (Pipeline<Article, Article> analyse =
          new Pipeline<>(
              Newsroom.PREPARE_THREADS,
              Newsroom.PREPARE_WINDOW,
              a -> {
                room.vectorOf(a);
                return a;
              },
              a ->
                  next.send(
                      languageKey(a),
                      ticket.map(t -> SubmissionOrder.Item.article(t, a.id())).orElse(a.id())))) {
        Unannounced unannounced = new Unannounced(analyse);
        room.store(List.of(source), fetcher, fetchPages, unannounced, analyse::submit);
        if (unannounced.failure != null) {
          throw unannounced.failure;
        }
        analyse.finish();
      }
      if (ticket.isPresent()) {
        // Every partition hears that this source is done, whether or not it had its articles.
        next.sendToEveryPartition(host, SubmissionOrder.Item.end(ticket.get()));
      }
      next.flush();
    }
  }

  /**
   * Passes on what ingest tells, and hands on an article found already stored but in no story: a
   * try of the same source that failed (the store or the log went away) stored it and did not
   * announce it, so this try does. Announcing twice is harmless (assignment is idempotent).
   */
  private final class Unannounced implements NewsroomListener {
    private final Pipeline<Article, Article> analyse;
    // Handing on failed (the log went away): thrown once ingest returns, so the source is retried.
    private IOException failure;

    Unannounced(Pipeline<Article, Article> analyse) {
      this.analyse = analyse;
    }

    @Override
    public void sourceStarted(String ref, int index, int total) {
      listener.sourceStarted(ref, index, total);
    }

    @Override
    public void itemsFound(String ref, int items) {
      listener.itemsFound(ref, items);
    }

    @Override
    public void article(Article article, boolean isNew) {
      if (!isNew && failure == null && room.stories.storyOf(article.id()).isEmpty()) {
        try {
          analyse.submit(article);
        } catch (IOException e) {
          failure = e;
        }
      }
      listener.article(article, isNew);
    }

    @Override
    public void failed(dev.lede.ingest.SourceFailure failure) {
      listener.failed(failure);
    }
  }

  /**
   * Assign: one article per record, placed by the clusterer of its partition in the order its
   * source was submitted ({@link SubmissionOrder}).
   */
  private final class Assigning implements KafkaMember.Handler {
    // The submission order of each partition held, as read since its last committed position.
    private final Map<Integer, SubmissionOrder> orders = new HashMap<>();

    @Override
    public void failed() {
      orders.clear();
    }

    @Override
    public KafkaMember.Position handled(int partition, long offset) {
      SubmissionOrder o = orders.get(partition);
      return o == null
          ? new KafkaMember.Position(offset + 1, "")
          : new KafkaMember.Position(o.position(), o.note());
    }

    @Override
    public Map<Integer, KafkaMember.Position> due() throws IOException {
      // A source that never ends holds the later ones back only so long, whether or not another
      // record comes (before, it was checked only when the partition's next record came).
      Map<Integer, KafkaMember.Position> moved = new HashMap<>();
      for (Map.Entry<Integer, SubmissionOrder> e : orders.entrySet()) {
        SubmissionOrder o = e.getValue();
        if (o.waiting() == 0) {
          continue;
        }
        long before = o.position();
        List<String> ready = o.expire();
        for (String id : ready) {
          place(e.getKey(), id);
        }
        if (!ready.isEmpty() || o.position() != before) {
          moved.put(e.getKey(), new KafkaMember.Position(o.position(), o.note()));
        }
      }
      return moved;
    }

    @Override
    public void assigned(Set<Integer> partitions) throws IOException {
      orders.clear();
      for (var it = clusterers.entrySet().iterator(); it.hasNext(); ) {
        var e = it.next();
        if (!partitions.contains(e.getKey())) {
          e.getValue().close();
          it.remove();
        }
      }
      for (int p : partitions) {
        // Taken over (or first held): what was decided in its languages, from PostgreSQL.
        if (clusterers.containsKey(p)) {
          clusterers.remove(p).close();
        }
        clustererOf(p);
      }
    }

    /** The clusterer of partition {@code p}, rebuilt from PostgreSQL when this worker has none. */
    private StoriesByLanguage clustererOf(int p) throws IOException {
      StoriesByLanguage c = clusterers.get(p);
      if (c == null) {
        if (!member.held().contains(p)) {
          throw new IllegalStateException("a record of partition " + p + ", which is not held");
        }
        c = room.clustererOf(a -> KafkaTopic.partitionOf(languageKey(a), articlePartitions) == p);
        clusterers.put(p, c);
      }
      return c;
    }

    @Override
    public void handle(int partition, long offset, String language, String value)
        throws IOException {
      SubmissionOrder order = orders.get(partition);
      if (order == null) {
        order = SubmissionOrder.resume(member.note(partition), clock);
        orders.put(partition, order);
      }
      for (String id : order.offer(offset, SubmissionOrder.Item.parse(value))) {
        place(partition, id);
      }
    }

    private void place(int partition, String id) throws IOException {
      Article a =
          room.articles()
              .byId(id)
              .orElseThrow(() -> new IOException("article " + id + " announced but not stored"));
      Optional<String> placed = room.stories.storyOf(id);
      Set<String> changed = new LinkedHashSet<>();
      if (placed.isPresent()) {
        // Placed by a worker that died before committing the offset: announce its story again.
        changed.add(room.stories.resolve(placed.get()));
      } else {
        StoriesByLanguage c = clustererOf(partition);
        try {
          changed.addAll(room.assign(c, new Newsroom.Prepared(a, room.vectorOf(a), "")));
        } catch (IOException | RuntimeException e) {
          // The clusterer may have placed the article in memory while the store kept nothing:
          // it is rebuilt from the store before the next article of its partition.
          clusterers.remove(partition).close();
          if (e instanceof RuntimeException r && !Newsroom.engineFault(r)) {
            // The clusterer threw on this one article: retried in place it would throw alike and
            // hold up its partition. It stays unassigned (a fetch worker taking partitions over
            // announces it again) and the next article is placed.
            assignFailures++;
            LOG.log(
                System.Logger.Level.WARNING,
                "article " + a.url() + ": cluster failed, set aside unassigned",
                e);
            listener.assignFailures(1, a.url() + " (cluster): " + e);
            return;
          }
          throw e;
        }
        listener.assigned(id, changed.iterator().next());
        if (++assignments == stallAfter) {
          stall();
        }
      }
      for (String s : changed) {
        next.send(s, s);
      }
      next.flush();
    }
  }

  /** Write: one changed story per record, written when it owes a version. */
  private final class Writing implements KafkaMember.Handler {
    // The writer's fallbacks in the write in hand (the newsroom logs each as well).
    private final List<dev.lede.write.StageFailure> fellBack =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    Writing() {
      room.onWriteFallback(fellBack::add);
    }

    @Override
    public void assigned(Set<Integer> partitions) throws IOException {
      // Stories owed in these partitions whose announcement a killed worker never made.
      for (String id : room.written.owed()) {
        if (partitions.contains(KafkaTopic.partitionOf(id, member.partitions()))) {
          write(id);
        }
      }
    }

    @Override
    public void handle(int partition, long offset, String key, String storyId) throws IOException {
      write(storyId);
    }

    private void write(String storyId) throws IOException {
      String live = room.stories.resolve(storyId);
      room.relink(new LinkedHashSet<>(List.of(storyId, live)));
      if (!live.equals(storyId)) {
        // Merged away: its related-story vector goes (the story it went into may be written).
        room.updateRelated(Set.of(storyId));
      }
      if (!room.written.owed().contains(live)) {
        return;
      }
      room.catchUpStories();
      room.updateRelated(Set.of(live));
      fellBack.clear();
      try {
        Optional<Integer> v = room.writeStory(live);
        v.ifPresent(n -> listener.storyWritten(1, 1, live, n));
        if (v.isPresent() && !fellBack.isEmpty()) {
          // Written around a stage that threw: told as a run's summary tells it.
          listener.writeFallbacks(1, fellBack.get(0).describe());
        }
      } catch (WriterFailure e) {
        // Retrying would throw alike and hold up every story behind it in this partition: the
        // story stays owed (a later change of it, a partition taken over or a fixed writer writes
        // it), the record is done. Store, index and log faults are thrown on and retried.
        writeFailures++;
        LOG.log(System.Logger.Level.WARNING, e.getMessage(), e.getCause());
        listener.writeFailed(live, e);
      }
    }
  }

  /** Articles the clusterer threw on since this worker started (each left unassigned). */
  public int assignFailures() {
    return assignFailures;
  }

  /** Stories whose write the writer threw on since this worker started (each left owed). */
  public int writeFailures() {
    return writeFailures;
  }

  @Override
  public void close() throws IOException {
    try {
      member.close();
      if (next != null) {
        next.close();
      }
      for (StoriesByLanguage c : clusterers.values()) {
        c.close();
      }
    } finally {
      room.close();
    }
  }
}
