package dev.lede.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A source article listed under a written story.
 *
 * @param article article id
 * @param outlet outlet name
 * @param title the article's title
 * @param url the article's URL
 * @param published publication time
 */
public record SourceRef(
    String article, String outlet, String title, String url, Optional<Instant> published) {}
