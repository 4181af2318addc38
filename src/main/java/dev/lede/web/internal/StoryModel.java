package dev.lede.web.internal;

import dev.lede.model.Disagreement;
import dev.lede.model.PullQuote;
import dev.lede.model.Section;
import dev.lede.model.SourceRef;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.web.EntityRef;
import dev.lede.web.RelatedStory;
import dev.lede.web.StoryPage;
import dev.lede.web.StoryUpdate;
import dev.lede.web.internal.Views.Block;
import dev.lede.web.internal.Views.Cite;
import dev.lede.web.internal.Views.Difference;
import dev.lede.web.internal.Views.EntityLink;
import dev.lede.web.internal.Views.Passage;
import dev.lede.web.internal.Views.Quote;
import dev.lede.web.internal.Views.Related;
import dev.lede.web.internal.Views.Sentence;
import dev.lede.web.internal.Views.SourceEntry;
import dev.lede.web.internal.Views.SourceLink;
import dev.lede.web.internal.Views.Update;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the story page's view: numbers the sources, gives every quoted passage an anchor in the
 * sources panel ({@code #q1}, {@code #q2}...) and every sentence a marker linking to it, so a
 * citation works as a plain link without script.
 */
final class StoryModel {

  private final Messages t;
  private final Map<String, Src> sources = new LinkedHashMap<>();
  private final Map<String, Views.Passage> passages = new HashMap<>();
  private final Map<String, List<Passage>> passagesBySource = new HashMap<>();
  private int sentenceCount;
  private int citeCount;

  /** A numbered source; {@code ref} is empty for an article the story cites but does not list. */
  private record Src(int number, String article, Optional<SourceRef> ref) {}

  private StoryModel(List<SourceRef> refs, Messages t) {
    this.t = t;
    for (SourceRef r : refs) {
      sources.putIfAbsent(r.article(), new Src(sources.size() + 1, r.article(), Optional.of(r)));
    }
  }

  /** The view of {@code page}, whose fixed words are in the language of {@code t}. */
  static Views.Story build(StoryPage page, String pageLang, Messages t, Cards cards) {
    WrittenStory s = page.story();
    StoryModel m = new StoryModel(s.sources(), t);
    List<Sentence> lede = m.sentences(s.lede());
    List<Block> blocks = new ArrayList<>();
    int n = 0;
    for (Section sec : s.sections()) {
      n++;
      List<List<Sentence>> paragraphs = new ArrayList<>();
      for (List<WrittenSentence> p : sec.paragraphs()) {
        paragraphs.add(m.sentences(p));
      }
      blocks.add(new Block("h-" + n, Text.line(sec.heading()), paragraphs, new ArrayList<>()));
    }
    // The first pull quote follows the lede; the others follow the sections in turn.
    List<Quote> afterLede = new ArrayList<>();
    for (int i = 0; i < s.quotes().size(); i++) {
      Quote q = m.quote(s.quotes().get(i));
      if (i == 0 || blocks.isEmpty()) {
        afterLede.add(q);
      } else {
        blocks.get(Math.min(i - 1, blocks.size() - 1)).quotesAfter().add(q);
      }
    }
    List<Difference> differences = new ArrayList<>();
    for (Disagreement d : s.disagreements()) {
      List<Views.Version> versions = new ArrayList<>();
      for (Disagreement.Version v : d.versions()) {
        versions.add(
            new Views.Version(
                Text.line(v.value()),
                Text.line(String.join(", ", v.outlets())),
                m.cites(v.sources())));
      }
      differences.add(new Difference(Text.line(d.about()), versions));
    }
    List<Sentence> background = m.sentences(s.background());

    List<SourceEntry> entries = new ArrayList<>();
    List<SourceLink> links = new ArrayList<>();
    for (Src src : m.sources.values()) {
      String outlet = m.outlet(src);
      String title = src.ref().map(r -> Text.line(r.title())).orElse(Text.line(src.article()));
      Optional<String> url = src.ref().flatMap(r -> SafeUrl.http(r.url()));
      entries.add(
          new SourceEntry(
              src.number(),
              "s" + src.number(),
              outlet,
              title,
              url,
              src.ref().flatMap(SourceRef::published).map(t::when),
              List.copyOf(m.passagesBySource.getOrDefault(src.article(), List.of())),
              src.ref().map(SourceRef::background).orElse(false)));
      links.add(new SourceLink(outlet, title, url));
    }
    // The byline counts the story's own coverage; background sources belong to earlier stories.
    List<SourceEntry> own = entries.stream().filter(e -> !e.background()).toList();
    List<String> ownOutlets =
        m.sources.values().stream()
            .flatMap(src -> src.ref().stream())
            .filter(r -> !r.background())
            .map(r -> Text.line(r.outlet()))
            .distinct()
            .toList();
    int outlets = ownOutlets.size();
    int ownListed = (int) s.sources().stream().filter(r -> !r.background()).count();
    int backgroundListed = s.sources().size() - ownListed;

    List<Update> updates = new ArrayList<>();
    for (StoryUpdate u : page.updates()) {
      updates.add(new Update(u.version(), t.when(u.at()), Text.line(u.note())));
    }
    List<Related> related = new ArrayList<>();
    for (RelatedStory r : page.related()) {
      related.add(new Related(cards.card(r.story(), pageLang, t), Text.line(r.reason())));
    }
    List<EntityLink> entities = new ArrayList<>();
    for (EntityRef e : page.entities()) {
      entities.add(new EntityLink(e.path(), Text.line(e.name()), t.kind(e.kind())));
    }
    return new Views.Story(
        pageLang,
        Text.line(s.headline()),
        Text.line(s.metaDescription()),
        t.when(s.datePublished()),
        t.when(s.dateModified()),
        coverageDates(s, t),
        s.version() > 1 || !s.dateModified().equals(s.datePublished()),
        s.version(),
        own.size(),
        outlets,
        entities,
        lede,
        afterLede,
        blocks,
        differences,
        background,
        CoverageChart.of(page.coverage(), t),
        Text.line(t.disclaimer(s.disclaimer(), ownListed, ownOutlets, backgroundListed)),
        links,
        entries,
        updates,
        related,
        editions(page, t));
  }

  /** The other editions, each named in its own language: "日本語, 2 sources". */
  private static List<Views.EditionLink> editions(StoryPage page, Messages t) {
    List<Views.EditionLink> out = new ArrayList<>();
    for (dev.lede.web.Edition e : page.editions()) {
      String name = Messages.languageName(e.language());
      List<Views.SourceLink> sources = new ArrayList<>();
      for (dev.lede.model.SourceRef r : e.sources()) {
        if (!r.background()) {
          sources.add(
              new Views.SourceLink(
                  Text.line(r.outlet()), Text.line(r.title()), SafeUrl.http(r.url())));
        }
      }
      out.add(
          new Views.EditionLink(
              e.language(),
              name,
              e.path(),
              t.format(Messages.Msg.EDITION, name, e.articles()),
              sources));
    }
    return out;
  }

  /** When the story's own sources came out ("17-20 Sep 2008"); empty when none is dated. */
  static Optional<String> coverageDates(WrittenStory s, Messages t) {
    List<java.time.Instant> days =
        s.sources().stream()
            .filter(r -> !r.background())
            .flatMap(r -> r.published().stream())
            .sorted()
            .toList();
    return days.isEmpty()
        ? Optional.empty()
        : Optional.of(t.span(days.get(0), days.get(days.size() - 1)));
  }

  private List<Sentence> sentences(List<WrittenSentence> list) {
    List<Sentence> out = new ArrayList<>(list.size());
    for (WrittenSentence ws : list) {
      String id = "t" + (++sentenceCount);
      out.add(new Sentence(id, Text.line(ws.text()), cites(ws.sources())));
    }
    return out;
  }

  /** One marker per distinct source of the spans, linking to that source's first span's passage. */
  private List<Cite> cites(List<SourceSpan> spans) {
    Map<String, Cite> bySource = new LinkedHashMap<>();
    for (SourceSpan span : spans) {
      Src src = source(span.article());
      Cite existing = bySource.get(span.article());
      if (existing != null) {
        passage(src, span.quote(), existing.id());
        continue;
      }
      String citeId = "c" + (++citeCount);
      Passage p = passage(src, span.quote(), citeId);
      String outlet = outlet(src);
      bySource.put(
          span.article(),
          new Cite(
              citeId,
              "#" + p.id(),
              Integer.toString(src.number()),
              outlet + ": “" + Text.shorten(Text.line(span.quote()), 140) + "”"));
    }
    return List.copyOf(bySource.values());
  }

  private String outlet(Src src) {
    return src.ref().map(r -> Text.line(r.outlet())).orElse(t.get(Messages.Msg.UNLISTED_SOURCE));
  }

  private Src source(String article) {
    return sources.computeIfAbsent(article, a -> new Src(sources.size() + 1, a, Optional.empty()));
  }

  private Passage passage(Src src, String quote, String citeId) {
    String key = src.article() + "\u0000" + quote;
    Passage p = passages.get(key);
    if (p == null) {
      p = new Passage("q" + (passages.size() + 1), Text.line(quote), "#" + citeId);
      passages.put(key, p);
      passagesBySource.computeIfAbsent(src.article(), a -> new ArrayList<>()).add(p);
    }
    return p;
  }

  private Quote quote(PullQuote q) {
    Src src = sources.get(q.article());
    return new Quote(
        Text.line(q.text()),
        Text.line(q.speaker()),
        Text.line(q.outlet()),
        src == null ? "" : "#s" + src.number());
  }
}
