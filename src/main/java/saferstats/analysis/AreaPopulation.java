package saferstats.analysis;

import static saferstats.model.StreetColumns.LSOA_CODE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import saferstats.ingest.LsoaBridge;
import saferstats.ingest.LsoaNames;
import saferstats.ingest.Population;
import saferstats.load.AreaContext;
import tech.tablesaw.api.Table;

/**
 * Joins an area to a population file: a row named for (or coded as) the area; else every LSOA the
 * file names as the area's ("Harrow 014B"); else the LSOAs that had crimes, directly or through the
 * LSOA 2011/2021 bridge. {@code unjoined} counts the area's LSOAs with crimes that found no row.
 */
public record AreaPopulation(long population, Integer year, long unjoined, String basis) {

  public static AreaPopulation of(
      Population pop, LsoaBridge bridge, AreaContext area, String areaName) {
    Set<String> withCrime = lsoaCodes(area.table());
    long unjoined = withCrime.stream().filter(c -> joined(pop, bridge, c).isEmpty()).count();
    Optional<Population.Entry> whole = pop.byName(areaName).or(() -> pop.byCode(areaName));
    if (whole.isPresent()) {
      Population.Entry e = whole.get();
      return new AreaPopulation(e.population(), e.year(), 0, e.code() + " in " + pop.file());
    }
    List<Population.Entry> named =
        pop.entries().values().stream()
            .filter(e -> e.name() != null && LsoaNames.isIn(e.name(), areaName))
            .toList();
    List<Population.Entry> joined =
        !named.isEmpty()
            ? named
            : withCrime.stream().flatMap(c -> joined(pop, bridge, c).stream()).distinct().toList();
    long total = joined.stream().mapToLong(Population.Entry::population).sum();
    Integer year =
        joined.stream().map(Population.Entry::year).filter(y -> y != null).findFirst().orElse(null);
    String basis =
        joined.size()
            + (named.isEmpty() ? " LSOAs with crimes" : " LSOAs named " + areaName)
            + " in "
            + pop.file();
    return new AreaPopulation(total, year, unjoined, basis);
  }

  /** The population rows for an LSOA code, directly or through the 2011/2021 bridge. */
  private static List<Population.Entry> joined(Population pop, LsoaBridge bridge, String code) {
    Optional<Population.Entry> direct = pop.byCode(code);
    if (direct.isPresent() || bridge == null) {
      return direct.stream().toList();
    }
    return bridge.counterparts(code).stream().map(pop::byCode).flatMap(Optional::stream).toList();
  }

  private static Set<String> lsoaCodes(Table t) {
    Set<String> codes = new TreeSet<>();
    if (t.columnNames().contains(LSOA_CODE)) {
      t.stringColumn(LSOA_CODE)
          .forEach(
              c -> {
                if (!c.isEmpty()) {
                  codes.add(c);
                }
              });
    }
    return codes;
  }

  /** Crimes per 1,000 residents, to 4 decimals; null without a count or residents. */
  public RateFigures rate(Long current12) {
    Double per1000 =
        current12 == null || population <= 0
            ? null
            : Math.round(current12 * 1000.0 / population * 10000) / 10000.0;
    return new RateFigures(population, year, per1000, unjoined, basis);
  }
}
