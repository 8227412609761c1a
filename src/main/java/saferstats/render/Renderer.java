package saferstats.render;

import saferstats.analysis.BenchmarkReport;
import saferstats.analysis.CategoriesReport;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.InspectReport;
import saferstats.analysis.QuarterlyReport;
import saferstats.analysis.TrendsReport;
import saferstats.model.UserError;

/**
 * Turns a result record into text in the chosen format; renderers format, never compute. JSON and
 * CSV are generic (one tree, one flattening); table and markdown are designed per command.
 */
public final class Renderer {
  private Renderer() {}

  public static String render(Object report, Format format) {
    return render(report, format, null);
  }

  /**
   * @param table a list to print as its own tidy table (CSV only), or null for the figure table
   */
  public static String render(Object report, Format format, String table) {
    return render(report, format, table, false);
  }

  /**
   * @param table a list to print as its own tidy table (CSV only), or null for the figure table
   * @param wide with {@code table}: one line a row however long ({@code --wide}), instead of the
   *     default that fits {@value TextLayout#COLUMNS} columns
   */
  public static String render(Object report, Format format, String table, boolean wide) {
    if (table != null && format != Format.CSV) {
      throw UserError.usage(
          "--table chooses a list of the CSV output", "add --format csv, or leave out --table");
    }
    return switch (format) {
      case JSON -> Json.of(report);
      case CSV -> table == null ? Csv.figures(report) : Csv.table(report, table);
      case TABLE -> text(report, wide ? TextLayout.WIDE : TextLayout.FITTED);
      case MARKDOWN -> text(report, TextLayout.MARKDOWN);
    };
  }

  private static String text(Object report, TextLayout layout) {
    if (report instanceof TrendsReport t) {
      return TrendsText.render(t, layout);
    }
    if (report instanceof InspectReport i) {
      return InspectText.render(i, layout);
    }
    if (report instanceof QuarterlyReport q) {
      return QuarterlyText.render(q, layout);
    }
    if (report instanceof HotspotsReport h) {
      return HotspotsText.render(h, layout);
    }
    if (report instanceof BenchmarkReport b) {
      return BenchmarkText.render(b, layout);
    }
    if (report instanceof CategoriesReport c) {
      return CategoriesText.render(c, layout);
    }
    throw new IllegalArgumentException("no renderer for " + report.getClass().getSimpleName());
  }
}
