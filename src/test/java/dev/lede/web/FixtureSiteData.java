package dev.lede.web;

import dev.lede.model.Article;
import dev.lede.model.Disagreement;
import dev.lede.model.PullQuote;
import dev.lede.model.Section;
import dev.lede.model.SeoReport;
import dev.lede.model.SourceRef;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hand-written stories for tests, the browser test and the load bench: four ordinary stories (one
 * in Korean, one with sources that disagree) and one whose every field carries hostile text. Every
 * quote is an exact substring of its article's text, as the writer guarantees. Times are relative
 * to {@code now} so the news sitemap has recent entries.
 */
public final class FixtureSiteData implements SiteData {

  /** The id of the story whose text is hostile. */
  public static final String HOSTILE = "s-hostile";

  /** A Korean story with every part of the page: sections, quote, background, related... */
  public static final String KOREAN = "s-busan-port";

  /** The main story: sections, pull quotes, background, disagreement, history, related. */
  public static final String MAIN = "s-flood-barrier";

  /** Text that must come out inert everywhere. */
  public static final String SCRIPT_HEADLINE =
      "Mayor says </script><script>alert('headline')</script> is \"fine\" & <b>bold</b>";

  public static final String IMG_ONERROR = "<img src=x onerror=alert('teaser')>";
  public static final String JS_URL = "javascript:alert('url')";
  public static final String SVG_ONLOAD = "\"><svg onload=alert('quote')>";

  private final Map<String, StoryPage> stories = new LinkedHashMap<>();
  private final Map<String, String> teasers = new LinkedHashMap<>();
  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final Map<String, Set<String>> entityStories = new LinkedHashMap<>();
  private final Map<String, EntityRef> entities = new LinkedHashMap<>();
  private final Map<String, List<String>> aliases = new LinkedHashMap<>();
  private final Map<String, List<String>> outletRefs = new LinkedHashMap<>();
  private final Instant now;

  private FixtureSiteData(Instant now) {
    this.now = now;
  }

  /** The standard fixture with stories written in the hours before {@code now}. */
  public static FixtureSiteData create(Instant now) {
    FixtureSiteData d = new FixtureSiteData(now);
    d.build();
    return d;
  }

  /** Adds copies of the main story under new ids (for load tests over many pages). */
  public FixtureSiteData withCopies(int n) {
    StoryPage main = stories.get(MAIN);
    for (int i = 0; i < n; i++) {
      WrittenStory s = main.story();
      String id = "s-copy-" + i;
      WrittenStory copy =
          new WrittenStory(
              id,
              s.version(),
              s.headline() + " (" + i + ")",
              s.keyphrase(),
              s.metaDescription(),
              s.lede(),
              s.sections(),
              s.quotes(),
              s.background(),
              s.disagreements(),
              s.disclaimer(),
              s.sources(),
              s.seo(),
              s.datePublished().minus(Duration.ofDays(3 + i)),
              s.dateModified().minus(Duration.ofDays(3 + i)));
      putLikeMain(id, copy);
    }
    return this;
  }

  /** Adds a copy of the main story under {@code id} whose lede opens with {@code opening}. */
  public FixtureSiteData withLedeOpening(String id, String opening) {
    StoryPage main = stories.get(MAIN);
    WrittenStory s = main.story();
    List<WrittenSentence> lede = new ArrayList<>(s.lede());
    lede.set(0, new WrittenSentence(opening + " " + lede.get(0).text(), lede.get(0).sources()));
    WrittenStory copy =
        new WrittenStory(
            id,
            s.version(),
            s.headline(),
            s.keyphrase(),
            s.metaDescription(),
            lede,
            s.sections(),
            s.quotes(),
            s.background(),
            s.disagreements(),
            s.disclaimer(),
            s.sources(),
            s.seo(),
            s.datePublished(),
            s.dateModified());
    putLikeMain(id, copy);
    return this;
  }

