package saferstats.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A SYNTHETIC population table for the sample areas' LSOAs, in the {@code --population} format
 * ({@code code,population,name,year}), so the README can show rates. Real figures are ONS mid-year
 * estimates by LSOA.
 */
public final class SamplePopulation {
  static final String FILE = "population/lsoa-population-2022-SYNTHETIC.csv";
  private static final Set<String> SAMPLE_BOROUGHS = Set.of("E09000015", "E09000005", "E09000003");

  private SamplePopulation() {}

  /**
   * Writes {@code outDir/population/…}: 1,300–2,199 residents per LSOA (ONS LSOAs hold
   * 1,000–3,000).
   */
  public static Path write(Path outDir, long seed) throws IOException {
    Path out = outDir.resolve(FILE);
    Files.createDirectories(out.getParent());
    SplittableRandom rng = new SplittableRandom(seed ^ 0x5EED_0F_9E0L);
    try (Reader in =
            new InputStreamReader(
                Objects.requireNonNull(
                    SamplePopulation.class.getResourceAsStream("london-lsoas.csv")),
                StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("code,population,name,year\n");
      CSVFormat f =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setCommentMarker('#')
              .get();
      for (CSVRecord r : f.parse(in)) {
        if (SAMPLE_BOROUGHS.contains(r.get("LAD25CD"))) {
          w.write(
              r.get("LSOA21CD")
                  + ","
                  + (1300 + rng.nextInt(900))
                  + ","
                  + r.get("LSOA21NM")
                  + ",2022\n");
        }
      }
    }
    return out;
  }
}
