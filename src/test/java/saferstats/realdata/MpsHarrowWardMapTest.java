package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.area.AreaLookup;
import saferstats.cli.Cli;
import saferstats.draw.Drawing;
import saferstats.draw.Maps;
import saferstats.geo.Boundaries;
import saferstats.geo.Boundary;
import saferstats.geo.WardOutlines;
import saferstats.ingest.boundaries.BoundaryReader;
import saferstats.ingest.support.AreaLookupReader;

/**
 * Harrow's ward map from the real inputs: the wards the MPS ward tables rank (22, codes E05013542
 * to E05013563, the wards of 2022) are all in the 2025 best-fit lookup, so every one is drawn,
 * dissolved from Harrow's 144 LSOA polygons, and titled with the ward table's count; none is said
 * to be undrawn.
 */
@Tag("real-data")
class MpsHarrowWardMapTest {
  private static final Pattern TITLED = Pattern.compile("<g data-key=\"(E05\\d{6})\"><title>");

  @Test
  void everyWardTheWardTableNamesIsDrawn() throws Exception {
    JsonNode h =
        Cli.json("hotspots", RealData.folder("mps").toString(), "--area", "Harrow", "--top", "100");
    Map<String, String> named = new LinkedHashMap<>();
    List<Maps.MapArea> areas = new ArrayList<>();
    for (JsonNode w : h.get("wards")) {
      named.put(w.get("code").asText(), w.get("name").asText());
    }
    Boundaries lsoas =
        BoundaryReader.read(
            RealData.folder("boundaries").resolve("london-lsoa21-boundaries-bng.csv.gz"));
    Path lookupFile =
        RealData.folder("lookups")
            .resolve(
                "LSOA_(2021)_to_Electoral_Ward_(2025)_to_LAD_(2025)_Best_Fit_Lookup_in_EW_v2.csv.gz");
    AreaLookup lookup = AreaLookupReader.read(lookupFile);

    WardOutlines wards = WardOutlines.of(lsoas, lookup, named);

    assertThat(named).hasSize(22);
    assertThat(wards.bestFit()).isTrue();
    assertThat(wards.note("Harrow")).isEmpty();
    assertThat(wards.outlines().byCode().keySet()).containsExactlyElementsOf(named.keySet());
    // the 22 wards tile Harrow: their areas sum to its 144 LSOAs' (measured: 50.48 km² both, to
    // 0.001 %: the gaps the map fills and the LSOAs' slight overlaps are that small)
    double lsoaArea =
        lookup.lsoasOf("Harrow").stream()
            .mapToDouble(e -> lsoas.byCode().get(e.lsoaCode()).geometry().getArea())
            .sum();
    double wardArea =
        wards.outlines().byCode().values().stream().mapToDouble(b -> b.geometry().getArea()).sum();
    assertThat(wardArea).isCloseTo(lsoaArea, withinPercentage(0.1));
    for (Boundary b : wards.outlines().byCode().values()) {
      areas.add(new Maps.MapArea(b.code(), b.name(), 1.0, b.code() + " " + b.name()));
    }
    Drawing map = Maps.choropleth("wards-harrow", wards.outlines(), areas, "Wards");
    assertThat(titled(map.svg())).containsExactlyInAnyOrderElementsOf(named.keySet());
  }

  private static List<String> titled(String svg) {
    List<String> keys = new ArrayList<>();
    Matcher m = TITLED.matcher(svg);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }
}
