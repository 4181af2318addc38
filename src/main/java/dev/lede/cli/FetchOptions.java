package dev.lede.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that fetch sources into the store ({@code lede ingest}, {@code lede
 * worker fetch}): the fetcher's, and whether feed items' pages are fetched.
 */
final class FetchOptions {
  @Mixin FetcherOptions fetcher = new FetcherOptions();

  @Option(
      names = "--no-fetch",
      description =
          "Do not fetch item pages of feeds without full text; store the feed summary instead.")
  boolean noFetch;
}
