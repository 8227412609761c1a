package saferstats.ingest.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import saferstats.area.LsoaBridge;
import saferstats.model.UserError;

/**
 * Reads {@code --lsoa-lookup}, The ONS LSOA 2011 ↔ 2021 lookup ({@code LSOA11CD,LSOA21CD}, any
 * other columns ignored), to join codes of one vintage to tables in the other (SPEC 1.6).
 */
public final class LsoaBridgeReader {
  private LsoaBridgeReader() {}

  public static LsoaBridge read(Path path) {
    SupportFile.check(path, "--lsoa-lookup");
    LsoaBridge b = new LsoaBridge();
    try (Reader r =
            new InputStreamReader(
                BOMInputStream.builder().setInputStream(Files.newInputStream(path)).get(),
                StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .get()
                .parse(r)) {
      if (!p.getHeaderMap().containsKey("lsoa11cd") || !p.getHeaderMap().containsKey("lsoa21cd")) {
        throw UserError.input(
            path + ", line 1: an LSOA lookup needs columns LSOA11CD and LSOA21CD",
            "use the ONS LSOA (2011) to LSOA (2021) lookup");
      }
      for (CSVRecord rec : p) {
        b.link(rec.get("lsoa11cd"), rec.get("lsoa21cd"));
      }
    } catch (IOException e) {
      throw UserError.input(
          "cannot read " + path + ": " + e.getMessage(), "check the --lsoa-lookup path");
    }
    return b;
  }
}
