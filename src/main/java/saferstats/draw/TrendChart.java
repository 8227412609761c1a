package saferstats.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import saferstats.analysis.Cautions;
import saferstats.analysis.ControlFigures;
import saferstats.analysis.MonthCount;
import saferstats.analysis.PriorityTrend;
import saferstats.model.Month;

/**
 * The 36-month chart of one priority as a JFreeChart: counts with gaps where months have no data,
 * the XmR centre and limits, the months each control rule flags, the same months a year before, and
 * the cautions of SPEC 4.5. Built afresh for each drawing target, since its point titles go to that
 * target.
 */
final class TrendChart {
  static final String LINE_KEY = "line";

  private static final int COUNT = 0;
  private static final int YEAR_BEFORE = 1;

  private static final Map<Integer, String> RULES =
      Map.of(
          1, "Beyond a limit (rule 1)",
          2, "Run of 7+ on one side of the mean (rule 2)",
          3, "Run of 7+ rising or falling (rule 3)");
  private static final Map<Integer, Color> RULE_COLOURS =
      Map.of(1, ChartStyle.LIMIT, 2, new Color(0xe6, 0x9f, 0x00), 3, new Color(0x7b, 0x32, 0x94));

  private final PriorityTrend priority;
  private final List<MonthCount> months;
  private final Map<Month, Long> counts = new HashMap<>();

  private TrendChart(PriorityTrend priority) {
    this.priority = priority;
    this.months = priority.monthly();
    for (MonthCount m : months) {
      counts.put(m.month(), m.count());
    }
  }

  static JFreeChart of(PriorityTrend priority, Drawings.Titles titles) {
    return new TrendChart(priority).chart(titles);
  }

