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
    return new Comparison(a - b, changePct(a, b), isSmall(a, b), false);
  }

  static boolean isSmall(long a, long b) {
    return a < SMALL_NUMBERS || b < SMALL_NUMBERS;
  }

  /** The change from {@code b} to {@code a} in percent to 1 dp, or null under the guard. */
  static Double changePct(long a, long b) {
    return isSmall(a, b) ? null : Math.round(1000.0 * (a - b) / b) / 10.0;
  }
}
