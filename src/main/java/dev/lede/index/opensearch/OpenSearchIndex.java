package dev.lede.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.index.SearchIndex;
import dev.lede.model.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link SearchIndex} on an OpenSearch index (2.x, REST over HTTP). Upserts are kept here until
 * {@link #commit()}, which sends them in bulk and refreshes the index, so that, as with the Lucene
 * index, changes become visible at commit and a commit that fails (the engine away) keeps them for
 * the next try: nothing is lost, and the store can always rebuild the index ({@code lede reindex}).
 *
 * <p>Text is indexed by language: English with OpenSearch's {@code english} analyzer (stemming),
 * Chinese, Japanese and Korean with the {@code cjk} analyzer (character pairs), everything else
 * with {@code standard}; a query searches every language's fields, titles counting twice, every
 * word required ({@code simple_query_string}: {@code |}, {@code -} and quotes work as in the Lucene
 * index). {@link #similar} is OpenSearch's {@code more_like_this}. Used by one writer at a time.
 */
public final class OpenSearchIndex implements SearchIndex {
  /**
   * Queries longer than this are cut, as the Lucene index cuts them, to stay under clause limits.
   */
  private static final int MAX_QUERY_CHARS = 150;

  private static final int MAX_QUERY_WORDS = 32;
  private static final int BULK_DOCS = 500;
  private static final int PAGE = 1000;
  private static final String[] LANGUAGE_FIELDS = {"en", "cjk", "std"};

  private final OpenSearchClient client;
  private final String index;
  private final Map<String, Article> pending = new LinkedHashMap<>();
  private boolean clearPending;
  private boolean closed;

  private OpenSearchIndex(OpenSearchClient client, String index) {
    this.client = client;
    this.index = index;
  }

  /**
   * Opens (creating with Lede's mapping when absent) the index an {@code opensearch://} address
   * names.
   *
   * @throws IOException when the engine does not answer or refuses the index, naming it
   */
  public static OpenSearchIndex open(OpenSearchAddress address) throws IOException {
    Objects.requireNonNull(address, "address");
    OpenSearchClient client = new OpenSearchClient(address);
    OpenSearchIndex idx = new OpenSearchIndex(client, address.index());
    idx.createIfAbsent();
    return idx;
  }

  private void createIfAbsent() throws IOException {
    if (client.exists("/" + index)) {
      return;
    }
    ObjectMapper json = client.json();
    ObjectNode body = json.createObjectNode();
    body.putObject("settings").putObject("index").put("number_of_replicas", client.replicas());
    ObjectNode props = body.putObject("mappings").putObject("properties");
    props.putObject("id").put("type", "keyword");
    props.putObject("language").put("type", "keyword");
    for (String f : LANGUAGE_FIELDS) {
      String analyzer = f.equals("std") ? "standard" : f.equals("en") ? "english" : "cjk";
      props.putObject("title_" + f).put("type", "text").put("analyzer", analyzer);
      props.putObject("text_" + f).put("type", "text").put("analyzer", analyzer);
    }
    client.createIndex("/" + index, body);
  }

  private static String languageField(String language) {
    String l = language == null ? "" : language.toLowerCase(Locale.ROOT);
    if (l.equals("en") || l.startsWith("en-")) {
      return "en";
    }
    if (l.startsWith("zh") || l.startsWith("ja") || l.startsWith("ko")) {
      return "cjk";
    }
    return "std";
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("OpenSearch index " + index + " is closed");
    }
  }

  @Override
  public void upsert(Article article) {
    Objects.requireNonNull(article, "article");
    ensureOpen();
    pending.put(article.id(), article);
  }

  @Override
  public void clear() {
    ensureOpen();
    clearPending = true;
    pending.clear();
  }

  @Override
  public void commit() throws IOException {
    ensureOpen();
    if (clearPending) {
      // Dropping and creating the index again is what a rebuild wants, and needs no reindex module.
      client.delete("/" + index);
      createIfAbsent();
      clearPending = false;
    }
    List<Article> docs = new ArrayList<>(pending.values());
    for (int from = 0; from < docs.size(); from += BULK_DOCS) {
      List<Article> batch = docs.subList(from, Math.min(docs.size(), from + BULK_DOCS));
      StringBuilder ndjson = new StringBuilder();
      ObjectMapper json = client.json();
      for (Article a : batch) {
        ObjectNode action = json.createObjectNode();
        action.putObject("index").put("_index", index).put("_id", a.id());
        ndjson.append(json.writeValueAsString(action)).append('\n');
        ObjectNode doc = json.createObjectNode();
        doc.put("id", a.id());
        doc.put("language", a.language());
        String f = languageField(a.language());
        doc.put("title_" + f, a.title());
        doc.put("text_" + f, a.text());
        ndjson.append(json.writeValueAsString(doc)).append('\n');
      }
      JsonNode r = client.bulk(ndjson.toString());
      if (r.path("errors").asBoolean()) {
        throw new IOException(
            "OpenSearch refused part of a bulk write to "
                + index
                + ": "
                + firstBulkError(r)
                + " ("
                + pending.size()
                + " articles kept for the next commit)");
      }
      batch.forEach(a -> pending.remove(a.id()));
    }
    client.post("/" + index + "/_refresh", null);
  }

  private static String firstBulkError(JsonNode r) {
    for (JsonNode item : r.path("items")) {
      JsonNode err = item.path("index").path("error");
      if (!err.isMissingNode()) {
        return item.path("index").path("_id").asText() + ": " + err.path("reason").asText();
      }
    }
    return "no reason given";
  }

  /** Searches see every commit already: commits refresh the index. */
  @Override
  public void refresh() {
    ensureOpen();
  }

  @Override
  public long count() throws IOException {
    ensureOpen();
    return client.get("/" + index + "/_count").path("count").asLong();
  }

  @Override
  public List<String> ids() throws IOException {
    ensureOpen();
    List<String> ids = new ArrayList<>();
    JsonNode after = null;
    while (true) {
      ObjectNode q = client.json().createObjectNode();
      q.put("size", PAGE);
      q.put("_source", false);
      q.putArray("docvalue_fields").add("id");
      q.putArray("sort").addObject().put("id", "asc");
      if (after != null) {
        q.set("search_after", after);
      }
      JsonNode hits = client.post("/" + index + "/_search", q).path("hits").path("hits");
      for (JsonNode h : hits) {
        ids.add(h.path("_id").asText());
      }
      if (hits.size() < PAGE) {
        return ids;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  @Override
  public List<Hit> search(String query, int limit) throws IOException {
    requireLimit(limit);
    ensureOpen();
    String q = cut(Objects.requireNonNull(query, "query"));
    if (q.isBlank()) {
      return List.of();
    }
    ObjectNode body = client.json().createObjectNode();
    ObjectNode sqs = body.putObject("query").putObject("simple_query_string");
    sqs.put("query", q);
    sqs.put("default_operator", "and");
    ArrayNode fields = sqs.putArray("fields");
    for (String f : LANGUAGE_FIELDS) {
      fields.add("title_" + f + "^2").add("text_" + f);
    }
    return hits(body, limit);
  }

  @Override
  public List<Hit> similar(String text, String language, int limit) throws IOException {
    requireLimit(limit);
    ensureOpen();
    String t = Objects.requireNonNull(text, "text");
    if (t.isBlank()) {
      return List.of();
    }
    String f = languageField(language);
    ObjectNode body = client.json().createObjectNode();
    ObjectNode mlt = body.putObject("query").putObject("more_like_this");
    mlt.putArray("fields").add("title_" + f).add("text_" + f);
    mlt.putArray("like").add(t.length() > 20_000 ? t.substring(0, 20_000) : t);
    mlt.put("min_term_freq", 1);
    mlt.put("min_doc_freq", 1);
    mlt.put("max_query_terms", 25);
    mlt.put("minimum_should_match", "10%");
    return hits(body, limit);
  }

  private List<Hit> hits(ObjectNode body, int limit) throws IOException {
    body.put("size", Math.min(limit, 10_000));
    body.put("_source", false);
    JsonNode hits = client.post("/" + index + "/_search", body).path("hits").path("hits");
    List<Hit> out = new ArrayList<>();
    for (JsonNode h : hits) {
      out.add(new Hit(h.path("_id").asText(), (float) h.path("_score").asDouble()));
    }
    return out;
  }

  private static void requireLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  /** The first {@link #MAX_QUERY_WORDS} words of at most {@link #MAX_QUERY_CHARS} characters. */
  private static String cut(String query) {
    String q = query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
    String[] words = q.trim().split("\\s+");
    if (words.length <= MAX_QUERY_WORDS) {
      return q;
    }
    return String.join(" ", java.util.Arrays.copyOf(words, MAX_QUERY_WORDS));
  }

  /** Drops uncommitted changes; the engine keeps what was committed. */
  @Override
  public void close() {
    closed = true;
    pending.clear();
  }
}