  private JFreeChart chart(Drawings.Titles titles) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(countSeries());
    data.addSeries(yearBeforeSeries());
    Map<Integer, List<Month>> signalled = signalledMonths();
    TitledLineRenderer renderer =
        new TitledLineRenderer(
            titles,
            COUNT,
            item -> pointTitle(months.get(item), signalled),
            new TitledLineRenderer.ItemTitle(
                LINE_KEY, "Crimes a month; a break in the line is a month with no data"));
    styleCountAndYearBefore(renderer);
    signalled.forEach(
        (rule, flagged) -> {
          int s =
              addMarkers(
                  data,
                  renderer,
                  RULES.get(rule),
                  flagged,
                  RULE_COLOURS.get(rule),
                  ruleShape(rule));
          // a run flags many months: an outline keeps the line readable under it
          renderer.setSeriesShapesFilled(s, rule == 1);
          renderer.setSeriesStroke(s, new BasicStroke(1.5f));
        });
    if (priority.cautions() != null && !priority.cautions().abruptMonths().isEmpty()) {
      int s =
          addMarkers(
              data,
              renderer,
              "Abrupt month (check recording)",
              priority.cautions().abruptMonths().stream().map(Cautions.AbruptMonth::month).toList(),
              ChartStyle.CAUTION,
              new Ellipse2D.Double(-8, -8, 16, 16));
      renderer.setSeriesShapesFilled(s, false);
      renderer.setSeriesStroke(s, new BasicStroke(1.5f));
    }
    double upper = upper();
    XYPlot plot =
        new XYPlot(
            data,
            ChartStyle.monthAxis(first(), last()),
            ChartStyle.countAxis("Crimes a month", upper),
            renderer);
    plot.setDomainGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setDomainGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    markMissing(plot, upper);
    markControl(plot);
    markSteps(plot);
    JFreeChart chart = ChartStyle.chart(priority.label(), plot, true);
    ChartStyle.roomForLastTick(chart, ChartStyle.shortName(last()));
    for (String line : Subtitles.of(priority)) {
      TextTitle subtitle = new TextTitle(line, ChartStyle.text(10f));
      subtitle.setPaint(ChartStyle.INK);
      chart.addSubtitle(subtitle);
    }
    return chart;
  }

  private XYSeries countSeries() {
    XYSeries s = new XYSeries("Crimes a month", false, true);
    for (MonthCount m : months) {
      s.add(m.month().index(), m.count());
    }
    return s;
  }

  /**
   * The same calendar month a year earlier, from the same series: only where that month is in the
   * series and has data, so with fewer than 36 months the overlay is shorter, never invented.
   */
  private XYSeries yearBeforeSeries() {
    XYSeries s = new XYSeries("Same month a year before", false, true);
    for (MonthCount m : months) {
      Month before = m.month().minus(12);
      if (!before.isBefore(first())) {
        s.add(m.month().index(), counts.get(before));
      }
    }
    return s;
  }

  private void styleCountAndYearBefore(TitledLineRenderer renderer) {
    renderer.setSeriesPaint(COUNT, ChartStyle.COUNT);
    renderer.setSeriesStroke(COUNT, ChartStyle.LINE);
    renderer.setSeriesShape(COUNT, new Ellipse2D.Double(-3, -3, 6, 6));
    renderer.setSeriesPaint(YEAR_BEFORE, ChartStyle.YEAR_BEFORE);
    renderer.setSeriesStroke(YEAR_BEFORE, ChartStyle.DASHED);
    renderer.setSeriesShapesVisible(YEAR_BEFORE, false);
    renderer.setDefaultLegendTextFont(ChartStyle.text(10f));
  }

  /** Adds a markers-only series at the given months' counts; returns its index. */
  private int addMarkers(
      XYSeriesCollection data,
      TitledLineRenderer renderer,
      String label,
      List<Month> flagged,
      Color colour,
      Shape shape) {
    XYSeries s = new XYSeries(label, false, true);
    for (Month m : flagged) {
      if (counts.get(m) != null) {
        s.add(m.index(), counts.get(m));
      }
    }
    data.addSeries(s);
    int index = data.getSeriesCount() - 1;
    renderer.setSeriesLinesVisible(index, false);
    renderer.setSeriesPaint(index, colour);
    renderer.setSeriesShape(index, shape);
    return index;
  }

  /** The rules that flag any month, in rule order, with the months each flags. */
  private Map<Integer, List<Month>> signalledMonths() {
    Map<Integer, List<Month>> flagged = new LinkedHashMap<>();
    if (priority.control() != null) {
      priority.control().signals().stream()
          .filter(s -> !s.months().isEmpty())
          .sorted((a, b) -> Integer.compare(a.rule(), b.rule()))
          .forEach(
              s -> flagged.computeIfAbsent(s.rule(), r -> new ArrayList<>()).addAll(s.months()));
    }
    return flagged;
  }

  private static TitledLineRenderer.ItemTitle pointTitle(
      MonthCount m, Map<Integer, List<Month>> signalled) {
    long n = m.count();
    String title = m.month() + ": " + ChartStyle.count(n) + (n == 1 ? " crime" : " crimes");
    List<String> rules = new ArrayList<>();
    signalled.forEach(
        (rule, flagged) -> {
          if (flagged.contains(m.month())) {
            rules.add(String.valueOf(rule));
          }
        });
    if (!rules.isEmpty()) {
      title += " (signal: rule " + String.join(", ", rules) + ")";
    }
    return new TitledLineRenderer.ItemTitle(m.month().toString(), title);
  }

  private static Shape ruleShape(int rule) {
    return switch (rule) {
      case 1 -> new Ellipse2D.Double(-6, -6, 12, 12);
      case 2 -> new Rectangle2D.Double(-6, -6, 12, 12);
      default -> triangle();
    };
  }

  private static Shape triangle() {
    Path2D.Double t = new Path2D.Double();
    t.moveTo(0, -7.5);
    t.lineTo(7, 5.5);
    t.lineTo(-7, 5.5);
    t.closePath();
    return t;
  }

  /** Counts start at zero; the top clears every count, the year before and the upper limit. */
  private double upper() {
    double max = 0;
    for (MonthCount m : months) {
      if (m.count() != null) {
        max = Math.max(max, m.count());
      }
    }
    if (priority.control() != null) {
      for (ControlFigures.Phase ph : priority.control().phases()) {
        max = Math.max(max, ph.ucl() == null ? ph.mean() : ph.ucl());
      }
      if (priority.control().ucl() != null) {
        max = Math.max(max, priority.control().ucl());
      }
    }
    return Math.max(5, Math.ceil(max * 1.12));
  }

  /** Each run of months with no data is a shaded band labelled "no data". */
  private void markMissing(XYPlot plot, double upper) {
    for (List<Month> run : Runs.missing(months)) {
      double from = run.get(0).index() - 0.5;
      double to = run.get(run.size() - 1).index() + 0.5;
      IntervalMarker band = new IntervalMarker(from, to, ChartStyle.MISSING);
      plot.addDomainMarker(band, Layer.BACKGROUND);
      XYTextAnnotation label = new XYTextAnnotation("no data", (from + to) / 2, upper / 2);
      label.setFont(ChartStyle.text(9f));
      label.setPaint(ChartStyle.INK);
      label.setRotationAngle(-Math.PI / 2);
      label.setRotationAnchor(TextAnchor.CENTER);
      label.setTextAnchor(TextAnchor.CENTER);
      plot.addAnnotation(label);
    }
  }

  private void markControl(XYPlot plot) {
    ControlFigures c = priority.control();
    if (c == null) {
      return;
    }
    if (c.phased()) {
      markPhases(plot, c);
      return;
    }
    // behind the points, so a point on a limit or at zero is never hidden by a line or its label
    plot.addRangeMarker(
        line(
            c.mean(),
            "Mean " + ChartStyle.oneDecimal(c.mean()),
            ChartStyle.CENTRE,
            ChartStyle.THIN),
        Layer.BACKGROUND);
    if (c.ucl() != null) {
      plot.addRangeMarker(
          line(
              c.ucl(),
              "Upper limit " + ChartStyle.oneDecimal(c.ucl()),
              ChartStyle.LIMIT,
              ChartStyle.DASHED),
          Layer.BACKGROUND);
    }
    if (c.lcl() != null) {
      plot.addRangeMarker(
          line(
              c.lcl(),
              "Lower limit " + ChartStyle.oneDecimal(c.lcl()),
              ChartStyle.LIMIT,
              ChartStyle.DASHED),
          Layer.BACKGROUND);
    }
  }

  /**
   * Each phase's own centre and limits across its months only (SPEC 4.6), with a vertical line
   * where a new phase starts; a phase too short for limits shows its centre alone.
   */
  private void markPhases(XYPlot plot, ControlFigures c) {
    for (ControlFigures.Phase ph : c.phases()) {
      double from = ph.from().index() - 0.5;
      double to = ph.to().index() + 0.5;
      segment(plot, from, to, ph.mean(), "Mean " + ChartStyle.oneDecimal(ph.mean()), false);
      if (ph.ucl() != null) {
        segment(plot, from, to, ph.ucl(), "Upper " + ChartStyle.oneDecimal(ph.ucl()), true);
      }
      if (ph.lcl() != null) {
        segment(plot, from, to, ph.lcl(), "Lower " + ChartStyle.oneDecimal(ph.lcl()), true);
      }
      if (!ControlFigures.START.equals(ph.reason())) {
        plot.addDomainMarker(
            vertical(
                ph.from(),
                "new phase: "
                    + ph.reason().replace('-', ' ')
                    + (ph.ucl() == null ? " (too short for limits)" : "")),
            Layer.BACKGROUND);
      }
    }
  }

  private static void segment(
      XYPlot plot, double from, double to, double y, String label, boolean limit) {
    Color colour = limit ? ChartStyle.LIMIT : ChartStyle.CENTRE;
    plot.getRenderer()
        .addAnnotation(
            new XYLineAnnotation(
                from, y, to, y, limit ? ChartStyle.DASHED : ChartStyle.THIN, colour),
            Layer.BACKGROUND);
    XYTextAnnotation text = new XYTextAnnotation(label, from + 0.2, y);
    text.setFont(ChartStyle.text(9f));
    text.setPaint(colour);
    text.setBackgroundPaint(ChartStyle.LABEL_BACKGROUND);
    text.setTextAnchor(TextAnchor.BOTTOM_LEFT);
    plot.getRenderer().addAnnotation(text, Layer.BACKGROUND);
  }

  private static ValueMarker line(
      double value, String label, Color colour, java.awt.Stroke stroke) {
    ValueMarker marker = new ValueMarker(value, colour, stroke);
    marker.setLabel(label);
    marker.setLabelFont(ChartStyle.text(9f));
    marker.setLabelPaint(colour);
    marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    marker.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
    return marker;
  }

  /** A step and known breaks are vertical lines where they start. */
  private void markSteps(XYPlot plot) {
    Cautions cautions = priority.cautions();
    if (cautions == null) {
      return;
    }
    if (cautions.step() != null && !phaseStart(cautions.step().from())) {
      plot.addDomainMarker(
          vertical(cautions.step().from(), "step " + cautions.step().direction().id()),
          Layer.BACKGROUND);
    }
    for (Cautions.KnownBreak b : cautions.knownBreaks()) {
      if (!b.from().isBefore(first()) && !b.from().isAfter(last()) && !phaseStart(b.from())) {
        plot.addDomainMarker(vertical(b.from(), "known break"), Layer.BACKGROUND);
      }
    }
  }

  /** Whether a new phase of the chart starts in {@code m}: its line already marks the month. */
  private boolean phaseStart(Month m) {
    ControlFigures c = priority.control();
    return c != null
        && c.phases().stream()
            .anyMatch(ph -> !ControlFigures.START.equals(ph.reason()) && ph.from().equals(m));
  }

  private static ValueMarker vertical(Month from, String label) {
    ValueMarker marker = new ValueMarker(from.index() - 0.5, ChartStyle.CAUTION, ChartStyle.DASHED);
    marker.setLabel(label);
    marker.setLabelFont(ChartStyle.text(9f));
    marker.setLabelPaint(ChartStyle.CAUTION);
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    marker.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
    return marker;
  }

  private Month first() {
    return months.get(0).month();
  }

  private Month last() {
    return months.get(months.size() - 1).month();
  }
}
