/**
 * The HTTP fetcher as a chain of interceptors: SSRF guard, robots.txt, politeness, conditional GET,
 * redirects, size caps.
 */
package dev.lede.ingest.fetch;
