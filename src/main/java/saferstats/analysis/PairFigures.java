package saferstats.analysis;

import saferstats.model.WindowPair;

/**
 * A window's count against the same window a year earlier, with the change and the percentage
 * change (both withheld, null, when either window misses a month; the percentage also under the
 * small-numbers guard).
 */
public record PairFigures(WindowCount now, WindowCount yearEarlier, Long change, Double changePct) {

  /** Both windows of {@code pair} counted from {@code series}, and the change between them. */
  static PairFigures of(MonthlySeries series, WindowPair pair) {
    return of(series.window(pair.now()), series.window(pair.yearEarlier()));
  }

  static PairFigures of(WindowCount now, WindowCount yearEarlier) {
    Comparison c = Comparison.of(now, yearEarlier);
    return new PairFigures(now, yearEarlier, c.change(), c.changePct());
  }

  /** The comparison behind the change, with its small-numbers and incomplete flags. */
  Comparison comparison() {
    return Comparison.of(now, yearEarlier);
  }
}
