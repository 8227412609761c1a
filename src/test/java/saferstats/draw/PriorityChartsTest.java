package saferstats.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import saferstats.analysis.MonthCount;
import saferstats.analysis.PriorityTrend;

class PriorityChartsTest {
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  @Test
  void trendTitlesOnePointPerMonthWithData() throws Exception {
    Map<String, String> points =
        monthPoints(PriorityCharts.trend("burglary-trend", ChartFixtures.trend()));

    // 36 months less the two with no data
    assertThat(points).hasSize(34).doesNotContainKeys("2022-11", "2023-09");
    // month 0 has 40 + 0 % 5 = 40; month 12 (2023-01) 40 + 12 % 5 = 42; month 35 (2024-12) 40 + 0 =
    // 40
    assertThat(points)
        .containsEntry("2022-01", "2022-01: 40 crimes")
        .containsEntry("2023-01", "2023-01: 42 crimes")
        .containsEntry("2024-11", "2024-11: 80 crimes (signal: rule 1)")
        .containsEntry("2024-12", "2024-12: 40 crimes");
  }

  @Test
  void trendLineBreaksAtEachMonthWithNoData() throws Exception {
    Svg svg = new Svg(PriorityCharts.trend("burglary-trend", ChartFixtures.trend()).svg());

    // items 0-9 (2022-01..2022-10), 11-19 (2022-12..2023-08), 21-35 (2023-10..2024-12): drawn as
    // zero or joined across, the line would be one stretch of 36 or 34 points
    assertThat(Svg.stretches(svg.group(TrendChart.LINE_KEY))).containsExactly(10, 9, 15);
  }

  @Test
  void trendLabelsTheMeanAndLimitsWithTheirValues() throws Exception {
    Svg svg = new Svg(PriorityCharts.trend("burglary-trend", ChartFixtures.trend()).svg());

    assertThat(svg.texts())
        .contains("Mean 45.0", "Upper limit 67.8", "Lower limit 22.2")
        .contains("Beyond a limit (rule 1)", "Same month a year before")
        .contains("Mean and limits (XmR) over 34 of 36 months; no data 2022-11, 2023-09")
        // quarterly ticks on the month axis
        .contains("Jan 2023", "Apr 2023", "Jul 2023", "Oct 2023");
  }

  @Test
  void trendWithoutAControlChartSaysWhyAndDrawsNoLimits() throws Exception {
    List<MonthCount> months = ChartFixtures.months();
    PriorityTrend shortSeries =
        ChartFixtures.trend(months, null, List.of(PriorityTrend.SHORT_SERIES));

    Svg svg = new Svg(PriorityCharts.trend("burglary-trend", shortSeries).svg());

    assertThat(String.join("|", svg.texts())).doesNotContain("Upper limit", "Lower limit", "Mean ");
    assertThat(svg.texts())
        .contains(
            "No control limits: only 34 of 36 months have data, too few for a control chart;"
                + " no data 2022-11, 2023-09");
  }

  @Test
  void trendOfFewerThan36MonthsOverlaysOnlyTheYearItHas() throws Exception {
    // the last 20 months (2023-05..2024-12): a year before exists for the last 8 only
    List<MonthCount> months = ChartFixtures.months().subList(16, 36);
    Svg svg =
        new Svg(
            PriorityCharts.trend("burglary-trend", ChartFixtures.trend(months, null, List.of()))
                .svg());

    assertThat(svg.texts())
        .contains("Year before shown for the last 8 months only: the data start in 2023-05");
  }

  @Test
  void trendEndingInAQuarterMonthKeepsItsLastAxisLabelWhole() throws Exception {
    // 2022-08..2025-07, as Harrow's MPS charts: the last tick, "Jul 2025", sits half a month
    // (about 9 px) from the plot's right edge; "Jul 2025" at 10 px is about 45 px wide, so half of
    // it hung past the 720 px drawing and printed as "Jul 202"
    List<MonthCount> months = new java.util.ArrayList<>();
    for (int i = 0; i < 36; i++) {
      months.add(new MonthCount(saferstats.model.Month.of(2022, 8).plus(i), 40L + i % 5));
    }
    Svg svg =
        new Svg(
            PriorityCharts.trend("burglary-trend", ChartFixtures.trend(months, null, List.of()))
                .svg());

    Map<String, Double> edges = svg.rightEdges(Fonts.regular(10f));
    assertThat(edges).containsKey("Jul 2025");
    assertThat(edges.get("Jul 2025")).isLessThanOrEqualTo(PriorityCharts.TREND_WIDTH);
  }

  @Test
  void trendPngHasTheLineInThePlotArea() throws Exception {
    BufferedImage png = image(PriorityCharts.trend("burglary-trend", ChartFixtures.trend()));

    assertThat(png.getWidth()).isEqualTo(1440);
    assertThat(png.getHeight()).isEqualTo(600);
    // the count line's colour, not just any ink: a blank plot or a line in the wrong colour fails
    assertThat(pixelsNear(png, ChartStyle.COUNT)).isGreaterThan(2000);
    // the two bands behind the months with no data
    assertThat(pixelsNear(png, ChartStyle.MISSING)).isGreaterThan(2 * 30 * 300);
  }

