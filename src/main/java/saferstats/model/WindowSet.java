package saferstats.model;

/**
 * The windows analysts report on, all defined from one end month (SPEC 4.1): the 12 months to the
 * end, the latest complete financial quarter and the financial year to date, each beside the same
 * window a year earlier.
 */
public record WindowSet(Month end, WindowPair twelve, WindowPair quarter, WindowPair fytd) {

  public static WindowSet endingAt(Month end) {
    Window current12 = new Window("current12", "12 months to " + end, end.minus(11), end);
    FinancialQuarter q = FinancialQuarter.latestEndingOnOrBefore(end);
    Month fyStart = end.financialYearStart();
    String fy = fyLabel(fyStart);
    Window fytd = new Window("fytd", fy + " to " + end, fyStart, end);
    return new WindowSet(
        end,
        WindowPair.yearOnYear(current12, "previous12", "12 months to " + end.minus(12)),
        new WindowPair(q.window("quarter"), q.yearEarlier().window("quarterLastYear")),
        WindowPair.yearOnYear(
            fytd, "fytdLastYear", fyLabel(fyStart.minus(12)) + " to " + end.minus(12)));
  }

  private static String fyLabel(Month april) {
    return String.format("%d-%02d", april.year(), (april.year() + 1) % 100);
  }
}