  /** Stores {@code copy} under {@code id} with the main story's page parts and teaser. */
  private void putLikeMain(String id, WrittenStory copy) {
    StoryPage main = stories.get(MAIN);
    stories.put(
        id,
        new StoryPage(
            copy,
            main.language(),
            main.related(),
            main.updates(),
            main.coverage(),
            main.entities()));
    teasers.put(id, teasers.get(MAIN));
  }

  // ---------------------------------------------------------------- SiteData

  @Override
  public List<StoryView> topStories(int n) {
    return stories.values().stream()
        .map(this::view)
        .sorted(
            Comparator.comparingDouble(
                    (StoryView v) ->
                        -v.outlets() / (1.0 + Duration.between(v.updated(), now).toHours() / 24.0))
                .thenComparing(StoryView::id))
        .limit(n)
        .toList();
  }

  @Override
  public Optional<StoryPage> story(String id) {
    return Optional.ofNullable(stories.get(id));
  }

  @Override
  public List<EntitySummary> entities() {
    return entities.values().stream()
        .map(e -> new EntitySummary(e, entityStories.getOrDefault(e.key(), Set.of()).size()))
        .sorted(
            Comparator.comparingInt((EntitySummary e) -> -e.stories())
                .thenComparing(e -> e.entity().name()))
        .toList();
  }

  @Override
  public Optional<EntityPage> entity(String key) {
    EntityRef e = entities.get(key);
    if (e == null) {
      return Optional.empty();
    }
    List<StoryView> list =
        entityStories.getOrDefault(key, Set.of()).stream()
            .map(id -> view(stories.get(id)))
            .sorted(Comparator.comparing(StoryView::updated).reversed())
            .toList();
    return Optional.of(new EntityPage(e, aliases.getOrDefault(key, List.of()), list));
  }

  @Override
  public List<Article> search(String query, SearchFilters filters, int limit) {
    String q = query.toLowerCase(Locale.ROOT).strip();
    List<Article> out = new ArrayList<>();
    for (Article a : articles.values()) {
      String hay = (a.title() + "\n" + a.text()).toLowerCase(Locale.ROOT);
      if (!q.isEmpty() && !hay.contains(q)) {
        continue;
      }
      if (filters.outlet().isPresent() && !filters.outlet().get().equals(a.source())) {
        continue;
      }
      if (filters.entity().isPresent() && !mentions(a, filters.entity().get())) {
        continue;
      }
      LocalDate day = LocalDate.ofInstant(a.published().orElse(a.fetchedAt()), ZoneOffset.UTC);
      if (filters.from().isPresent() && day.isBefore(filters.from().get())) {
        continue;
      }
      if (filters.to().isPresent() && day.isAfter(filters.to().get())) {
        continue;
      }
      out.add(a);
      if (out.size() >= limit) {
        break;
      }
    }
    return out;
  }

