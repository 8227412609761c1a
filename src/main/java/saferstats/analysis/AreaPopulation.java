package saferstats.analysis;

import static saferstats.model.StreetColumns.LSOA_CODE;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import saferstats.area.LsoaBridge;
import saferstats.area.LsoaNames;
import saferstats.area.Population;
import saferstats.load.AreaContext;
import tech.tablesaw.api.Table;

/**
 * Joins an area to a population file: a row named for (or coded as) the area; else every LSOA the
 * file names as the area's ("Harrow 014B"); else the LSOAs that had crimes, directly or through the
 * LSOA 2011/2021 bridge. {@code unjoined} counts the area's LSOAs with crimes that found no row;
 * {@code fileNotes} say how the file was read (codes it listed twice).
 */
public record AreaPopulation(
    long population,
    Integer year,
    Integer yearInFileName,
    long unjoined,
    String basis,
    List<String> fileNotes) {

  /**
   * All crime per 1,000 residents a year above which residents are not the population at risk (SPEC
   * 4.5): a city centre's workers and visitors are victims and offenders too.
   */
  public static final double RESIDENT_LIMIT = 250;

  public static AreaPopulation of(
      Population pop, LsoaBridge bridge, AreaContext area, String areaName) {
    SortedSet<String> withCrime = lsoaCodes(area.table());
    PopulationJoin.Result byCrimeLsoa = PopulationJoin.of(pop, bridge, withCrime);
    long unjoined = byCrimeLsoa.unjoined();
    Optional<Population.Entry> whole = pop.byName(areaName).or(() -> pop.byCode(areaName));
    if (whole.isPresent()) {
      Population.Entry e = whole.get();
      return new AreaPopulation(
          e.population(),
          e.year(),
          pop.yearInFileName().orElse(null),
          0,
          e.code() + " in " + pop.file(),
          pop.notes());
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
    return new AreaPopulation(
        total, year, pop.yearInFileName().orElse(null), unjoined, basis, pop.notes());
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
  public RateFigures rate(Long current12, Long allCrimeCurrent12) {
    return new RateFigures(
        population, year, per1000(current12), per1000(allCrimeCurrent12), unjoined, basis);
  }

  private Double per1000(Long count) {
    return count == null || population <= 0
        ? null
        : Math.round(count * 1000.0 / population * 10000) / 10000.0;
  }

  /** Whether all crime per 1,000 residents a year is above {@link #RESIDENT_LIMIT}. */
  public boolean residentDenominator(Long allCrimeCurrent12) {
    Double r = per1000(allCrimeCurrent12);
    return r != null && r > RESIDENT_LIMIT;
  }

  /**
   * What the rates rest on: residents, their year (or that it is unknown), LSOAs that found no row;
   * and, where all crime is above {@link #RESIDENT_LIMIT} per 1,000, that residents are not the
   * population at risk.
   */
  public List<String> notes(Long allCrimeCurrent12) {
    List<String> notes = new java.util.ArrayList<>();
    String yearText;
    if (year != null) {
      yearText = "estimates for " + year;
    } else if (yearInFileName != null) {
      yearText =
          "estimates of unknown year (the file has no year column; its name suggests "
              + yearInFileName
              + ", not used: give --population-year "
              + yearInFileName
              + " if that is right)";
    } else {
      yearText = "estimates of unknown year (the file has no year column; give --population-year)";
    }
    notes.add(
        "Rates are per 1,000 residents: "
            + String.format(java.util.Locale.UK, "%,d", population)
            + " residents, "
            + yearText
            + ", from "
            + basis
            + "; "
            + (unjoined == 0
                ? "every LSOA with crimes found a population row."
                : unjoined
                    + (unjoined == 1 ? " LSOA" : " LSOAs")
                    + " with crimes found no population row (their crimes count, their residents"
                    + " cannot)."));
    if (population <= 0) {
      notes.add("Population 0 from " + basis + " — no rate per 1,000 (n/a).");
    }
    notes.addAll(fileNotes);
    if (residentDenominator(allCrimeCurrent12)) {
      notes.add(
          "resident-denominator: all crime in the current 12 months is "
              + Math.round(per1000(allCrimeCurrent12))
              + " per 1,000 residents, above "
              + Math.round(RESIDENT_LIMIT)
              + ": residents are not the population at risk here — workers and visitors are not in"
              + " the denominator, so rates overstate the risk to any one person.");
    }
    return notes;
  }
}
