package saferstats.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Street and station names per borough, from a bundled resource. */
final class PlaceNames {
  private static final String RESOURCE = "/saferstats/sample/place-names.csv";
  private static final String ANY = "*";
  private final Map<String, List<String>> streets = new TreeMap<>();
  private final Map<String, List<String>> stations = new TreeMap<>();

  static PlaceNames load() throws IOException {
    PlaceNames names = new PlaceNames();
    try (InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCE);
      }
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setCommentMarker('#')
              .get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        Map<String, List<String>> target =
            "station".equals(r.get("kind")) ? names.stations : names.streets;
        target.computeIfAbsent(r.get("lad"), k -> new ArrayList<>()).add(r.get("name"));
      }
    }
    return names;
  }

  /** The borough's own street names, or the generic London list for boroughs without one. */
  List<String> streets(String ladCode) {
    return streets.getOrDefault(ladCode, streets.get(ANY));
  }

  /** Generic street names, mixed in everywhere so that common names repeat across boroughs. */
  List<String> genericStreets() {
    return streets.get(ANY);
  }

  /** Railway and Underground stations of a borough, busiest first; empty if none listed. */
  List<String> stations(String ladCode) {
    return stations.getOrDefault(ladCode, List.of());
  }
}
