package saferstats.model;

/** A UK financial quarter: Q1 April–June … Q4 January–March of the year starting in April. */
public record FinancialQuarter(int startYear, int quarter) {
  public FinancialQuarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter out of range: " + quarter);
    }
  }

  /** The latest quarter that is complete by the end of {@code end}. */
  public static FinancialQuarter latestEndingOnOrBefore(Month end) {
    // Quarters end in June, September, December and March; step back to the nearest such month.
    Month last = end.minus(Math.floorMod(end.month() - 3, 3));
    Month first = last.minus(2);
    int startYear = first.financialYearStart().year();
    int q = Math.floorDiv(first.index() - first.financialYearStart().index(), 3) + 1;
    return new FinancialQuarter(startYear, q);
  }

  public Month first() {
    return new Month(startYear, 4).plus((quarter - 1) * 3);
  }

  public Month last() {
    return first().plus(2);
  }

  /** "2024-25 Q1". */
  public String label() {
    return String.format("%d-%02d Q%d", startYear, (startYear + 1) % 100, quarter);
  }

  /** The quarter before this one (2024-25 Q1 → 2023-24 Q4). */
  public FinancialQuarter previous() {
    return quarter == 1
        ? new FinancialQuarter(startYear - 1, 4)
        : new FinancialQuarter(startYear, quarter - 1);
  }

  public FinancialQuarter yearEarlier() {
    return new FinancialQuarter(startYear - 1, quarter);
  }

  public Window window(String name) {
    return new Window(name, label(), first(), last());
  }
}
