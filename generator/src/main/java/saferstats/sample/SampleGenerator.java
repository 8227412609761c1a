package saferstats.sample;

// Resource saferstats/sample/london-lsoas.csv: every London row (LAD25CD starting E09) of the ONS
// "LSOA (2021) to Electoral Ward (2025) to LAD (2025) Best Fit Lookup in EW" v2 (OGL v3.0),
// shared/real-data/lookups/...Best_Fit_Lookup_in_EW_v2.csv.gz, columns LSOA21CD, LSOA21NM, WD25CD,
// WD25NM, LAD25CD, LAD25NM; BOM dropped; extracted once with a Python csv one-off.

import java.io.IOException;
import java.nio.file.Path;

/**
 * Seeded, deterministic generator of realistic police.uk input files: the committed sample data and
 * force-sized benchmark inputs. The same seed always gives byte-identical files.
 */
public final class SampleGenerator {
  private SampleGenerator() {}

  /**
   * Writes the sample data: Harrow, Brent and Barnet, 2021-07 to 2024-06, Met street and outcomes
   * files, BTP street files, a refreshed month and the documented quirks, plus a README.md.
   */
  public static void writeSampleData(Path outDir, long seed) throws IOException {
    new SampleRun(outDir, seed).run();
  }

  /**
   * Writes {@code months} plain Met street files ending 2024-06, {@code rowsPerMonth} rows each,
   * spread over every London LSOA: {@code outDir/YYYY-MM/YYYY-MM-metropolitan-street.csv}.
   */
  public static void writeBenchInput(Path outDir, int months, int rowsPerMonth, long seed)
      throws IOException {
    writeBenchInput(outDir, months, rowsPerMonth, seed, null);
  }

  /**
   * As {@link #writeBenchInput(Path, int, int, long)}, with each row in Harrow with probability
   * {@code areaShare} (0 to 1) and elsewhere in London otherwise; null keeps the crime weights.
   */
  public static void writeBenchInput(
      Path outDir, int months, int rowsPerMonth, long seed, Double areaShare) throws IOException {
    if (months < 1 || rowsPerMonth < 0) {
      throw new IllegalArgumentException("months must be at least 1 and rows not negative");
    }
    if (areaShare != null && !(areaShare >= 0 && areaShare <= 1)) {
      throw new IllegalArgumentException("the area share must lie between 0 and 1");
    }
    BenchInput.create(seed).write(outDir, months, rowsPerMonth, seed, areaShare);
  }
}
