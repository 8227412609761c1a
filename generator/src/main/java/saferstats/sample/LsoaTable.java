package saferstats.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The London LSOAs bundled as a resource (real ONS codes and names). */
final class LsoaTable {
  private static final String RESOURCE = "/saferstats/sample/london-lsoas.csv";

  private LsoaTable() {}

  /** Every London LSOA, sorted by name so placement never depends on file order. */
  static List<Lsoa> london() throws IOException {
    List<Lsoa> out = new ArrayList<>();
    try (InputStream in = LsoaTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCE);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(reader)) {
        out.add(
            new Lsoa(
                r.get("LSOA21CD"),
                r.get("LSOA21NM"),
                r.get("WD25CD"),
                r.get("WD25NM"),
                r.get("LAD25CD"),
                r.get("LAD25NM")));
      }
    }
    out.sort(Comparator.comparing(Lsoa::name));
    return out;
  }

  /** The LSOAs of one local authority, in name order. */
  static List<Lsoa> inBorough(List<Lsoa> all, String ladCode) {
    return all.stream().filter(l -> l.ladCode().equals(ladCode)).toList();
  }
}
