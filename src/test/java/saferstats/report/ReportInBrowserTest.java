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
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
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
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

  @TempDir static Path dir;
  private static Path html;
  private static Path chromium;

  /**
   * Every chart the report inlines, in page order: its name and its SVG text as the page has it.
   */
  private static List<Chart> charts;

  /** The two browser runs, started together once the report is written (see below). */
  private static Chromium.Run report;

  private static Chromium.Run grid;

  private record Chart(String name, String svg) {}

  @BeforeAll
  static void renderTheSampleReport() throws IOException {
    chromium = Chromium.find();
    boolean required = "required".equals(System.getenv("SAFERSTATS_BROWSER_CHECK"));
    if (required) {
      assertThat(chromium)
          .as("SAFERSTATS_BROWSER_CHECK=required but no Chromium found")
          .isNotNull();
    }
    assumeTrue(chromium != null, "no Chromium on this machine: the browser check is skipped");
    html = dir.resolve("harrow-report.html");
    Cli r =
        Cli.run(
            "report",
            "sample-data",
            "--area",
            "Harrow",
            // A preset of the partnership's priorities, not every crime type: the same template,
            // charts and maps (street crime, records and ASB, approximate and not-measurable
            // priorities), in a third of the pages Chromium must print.
            "--categories",
            "csp-2023",
            "--boundaries",
            SampleBoundaries.PATH,
            "--output",
            html.toString(),
            "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    charts = chartsIn(Files.readString(html));
    // The two browser runs are independent, so both start now and run side by side (each launch
    // costs seconds); each test waits for the run it reads. The report is printed and photographed
    // in
    // one run (Chromium writes both files when given both flags).
    report =
        Chromium.start(
            chromium,
            dir,
            "--print-to-pdf=" + dir.resolve("report.pdf"),
            "--no-pdf-header-footer",
            "--screenshot=" + dir.resolve("report.png"),
            "--window-size=1200,3000",
            html.toUri().toString());
    grid = startTheChartGrid();
  }

  /** A browser run a failed test left going is stopped with the class. */
  @AfterAll
  static void stopTheBrowser() {
    for (Chromium.Run run : new Chromium.Run[] {report, grid}) {
      if (run != null) {
        run.process().destroyForcibly();
      }
    }
  }

  /**
   * The charts as the reader gets them: each {@code <svg>} the report inlines in a {@code
   * <figure>}, cut from the page's text as written (an HTML parser would lower-case SVG attributes
   * such as viewBox). Named by the figure's id, or its place in the page for the unnamed
   * sparklines.
   */
  private static List<Chart> chartsIn(String page) {
    List<Chart> found = new ArrayList<>();
    for (int at = page.indexOf("<figure"); at >= 0; at = page.indexOf("<figure", at + 1)) {
      int open = page.indexOf('>', at) + 1;
      if (!page.startsWith("<svg", open)) {
        continue;
      }
      int close = page.indexOf("</svg>", open) + "</svg>".length();
      Matcher id = ID.matcher(page.substring(at, open));
      String name = id.find() ? id.group(1) : "figure-" + (found.size() + 1);
      found.add(new Chart(name, page.substring(open, close)));
    }
    // the cut must find every chart the parsed page holds, no more, no fewer
    assertThat(found).hasSize(Jsoup.parse(page).select("figure > svg").size()).isNotEmpty();
    return found;
  }

  @Test
  void printsToAPdfWithAPagePerPriority() throws Exception {
    report.await();
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
    report.await();
    Path png = dir.resolve("report.png");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(inkShare(image, 0, 0, image.getWidth(), image.getHeight())).isGreaterThan(0.02);
  }

  @Test
  void everyTrendChartPlotsAPointForEachMonthWithData() throws Exception {
    Document doc = Jsoup.parse(html.toFile(), "UTF-8");
    List<Chart> trends = charts.stream().filter(c -> c.name().endsWith("-trend")).toList();
    assertThat(trends).isNotEmpty();
    for (Chart chart : trends) {
      Matcher m = MONTH_POINT.matcher(chart.svg());
      List<String> months = new ArrayList<>();
      while (m.find()) {
        months.add(m.group(1));
      }
      // the chart's own statement of its months, written on its figure in the report
      Element figure = doc.getElementById(chart.name());
      assertThat(figure).as("report figure #" + chart.name()).isNotNull();
      int withData = Integer.parseInt(figure.attr("data-points"));
      assertThat(months).as(chart.name()).hasSize(withData).doesNotHaveDuplicates();
    }
  }

  /**
   * One page holding every chart in a fixed 400 x 220 cell, rendered once: a blank cell is a chart
   * the browser drew empty. Each chart is its own file shown as an image, as in a folder of charts.
   */
  private static Chromium.Run startTheChartGrid() throws IOException {
    Path svgs = Files.createDirectories(dir.resolve("charts"));
    int cols = 3;
    int rows = (charts.size() + cols - 1) / cols;
    Document page = Jsoup.parse("<!doctype html><html><head></head><body></body></html>");
    page.head()
        .appendElement("style")
        .text(
            "body{margin:0;background:#fff}img{position:absolute;width:400px;height:220px;object-fit:contain}");
    for (int i = 0; i < charts.size(); i++) {
      Path svg = svgs.resolve(String.format("%03d-%s.svg", i, charts.get(i).name()));
      Files.writeString(svg, charts.get(i).svg());
      page.body()
          .appendElement("img")
          .attr("src", svg.toUri().toString())
          .attr("style", "left:" + (i % cols) * 400 + "px;top:" + (i / cols) * 220 + "px");
    }
    Path grid = dir.resolve("charts.html");
    Files.writeString(grid, page.outerHtml());
    return Chromium.start(
        chromium,
        dir,
        "--screenshot=" + dir.resolve("charts.png"),
        "--window-size=" + cols * 400 + "," + rows * 220,
        grid.toUri().toString());
  }

  @Test
  void everyChartIsDrawnWhenTheBrowserRendersIt() throws Exception {
    grid.await();
    BufferedImage image = ImageIO.read(dir.resolve("charts.png").toFile());
    int cols = 3;
    for (int i = 0; i < charts.size(); i++) {
      double ink = inkShare(image, (i % cols) * 400, (i / cols) * 220, 400, 220);
      assertThat(ink).as(charts.get(i).name() + " rendered blank").isGreaterThan(0.005);
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

    /** Starts Chromium on {@code args}, its log in a file of its own. */
    static Run start(Path chromium, Path dir, String... args) throws IOException {
      Path profile = Files.createTempDirectory(dir, "chromium-profile");
      Path log = Files.createTempFile(dir, "chromium", ".log");
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
              .redirectOutput(log.toFile())
              .start();
      return new Run(p, log);
    }

    /** One browser run; {@link #await} fails unless it ended well within 2 minutes of its start. */
    record Run(Process process, Path log) {
      synchronized void await() throws IOException, InterruptedException {
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
            .as("Chromium finished in 2 minutes")
            .isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
      }
    }
  }

  /** Where the sample's boundaries live (see sample-data/README.md). */
  static final class SampleBoundaries {
    static final String PATH = "sample-data/boundaries/lsoa21-harrow-brent-barnet-bng.csv.gz";
  }
}
