package saferstats.analysis;

import static saferstats.model.StreetColumns.LSOA_CODE;

import java.util.Set;
import java.util.TreeSet;
import saferstats.ingest.Population;
import tech.tablesaw.api.Table;

/** Joins an area to a population file: a row named for the area, else the sum of its LSOAs. */
public record AreaPopulation(long population, Integer year, long unjoined, String basis) {

  public static AreaPopulation of(Population pop, AreaContext area, String areaName) {
    var named = pop.byName(areaName).or(() -> pop.byCode(areaName));
    if (named.isPresent()) {
      return new AreaPopulation(
          named.get().population(),
          named.get().year(),
          0,
          named.get().code() + " (" + pop.file() + ")");
    }
    Set<String> lsoas = lsoaCodes(area.table());
    long total = 0;
    long unjoined = 0;
    Integer year = null;
    for (String code : lsoas) {
      var e = pop.byCode(code);
      if (e.isPresent()) {
        total += e.get().population();
        year = year == null ? e.get().year() : year;
      } else {
        unjoined++;
      }
    }
    return new AreaPopulation(
        total,
        year,
        unjoined,
        (lsoas.size() - unjoined) + " LSOAs with crimes (" + pop.file() + ")");
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

  public RateFigures rate(Long current12) {
    Double per1000 =
        current12 == null || population <= 0
            ? null
            : Math.round(10000.0 * current12 / population * 1000) / 10000.0;
    return new RateFigures(population, year, per1000, unjoined, basis);
  }
}
