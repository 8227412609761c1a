package saferstats.stats;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * How concentrated a count is across places (SPEC 4.4): Gini, the generalised Gini of Bernasco
 * &amp; Steenbeek (2017) for sparse counts, the share held by the top places and the fewest places
 * holding half. Every unit counts, zeros included: leaving out the empty places would understate
 * concentration.
 */
public final class Concentration {
  private Concentration() {}

  /**
   * Gini over all units, sorted ascending: G = 2·Σ i·x(i) / (N·Σx) − (N+1)/N, i from 1. Empty when
   * there are no units or the total is 0: the Lorenz curve of nothing is undefined, and a made-up 0
   * or NaN would travel on into reports.
   */
  public static OptionalDouble gini(long[] counts) {
    long total = total(counts);
    if (total == 0) {
      return OptionalDouble.empty();
    }
    long[] sorted = counts.clone();
    Arrays.sort(sorted);
    double weighted = 0;
    for (int i = 0; i < sorted.length; i++) {
      weighted += (i + 1.0) * sorted[i];
    }
    double n = sorted.length;
    return OptionalDouble.of(2 * weighted / (n * total) - (n + 1) / n);
  }

  /**
   * Bernasco &amp; Steenbeek's generalised Gini G' = (N/n)·G − (N−n)/n, n the total count and N the
   * units. It applies only when n &lt; N (fewer crimes than places, where even the most even spread
   * leaves places empty and plain G cannot reach 0); empty otherwise.
   */
  public static OptionalDouble generalisedGini(long[] counts) {
    long crimes = total(counts);
    double units = counts.length;
    if (crimes == 0 || crimes >= units) {
      return OptionalDouble.empty();
    }
    double g = gini(counts).orElseThrow();
    return OptionalDouble.of(units / crimes * g - (units - crimes) / crimes);
  }

  /**
   * How many of {@code units} make the top {@code fraction}: ceil(fraction·N), at least one. The
   * product is rounded up after taking off 1e-9, so that 0.1 × 30 (3.0000000000000004 in floating
   * point) means 3 units, not 4.
   */
  public static int topUnits(int units, double fraction) {
    return Math.max(1, (int) Math.ceil(fraction * units - 1e-9));
  }

  /**
   * Share of the total held by the top ceil(fraction·N) units, largest first, and at least one
   * unit. The product is rounded up after taking off 1e-9, so that 0.1 × 30 (3.0000000000000004 in
   * floating point) means 3 units, not 4. Empty when the total is 0.
   */
  public static OptionalDouble topShare(long[] counts, double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
    }
    long total = total(counts);
    if (total == 0) {
      return OptionalDouble.empty();
    }
    int top = topUnits(counts.length, fraction);
    long[] descending = descending(counts);
    long held = 0;
    for (int i = 0; i < top; i++) {
      held += descending[i];
    }
    return OptionalDouble.of((double) held / total);
  }

  /**
   * The fewest units, largest first, whose counts sum to at least half the total; 0 when the total
   * is 0 (there is nothing to hold).
   */
  public static int fewestForHalf(long[] counts) {
    long total = total(counts);
    long[] descending = descending(counts);
    long held = 0;
    int units = 0;
    while (2 * held < total) {
      held += descending[units++];
    }
    return units;
  }

  private static long total(long[] counts) {
    long total = 0;
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts cannot be negative, got " + c);
      }
      total = Math.addExact(total, c);
    }
    return total;
  }

  private static long[] descending(long[] counts) {
    long[] sorted = counts.clone();
    Arrays.sort(sorted);
    for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
      long t = sorted[i];
      sorted[i] = sorted[j];
      sorted[j] = t;
    }
    return sorted;
  }
}
