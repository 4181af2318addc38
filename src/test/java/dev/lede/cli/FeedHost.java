package dev.lede.cli;

import com.sun.net.httpserver.HttpExchange;
import dev.lede.testing.TestHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loopback RSS feeds whose items change while they are polled, answering 304 to a matching {@code
 * If-None-Match}, with the most requests any one host (the {@code Host} header) had in flight at
 * once.
 */
final class FeedHost implements AutoCloseable {
  /** Distinct news paragraphs, each long enough to count as full text (no page fetch). */
  static final List<String[]> STORIES =
      List.of(
          new String[] {
            "Harbour bridge reopens after repairs",
            "The harbour bridge in Porto Vela reopened to traffic on Monday after eleven months of"
                + " repairs to its steel cables, the city transport office said. Engineers replaced"
                + " forty-two cables and repainted the main span. Commuters had used ferries and a"
                + " temporary bus route during the closure. The mayor, Lucia Andrade, thanked"
                + " residents for their patience and said the work cost 38 million euros, slightly"
                + " less than planned. Cyclists will get a protected lane from next spring."
          },
          new String[] {
            "Orchestra names new conductor",
            "The Northfield Symphony Orchestra has named Tomasz Brandt as its new principal"
                + " conductor, ending a two-year search. Brandt, 44, led the Baltic Chamber"
                + " Players for nine seasons and is known for reviving forgotten Romantic works."
                + " He will conduct six programmes in his first season, opening with Dvorak's"
                + " seventh symphony in October. Musicians voted for him by a wide margin, the"
                + " orchestra's board said in a statement on Thursday evening."
          },
          new String[] {
            "Wheat harvest beats forecasts",
            "Farmers in the Calder valley brought in a record wheat harvest this summer, with"
                + " yields about 12 percent above the five-year average, the regional farming"
                + " union reported. Mild spring weather and late rain helped the crop, though"
                + " prices at the grain exchange fell as supply rose. Union chair Gareth Owusu"
                + " said storage was running short and asked the council to open two disused"
                + " depots. Exports to neighbouring markets are expected to climb in autumn."
          },
          new String[] {
            "Museum returns carved masks",
            "The Eastbrook Museum returned fourteen carved wooden masks to the island community"
                + " of Tavu on Wednesday, more than a century after a trader shipped them abroad."
                + " Elders received the masks at a ceremony attended by the museum's director,"
                + " Ines Wahl, who said the collection had been acquired without consent. Tavu"
                + " plans to display them in a new cultural centre opening next year, and the two"
                + " sides agreed to share research on how the masks were made and used."
          },
          new String[] {
            "Rail strike called off",
            "Train drivers on the Westline network called off a planned three-day strike after"
                + " reaching a pay deal with operators late on Sunday, their union said. The"
                + " agreement raises wages by 6 percent this year and 4 percent next year and"
                + " limits weekend shifts. Services will run normally on Tuesday, the operator"
                + " confirmed. Union leader Priya Menon said members would vote on the offer"
                + " within two weeks, and that talks on safety staffing would continue."
          });

  private final TestHttpServer server = TestHttpServer.start();
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  /** A feed at {@code path}: its items, extra channel XML (e.g. a ttl), and how it answers. */
  final class Feed {
    final String path;
    final List<Integer> items = new ArrayList<>();
    volatile String channelExtra = "";
    volatile int failWith = 0;
    volatile String retryAfter = null;
    volatile String cacheControl = null;
    final AtomicInteger notModified = new AtomicInteger();
    final AtomicInteger answered = new AtomicInteger();

    /** One permit per request that arrived. */
    final java.util.concurrent.Semaphore requests = new java.util.concurrent.Semaphore(0);

    /** Counted down when a request arrives. */
    final java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);

    /** Held up to make the host slow; open unless a test closes it with {@link #slow()}. */
    volatile java.util.concurrent.CountDownLatch release =
        new java.util.concurrent.CountDownLatch(0);

    /** Answers only after {@link #release} is counted down. */
    Feed slow() {
      release = new java.util.concurrent.CountDownLatch(1);
      return this;
    }

    Feed(String path) {
      this.path = path;
      server.route(path, this::handle);
    }

    Feed with(int... story) {
      synchronized (items) {
        for (int s : story) {
          items.add(s);
        }
      }
      return this;
    }

    String url(String host) {
      return "http://" + host + ":" + server.port() + path;
    }

    private void handle(HttpExchange ex) throws IOException, InterruptedException {
      String host = ex.getRequestHeaders().getFirst("Host");
      AtomicInteger n = inFlight.computeIfAbsent(host, h -> new AtomicInteger());
      maxInFlight.accumulateAndGet(n.incrementAndGet(), Math::max);
      try {
        answered.incrementAndGet();
        arrived.countDown();
        requests.release();
        release.await(); // a slow host: answers once the test lets it
        if (failWith != 0) {
          if (retryAfter != null) {
            ex.getResponseHeaders().add("Retry-After", retryAfter);
          }
          ex.sendResponseHeaders(failWith, -1);
          ex.close();
          return;
        }
        String body = rss();
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          notModified.incrementAndGet();
          ex.sendResponseHeaders(304, -1);
          ex.close();
          return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
        ex.getResponseHeaders().add("ETag", etag);
        if (cacheControl != null) {
          ex.getResponseHeaders().add("Cache-Control", cacheControl);
        }
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      } finally {
        n.decrementAndGet();
      }
    }

    private String rss() {
      StringBuilder b = new StringBuilder();
      b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
          .append(
              "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">")
          .append("<channel><title>Feed ")
          .append(path)
          .append("</title><link>http://example.org")
          .append(path)
          .append("</link>")
          .append(channelExtra);
      List<Integer> now;
      synchronized (items) {
        now = List.copyOf(items);
      }
      for (int i : now) {
        String[] s = STORIES.get(i);
        b.append("<item><title>")
            .append(s[0])
            .append("</title><link>")
            .append(itemUrl(i))
            .append("</link><guid>")
            .append(itemUrl(i))
            .append("</guid><pubDate>Mon, 0")
            .append(i + 1)
            .append(" Dec 2026 08:00:00 GMT</pubDate><content:encoded><![CDATA[<p>")
            .append(s[1])
            .append("</p>]]></content:encoded></item>");
      }
      return b.append("</channel></rss>").toString();
    }

    String itemUrl(int i) {
      return "https://news.example.org" + path.replace(".xml", "") + "/" + i;
    }
  }

  Feed feed(String path) {
    return new Feed(path);
  }

  TestHttpServer server() {
    return server;
  }

  /** The most requests one host had in flight at the same time. */
  int maxInFlightPerHost() {
    return maxInFlight.get();
  }

  @Override
  public void close() {
    server.close();
  }
}
