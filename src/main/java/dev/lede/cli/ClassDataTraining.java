package dev.lede.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the class-data (AppCDS) archive made at package time by {@code
 * src/assembly/cds-archive.sh}: it runs {@code lede --help} (pre-rendered and through picocli),
 * {@code lede --version} and {@code lede extract} on a small page (without and with picocli; its
 * "Mu&#x308;nster" is written as a base and a combining mark, so the normaliser that composes it is
 * trained too), so the classes those commands load are in the archive and later runs map them
 * instead of loading and verifying them. Output is discarded.
 */
final class ClassDataTraining {
  private ClassDataTraining() {}

  public static void main(String[] args) throws Exception {
    Path page = Files.createTempFile("lede-cds", ".html");
    PrintStream out = System.out;
    List<Path> varied = new ArrayList<>();
    try {
      Files.writeString(page, PAGE, StandardCharsets.UTF_8);
      System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
      System.out.print(Lede.quickAnswer(new String[] {"--help"}));
      System.out.print(Lede.quickAnswer(new String[] {"--version"}));
      Main.commandLine(new String[] {"--help"}).execute("--help");
      String[] extract = {"extract", "--threads", "2", page.toString(), page.toString()};
      // Pages that take the other paths of a run over real pages (legacy charsets, metadata from
      // meta tags or the markup alone, a detected language, no article): the lambdas, string
      // concatenations and charsets those paths first use are archived too, instead of being
      // spun and loaded while a batch runs (about 90 classes on 181 trafilatura-eval pages).
      for (byte[] body : VARIED) {
        Path p = Files.createTempFile("lede-cds", ".html");
        varied.add(p);
        Files.write(p, body);
      }
      String[] batch = new String[varied.size() + 3];
      batch[0] = "extract";
      batch[1] = "--threads";
      batch[2] = "2";
      for (int i = 0; i < varied.size(); i++) batch[i + 3] = varied.get(i).toString();
      for (String[] run : List.of(extract, batch)) {
        Integer quick = ExtractFiles.quick(run);
        if (quick == null || quick != 0) {
          throw new IllegalStateException("the training extract (without picocli) failed");
        }
      }
      if (Main.commandLine(extract).execute(extract) != 0) {
        throw new IllegalStateException("the training extract failed");
      }
    } finally {
      System.setOut(out);
      Files.deleteIfExists(page);
      for (Path p : varied) Files.deleteIfExists(p);
    }
  }

  private static final String PAGE =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bridge | Times"
          + "</title><meta property=\"og:site_name\" content=\"Times\"><script"
          + " type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge\","
          + "\"datePublished\":\"2024-03-05T09:30:00+01:00\",\"author\":{\"name\":\"Jane Doe\"}}"
          + "</script></head><body><nav><a href=\"/\">Home</a></nav><main><article><h1>Bridge"
          + "</h1><div class=\"byline\">By Jane Doe</div><div class=\"article-body\"><p>The"
          + " council voted on Tuesday to rebuild the old harbour bridge, ending a decade of"
          + " debate about the crossing.</p><figure><img src=\"b.jpg\"><figcaption>Photo: Jane"
          + " Doe</figcaption></figure><p>Engineers said the new span would take three years to"
          + " build, and that traffic would use the Mu\u0308nster ferry.</p><table><tr><td>Cost</td><td>120"
          + "</td></tr></table></div><ul class=\"related\"><li><a href=\"/a\">Ferry prices"
          + "</a></li></ul></article></main><footer>Copyright</footer></body></html>";

  private static final String PARAGRAPHS =
      "<p>Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke neu zu bauen, nachdem"
          + " zehn Jahre lang über die Querung gestritten worden war.</p><h2>Drei Jahre Bauzeit"
          + "</h2><p>Die Ingenieure sagten, der Neubau werde drei Jahre dauern; der Verkehr solle"
          + " so lange über die Fähre laufen, die am Hafen anlegt.</p><blockquote>„Wir haben lange"
          + " genug gewartet“, sagte die Bürgermeisterin.</blockquote><ul><li>Kosten: 120 Millionen"
          + "</li><li>Baubeginn: Mai</li></ul><p>Weitere Schritte folgen im Herbst.<br>Die"
          + " Anwohner werden eingeladen.</p>";

