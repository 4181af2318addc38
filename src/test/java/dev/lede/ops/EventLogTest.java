package dev.lede.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventLogTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T20:00:00Z"), ZoneOffset.UTC);

  private EventLog log(EventLog.Format f) {
    return EventLog.to(new PrintStream(out, true, StandardCharsets.UTF_8), f, clock);
  }

  private String[] lines() {
    return out.toString(StandardCharsets.UTF_8).split("\n");
  }

  @Test
  void jsonEventsAreOneObjectPerLineEvenWhenAFieldHoldsLineBreaks() throws Exception {
    EventLog log = log(EventLog.Format.JSON);
    log.info("poll", "ref", "https://a.example/feed", "new", 3);
    log.warn("poll", "ref", "b", "error", "line one\nline two \"quoted\"");

    String[] lines = lines();
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertThat(first.get("ts").asText()).isEqualTo("2026-12-04T20:00:00Z");
    assertThat(first.get("level").asText()).isEqualTo("info");
    assertThat(first.get("event").asText()).isEqualTo("poll");
    assertThat(first.get("new").isIntegralNumber()).as(lines[0]).isTrue();
    assertThat(first.get("new").asInt()).isEqualTo(3);
    JsonNode second = json.readTree(lines[1]);
    assertThat(second.get("level").asText()).isEqualTo("warn");
    assertThat(second.get("error").asText()).isEqualTo("line one\nline two \"quoted\"");
  }

  @Test
  void textEventsQuoteValuesWithSpacesAndEscapeLineBreaks() {
    EventLog log = log(EventLog.Format.TEXT);
    log.error("poll", "ref", "x", "error", "status 500\nboom");

    String[] lines = lines();
    assertThat(lines).hasSize(1);
    assertThat(lines[0])
        .isEqualTo("2026-12-04T20:00:00Z ERROR poll ref=x error=\"status 500\\nboom\"");
  }
}
