package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.analysis.GridFigures;
import saferstats.cli.Cli;
import saferstats.draw.Drawing;
import saferstats.draw.Maps;
import saferstats.geo.Boundaries;
import saferstats.geo.Boundary;
import saferstats.geo.BoundaryCoverage;
import saferstats.ingest.boundaries.BoundaryReader;

/**
 * The real ONS LSOA 2021 boundaries of London (WKT in BNG): the City's 6 and Harrow's 144 LSOAs are
 * read (as the data's README counts them) and each is drawn as one titled shape. With {@code
 * -Dsaferstats.shots=DIR} the maps are also written there as PNG, to look at.
 */
@Tag("real-data")
class RealBoundariesMapsTest {
  private static final Pattern TITLED = Pattern.compile("<g data-key=\"(E01\\d{6})\"><title>");

  private static Boundaries london() {
    return BoundaryReader.read(
        RealData.folder("boundaries").resolve("london-lsoa21-boundaries-bng.csv.gz"));
  }

  private static List<String> codesNamed(Boundaries b, String area) {
    return b.byCode().values().stream()
        .filter(x -> x.name().startsWith(area + " "))
        .map(Boundary::code)
        .toList();
  }

  @Test
  void theCitysSixLsoasAreDrawnTitledWithTheirCrimesFromHotspots() throws Exception {
    Boundaries b = london();
    assertThat(b.byCode()).hasSize(4994);
    List<String> city = codesNamed(b, "City of London");
    assertThat(city).hasSize(6);
    assertThat(BoundaryCoverage.of(b, "City of London", city).note()).isEmpty();

    // the same counts CityHotspotsTest pins (E01032739 6,258 of 8,666 in the 12 months)
    JsonNode h = Cli.json("hotspots", cityFolder(), "--area", "City of London");
    List<Maps.MapArea> areas = new ArrayList<>();
    for (JsonNode l : h.get("lsoas")) {
      areas.add(
          new Maps.MapArea(
              l.get("code").asText(),
              l.get("name").asText(),
              l.get("count").asDouble(),
              l.get("code").asText()
                  + " "
                  + l.get("name").asText()
                  + ": "
                  + l.get("count").asLong()
                  + " crimes"));
    }
    Drawing map = Maps.choropleth("map-city", b, areas, "All crimes, 12 months to August 2024");

    assertThat(titledKeys(map.svg())).containsExactlyInAnyOrderElementsOf(city);
    assertThat(map.svg()).contains("<title>E01032739 City of London 001F: 6258 crimes</title>");
    shot(map);

    GridFigures grid =
        JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .treeToValue(h.get("grid"), GridFigures.class);
    Drawing cells = Maps.grid("grid-city", grid, b, city);
    // every hot cell is titled: 22 in the 12 months (CityHotspotsTest, grid_city.py)
    assertThat(grid.hot()).isEqualTo(22);
    assertThat(cells.svg().split("hot 9\\d%", -1)).hasSize(23);
    shot(cells);
  }

  @Test
  void harrowsHundredAndFortyFourLsoasAreDrawnTitled() throws Exception {
    Boundaries b = london();
    List<String> harrow = codesNamed(b, "Harrow");
    assertThat(harrow).hasSize(144);
    List<Maps.MapArea> areas = new ArrayList<>();
    for (String code : harrow) {
      Boundary x = b.byCode().get(code);
      double hectares = x.geometry().getArea() / 10_000;
      areas.add(
          new Maps.MapArea(
              code,
              x.name(),
              hectares,
              code + " " + x.name() + ": " + String.format(Locale.UK, "%.1f", hectares) + " ha"));
    }
    Drawing map = Maps.choropleth("map-harrow", b, areas, "Area of each LSOA (hectares)");
    assertThat(titledKeys(map.svg())).hasSize(144).containsExactlyInAnyOrderElementsOf(harrow);
    shot(map);
  }

  private static String cityFolder() {
    return RealData.folder("police-uk/city-of-london").toString();
  }

  private static List<String> titledKeys(String svg) {
    List<String> keys = new ArrayList<>();
    Matcher m = TITLED.matcher(svg);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  private static void shot(Drawing d) throws Exception {
    String dir = System.getProperty("saferstats.shots");
    if (dir != null) {
      Files.createDirectories(Path.of(dir));
      Files.write(Path.of(dir, d.name() + ".png"), d.png());
      Files.writeString(Path.of(dir, d.name() + ".svg"), d.svg());
    }
  }
}
