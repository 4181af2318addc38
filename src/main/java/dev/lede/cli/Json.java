package dev.lede.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/** One shared Jackson mapper and small helpers for JSON-lines output. */
final class Json {
  static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Json() {}

  static void putOpt(ObjectNode node, String field, Optional<?> value) {
    if (value.isEmpty()) {
      node.putNull(field);
    } else if (value.get() instanceof Instant t) {
      node.put(field, t.toString());
    } else {
      node.put(field, value.get().toString());
    }
  }
}
