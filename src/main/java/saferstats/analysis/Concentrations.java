package saferstats.analysis;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import saferstats.stats.Concentration;

/** Concentration of a count over every LSOA of the area, zeros included (SPEC 4.4). */
final class Concentrations {
  /** The LSOAs counted and where that list came from ("lookup" or "inputs"). */
  record Universe(List<String> lsoas, String source) {
    static final String LOOKUP = "lookup";
    static final String INPUTS = "inputs";

    /** True when the lookup named the LSOAs: a row whose LSOA it lacks is then in none of them. */
    boolean fromLookup() {
      return LOOKUP.equals(source);
    }
  }

  private static final double TOP_DECILE = 0.10;

  private Concentrations() {}

  static ConcentrationFigures of(Map<String, Long> counts, Universe universe) {
    long[] x = new long[universe.lsoas().size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = counts.getOrDefault(universe.lsoas().get(i), 0L);
    }
    long total = 0;
    int withCount = 0;
    for (long v : x) {
      total += v;
      withCount += v > 0 ? 1 : 0;
    }
    if (total == 0 || x.length == 0) {
      return new ConcentrationFigures(x.length, universe.source(), 0, 0, null, null, 0, null, null);
    }
    return new ConcentrationFigures(
        x.length,
        universe.source(),
        withCount,
        total,
        fourPlaces(Concentration.gini(x)),
        fourPlaces(Concentration.generalisedGini(x)),
        Concentration.topUnits(x.length, TOP_DECILE),
        percent(Concentration.topShare(x, TOP_DECILE)),
        Concentration.fewestForHalf(x));
  }

  /** To 4 decimal places, or null when undefined. */
  private static Double fourPlaces(OptionalDouble v) {
    return v.isEmpty() ? null : Math.round(v.getAsDouble() * 10000) / 10000.0;
  }

  /** A fraction as a percentage to 1 dp, or null when undefined. */
  private static Double percent(OptionalDouble v) {
    return v.isEmpty() ? null : Math.round(v.getAsDouble() * 1000) / 10.0;
  }
}
