/**
 * Language resources every stage shares, light enough for {@code lede extract}: {@link
 * dev.lede.lang.LanguageDetector}, the pipeline's one language detector (by script, then by
 * stopword profiles), and {@link dev.lede.lang.WordLists}, the one loader of word-list resource
 * files.
 */
package dev.lede.lang;
