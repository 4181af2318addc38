/**
 * Implementation of {@link dev.lede.extract.Extractor}; not API, may change without notice.
 *
 * <p>Pipeline: {@link dev.lede.extract.internal.HtmlDecoder} (bytes to text) → jsoup parse → {@link
 * dev.lede.extract.internal.Metadata} (one pass over the untouched document) → {@link
 * dev.lede.extract.internal.PageModel} (one pass flattening the body into boxes and text blocks,
 * skipping scripts, forms, navigation and hidden elements, classifying class/id attributes with
 * {@link dev.lede.extract.internal.ClassHints}) → {@link dev.lede.extract.internal.MainText}
 * (boilerplate resolution, scoring, selection, emission, fallback).
 */
package dev.lede.extract.internal;
