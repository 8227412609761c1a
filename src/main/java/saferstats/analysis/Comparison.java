package saferstats.analysis;

/**
 * One window against its comparison window. The percentage is withheld (null) when either window is
 * incomplete or either count is under {@link #SMALL_NUMBERS} (SPEC 4.1, small-numbers guard).
 */
public record Comparison(Long change, Double changePct, boolean smallNumbers, boolean incomplete) {
  public static final int SMALL_NUMBERS = 10;

  public static Comparison of(WindowCount current, WindowCount previous) {
    if (!current.complete() || !previous.complete()) {
      return new Comparison(null, null, false, true);
    }
    long a = current.count();
    long b = previous.count();
    boolean small = a < SMALL_NUMBERS || b < SMALL_NUMBERS;
    Double pct = small ? null : Math.round(1000.0 * (a - b) / b) / 10.0;
    return new Comparison(a - b, pct, small, false);
  }
}
