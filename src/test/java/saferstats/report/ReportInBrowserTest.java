package saferstats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;

/**
 * The sample report as a reader sees it: rendered by headless Chromium to PDF and PNG, every chart
 * drawn and not blank (issue 16). Skips when Chromium is absent, unless {@code
 * SAFERSTATS_BROWSER_CHECK=required} ({@code .ci/run} installs Chromium and sets it).
 */
class ReportInBrowserTest {
  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");
  private static final Pattern MONTH_POINT = Pattern.compile("data-key=\"(\\d{4}-\\d{2})\"");

  @TempDir static Path dir;
  private static Path html;
  private static Path charts;
  private static Path chromium;

  @BeforeAll
  static void renderTheSampleReport() {
    chromium = Chromium.find();
    boolean required = "required".equals(System.getenv("SAFERSTATS_BROWSER_CHECK"));
    if (required) {
      assertThat(chromium)
          .as("SAFERSTATS_BROWSER_CHECK=required but no Chromium found")
          .isNotNull();
    }
    assumeTrue(chromium != null, "no Chromium on this machine: the browser check is skipped");
    html = dir.resolve("harrow-report.html");
    charts = dir.resolve("charts");
    Cli r =
        Cli.run(
            "report",
            "sample-data",
            "--area",
            "Harrow",
            "--boundaries",
            SampleBoundaries.PATH,
            "--output",
            html.toString(),
            "--charts",
            charts.toString(),
            "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
  }

  /**
   * The report printed and photographed in one browser run (Chromium writes both files when given
   * both flags): each launch costs seconds, and the two tests below read what this one made.
   */
  private static synchronized void renderInTheBrowser() throws Exception {
    if (Files.exists(dir.resolve("report.pdf")) && Files.exists(dir.resolve("report.png"))) {
      return;
    }
    Chromium.run(
        chromium,
        dir,
        "--print-to-pdf=" + dir.resolve("report.pdf"),
        "--no-pdf-header-footer",
        "--screenshot=" + dir.resolve("report.png"),
        "--window-size=1200,3000",
        html.toUri().toString());
  }

  @Test
  void printsToAPdfWithAPagePerPriority() throws Exception {
    renderInTheBrowser();
    Path pdf = dir.resolve("report.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    Matcher pages = PAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (pages.find()) {
      n++;
    }
    // a summary page and a page break before each priority section
    int sections = Jsoup.parse(html.toFile(), "UTF-8").select("section.priority").size();
    assertThat(sections).isPositive();
    assertThat(n).isGreaterThan(sections);
  }

  @Test
  void theRenderedPageIsNotBlank() throws Exception {
    renderInTheBrowser();
    Path png = dir.resolve("report.png");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(inkShare(image, 0, 0, image.getWidth(), image.getHeight())).isGreaterThan(0.02);
  }

  @Test
  void everyTrendChartPlotsAPointForEachMonthWithData() throws Exception {
    Document doc = Jsoup.parse(html.toFile(), "UTF-8");
    List<Path> trends;
    try (Stream<Path> s = Files.list(charts)) {
      trends = s.filter(p -> p.toString().endsWith("-trend.svg")).sorted().toList();
    }
    assertThat(trends).isNotEmpty();
    for (Path svg : trends) {
      String text = Files.readString(svg);
      Matcher m = MONTH_POINT.matcher(text);
      List<String> months = new ArrayList<>();
      while (m.find()) {
        months.add(m.group(1));
      }
      // the chart's own statement of its months, written beside it in the report
      String stem = svg.getFileName().toString().replace(".svg", "");
      Element figure = doc.getElementById(stem);
      assertThat(figure).as("report figure #" + stem).isNotNull();
      int withData = Integer.parseInt(figure.attr("data-points"));
      assertThat(months).as(svg.getFileName().toString()).hasSize(withData).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyChartIsDrawnWhenTheBrowserRendersIt() throws Exception {
    List<Path> svgs;
    try (Stream<Path> s = Files.list(charts)) {
      svgs = s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
    }
    assertThat(svgs).isNotEmpty();
    // One page holding every chart in a fixed 400 x 220 cell, rendered once: a blank cell is a
    // chart the browser drew empty.
    int cols = 3;
    int rows = (svgs.size() + cols - 1) / cols;
    Document page = Jsoup.parse("<!doctype html><html><head></head><body></body></html>");
    page.head()
        .appendElement("style")
        .text(
            "body{margin:0;background:#fff}img{position:absolute;width:400px;height:220px;object-fit:contain}");
    for (int i = 0; i < svgs.size(); i++) {
      page.body()
          .appendElement("img")
          .attr("src", svgs.get(i).toUri().toString())
          .attr("style", "left:" + (i % cols) * 400 + "px;top:" + (i / cols) * 220 + "px");
    }
    Path grid = dir.resolve("charts.html");
    Files.writeString(grid, page.outerHtml());
    Path png = dir.resolve("charts.png");
    Chromium.run(
        chromium,
        dir,
        "--screenshot=" + png,
        "--window-size=" + cols * 400 + "," + rows * 220,
        grid.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    for (int i = 0; i < svgs.size(); i++) {
      double ink = inkShare(image, (i % cols) * 400, (i / cols) * 220, 400, 220);
      assertThat(ink).as(svgs.get(i).getFileName() + " rendered blank").isGreaterThan(0.005);
    }
  }

  /** Share of pixels in the rectangle that are not (near) white. */
  static double inkShare(BufferedImage image, int x0, int y0, int w, int h) {
    long ink = 0;
    long all = 0;
    for (int y = y0; y < Math.min(y0 + h, image.getHeight()); y++) {
      for (int x = x0; x < Math.min(x0 + w, image.getWidth()); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        all++;
        if (r < 235 || g < 235 || b < 235) {
          ink++;
        }
      }
    }
    return all == 0 ? 0 : (double) ink / all;
  }

  /** Headless Chromium, started the way this machine's closed network needs. */
  static final class Chromium {
    static Path find() {
      String env = System.getenv("CHROMIUM");
      for (String candidate :
          new String[] {
            env, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"
          }) {
        if (candidate != null && Files.isExecutable(Path.of(candidate))) {
          return Path.of(candidate);
        }
      }
      return null;
    }

    static void run(Path chromium, Path dir, String... args)
        throws IOException, InterruptedException {
      Path profile = Files.createTempDirectory(dir, "chromium-profile");
      List<String> command =
          new ArrayList<>(
              List.of(
                  chromium.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--hide-scrollbars",
                  "--user-data-dir=" + profile));
      command.addAll(List.of(args));
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("chromium.log").toFile())
              .start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished in 2 minutes").isTrue();
      assertThat(p.exitValue()).as(Files.readString(dir.resolve("chromium.log"))).isZero();
    }
  }

  /** Where the sample's boundaries live (see sample-data/README.md). */
  static final class SampleBoundaries {
    static final String PATH = "sample-data/boundaries/lsoa21-harrow-brent-barnet-bng.csv.gz";
  }
}
