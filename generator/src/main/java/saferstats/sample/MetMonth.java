package saferstats.sample;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Metropolitan Police street rows for the three sample boroughs, one month at a time: Poisson
 * counts per borough and crime type around a seasonal, trending mean, plus one emerging hotspot.
 */
final class MetMonth {
  /** A borough: rows a month, its places, and fixed per-type volume and trend deviations. */
  record Area(String ladCode, int baseRows, SiteIndex index, double[] typeFactor, double[] trend) {}

  /** One Harrow LSOA where robbery and drugs build up from {@code start} on: an emerging spot. */
  record Hotspot(Site site, YearMonth start) {}

  private static final CrimeType[] HOTSPOT_TYPES = {
    CrimeType.ROBBERY, CrimeType.DRUGS, CrimeType.WEAPONS, CrimeType.VIOLENCE
  };
  private static final double[] HOTSPOT_MIX = Rng.cumulative(new double[] {40, 35, 10, 15});
  private static final double HOTSPOT_RAMP = 1.5;

  private final List<Area> areas;
  private final Hotspot hotspot;

  MetMonth(List<Area> areas, Hotspot hotspot) {
    this.areas = List.copyOf(areas);
    this.hotspot = hotspot;
  }

  /** Harrow (2,000 rows a month), Brent and Barnet (3,000 each). */
  static MetMonth sample(List<Lsoa> london, SiteBuilder builder, long seed, YearMonth hotFrom) {
    Rng mix = Rng.derive(seed, "mix");
    List<Area> areas = new ArrayList<>();
    String[] codes = {BoroughExtents.HARROW, BoroughExtents.BRENT, BoroughExtents.BARNET};
    int[] base = {2000, 3000, 3000};
    for (int b = 0; b < codes.length; b++) {
      List<Lsoa> lsoas = LsoaTable.inBorough(london, codes[b]);
      List<Site> sites = builder.build(lsoas, codes[b], Rng.derive(seed, "places-" + codes[b]));
      double[] factor = new double[CrimeType.values().length];
      double[] trend = new double[factor.length];
      for (int t = 0; t < factor.length; t++) {
        factor[t] = mix.lognormal(0.12);
        // Harrow, the worked example, follows the documented trends exactly; neighbours deviate.
        double deviation = 0.03 * mix.gaussian();
        trend[t] = b == 0 ? 0 : deviation;
      }
      areas.add(new Area(codes[b], base[b], SiteIndex.unweighted(sites), factor, trend));
    }
    Site hot = pickHotspot(areas.get(0).index().sites(), Rng.derive(seed, "hotspot"));
    return new MetMonth(areas, new Hotspot(hot, hotFrom));
  }

  /** A middling LSOA, so the new hotspot is not simply the busiest place already. */
  private static Site pickHotspot(List<Site> sites, Rng rng) {
    List<Site> byWeight =
        IntStream.range(0, sites.size())
            .mapToObj(sites::get)
            .sorted(Comparator.comparingDouble(Site::weight))
            .toList();
    int from = byWeight.size() * 2 / 5;
    int span = Math.max(1, byWeight.size() / 5);
    return byWeight.get(from + rng.below(span));
  }

  /** Each borough's sites, Harrow first. */
  List<List<Site>> boroughSites() {
    return areas.stream().map(a -> a.index().sites()).toList();
  }

  Hotspot hotspot() {
    return hotspot;
  }

  /** All Met rows of month {@code m}; {@code index} counts months from the sample start. */
  List<Incident> generate(YearMonth m, int index, Rng rng) {
    List<Incident> out = new ArrayList<>(9000);
    for (Area area : areas) {
      for (CrimeType type : CrimeType.values()) {
        int t = type.ordinal();
        double share = type.expectedShare(m.getMonthValue(), index, area.trend()[t]);
        int n = rng.poisson(area.baseRows() * share * area.typeFactor()[t]);
        for (int k = 0; k < n; k++) {
          Site site = area.index().site(rng, type);
          out.add(IncidentFactory.create(rng, m, type, SiteIndex.place(rng, site, type)));
        }
      }
    }
    addHotspot(m, rng, out);
    return out;
  }

  private void addHotspot(YearMonth m, Rng rng, List<Incident> out) {
    if (m.isBefore(hotspot.start())) {
      return;
    }
    long months = hotspot.start().until(m, java.time.temporal.ChronoUnit.MONTHS) + 1;
    int n = rng.poisson(HOTSPOT_RAMP * months);
    for (int k = 0; k < n; k++) {
      CrimeType type = HOTSPOT_TYPES[rng.pick(HOTSPOT_MIX)];
      out.add(IncidentFactory.create(rng, m, type, hotspot.site().mainStreet()));
    }
  }
}
