package saferstats.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;

/** Lays the {@link ReportView} out as one self-contained HTML page, from the report template. */
public final class ReportHtml {
  private static final String TEMPLATES = "saferstats/report";

  private ReportHtml() {}

  public static String render(ReportView view) {
    // A factory per page: it caches compiled templates, and a run writes one page.
    Mustache template = new DefaultMustacheFactory(TEMPLATES).compile("report.mustache");
    StringWriter out = new StringWriter();
    template.execute(out, view);
    return out.toString();
  }
}
