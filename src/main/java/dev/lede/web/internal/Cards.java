package dev.lede.web.internal;

import dev.lede.web.StoryView;
import dev.lede.web.internal.Views.Card;

/** Story cards for lists. */
final class Cards {

  Card card(StoryView v, String pageLang) {
    return card(v, pageLang, Messages.EN);
  }

  /** A card on a page in {@code pageLang}, its date in the language of {@code t}. */
  Card card(StoryView v, String pageLang, Messages t) {
    String lang = Text.language(v.language(), pageLang);
    return new Card(
        v.path(),
        Text.line(v.headline()),
        Text.line(v.teaser()),
        lang.equalsIgnoreCase(pageLang) ? "" : lang,
        v.outlets(),
        v.articles(),
        t.when(v.updated()));
  }
}
