package dev.lede.web.internal;

import dev.lede.web.StoryView;
import dev.lede.web.internal.Views.Card;

/** Story cards for lists. */
final class Cards {

  Card card(StoryView v, String pageLang) {
    String lang = Text.language(v.language(), pageLang);
    return new Card(
        v.path(),
        Text.line(v.headline()),
        Text.line(v.teaser()),
        lang.equalsIgnoreCase(pageLang) ? "" : lang,
        v.outlets(),
        v.articles(),
        Dates.when(v.updated()));
  }
}
