/** Duplicate detection: canonical URLs, exact content hashes and SimHash near-duplicates. */
package dev.lede.dedup;
