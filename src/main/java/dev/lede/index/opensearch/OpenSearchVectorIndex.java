package dev.lede.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.index.VectorIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link VectorIndex} in an OpenSearch k-NN index (the engine's {@code opensearch-knn} plugin): one
 * document per story, its L2-normalised vector in a {@code knn_vector} field searched by HNSW with
 * cosine similarity (the plugin's {@code lucene} engine, so no native library is needed), so that
 * every write worker and site shares one set of story vectors instead of a Lucene folder each.
 *
 * <p>As with the Lucene index, changes are buffered and become visible at {@link #commit()} (one
 * {@code _bulk} request, then a refresh); a commit that fails keeps them for the next one. The
 * index is created at the first commit that puts a vector, with that vector's dimension (the port
 * names none up front); until then it reads as empty.
 */
public final class OpenSearchVectorIndex implements VectorIndex {
  private static final String VECTOR = "vector";
  private static final String STORY = "story";
  private static final String ARTICLES = "articles";
  private static final int PAGE = 1_000;

  private final OpenSearchClient client;
  private final ObjectMapper json;
  private final String index;
  // Story id to its pending document, or to null for a pending removal; in order of the calls.
  private final Map<String, ObjectNode> pending = new LinkedHashMap<>();
  private boolean clearPending;

  private OpenSearchVectorIndex(OpenSearchClient client, String index) {
    this.client = client;
    this.json = client.json();
    this.index = index;
  }

  /**
   * Whether the engine at {@code address} has the k-NN plugin this index needs.
   *
   * @throws IOException when the engine does not answer, naming it
   */
  public static boolean supported(OpenSearchAddress address) throws IOException {
    Objects.requireNonNull(address, "address");
    return new OpenSearchClient(address).serves("/_plugins/_knn/stats");
  }

  /**
   * The story vectors in the k-NN index {@code address} names (created at the first commit that
   * puts a vector). Checks that the engine answers.
   *
   * @throws IOException when it does not, or refuses, naming it
   */
  public static OpenSearchVectorIndex open(OpenSearchAddress address) throws IOException {
    Objects.requireNonNull(address, "address");
    OpenSearchClient client = new OpenSearchClient(address);
    client.get("/");
    return new OpenSearchVectorIndex(client, address.index());
  }

  private String path(String rest) {
    return "/" + index + rest;
  }

  @Override
  public synchronized void put(String storyId, float[] vector, int articles) throws IOException {
    float[] unit = VectorIndex.checkedUnit(storyId, vector, articles);
    ObjectNode doc = json.createObjectNode();
    doc.put(STORY, storyId);
    doc.put(ARTICLES, articles);
    ArrayNode v = doc.putArray(VECTOR);
    for (float f : unit) {
      v.add(f);
    }
    pending.remove(storyId); // the latest call goes last
    pending.put(storyId, doc);
  }

  @Override
  public synchronized void remove(String storyId) throws IOException {
    Objects.requireNonNull(storyId, "storyId");
    pending.remove(storyId);
    pending.put(storyId, null);
  }

  @Override
  public synchronized void clear() throws IOException {
    pending.clear();
    clearPending = true;
  }

  @Override
  public synchronized void commit() throws IOException {
    if (clearPending) {
      client.delete(path(""));
      clearPending = false;
    }
    if (pending.isEmpty()) {
      return;
    }
    boolean exists = client.exists(path(""));
    if (!exists) {
      Optional<ObjectNode> first = pending.values().stream().filter(Objects::nonNull).findFirst();
      if (first.isEmpty()) {
        pending.clear(); // only removals, from an index that is not there
        return;
      }
      create(first.get().get(VECTOR).size());
    }
    StringBuilder bulk = new StringBuilder();
    for (var e : pending.entrySet()) {
      ObjectNode action = json.createObjectNode();
      ObjectNode target = action.putObject(e.getValue() == null ? "delete" : "index");
      target.put("_index", index);
      target.put("_id", e.getKey());
      bulk.append(json.writeValueAsString(action)).append('\n');
      if (e.getValue() != null) {
        bulk.append(json.writeValueAsString(e.getValue())).append('\n');
      }
    }
    JsonNode r = client.bulk(bulk.toString());
    if (r.path("errors").asBoolean()) {
      for (JsonNode item : r.path("items")) {
        JsonNode result = item.elements().next();
        int status = result.path("status").asInt();
        // Removing a story the index never had is no error.
        if (status / 100 != 2 && !(status == 404 && item.has("delete"))) {
          throw new IOException(
              "OpenSearch refused story vector " + result.path("_id").asText() + ": " + result);
        }
      }
    }
    pending.clear();
    client.post(path("/_refresh"), null);
  }

  private void create(int dimension) throws IOException {
    ObjectNode body = json.createObjectNode();
    ObjectNode settings = body.putObject("settings").putObject("index");
    settings.put("knn", true);
    settings.put("number_of_shards", 1);
    settings.put("number_of_replicas", client.replicas());
    ObjectNode props = body.putObject("mappings").putObject("properties");
    props.putObject(STORY).put("type", "keyword");
    props.putObject(ARTICLES).put("type", "integer");
    ObjectNode vector = props.putObject(VECTOR);
    vector.put("type", "knn_vector");
    vector.put("dimension", dimension);
    ObjectNode method = vector.putObject("method");
    method.put("name", "hnsw");
    method.put("space_type", "cosinesimil");
    method.put("engine", "lucene");
    client.createIndex(path(""), body);
  }

  private boolean exists() throws IOException {
    return client.exists(path(""));
  }

  @Override
  public int count() throws IOException {
    return exists() ? client.get(path("/_count")).path("count").asInt() : 0;
  }

  /** Pages through every story by id (linear in the number of stories, as in Lucene). */
  @Override
  public Map<String, Integer> articleCounts() throws IOException {
    Map<String, Integer> out = new HashMap<>();
    if (!exists()) {
      return out;
    }
    String after = null;
    while (true) {
      ObjectNode q = json.createObjectNode();
      q.put("size", PAGE);
      q.putArray("_source").add(STORY).add(ARTICLES);
      q.putArray("sort").addObject().put(STORY, "asc");
      if (after != null) {
        q.putArray("search_after").add(after);
      }
      JsonNode hits = client.post(path("/_search"), q).path("hits").path("hits");
      for (JsonNode h : hits) {
        out.put(h.path("_source").path(STORY).asText(), h.path("_source").path(ARTICLES).asInt());
        after = h.path("_source").path(STORY).asText();
      }
      if (hits.size() < PAGE) {
        return out;
      }
    }
  }

  @Override
  public Optional<float[]> vectorOf(String storyId) throws IOException {
    Objects.requireNonNull(storyId, "storyId");
    if (!exists()) {
      return Optional.empty();
    }
    ObjectNode q = json.createObjectNode();
    q.put("size", 1);
    q.putObject("query").putObject("ids").putArray("values").add(storyId);
    JsonNode hits = client.post(path("/_search"), q).path("hits").path("hits");
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    JsonNode v = hits.get(0).path("_source").path(VECTOR);
    float[] out = new float[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.get(i).floatValue();
    }
    return Optional.of(out);
  }

  @Override
  public List<Neighbour> nearest(float[] query, int k, Set<String> exclude) throws IOException {
    float[] unit = VectorIndex.checkedQuery(query, k, exclude);
    if (!exists()) {
      return List.of();
    }
    // As with Lucene: ask for the excluded ones more and drop them.
    int want = k + exclude.size();
    ObjectNode q = json.createObjectNode();
    q.put("size", want);
    q.putArray("_source").add(STORY);
    ObjectNode knn = q.putObject("query").putObject("knn").putObject(VECTOR);
    ArrayNode v = knn.putArray("vector");
    for (float f : unit) {
      v.add(f);
    }
    knn.put("k", want);
    List<Neighbour> out = new ArrayList<>();
    for (JsonNode h : client.post(path("/_search"), q).path("hits").path("hits")) {
      String id = h.path("_source").path(STORY).asText();
      if (out.size() < k && !exclude.contains(id)) {
        // The lucene engine scores cosine c as (1 + c) / 2.
        out.add(new Neighbour(id, 2.0 * h.path("_score").asDouble() - 1.0));
      }
    }
    return out;
  }

  @Override
  public void close() {
    // Nothing held open: each call is a request of its own.
  }

  @Override
  public String toString() {
    return "OpenSearchVectorIndex(" + index + ")";
  }
}