  @Test
  void trendIsTheSameBytesEveryRun() {
    Drawing first = PriorityCharts.trend("burglary-trend", ChartFixtures.trend());
    Drawing second = PriorityCharts.trend("burglary-trend", ChartFixtures.trend());

    assertThat(first.svg()).isEqualTo(second.svg());
    assertThat(first.png()).isEqualTo(second.png());
    assertThat(first.svg()).contains("burglary-trend-").contains("font-family=\"'DejaVu Sans'\"");
  }

  @Test
  void sparklineIsALineWithGapsAndTheLastMonthMarked() throws Exception {
    Drawing spark = PriorityCharts.sparkline("burglary-spark", ChartFixtures.trend());
    Svg svg = new Svg(spark.svg());

    assertThat(svg.texts()).isEmpty();
    assertThat(Svg.stretches(svg.group(Sparkline.LINE_KEY))).containsExactly(10, 9, 15);
    assertThat(svg.titles())
        .containsExactly(
            Map.entry(
                Sparkline.LINE_KEY, "Crimes a month, 2022-01 to 2024-12; 2024-12: 40 crimes"));
    BufferedImage png = image(spark);
    assertThat(png.getWidth()).isEqualTo(240);
    assertThat(png.getHeight()).isEqualTo(56);
    assertThat(pixelsNear(png, ChartStyle.COUNT)).isGreaterThan(100);
    assertThat(pixelsNear(png, ChartStyle.LIMIT)).isGreaterThan(10);
    assertThat(spark.png())
        .isEqualTo(PriorityCharts.sparkline("burglary-spark", ChartFixtures.trend()).png());
  }

  @Test
  void sparklineMarksNoPointWhenTheLastMonthHasNoData() throws Exception {
    List<MonthCount> months = new java.util.ArrayList<>(ChartFixtures.months());
    months.set(35, new MonthCount(months.get(35).month(), null));
    Drawing spark =
        PriorityCharts.sparkline("burglary-spark", ChartFixtures.trend(months, null, List.of()));

    assertThat(pixelsNear(image(spark), ChartStyle.LIMIT)).isZero();
  }

  @Test
  void outcomesDrawsOneLabelledBarPerGroup() throws Exception {
    Drawing bars = PriorityCharts.outcomes("burglary-outcomes", ChartFixtures.outcomes());
    Svg svg = new Svg(bars.svg());

    // 16, 96 and 48 of the 160 with an outcome: 10.0%, 60.0% and 30.0%
    assertThat(svg.titles())
        .containsExactly(
            Map.entry(
                "charge-summons", "Charge or summons: 16 of 160 crimes with an outcome (10.0%)"),
            Map.entry(
                "no-suspect", "No suspect identified: 96 of 160 crimes with an outcome (60.0%)"),
            Map.entry(
                "under-investigation",
                "Under investigation: 48 of 160 crimes with an outcome (30.0%)"));
    assertThat(svg.texts())
        .contains("10.0%", "60.0%", "30.0%")
        .contains("Charge or summons", "No suspect identified", "Under investigation")
        .contains("160 of 200 crimes have an outcome; latest outcome of each crime");
    assertThat(pixelsNear(image(bars), ChartStyle.BAR)).isGreaterThan(5000);
    assertThat(bars.svg())
        .isEqualTo(PriorityCharts.outcomes("burglary-outcomes", ChartFixtures.outcomes()).svg());
  }

  @Test
  void outcomesIsNullWithNothingToDraw() {
    var none = ChartFixtures.outcomes();
    assertThat(PriorityCharts.outcomes("x", null)).isNull();
    assertThat(
            PriorityCharts.outcomes(
                "x",
                new saferstats.analysis.OutcomeFigures(
                    none.crimes(), 0, null, none.source(), List.of())))
        .isNull();
    assertThat(
            PriorityCharts.outcomes(
                "x",
                new saferstats.analysis.OutcomeFigures(
                    3,
                    0,
                    null,
                    none.source(),
                    List.of(
                        new saferstats.analysis.OutcomeFigures.Share("other", "Other", 0, null)))))
        .isNull();
  }

  private static Map<String, String> monthPoints(Drawing d) throws Exception {
    Map<String, String> titles = new Svg(d.svg()).titles();
    titles.keySet().removeIf(k -> !MONTH.matcher(k).matches());
    return titles;
  }

  private static BufferedImage image(Drawing d) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(d.png()));
  }

  /** Pixels within a small distance of a colour (anti-aliased edges excluded). */
  private static int pixelsNear(BufferedImage image, Color colour) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        if (Math.abs(c.getRed() - colour.getRed())
                + Math.abs(c.getGreen() - colour.getGreen())
                + Math.abs(c.getBlue() - colour.getBlue())
            < 30) {
          n++;
        }
      }
    }
    return n;
  }
}
