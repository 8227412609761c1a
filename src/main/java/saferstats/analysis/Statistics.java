package saferstats.analysis;

/**
 * The statistics of SPEC 4.2 for one priority's series, computed by the pure functions of {@code
 * saferstats.stats}; null (with the reason in the report's notes) where they cannot be computed.
 */
final class Statistics {
  private Statistics() {}

  static SignificanceFigures significance(WindowCount current, WindowCount previous) {
    return null;
  }

  static TrendFigures trend(MonthlySeries series, AreaContext area) {
    return null;
  }

  static ControlFigures control(MonthlySeries series, AreaContext area) {
    return null;
  }
}
