package saferstats.stats;

/** The direction of a Mann–Kendall trend at {@link ExactPoissonTest#ALPHA}. */
public enum TrendDirection {
  INCREASING("increasing"),
  DECREASING("decreasing"),
  NO_TREND("no trend");

  private final String id;

  TrendDirection(String id) {
    this.id = id;
  }

  /** The words written in every output ("no trend"). */
  public String id() {
    return id;
  }

  /** The direction for a two-sided p and the sign of Z. */
  public static TrendDirection of(double p, double z) {
    if (p >= ExactPoissonTest.ALPHA) {
      return NO_TREND;
    }
    return z > 0 ? INCREASING : DECREASING;
  }
}
