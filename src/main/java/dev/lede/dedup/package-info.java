/**
 * Duplicate detection: canonical URLs, exact content hashes and SimHash near-duplicates.
 *
 * <p>Typical use when an article arrives: {@link dev.lede.dedup.UrlCanonicalizer#canonicalize} its
 * URL and derive its id with {@link dev.lede.dedup.ArticleIds#forCanonicalUrl} (same URL, same
 * row); compare {@link dev.lede.dedup.ContentHash#of} with stored hashes (same text under another
 * URL); then scan the SimHashes of recent articles with {@link
 * dev.lede.dedup.NearDuplicates#isCandidate} (or look them up by {@link
 * dev.lede.dedup.SimHash#bands}) and confirm each candidate with {@link
 * dev.lede.dedup.NearDuplicates#isNearDuplicate(String, String)}.
 */
package dev.lede.dedup;
