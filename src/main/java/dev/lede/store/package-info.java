/**
 * The source of truth: SQLite storage of articles, sources and fetch state behind {@link
 * dev.lede.store.ArticleStore}.
 */
package dev.lede.store;
