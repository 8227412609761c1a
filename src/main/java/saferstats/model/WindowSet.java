package saferstats.model;

import java.util.List;

/** The windows analysts report on, all defined from one end month (SPEC 4.1). */
public record WindowSet(
    Month end,
    Window current12,
    Window previous12,
    Window quarter,
    Window quarterLastYear,
    Window fytd,
    Window fytdLastYear) {

  public static WindowSet endingAt(Month end) {
    Window current12 = new Window("current12", "12 months to " + end, end.minus(11), end);
    Window previous12 = current12.yearEarlier("previous12", "12 months to " + end.minus(12));
    FinancialQuarter q = FinancialQuarter.latestEndingOnOrBefore(end);
    Window quarter = q.window("quarter");
    Window quarterLastYear = q.yearEarlier().window("quarterLastYear");
    Month fyStart = end.financialYearStart();
    String fy = fyLabel(fyStart);
    Window fytd = new Window("fytd", fy + " to " + end, fyStart, end);
    Window fytdLastYear =
        fytd.yearEarlier("fytdLastYear", fyLabel(fyStart.minus(12)) + " to " + end.minus(12));
    return new WindowSet(end, current12, previous12, quarter, quarterLastYear, fytd, fytdLastYear);
  }

  private static String fyLabel(Month april) {
    return String.format("%d-%02d", april.year(), (april.year() + 1) % 100);
  }

  public List<Window> all() {
    return List.of(current12, previous12, quarter, quarterLastYear, fytd, fytdLastYear);
  }

  /** The earliest month any window reaches back to. */
  public Month earliest() {
    return all().stream().map(Window::from).min(Month::compareTo).orElseThrow();
  }
}
