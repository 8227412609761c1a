package saferstats.analysis;

import static saferstats.model.StreetColumns.LSOA_CODE;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
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
    SortedSet<String> withCrime = lsoaCodes(area.table());
    PopulationJoin.Result byCrimeLsoa = PopulationJoin.of(pop, bridge, withCrime);
    long unjoined = byCrimeLsoa.unjoined();
    Optional<Population.Entry> whole = pop.byName(areaName).or(() -> pop.byCode(areaName));
    if (whole.isPresent()) {
      Population.Entry e = whole.get();
      return new AreaPopulation(e.population(), e.year(), 0, e.code() + " in " + pop.file());
    }
    List<Population.Entry> named =
        pop.entries().values().stream()
            .filter(e -> e.name() != null && LsoaNames.isIn(e.name(), areaName))
            .toList();
    List<Population.Entry> joined = !named.isEmpty() ? named : byCrimeLsoa.joined();
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

  private static SortedSet<String> lsoaCodes(Table t) {
    SortedSet<String> codes = new TreeSet<>();
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
