package dev.lede.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    try {
      Files.writeString(page, PAGE, StandardCharsets.UTF_8);
      System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
      System.out.print(Lede.quickAnswer(new String[] {"--help"}));
      System.out.print(Lede.quickAnswer(new String[] {"--version"}));
      Main.commandLine(new String[] {"--help"}).execute("--help");
      String[] extract = {"extract", "--threads", "2", page.toString(), page.toString()};
      Integer quick = ExtractFiles.quick(extract);
      if (quick == null || quick != 0) {
        throw new IllegalStateException("the training extract (without picocli) failed");
      }
      if (Main.commandLine(extract).execute(extract) != 0) {
        throw new IllegalStateException("the training extract failed");
      }
    } finally {
      System.setOut(out);
      Files.deleteIfExists(page);
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
}
