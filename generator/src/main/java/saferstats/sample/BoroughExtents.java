package saferstats.sample;

import java.util.Map;
import java.util.Set;

/**
 * Where each London borough's synthetic LSOA centroids go, and how much crime it carries. The
 * lookup has no coordinates, so these are approximate borough boxes: hand-drawn extents for the
 * three sample boroughs, a box of about 5 km around the borough centre for the rest.
 */
final class BoroughExtents {
  static final String HARROW = "E09000015";
  static final String BRENT = "E09000005";
  static final String BARNET = "E09000003";

  /** Half-size of the box around a borough centre, in degrees (about 2.5 km each way). */
  private static final double HALF_LON = 0.036;

  private static final double HALF_LAT = 0.0225;

  private static final Map<String, double[]> BOXES =
      Map.of(
          HARROW, new double[] {-0.405, -0.265, 51.555, 51.645},
          BRENT, new double[] {-0.335, -0.19, 51.525, 51.60},
          BARNET, new double[] {-0.31, -0.13, 51.57, 51.67});

  /** Approximate borough centres (lon, lat) and crime weight relative to LSOA count. */
  private static final Map<String, double[]> CENTRES =
      Map.ofEntries(
          Map.entry("E09000001", new double[] {-0.0924, 51.5156, 0.5}),
          Map.entry("E09000002", new double[] {0.1293, 51.5465, 1.0}),
          Map.entry("E09000003", new double[] {-0.2000, 51.6150, 0.75}),
          Map.entry("E09000004", new double[] {0.1462, 51.4549, 0.7}),
          Map.entry("E09000005", new double[] {-0.2650, 51.5588, 0.9}),
          Map.entry("E09000006", new double[] {0.0390, 51.3727, 0.85}),
          Map.entry("E09000007", new double[] {-0.1527, 51.5455, 1.6}),
          Map.entry("E09000008", new double[] {-0.0872, 51.3714, 1.0}),
          Map.entry("E09000009", new double[] {-0.3089, 51.5130, 1.0}),
          Map.entry("E09000010", new double[] {-0.0813, 51.6538, 1.0}),
          Map.entry("E09000011", new double[] {0.0648, 51.4647, 1.0}),
          Map.entry("E09000012", new double[] {-0.0613, 51.5491, 1.3}),
          Map.entry("E09000013", new double[] {-0.2210, 51.4927, 1.3}),
          Map.entry("E09000014", new double[] {-0.1067, 51.5870, 1.2}),
          Map.entry("E09000015", new double[] {-0.3350, 51.5980, 0.65}),
          Map.entry("E09000016", new double[] {0.2350, 51.5570, 0.85}),
          Map.entry("E09000017", new double[] {-0.4490, 51.5370, 1.0}),
          Map.entry("E09000018", new double[] {-0.3680, 51.4680, 1.0}),
          Map.entry("E09000019", new double[] {-0.1099, 51.5465, 1.3}),
          Map.entry("E09000020", new double[] {-0.1896, 51.5020, 1.3}),
          Map.entry("E09000021", new double[] {-0.2870, 51.3890, 0.75}),
          Map.entry("E09000022", new double[] {-0.1160, 51.4600, 1.3}),
          Map.entry("E09000023", new double[] {-0.0170, 51.4450, 1.0}),
          Map.entry("E09000024", new double[] {-0.1900, 51.4100, 0.8}),
          Map.entry("E09000025", new double[] {0.0320, 51.5250, 1.3}),
          Map.entry("E09000026", new double[] {0.0700, 51.5760, 0.95}),
          Map.entry("E09000027", new double[] {-0.3250, 51.4400, 0.65}),
          Map.entry("E09000028", new double[] {-0.0730, 51.4730, 1.3}),
          Map.entry("E09000029", new double[] {-0.1910, 51.3570, 0.7}),
          Map.entry("E09000030", new double[] {-0.0300, 51.5150, 1.3}),
          Map.entry("E09000031", new double[] {-0.0180, 51.5910, 1.0}),
          Map.entry("E09000032", new double[] {-0.2000, 51.4560, 1.0}),
          Map.entry("E09000033", new double[] {-0.1610, 51.5130, 3.5}));

  /** Wards holding a borough's main town centres: more shops, bars and crime. */
  private static final Map<String, Set<String>> TOWN_CENTRE_WARDS =
      Map.of(
          HARROW, Set.of("Greenhill", "Wealdstone South", "Marlborough"),
          BRENT,
              Set.of(
                  "Wembley Central",
                  "Harlesden & Kensal Green",
                  "Kilburn",
                  "Wembley Park",
                  "Willesden Green"),
          BARNET,
              Set.of(
                  "Burnt Oak",
                  "Colindale South",
                  "Golders Green",
                  "Finchley Church End",
                  "Edgware",
                  "West Hendon"));

  private BoroughExtents() {}

  /** {minLon, maxLon, minLat, maxLat} for a borough code. */
  static double[] box(String ladCode) {
    double[] box = BOXES.get(ladCode);
    if (box != null) {
      return box;
    }
    double[] c = centre(ladCode);
    return new double[] {c[0] - HALF_LON, c[0] + HALF_LON, c[1] - HALF_LAT, c[1] + HALF_LAT};
  }

  /** Crime per LSOA relative to an average London borough (Westminster high, Harrow low). */
  static double crimeWeight(String ladCode) {
    return centre(ladCode)[2];
  }

  static boolean townCentre(Lsoa lsoa) {
    return TOWN_CENTRE_WARDS.getOrDefault(lsoa.ladCode(), Set.of()).contains(lsoa.wardName());
  }

  private static double[] centre(String ladCode) {
    double[] c = CENTRES.get(ladCode);
    if (c == null) {
      throw new IllegalArgumentException("not a London borough code: " + ladCode);
    }
    return c;
  }
}