  @Override
  public Optional<Article> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  @Override
  public List<SourceInfo> sources() {
    List<SourceInfo> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : outletRefs.entrySet()) {
      List<Article> from =
          articles.values().stream().filter(a -> a.source().equals(e.getKey())).toList();
      Optional<Instant> latest =
          from.stream()
              .map(a -> a.published().orElse(a.fetchedAt()))
              .max(Comparator.naturalOrder());
      out.add(new SourceInfo(e.getKey(), e.getValue(), from.size(), latest));
    }
    return out;
  }

  private boolean mentions(Article a, String entityKey) {
    for (String storyId : entityStories.getOrDefault(entityKey, Set.of())) {
      if (stories.get(storyId).story().sources().stream()
          .anyMatch(s -> s.article().equals(a.id()))) {
        return true;
      }
    }
    return false;
  }

  private StoryView view(StoryPage p) {
    return p.view(teasers.get(p.story().story()));
  }

  // ---------------------------------------------------------------- building

  /** Collects the quotes of each article so its text contains every one of them. */
  private final class Draft {
    final String id;
    final String outlet;
    final String title;
    final String url;
    final Instant published;
    final String language;
    final List<String> paragraphs = new ArrayList<>();

    Draft(String id, String outlet, String title, String url, Instant published, String language) {
      this.id = id;
      this.outlet = outlet;
      this.title = title;
      this.url = url;
      this.published = published;
      this.language = language;
    }

    SourceSpan q(String quote) {
      if (!paragraphs.contains(quote)) {
        paragraphs.add(quote);
      }
      return new SourceSpan(id, quote);
    }

    SourceRef ref() {
      return new SourceRef(id, outlet, title, url, Optional.of(published));
    }

    Article article() {
      String text = String.join("\n\n", paragraphs);
      return new Article(
          id,
          url,
          url,
          title,
          Optional.of("Staff reporter"),
          Optional.of(published),
          Optional.empty(),
          language,
          outlet,
          "https://" + slugHost(outlet) + "/feed.xml",
          text,
          Integer.toHexString(text.hashCode()),
          text.hashCode(),
          Optional.empty(),
          published.plusSeconds(300));
    }
  }

  private static String slugHost(String outlet) {
    String s = outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    return (s.isEmpty() ? "outlet" : s) + ".example";
  }

  private Draft draft(String id, String outlet, String title, Instant published, String lang) {
    String url = "https://" + slugHost(outlet) + "/news/" + id;
    return new Draft(id, outlet, title, url, published, lang);
  }

  private static WrittenSentence s(String text, SourceSpan... spans) {
    return new WrittenSentence(text, List.of(spans));
  }

  private EntityRef entity(String key, String name, EntityKind kind, String... alias) {
    EntityRef e = new EntityRef(key, name, kind);
    entities.put(key, e);
    if (alias.length > 0) {
      aliases.put(key, List.of(alias));
    }
    return e;
  }

  private void put(StoryPage page, String teaser, List<Draft> drafts) {
    stories.put(page.story().story(), page);
    teasers.put(page.story().story(), teaser);
    for (Draft d : drafts) {
      articles.put(d.id, d.article());
      outletRefs.computeIfAbsent(
          d.outlet, o -> new ArrayList<>(List.of("https://" + slugHost(o) + "/feed.xml")));
    }
    for (EntityRef e : page.entities()) {
      entityStories.computeIfAbsent(e.key(), k -> new TreeSet<>()).add(page.story().story());
    }
  }

  private static SeoReport seo(int score) {
    return new SeoReport(
        score,
        List.of(
            new SeoReport.Check("keyphraseInHeadline", "good", "keyphrase at the start"),
            new SeoReport.Check("metaDescriptionLength", "good", "148 characters"),
            new SeoReport.Check("sentenceLength", "ok", "18% of sentences over 20 words")));
  }

  private static final String DISCLAIMER =
      "This story was written by software from the reporting listed below. Every sentence links"
          + " to the passage it is based on; check the original sources before relying on it.";

  private void build() {
    Instant t0 = now.minus(Duration.ofHours(30));
    EntityRef lowmoor = entity("lowmoor", "Lowmoor", EntityKind.PLACE);
    EntityRef council =
        entity("lowmoor-city-council", "Lowmoor City Council", EntityKind.ORGANIZATION);
    EntityRef okafor =
        entity("maria-okafor", "Maria Okafor", EntityKind.PERSON, "Maria Okafor-Hale", "M. Okafor");
    EntityRef agency = entity("environment-agency", "Environment Agency", EntityKind.ORGANIZATION);
    EntityRef eastvale = entity("eastvale", "Eastvale", EntityKind.PLACE);
    EntityRef busan = entity("busan", "부산", EntityKind.PLACE, "Busan");
    EntityRef evil =
        entity(
            "evil-entity",
            "<script>alert('entity')</script>Evil \u0000Corp",
            EntityKind.ORGANIZATION);

    // ---- the earlier related story: barrier funding
    Instant f0 = now.minus(Duration.ofDays(41));
    Draft f1 = draft("a-fund-1", "Northern Ledger", "Council backs £212m tidal barrier", f0, "en");
    Draft f2 =
        draft(
            "a-fund-2",
            "Harbour Times",
            "Barrier funding passes after long debate",
            f0.plus(Duration.ofHours(3)),
            "en");
    WrittenStory funding =
        new WrittenStory(
            "s-barrier-funding",
            1,
            "Lowmoor City Council approves £212m for a tidal flood barrier",
            "Lowmoor tidal barrier",
            "Lowmoor City Council voted to fund a tidal flood barrier on the estuary, after two winters of flooding in the old harbour district and a long debate.",
            List.of(
                s(
                    "Lowmoor City Council voted 31 to 12 on Tuesday to fund a tidal barrier across the Lowe estuary.",
                    f1.q(
                        "Councillors voted 31 to 12 on Tuesday night to fund the tidal barrier across the Lowe estuary.")),
                s(
                    "The barrier is expected to cost £212 million and to be ready within four years.",
                    f1.q(
                        "The project is costed at £212 million and should be finished within four years."),
                    f2.q("officials expect the barrier to be working within four years"))),
            List.of(
                new Section(
                    "Two winters of flooding",
                    List.of(
                        List.of(
                            s(
                                "The old harbour district flooded twice in the past two winters.",
                                f2.q(
                                    "The old harbour district has flooded twice in the past two winters.")))))),
            List.of(
                new PullQuote(
                    "We cannot ask people to bail out their living rooms every January.",
                    "Maria Okafor",
                    "Harbour Times",
                    f2.id)),
            List.of(),
            List.of(),
            DISCLAIMER,
            List.of(f1.ref(), f2.ref()),
            seo(78),
            f0.plus(Duration.ofHours(4)),
            f0.plus(Duration.ofHours(4)));
    f2.q("We cannot ask people to bail out their living rooms every January.");
    StoryView fundingView =
        new StoryPage(funding, "en", List.of(), List.of(), List.of(), List.of())
            .view(
                "Councillors voted 31 to 12 to pay for a barrier across the Lowe estuary after two flooded winters.");

    // ---- the rail strike (same week, other place)
    Draft r1 =
        draft(
            "a-rail-1",
            "Radio Valley",
            "Eastvale rail workers back strike",
            now.minus(Duration.ofHours(20)),
            "en");
    Draft r2 =
        draft(
            "a-rail-2",
            "Northern Ledger",
            "Strike vote over timetable",
            now.minus(Duration.ofHours(18)),
            "en");
    WrittenStory rail =
        new WrittenStory(
            "s-rail-strike",
            1,
            "Eastvale rail workers vote to strike over new timetable",
            "Eastvale rail strike",
            "Rail workers in Eastvale voted to strike over a new timetable that the union says lengthens shifts; the operator says services will run as planned.",
            List.of(
                s(
                    "Rail workers in Eastvale have voted to strike over a new timetable.",
                    r1.q("Rail workers in Eastvale have voted to strike over the new timetable."),
                    r2.q("Members voted to strike over the timetable changes.")),
                s(
                    "The union says the timetable lengthens shifts by up to an hour.",
                    r1.q("the timetable would lengthen shifts by up to an hour"))),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            DISCLAIMER,
            List.of(r1.ref(), r2.ref()),
            seo(70),
            now.minus(Duration.ofHours(17)),
            now.minus(Duration.ofHours(17)));
    StoryView railView =
        new StoryPage(rail, "en", List.of(), List.of(), List.of(), List.of())
            .view(
                "Union members say the new rota adds up to an hour to shifts; the operator says trains will run.");

    // ---- the main story
    Draft m1 =
        draft("a-main-1", "Harbour Times", "Barrier gates close as surge approaches", t0, "en");
    Draft m2 =
        draft(
            "a-main-2",
            "Northern Ledger",
            "Lowmoor's new barrier faces its first real test",
            t0.plus(Duration.ofHours(2)),
            "en");
    Draft m3 =
        draft(
            "a-main-3",
            "Radio Valley",
            "Residents watch the gates go down",
            t0.plus(Duration.ofHours(7)),
            "en");
    Draft m4 =
        draft(
            "a-main-4",
            "Coastal Wire",
            "Surge warning upgraded for the Lowe estuary",
            t0.plus(Duration.ofHours(1)),
            "en");
    Draft m5 =
        draft(
            "a-main-5",
            "Harbour Times",
            "What the barrier cost, and who paid",
            t0.plus(Duration.ofHours(20)),
            "en");
    Draft m6 =
        draft(
            "a-main-6",
            "Coastal Wire",
            "Surge passes; harbour district stays dry",
            t0.plus(Duration.ofHours(26)),
            "en");
    List<StoryUpdate> history =
        List.of(
            new StoryUpdate(
                1,
                t0.plus(Duration.ofHours(3)),
                "First version, from Harbour Times, Northern Ledger and Coastal Wire."),
            new StoryUpdate(
                2,
                t0.plus(Duration.ofHours(8)),
                "Added residents' reactions reported by Radio Valley."),
            new StoryUpdate(
                3,
                t0.plus(Duration.ofHours(27)),
                "The surge has passed: added that the harbour district stayed dry, and the cost figures."));
    WrittenStory main =
        new WrittenStory(
            MAIN,
            3,
            "Lowmoor closes its new tidal barrier as a storm surge reaches the estuary",
            "Lowmoor tidal barrier",
            "Lowmoor closed its new tidal barrier for the first time as a storm surge reached the Lowe estuary; the old harbour district, flooded twice before, stayed dry.",
            List.of(
                s(
                    "Lowmoor closed its new tidal barrier for the first time on Sunday evening as a storm surge pushed up the Lowe estuary.",
                    m1.q(
                        "The gates of the Lowe barrier were lowered for the first time at 7pm on Sunday as the surge pushed up the estuary."),
                    m2.q("Lowmoor's new barrier closed for the first time on Sunday evening.")),
                s(
                    "By Monday morning the surge had passed and the old harbour district, which flooded twice in recent winters, had stayed dry.",
                    m6.q(
                        "By Monday morning the surge had passed and the harbour district was dry."))),
            List.of(
                new Section(
                    "How the barrier held",
                    List.of(
                        List.of(
                            s(
                                "Forecasters had warned of water levels up to 1.2 metres above normal high tide.",
                                m4.q(
                                    "Forecasters warned that water could rise 1.2 metres above a normal high tide.")),
                            s(
                                "The Environment Agency upgraded its surge warning for the estuary on Sunday afternoon.",
                                m4.q(
                                    "The Environment Agency upgraded its surge warning for the Lowe estuary on Sunday afternoon."))),
                        List.of(
                            s(
                                "Engineers lowered the four steel gates in about 40 minutes, faster than in trials.",
                                m2.q("engineers lowered the four steel gates in about 40 minutes"),
                                m2.q("faster than in any of the trials")),
                            s(
                                "The gates stayed shut for eleven hours.",
                                m6.q(
                                    "The gates stayed shut for eleven hours before being raised at 6am."))))),
                new Section(
                    "Residents watch, and count the cost",
                    List.of(
                        List.of(
                            s(
                                "Dozens of residents gathered on the harbour wall to watch the gates go down.",
                                m3.q(
                                    "Dozens of residents gathered on the harbour wall to watch the gates go down.")),
                            s(
                                "Some said they had moved furniture upstairs anyway.",
                                m3.q(
                                    "Some said they had moved their furniture upstairs anyway, just in case."))),
                        List.of(
                            s(
                                "Council leader Maria Okafor said the barrier had done the job it was built for.",
                                m1.q(
                                    "Council leader Maria Okafor said the barrier had \"done exactly the job it was built for\".")))))),
            List.of(
                new PullQuote(
                    "Tonight is the night this barrier was built for.",
                    "Maria Okafor",
                    "Harbour Times",
                    m1.id),
                new PullQuote(
                    "I still moved the sofa upstairs. Old habits.",
                    "a harbour district resident",
                    "Radio Valley",
                    m3.id)),
            List.of(
                s(
                    "The council approved funding for the barrier after two winters of flooding in the harbour district.",
                    f1.q(
                        "Councillors voted 31 to 12 on Tuesday night to fund the tidal barrier across the Lowe estuary."),
                    f2.q("The old harbour district has flooded twice in the past two winters."))),
            List.of(
                new Disagreement(
                    "number",
                    "final cost of the barrier",
                    List.of(
                        new Disagreement.Version(
                            "£212 million",
                            List.of("Northern Ledger"),
                            List.of(m2.q("The barrier cost £212 million."))),
                        new Disagreement.Version(
                            "£240 million",
                            List.of("Harbour Times"),
                            List.of(
                                m5.q(
                                    "the final bill came to £240 million, including the new sea wall")))))),
            DISCLAIMER,
            List.of(
                m1.ref(),
                m2.ref(),
                m4.ref(),
                m3.ref(),
                m5.ref(),
                m6.ref(),
                f1.ref().asBackground(),
                f2.ref().asBackground()),
            seo(84),
            t0.plus(Duration.ofHours(3)),
            t0.plus(Duration.ofHours(27)));
    m1.q("Tonight is the night this barrier was built for.");
    m3.q("I still moved the sofa upstairs. Old habits.");
    List<CoveragePoint> coverage = new ArrayList<>();
    for (Draft d : List.of(m1, m2, m3, m4, m5, m6)) {
      coverage.add(new CoveragePoint(d.id, d.outlet, d.published));
    }
    coverage.add(new CoveragePoint("a-main-7", "Harbour Times", t0.plus(Duration.ofHours(9))));
    coverage.add(new CoveragePoint("a-main-8", "Coastal Wire", t0.plus(Duration.ofHours(12))));
    coverage.add(new CoveragePoint("a-main-9", "Northern Ledger", t0.plus(Duration.ofHours(24))));
    StoryPage mainPage =
        new StoryPage(
            main,
            "en",
            List.of(
                new RelatedStory(
                    fundingView,
                    "Earlier: the council's vote to pay for this barrier (same place and council)."),
                new RelatedStory(
                    railView,
                    "Same week in the region: also reported by Northern Ledger and Radio Valley.")),
            history,
            coverage,
            List.of(lowmoor, council, okafor, agency));
    put(
        mainPage,
        "The barrier's four gates shut for eleven hours as the surge passed; homes in the old harbour district that flooded twice before stayed dry.",
        List.of(m1, m2, m3, m4, m5, m6));
    put(
        new StoryPage(
            funding,
            "en",
            List.of(
                new RelatedStory(
                    mainPage.view("The barrier closed for the first time."),
                    "Later: the barrier's first closure.")),
            List.of(new StoryUpdate(1, funding.datePublished(), "First version.")),
            List.of(
                new CoveragePoint(f1.id, f1.outlet, f1.published),
                new CoveragePoint(f2.id, f2.outlet, f2.published)),
            List.of(lowmoor, council, okafor)),
        fundingView.teaser(),
        List.of(f1, f2));
    put(
        new StoryPage(
            rail,
            "en",
            List.of(),
            List.of(new StoryUpdate(1, rail.datePublished(), "First version.")),
            List.of(
                new CoveragePoint(r1.id, r1.outlet, r1.published),
                new CoveragePoint(r2.id, r2.outlet, r2.published)),
            List.of(eastvale)),
        railView.teaser(),
        List.of(r1, r2));

    // ---- a Korean story: every part of the page, so its chrome shows in Korean
    Draft k1 = draft("a-ko-1", "부산일보", "부산항 신항 자동화 부두 가동", now.minus(Duration.ofHours(12)), "ko");
    Draft k2 =
        draft(
            "a-ko-2",
            "Coastal Wire",
            "Busan opens automated terminal",
            now.minus(Duration.ofHours(10)),
            "ko");
    Draft k3 = draft("a-ko-3", "부산일보", "부산항 신항 개장", now.minus(Duration.ofDays(400)), "ko");
    WrittenStory ko =
        new WrittenStory(
            KOREAN,
            2,
            "부산항 신항, 완전 자동화 부두 첫 가동",
            "부산항 자동화 부두",
            "부산항 신항에서 국내 첫 완전 자동화 부두가 가동을 시작했다. 해양수산부는 하역 효율이 크게 오를 것으로 내다봤다. 항만 노동자들은 일자리 감소를 우려하고 있다.",
            List.of(
                s(
                    "부산항 신항에서 국내 첫 완전 자동화 부두가 가동을 시작했다.",
                    k1.q("부산항 신항에서 국내 첫 완전 자동화 부두가 본격 가동에 들어갔다.")),
                s("항만 노동자들은 일자리 감소를 우려하고 있다.", k2.q("항만 노동자들은 일자리가 줄어들 것을 우려하고 있다."))),
            List.of(
                new Section(
                    "주요 내용",
                    List.of(
                        List.of(
                            s(
                                "해양수산부는 하역 효율이 30% 오를 것으로 내다봤다.",
                                k1.q("해양수산부는 자동화 부두의 하역 효율이 30% 높아질 것으로 내다봤다."))))),
                new Section(
                    "향후 전망",
                    List.of(
                        List.of(
                            s(
                                "부산항만공사는 2030년까지 자동화 부두를 4곳으로 늘릴 계획이다.",
                                k2.q("부산항만공사는 2030년까지 자동화 부두를 4곳으로 늘릴 계획이라고 밝혔다.")))))),
            List.of(new PullQuote("일자리를 지킬 대책이 먼저 나와야 한다.", "김민수 위원장", "Coastal Wire", k2.id)),
            List.of(s("부산항 신항은 2006년 처음 문을 열었다.", k3.q("부산항 신항은 2006년 1월 처음 문을 열었다."))),
            List.of(
                new Disagreement(
                    "number",
                    "하역 효율 개선 폭",
                    List.of(
                        new Disagreement.Version(
                            "30%",
                            List.of("부산일보"),
                            List.of(k1.q("해양수산부는 자동화 부두의 하역 효율이 30% 높아질 것으로 내다봤다."))),
                        new Disagreement.Version(
                            "25%",
                            List.of("Coastal Wire"), List.of(k2.q("하역 효율은 25% 개선될 것으로 보인다.")))))),
            "이 기사는 아래 출처의 보도를 바탕으로 소프트웨어가 작성했습니다. 각 문장은 근거가 된 원문 구절과 연결되어 있습니다.",
            List.of(k1.ref(), k2.ref(), k3.ref().asBackground()),
            seo(66),
            now.minus(Duration.ofHours(9)),
            now.minus(Duration.ofHours(7)));
    k2.q("일자리를 지킬 대책이 먼저 나와야 한다.");
    put(
        new StoryPage(
            ko,
            "ko",
            List.of(new RelatedStory(railView, "같은 주: 다른 지역의 노동 쟁의")),
            List.of(
                new StoryUpdate(1, ko.datePublished(), "첫 버전"),
                new StoryUpdate(2, ko.dateModified(), "새 출처: Coastal Wire")),
            List.of(
                new CoveragePoint(k1.id, k1.outlet, k1.published),
                new CoveragePoint(k2.id, k2.outlet, k2.published)),
            List.of(busan)),
        "해양수산부는 하역 효율이 크게 오를 것으로 내다봤지만, 노동자들은 일자리 감소를 걱정한다.",
        List.of(k1, k2, k3));

    // ---- the hostile story: every field an attack
    Draft h1 =
        draft(
            "a-evil-1",
            "<b>Evil</b> Outlet",
            "Title </title><script>alert('title')</script>",
            now.minus(Duration.ofHours(6)),
            "en");
    h1 = new Draft(h1.id, h1.outlet, h1.title, JS_URL, h1.published, "en");
    Draft h2 =
        draft(
            "a-evil-2",
            "Plain Outlet\u2028<script>",
            "Second \u0000 title with \u0007 bell",
            now.minus(Duration.ofHours(5)),
            "en");
    h2 =
        new Draft(
            h2.id,
            h2.outlet,
            h2.title,
            "data:text/html,<script>alert(1)</script>",
            h2.published,
            "en");
    Draft h3 =
        draft("a-evil-3", "Normal Outlet", "A normal title", now.minus(Duration.ofHours(4)), "en");
    h3 = new Draft(h3.id, h3.outlet, h3.title, " JaVaScRiPt:alert(3)", h3.published, "en");
    WrittenStory hostile =
        new WrittenStory(
            HOSTILE,
            1,
            SCRIPT_HEADLINE,
            "<script>keyphrase</script>",
            "Meta \"description\" with </script><script>alert('meta')</script> and ' quotes & an "
                + IMG_ONERROR,
            List.of(
                s("A sentence with " + IMG_ONERROR + " inside.", h1.q("quote one " + SVG_ONLOAD)),
                s(
                    "Line\u2028separator and </script> and <!-- comment --> and ]]> end.",
                    h2.q("]]><![CDATA[<script>alert('cdata')</script>"),
                    h3.q("plain quote"))),
            List.of(
                new Section(
                    "<h1>Heading</h1><script>alert('h2')</script>",
                    List.of(
                        List.of(
                            s(
                                "<a href=\"javascript:alert('a')\">click</a>",
                                h1.q("<iframe src=javascript:alert(1)>")))))),
            List.of(
                new PullQuote(
                    "<script>alert('pull')</script>",
                    "<i>Speaker</i>",
                    "<b>Evil</b> Outlet",
                    h1.id)),
            List.of(),
            List.of(
                new Disagreement(
                    "name",
                    "<u>who</u>",
                    List.of(
                        new Disagreement.Version(
                            "<b>A</b>",
                            List.of("<b>Evil</b> Outlet"),
                            List.of(h1.q("quote one " + SVG_ONLOAD))),
                        new Disagreement.Version(
                            "B",
                            List.of("Unknown"),
                            List.of(
                                new SourceSpan(
                                    "a-missing", "an article the story does not list")))))),
            "Disclaimer <script>alert('disclaimer')</script>",
            List.of(h1.ref(), h2.ref(), h3.ref()),
            seo(10),
            now.minus(Duration.ofHours(3)),
            now.minus(Duration.ofHours(2)));
    put(
        new StoryPage(
            hostile,
            "en\"><script>",
            List.of(
                new RelatedStory(
                    mainPage.view(IMG_ONERROR), "reason <script>alert('reason')</script>")),
            List.of(
                new StoryUpdate(1, hostile.datePublished(), "note <script>alert('note')</script>")),
            List.of(
                new CoveragePoint(h1.id, h1.outlet, h1.published),
                new CoveragePoint(h2.id, h2.outlet, h2.published),
                new CoveragePoint(h3.id, h3.outlet, h3.published)),
            List.of(evil)),
        "Teaser " + IMG_ONERROR + " </script>",
        List.of(h1, h2, h3));
  }
}
