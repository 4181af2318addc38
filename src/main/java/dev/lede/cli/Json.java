package dev.lede.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
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

  /** Fails when writing to {@code out} failed (a full disk, a closed pipe): it never throws. */
  static void checkWritten(PrintStream out) throws IOException {
    if (out.checkError()) {
      throw new IOException("cannot write the output (disk full or output closed)");
    }
  }
}
