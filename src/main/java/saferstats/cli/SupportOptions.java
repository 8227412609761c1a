package saferstats.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import saferstats.analysis.AreaPopulation;
import saferstats.analysis.PeerResidents;
import saferstats.area.AreaLookup;
import saferstats.area.LsoaBridge;
import saferstats.area.Population;
import saferstats.ingest.support.AreaLookupReader;
import saferstats.ingest.support.LsoaBridgeReader;
import saferstats.ingest.support.PopulationReader;
import saferstats.load.AreaContext;
import saferstats.model.UserError;

/** Supporting tables: --population and --lsoa-lookup. */
public final class SupportOptions {
  @Option(
      names = "--population",
      paramLabel = "FILE",
      description =
          "Residents by area: CSV code,population[,name][,year], or an ONS mid-year estimates"
              + " table as published (e.g. LSOA11CD,...,Persons_All-Ages; .csv or .csv.gz). Adds"
              + " rates per 1,000 residents.")
  Path population;

  @Option(
      names = "--population-year",
      paramLabel = "YEAR",
      description =
          "The year of the --population estimates, when the file has no year column (e.g. 2020"
              + " for ONS mid-2020 estimates); without either the output says the year is unknown.")
  Integer populationYear;

  @Option(
      names = "--lsoa-lookup",
      paramLabel = "FILE",
      description =
          "ONS LSOA 2011 to 2021 lookup (columns LSOA11CD,LSOA21CD), to join LSOA codes of one"
              + " vintage to a population table of the other.")
  Path lsoaLookup;

  @Option(
      names = "--lookup",
      paramLabel = "FILE",
      description =
          "ONS LSOA to electoral ward to local authority lookup (e.g. LSOA21CD,LSOA21NM,WD25CD,"
              + "WD25NM,LAD25CD,LAD25NM; .csv or .csv.gz): lets --area take a local-authority code"
              + " (E09000015), ranks wards, and names every LSOA of the area for concentration.")
  Path lookup;

  private AreaLookup lookupRead;

  /** The supporting tables, for the check that no output replaces one. */
  OutputClashes readBy(OutputClashes clashes) {
    return clashes
        .file("--population", population)
        .file("--lsoa-lookup", lsoaLookup)
        .file("--lookup", lookup);
  }

  /** The lookup, read once, or null when no --lookup was given. */
  AreaLookup lookup() {
    if (lookup != null && lookupRead == null) {
      lookupRead = AreaLookupReader.read(lookup);
    }
    return lookupRead;
  }

  /** The population table, or null. */
  Population populationTable() {
    return population == null ? null : PopulationReader.read(population, populationYear);
  }

  /** The area's population, or null when no --population was given. */
  AreaPopulation population(AreaContext area, String areaName) {
    if (population == null) {
      return null;
    }
    LsoaBridge bridge = lsoaLookup == null ? null : LsoaBridgeReader.read(lsoaLookup);
    return AreaPopulation.of(
        PopulationReader.read(population, populationYear), bridge, area, areaName);
  }

  /** What benchmark reads its peers' residents from; --population is required for it. */
  PeerResidents residents() {
    if (population == null) {
      throw UserError.usage(
          "benchmark compares rates per 1,000 residents and needs --population",
          "give --population FILE (e.g. the ONS mid-year LSOA estimates) and --population-year");
    }
    return new PeerResidents(
        populationTable(), lookup(), lsoaLookup == null ? null : LsoaBridgeReader.read(lsoaLookup));
  }
}
