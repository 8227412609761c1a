package saferstats.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A force-sized benchmark input: one plain Met street file per month, rows spread over every London
 * LSOA in proportion to borough crime weights (Harrow about 2%), same row model as the sample. With
 * an area share, each row lies in Harrow (the bench's area) with that probability instead, and
 * elsewhere in London by the same weights: the memory cases of bench/memory.
 */
final class BenchInput {
  static final YearMonth END = SampleLayout.END;

  private final SiteIndex index;
  private final SiteIndex area;
  private final SiteIndex rest;
  private final SitesByLsoa sites;

  private BenchInput(SiteIndex index, SiteIndex area, SiteIndex rest, SitesByLsoa sites) {
    this.index = index;
    this.area = area;
    this.rest = rest;
    this.sites = sites;
  }

  static BenchInput create(long seed) throws IOException {
    SiteBuilder builder = new SiteBuilder(PlaceNames.load(), Spots.GRID);
    Map<String, List<Lsoa>> byBorough = new TreeMap<>();
    for (Lsoa l : LsoaTable.london()) {
      byBorough.computeIfAbsent(l.ladCode(), k -> new ArrayList<>()).add(l);
    }
    List<Site> all = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Site> inArea = new ArrayList<>();
    List<Site> outside = new ArrayList<>();
    List<Double> outsideWeights = new ArrayList<>();
    for (Map.Entry<String, List<Lsoa>> e : byBorough.entrySet()) {
      Rng rng = Rng.derive(seed, "bench-places-" + e.getKey());
      double weight = BoroughExtents.crimeWeight(e.getKey());
      boolean harrow = e.getKey().equals(BoroughExtents.HARROW);
      for (Site s : builder.build(e.getValue(), e.getKey(), rng)) {
        all.add(s);
        weights.add(weight);
        (harrow ? inArea : outside).add(s);
        if (!harrow) {
          outsideWeights.add(weight);
        }
      }
    }
    return new BenchInput(
        new SiteIndex(all, doubles(weights)),
        SiteIndex.unweighted(inArea),
        new SiteIndex(outside, doubles(outsideWeights)),
        new SitesByLsoa(all));
  }

  private static double[] doubles(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Writes the months; {@code areaShare} is the probability a row lies in Harrow, or null for
   * Harrow's own crime weight (the reference bench input, unchanged by this option).
   */
  void write(Path outDir, int months, int rowsPerMonth, long seed, Double areaShare)
      throws IOException {
    YearMonth start = END.minusMonths(months - 1L);
    for (int i = 0; i < months; i++) {
      YearMonth m = start.plusMonths(i);
      List<Incident> rows = month(m, rowsPerMonth, Rng.derive(seed, "bench-" + m), areaShare);
      Path file = outDir.resolve(m + "/" + m + "-metropolitan-street.csv");
      try (CsvSink sink = CsvSink.open(file)) {
        sink.line(PoliceUkFormat.STREET_HEADER);
        for (Incident inc : rows) {
          sink.line(PoliceUkFormat.streetRow(inc, PoliceUkFormat.MET, END));
        }
      }
    }
  }

  /** Exactly {@code rows} rows, shared-ID and duplicate rows included. */
  private List<Incident> month(YearMonth m, int rows, Rng rng, Double areaShare) {
    int shared = rows / 2000;
    int duplicates = rows / 5000;
    int base = Math.max(0, rows - shared - duplicates);
    int trendIndex = (int) SampleLayout.START.until(m, ChronoUnit.MONTHS);
    CrimeType[] types = CrimeType.values();
    double[] w = new double[types.length];
    for (CrimeType t : types) {
      w[t.ordinal()] = t.expectedShare(m.getMonthValue(), trendIndex, 0);
    }
    double[] mix = Rng.cumulative(w);
    List<Incident> out = new ArrayList<>(rows);
    for (int k = 0; k < base; k++) {
      CrimeType type = types[rng.pick(mix)];
      Site site = site(rng, type, areaShare);
      out.add(IncidentFactory.create(rng, m, type, SiteIndex.place(rng, site, type)));
    }
    QuirkInjector.apply(out, rng, shared, duplicates, sites);
    out.sort(PoliceUkFormat.FILE_ORDER);
    return out;
  }

  private Site site(Rng rng, CrimeType type, Double areaShare) {
    if (areaShare == null) {
      return index.site(rng, type);
    }
    return rng.chance(areaShare) ? area.site(rng, type) : rest.site(rng, type);
  }
}