  /**
   * Training pages beside {@link #PAGE}, each written for paths the others do not take: a
   * windows-1252 page with its metadata in meta tags and no declared language, an ISO-8859-2 page
   * whose title is only its {@code <h1>} and whose date is in its text, a GB18030 page, a page of
   * links with no article (the page-wide reading) and a long page with comments, a share bar,
   * related links, captions, a table and a JSON-LD graph.
   */
  static final List<byte[]> VARIED =
      List.of(
          ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
                  + " charset=windows-1252\"><title>Neue Brücke - Stadtanzeiger</title><meta"
                  + " property=\"og:title\" content=\"Neue Brücke für den Hafen\"><meta"
                  + " property=\"og:url\" content=\"https://www.stadtanzeiger.example/brücke\">"
                  + "<meta property=\"og:image\" content=\"http://img.example/b.jpg\"><meta"
                  + " name=\"description\" content=\"Der Rat baut die Hafenbrücke neu.\"><meta"
                  + " name=\"author\" content=\"Anna Schmidt\"><meta"
                  + " property=\"article:published_time\" content=\"2024-03-05T09:30:00Z\"><meta"
                  + " property=\"article:modified_time\" content=\"2024-03-06\"><link"
                  + " rel=\"canonical\" href=\"https://www.stadtanzeiger.example/b\"></head><body>"
                  + "<div class=\"header\"><a href=\"http://www.stadtanzeiger.example/\">Start</a>"
                  + " | <a href=\"https://www.stadtanzeiger.example/lokales\">Lokales</a></div>"
                  + "<div id=\"content\"><h1>Neue Brücke für den Hafen</h1><p class=\"date\">"
                  + "05.03.2024, 10:30 Uhr | Von <a rel=\"author\" href=\"/anna\">Anna"
                  + " Schmidt</a></p><div class=\"text\">"
                  + PARAGRAPHS
                  + "</div><div class=\"share\"><a href=\"https://facebook.com/share\">Teilen"
                  + "</a></div></div><div class=\"footer\">© 2024 Stadtanzeiger · Impressum ·"
                  + " Datenschutz</div></body></html>")
              .getBytes(java.nio.charset.Charset.forName("windows-1252")),
          ("<!DOCTYPE html><html><head><meta charset=\"iso-8859-2\"></head><body><header><nav>"
                  + "<ul><li><a href=\"/\">Strona główna</a></li><li><a href=\"/kraj\">Kraj</a>"
                  + "</li></ul></nav></header><article><h1>Rada miasta zbuduje nowy most</h1><div"
                  + " class=\"meta\"><span itemprop=\"author\">Jan Kowalski</span> <time"
                  + " itemprop=\"datePublished\" datetime=\"2024-03-05\">5 marca 2024</time></div>"
                  + "<p>Rada miasta zdecydowała we wtorek o budowie nowego mostu w porcie, kończąc"
                  + " dziesięć lat sporów o przeprawę.</p><figure><img src=\"most.jpg\""
                  + " alt=\"Most\"><figcaption>Fot. Jan Kowalski / Agencja</figcaption></figure>"
                  + "<p>Inżynierowie powiedzieli, że budowa potrwa trzy lata, a ruch pójdzie promem."
                  + "</p><p>Źródło: PAP</p></article><aside class=\"related\"><h3>Czytaj także</h3>"
                  + "<a href=\"/a\">Ceny promu rosną</a></aside></body></html>")
              .getBytes(java.nio.charset.Charset.forName("ISO-8859-2")),
          ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=gb2312\">"
                  + "<title>市议会决定重建港口大桥_新闻中心</title></head><body><div class=\"nav\">"
                  + "<a href=\"/\">首页</a></div><div class=\"article\"><h1>市议会决定重建港口大桥</h1>"
                  + "<div class=\"info\">2024年03月05日 09:30 来源：新华社</div><p>市议会星期二投票决定重建"
                  + "旧港口大桥，结束了关于这一过境点长达十年的争论。</p><p>工程师们说，新桥需要三年时间建成，"
                  + "在此期间交通将使用渡轮。</p><p>（责任编辑：王明）</p></div></body></html>")
              .getBytes(java.nio.charset.Charset.forName("GB18030")),
          ("<html lang=\"fr\"><head><title>Archives</title></head><body><div><a href=\"/1\">Le"
                  + " conseil vote</a><br><a href=\"/2\">Le pont sera reconstruit</a><br>Mis à"
                  + " jour le 5 mars 2024<br>Contact : redaction@example.org</div><table><tr>"
                  + "<td>Lundi</td><td>Mardi</td></tr></table></body></html>")
              .getBytes(StandardCharsets.UTF_8),
          ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Bridge"
                  + " vote &#8211; The Harbour Post</title><meta property=\"og:locale\""
                  + " content=\"en_GB\"><script type=\"application/ld+json\">{\"@context\":"
                  + "\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"The"
                  + " Harbour Post\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"Bridge vote\","
                  + "\"datePublished\":\"Tue, 05 Mar 2024 09:30:00 GMT\",\"dateModified\":"
                  + "\"2024-03-05T10:00:00.000+0000\",\"author\":[{\"@type\":\"Person\",\"name\":"
                  + "\"Jane Doe\"},{\"name\":\"John Roe\"}],\"image\":{\"url\":\"/i.jpg\"},"
                  + "\"inLanguage\":\"en-GB\",\"articleBody\":\"The council voted.\"}]}</script>"
                  + "</head><body><div id=\"cookie-banner\">We use cookies. <button>Accept</button>"
                  + "</div><main><div class=\"post\"><h1 class=\"entry-title\">Bridge vote</h1><p"
                  + " class=\"byline\">By Jane Doe and John Roe | March 5, 2024 9:30 am</p><div"
                  + " class=\"entry-content\"><p>The council voted on Tuesday to rebuild the old"
                  + " harbour bridge, ending a decade of debate about the crossing, the mayor said."
                  + "</p><h2>What happens next</h2><p>Engineers said the new span would take three"
                  + " years to build, and that traffic would use the ferry in the meantime.</p><pre>"
                  + "<code>cost = 120</code></pre><p>Read more: <a href=\"/ferry\">Ferry prices"
                  + " rise</a></p><div class=\"newsletter\">Sign up for our newsletter</div><table>"
                  + "<thead><tr><th>Year</th><th>Cost</th></tr></thead><tbody><tr><td>2024</td><td>"
                  + "10</td></tr></tbody></table><p><img src=\"a.png\"> Photo: Jane Doe/Reuters</p>"
                  + "<iframe src=\"https://www.youtube.com/embed/x\"></iframe><noscript>Enable"
                  + " JavaScript</noscript></div><div class=\"author-bio\">Jane Doe covers the"
                  + " harbour.</div><ul class=\"share-bar\"><li><a href=\"#\">Share</a></li></ul>"
                  + "</div><section id=\"comments\"><h3>3 comments</h3><div class=\"comment\"><p>"
                  + "Great news, finally!</p></div></section></main><footer><p>© 2024 The Harbour"
                  + " Post. All rights reserved.</p></footer></body></html>")
              .getBytes(StandardCharsets.UTF_8));
}
