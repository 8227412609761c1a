package saferstats.render;

import saferstats.analysis.CategoriesReport;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.InspectReport;
import saferstats.analysis.QuarterlyReport;
import saferstats.analysis.TrendsReport;

/** Turns a result record into text in the chosen format; renderers format, never compute. */
public final class Renderer {
  private Renderer() {}

  public static String render(Object report, Format format) {
    if (format == Format.JSON) {
      return Json.of(report);
    }
    if (report instanceof TrendsReport t) {
      return format == Format.CSV ? TrendsCsv.render(t) : TrendsText.render(t, md(format));
    }
    if (report instanceof InspectReport i) {
      return format == Format.CSV ? InspectCsv.render(i) : InspectText.render(i, md(format));
    }
    if (report instanceof QuarterlyReport q) {
      return format == Format.CSV ? QuarterlyText.csv(q) : QuarterlyText.render(q, md(format));
    }
    if (report instanceof HotspotsReport h) {
      return format == Format.CSV ? HotspotsText.csv(h) : HotspotsText.render(h, md(format));
    }
    if (report instanceof CategoriesReport c) {
      return format == Format.CSV ? CategoriesText.csv(c) : CategoriesText.render(c, md(format));
    }
    throw new IllegalArgumentException("no renderer for " + report.getClass().getSimpleName());
  }

  private static boolean md(Format f) {
    return f == Format.MARKDOWN;
  }
}
