package dev.lede.web;

import java.util.ArrayList;
import java.util.List;

/** Every path of the fixture site, by kind, for tests that check all pages. */
final class SitePages {
  private SitePages() {}

  static List<String> html(FixtureSiteData data) {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/",
                "/entities",
                "/sources",
                "/search",
                "/search?q=barrier",
                "/search?q=script&outlet=%3Cb%3EEvil%3C%2Fb%3E%20Outlet",
                "/search?q=x&from=not-a-date",
                "/no/such/page"));
    for (StoryView v : data.topStories(1000)) {
      paths.add(v.path());
    }
    for (EntitySummary e : data.entities()) {
      paths.add(e.entity().path());
    }
    return paths;
  }

  static List<String> xml() {
    return List.of("/rss.xml", "/atom.xml", "/sitemap.xml", "/news-sitemap.xml");
  }

  static List<String> json(FixtureSiteData data) {
    List<String> paths =
        new ArrayList<>(List.of("/api/stories", "/api/search?q=script", "/api/search?q=the"));
    for (StoryView v : data.topStories(1000)) {
      paths.add("/api/stories/" + v.id());
    }
    for (String id : List.of("a-evil-1", "a-evil-2", "a-evil-3", "a-main-1")) {
      paths.add("/api/articles/" + id);
    }
    return paths;
  }
}
